import type { Target } from '../../../shared/checker';

/**
 * The `data-target` a field carries, so that a finding can find it: a header field or amount of
 * the 绩效目标表, any field of the 自评表 and of the 执行监控表, and of the 部门整体 tables. Indicator places of the 绩效目标表 are shown by the grid
 * itself (see the editor's focus request).
 */
export function targetAttribute(target: Target): string | undefined {
  if (target.kind === 'field') return `field:${target.field}`;
  if (target.kind === 'fund') return `fund:${target.fund}`;
  if (target.kind === 'budget') return `budget:${target.line}:${target.field}`;
  if (target.kind === 'execution') return `execution:${target.field}`;
  if (target.kind === 'level1Weight') return `weight:${target.level1}`;
  if (target.kind === 'evaluationIndicator') return `evaluation:${target.index}:${target.field}`;
  if (target.kind === 'monitoringFund') return `monitoring-fund:${target.line}:${target.field}`;
  if (target.kind === 'monitoringIndicator') return `monitoring:${target.index}:${target.field}`;
  if (target.kind === 'departmentFund') return `department-fund:${target.line}`;
  if (target.kind === 'departmentField') return `department-field:${target.field}`;
  if (target.kind === 'departmentTask') return target.index === null ? 'department-tasks' : `department-task:${target.index}:${target.field}`;
  if (target.kind === 'departmentDrafted') return `department-drafted:${target.part}`;
  return undefined;
}
