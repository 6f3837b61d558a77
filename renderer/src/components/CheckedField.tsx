import { useEffect, useId, useState } from 'react';
import { useUncommitted } from '../stores/uncommitted';

export type Parsed<T> = { ok: true; value: T | null } | { ok: false; message: string };

/** Another reading of what was typed, which the field asks about and takes only when the clerk chooses it. */
export interface Offer<T> {
  question: string;
  label: string;
  value: T;
}

/**
 * A text box for a figure. What the clerk types stays in the box; only a valid figure reaches
 * the document (empty is `null`), and anything else is refused here with the reason. The box
 * follows the stored figure when it changes from elsewhere (undo, reload), unless it shows a
 * refused entry; on leaving it, an accepted entry is shown as the figure is printed (`450万` → `450.00`),
 * unless the field still asks about it.
 */
export function CheckedField<T>({
  label,
  value,
  format,
  parse,
  onChange,
  offer,
  className,
  ...rest
}: {
  label: string;
  value: T | null;
  format: (value: T) => string;
  parse: (text: string) => Parsed<T>;
  onChange: (value: T | null) => void;
  /** Another reading of the text to offer beside the field. */
  offer?: (text: string) => Offer<T> | null;
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

  const asked = offer?.(text) ?? null;
  const take = (chosen: T) => {
    setText(format(chosen));
    setMessage(null);
    if (chosen !== value) onChange(chosen);
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
        onBlur={() => {
          if (!message && !asked && value !== null) setText(format(value));
        }}
      />
      {asked && (
        <span className="field-offer" role="status">
          {asked.question}
          <button type="button" onClick={() => take(asked.value)}>
            {asked.label}
          </button>
          <button type="button" onClick={() => value !== null && take(value)}>
            保持原值
          </button>
        </span>
      )}
      {message && (
        <span id={messageId} className="field-error" role="alert">
          {message}
        </span>
      )}
    </span>
  );
}
