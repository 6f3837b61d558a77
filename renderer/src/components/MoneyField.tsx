import { useEffect, useId, useState } from 'react';
import { formatWan, parseWan, type Fen } from '../../../shared/money';

/**
 * An amount in 万元. What the clerk types stays in the box; only a valid amount reaches the
 * project, and anything else is refused here with the reason.
 */
export function MoneyField({ label, fen, target, onChange }: { label: string; fen: Fen | null; target: string; onChange: (fen: Fen | null) => void }) {
  const [text, setText] = useState(fen === null ? '' : formatWan(fen));
  const [message, setMessage] = useState<string | null>(null);
  const messageId = useId();

  // Follow the stored amount when it changes from elsewhere (undo, reload), unless the box shows a refused entry.
  useEffect(() => {
    if (message) return;
    const shown = text.trim() === '' ? null : parseWan(text);
    const shownFen = shown === null ? null : shown.ok ? shown.fen : undefined;
    if (shownFen !== fen) setText(fen === null ? '' : formatWan(fen));
  }, [fen]);

  const edit = (value: string) => {
    setText(value);
    if (value.trim() === '') {
      setMessage(null);
      onChange(null);
      return;
    }
    const parsed = parseWan(value);
    setMessage(parsed.ok ? null : `${label}：${parsed.message}`);
    if (parsed.ok && parsed.fen !== fen) onChange(parsed.fen);
  };

  return (
    <span className="money-field">
      <input
        aria-label={label}
        data-target={target}
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
