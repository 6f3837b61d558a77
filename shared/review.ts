/** A stored project as the reviewer sees it, by the department's rules: its findings and its line in the project list. */
import type { EvaluationContent } from './evaluation/content';
import type { MonitoringContent } from './monitoring/content';
import { monitoringSummary } from './monitoring/review';
import { reviewEvaluation } from './evaluation/review';
import { scoreEvaluation } from './evaluation/scores';
import { toNumber } from './decimal';
import { SCORE_DECIMALS } from './scoring/execution';
import { checkProject, countFindings, openFindings, type Finding } from './checker';
import type { LayoutDef } from './layouts';
import { ruleSettings } from './profiles/apply';
import type { RuleProfile } from './profiles/profile';
import { contentOf, type Project, type ProjectSummary } from './project';

export function reviewProject(project: Project, layout: LayoutDef, profile: RuleProfile): Finding[] {
  return openFindings(checkProject(contentOf(project), layout, project.year, profile), project.acknowledgements);
}

/** A project's line in the list; with its 自评表's 总分, grade and 错误 count, and its 执行监控表's lights, where it has them. */
export function summarizeProject(
  project: Project,
  layout: LayoutDef,
  profile: RuleProfile,
  evaluation: EvaluationContent | null = null,
  monitoring: MonitoringContent | null = null,
): ProjectSummary {
  return {
    id: project.id,
    year: project.year,
    name: project.name,
    attribute: project.attribute,
    annualFunds: project.annualFunds,
    indicatorCount: project.indicators.length,
    status: project.status,
    updatedAt: project.updatedAt,
    revision: project.revision,
    ...countFindings(reviewProject(project, layout, profile)),
    selfEvaluation: evaluation && evaluationSummary(project, evaluation, profile),
    monitoring: monitoring && monitoringSummary(project, monitoring, profile),
  };
}

/** The 自评表's 总分, grade and 错误 count, and whether any part is scored yet, as the project list shows them. */
export function evaluationSummary(
  project: Pick<Project, 'name' | 'year'>,
  evaluation: EvaluationContent,
  profile: RuleProfile,
): NonNullable<ProjectSummary['selfEvaluation']> {
  const scores = scoreEvaluation(evaluation);
  const errors = reviewEvaluation(project.name, project.year, evaluation, ruleSettings(profile)).filter((f) => f.severity === '错误').length;
  const scored = [scores.execution, ...scores.indicators].some((part) => part.score !== null);
  return { score: toNumber(scores.total, SCORE_DECIMALS), grade: scores.grade, errors, scored };
}
