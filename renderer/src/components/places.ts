import type { Target } from '../../../shared/checker';

/**
 * The `data-target` a field carries, so that a finding can find it: a header field or amount of
 * the 绩效目标表, any field of the 自评表. Indicator places of the 绩效目标表 are shown by the grid
 * itself (see the editor's focus request).
 */
export function targetAttribute(target: Target): string | undefined {
  switch (target.kind) {
    case 'field':
      return `field:${target.field}`;
    case 'fund':
      return `fund:${target.fund}`;
    case 'budget':
      return `budget:${target.line}:${target.field}`;
    case 'execution':
      return `execution:${target.field}`;
    case 'level1Weight':
      return `weight:${target.level1}`;
    case 'evaluationIndicator':
      return `evaluation:${target.index}:${target.field}`;
    default:
      return undefined;
  }
}
