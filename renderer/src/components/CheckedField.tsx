import { useEffect, useId, useState } from 'react';
import { useUncommitted } from '../stores/uncommitted';

export type Parsed<T> = { ok: true; value: T | null } | { ok: false; message: string };

/**
 * A text box for a figure. What the clerk types stays in the box; only a valid figure reaches
 * the document (empty is `null`), and anything else is refused here with the reason. The box
 * follows the stored figure when it changes from elsewhere (undo, reload), unless it shows a
 * refused entry.
 */
export function CheckedField<T>({
  label,
  value,
  format,
  parse,
  onChange,
  className,
  ...rest
}: {
  label: string;
  value: T | null;
  format: (value: T) => string;
  parse: (text: string) => Parsed<T>;
  onChange: (value: T | null) => void;
  className: string;
  placeholder?: string;
} & Record<`data-${string}`, string | number>) {
  const [text, setText] = useState(value === null ? '' : format(value));
  const [message, setMessage] = useState<string | null>(null);
  const messageId = useId();
  // A refused entry is not in the document: it counts as unsaved until mended or cleared.
  useUncommitted(message !== null);

  useEffect(() => {
    if (message) return;
    const shown = parse(text);
    if (!shown.ok || shown.value !== value) setText(value === null ? '' : format(value));
  }, [value]);

  const edit = (typed: string) => {
    setText(typed);
    const parsed = parse(typed);
    setMessage(parsed.ok ? null : `${label}：${parsed.message}`);
    if (parsed.ok && parsed.value !== value) onChange(parsed.value);
  };

  return (
    <span className={className}>
      <input
        {...rest}
        aria-label={label}
        inputMode="decimal"
        className={message ? 'invalid' : ''}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? messageId : undefined}
        value={text}
        onChange={(e) => edit(e.target.value)}
      />
      {message && (
        <span id={messageId} className="field-error" role="alert">
          {message}
        </span>
      )}
    </span>
  );
}
