import type { Target } from '../../../shared/checker';

/**
 * The `data-target` a header field or amount carries, so that a finding can find it; indicator
 * places are shown by the grid itself (see the editor's focus request).
 */
export function targetAttribute(target: Target): string | undefined {
  if (target.kind === 'field') return `field:${target.field}`;
  if (target.kind === 'fund') return `fund:${target.fund}`;
  return undefined;
}
