/** The order of the project list: by any of its columns, names naturally (项目2 before 项目10), ties by name. */
import type { Light } from './monitoring/lights';
import type { ProjectSummary } from './project';
import { naturalCompare } from './text';

export type SortKey = 'name' | 'annualFunds' | 'indicatorCount' | 'status' | 'findings' | 'monitoring' | 'selfEvaluation';

export interface ProjectSort {
  key: SortKey;
  descending: boolean;
}

/** Red last, so first when sorted descending: the projects a finance bureau asks about. */
const LIGHT_ORDER: Light[] = ['无', '绿', '黄', '红'];

/** A 自评表 not prepared, or with nothing scored yet, comes before every score. */
const selfEvaluationScore = (p: ProjectSummary) => (p.selfEvaluation?.scored ? p.selfEvaluation.score : -1);

function byColumn(a: ProjectSummary, b: ProjectSummary, key: SortKey): number {
  if (key === 'name' || key === 'status') return naturalCompare(a[key], b[key]);
  if (key === 'findings') return a.errors - b.errors || a.warnings - b.warnings;
  if (key === 'selfEvaluation') return selfEvaluationScore(a) - selfEvaluationScore(b);
  if (key === 'monitoring') return LIGHT_ORDER.indexOf(a.monitoring?.light ?? '无') - LIGHT_ORDER.indexOf(b.monitoring?.light ?? '无');
  return (a[key] ?? -1) - (b[key] ?? -1);
}

export function sortProjects(list: readonly ProjectSummary[], { key, descending }: ProjectSort): ProjectSummary[] {
  return [...list].sort((a, b) => (descending ? -1 : 1) * byColumn(a, b, key) || naturalCompare(a.name, b.name));
}
