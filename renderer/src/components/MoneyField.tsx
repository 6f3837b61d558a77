import { formatWan, parseAmount, yuanReading, type Fen } from '../../../shared/money';
import { CheckedField, type Offer, type Parsed } from './CheckedField';

/** As the clerk types it: `450`, `450万`, `450万元`, `4,500,000元` (converted exactly). */
function parseMoney(text: string): Parsed<Fen> {
  if (text.trim() === '') return { ok: true, value: null };
  const parsed = parseAmount(text, '万元');
  return parsed.ok ? { ok: true, value: parsed.fen } : parsed;
}

/** A bare figure too large to be 万元 (`4500000`) is kept as typed, and the field asks whether it was 元. */
function offerYuan(text: string): Offer<Fen> | null {
  const fen = yuanReading(text);
  if (fen === null) return null;
  const asTyped = parseAmount(text, '万元');
  if (!asTyped.ok) return null;
  return { question: `${formatWan(asTyped.fen, 2)} 万元过大，是否按元填写？`, label: `按元：${formatWan(fen, 2)} 万元`, value: fen };
}

/** An amount in 万元, exact to the 分, shown as printed forms show it (`450.00`). */
export function MoneyField({ label, fen, target, onChange }: { label: string; fen: Fen | null; target: string; onChange: (fen: Fen | null) => void }) {
  return (
    <CheckedField
      className="money-field"
      label={label}
      value={fen}
      format={(f) => formatWan(f, 2)}
      parse={parseMoney}
      offer={offerYuan}
      onChange={onChange}
      data-target={target}
    />
  );
}
