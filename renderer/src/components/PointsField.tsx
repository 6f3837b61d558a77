import { formatPoints, readPoints, type Points } from '../../../shared/evaluation/content';
import { CheckedField } from './CheckedField';

/** A weight or score in 分, to two decimals. */
export function PointsField({
  label,
  value,
  onChange,
  ...rest
}: { label: string; value: Points | null; placeholder?: string; onChange: (points: Points | null) => void } & Record<`data-${string}`, string | number>) {
  return <CheckedField className="points-field" label={label} value={value} format={formatPoints} parse={readPoints} onChange={onChange} {...rest} />;
}
