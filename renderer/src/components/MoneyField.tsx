import { formatWan, parseWan, type Fen } from '../../../shared/money';
import { CheckedField, type Parsed } from './CheckedField';

function parseMoney(text: string): Parsed<Fen> {
  if (text.trim() === '') return { ok: true, value: null };
  const parsed = parseWan(text);
  return parsed.ok ? { ok: true, value: parsed.fen } : parsed;
}

/** An amount in 万元, exact to the 分. */
export function MoneyField({ label, fen, target, onChange }: { label: string; fen: Fen | null; target: string; onChange: (fen: Fen | null) => void }) {
  return (
    <CheckedField className="money-field" label={label} value={fen} format={(f) => formatWan(f)} parse={parseMoney} onChange={onChange} data-target={target} />
  );
}
