import type { Fraction } from '../../../shared/decimal';
import { percentText, type Computed } from '../../../shared/scoring/execution';

/** A budget line's 执行率 in a form's funds table: the percentage, or a dash that says on hover why it cannot be computed. */
export function RateCell({ line, rate }: { line: string; rate: Computed<Fraction> }) {
  return (
    <td className="computed" data-cell={`rate:${line}`}>
      {rate.ok ? (
        percentText(rate.value)
      ) : (
        <span className="muted" title={rate.message}>
          —
        </span>
      )}
    </td>
  );
}
