import { formatPoints, parsePoints, type Points } from '../../../shared/evaluation/content';
import { CheckedField, type Parsed } from './CheckedField';

function parseScore(text: string): Parsed<Points> {
  if (text.trim() === '') return { ok: true, value: null };
  const points = parsePoints(text);
  if (points === null) return { ok: false, message: '请填写不超过两位小数的分数，如 8.5' };
  return points > 10_000 ? { ok: false, message: '不能超过 100 分' } : { ok: true, value: points };
}

/** A weight or score in 分, to two decimals. */
export function PointsField({ label, value, onChange, ...rest }: { label: string; value: Points | null; placeholder?: string; onChange: (points: Points | null) => void } & Record<`data-${string}`, string | number>) {
  return <CheckedField className="points-field" label={label} value={value} format={formatPoints} parse={parseScore} onChange={onChange} {...rest} />;
}
