import type { ProjectContent } from '../project';
import type { Fix } from './types';

/** Applies a one-click fix to a project's content. */
export function applyFix(content: ProjectContent, fix: Fix): ProjectContent {
  return fix.changes.reduce<ProjectContent>((c, change) => {
    switch (change.kind) {
      case 'indicatorValue':
        return { ...c, indicators: c.indicators.map((i, index) => (index === change.index ? { ...i, value: change.value } : i)) };
      case 'money':
        return { ...c, [change.field]: change.fen };
      case 'fund':
        return { ...c, funds: { ...c.funds, [change.fund]: change.fen } };
      case 'departmentFund':
        // A fix of the 部门整体目标表 (shared/department/review.ts applies it): nothing of a project's.
        return c;
    }
  }, content);
}
