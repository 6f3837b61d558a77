/**
 * The 部门整体支出绩效自评表: prepared from the year's 部门整体目标表 as a project's 自评表 is from
 * its 绩效目标表 (shared/evaluation/generate.ts), scored by the same rules, and exchanged in the
 * interchange shape with its printed scores kept as the project 自评表's are.
 */
import type { BudgetFigures, EvaluationIndicator } from '../evaluation/content';
import { keepPrintedScores, printedReader, readFigures, readScoredParts } from '../evaluation/fromInterchange';
import { evaluationIndicators, spreadWeights } from '../evaluation/generate';
import { budgetLine, scoredParts } from '../evaluation/interchange';
import { scoreEvaluation, type EvaluationScores } from '../evaluation/scores';
import type { DepartmentEvaluation, DepartmentEvaluationFunds } from '../interchange/departmentTable';
import { fenToWan, type Fen } from '../money';
import { weightPoints } from '../profiles/apply';
import type { RuleProfile } from '../profiles/profile';
import { DEPARTMENT_BUDGET_LINES, type DepartmentBudgetLineKey, type DepartmentEvaluationContent, type DepartmentTableContent } from './content';
import type { DepartmentFundKey } from './layout';

/** The target table's line each budget line starts from: 年度资金总额 is 部门预算支出合计. */
const LINE_SOURCES: Record<DepartmentBudgetLineKey, DepartmentFundKey> = {
  total: 'expenditure',
  basic: 'basic',
  project: 'project',
  fiscal: 'fiscal',
  other: 'other',
};

/** The budget as 年初预算数 and, until the clerk changes it, as 全年预算数. */
const figures = (initial: Fen | undefined): BudgetFigures => ({ initialBudget: initial ?? null, fullYearBudget: initial ?? null, executed: null });

const indicatorKey = (i: { level2: string; name: string }) => `${i.level2}|${i.name.trim()}`;

/**
 * 生成自评表 for the department: every indicator of the target table with its 指标值 as 年度指标值,
 * the tasks with 完成情况 to fill, the 总体绩效目标 as 预期目标, the department's weights spread
 * exactly. A previous 自评表 keeps its entries for the indicators and tasks still in the table (their
 * weights where their 一级 holds the same indicators), its 全年预算数 and 全年执行数, its 实际完成情况
 * and its 预算执行 score.
 */
export function generateDepartmentEvaluation(
  table: DepartmentTableContent,
  profile: RuleProfile,
  previous: DepartmentEvaluationContent | null = null,
): DepartmentEvaluationContent {
  const weights = weightPoints(profile);
  const level1Weights = previous?.level1Weights ?? weights.level1;
  const fresh = spreadWeights(evaluationIndicators(table.indicators, profile.framework), level1Weights);
  const before = new Map((previous?.indicators ?? []).map((i) => [indicatorKey(i), i]));
  // A 一级 that holds the same indicators as before keeps the weights the clerk gave them; one that gained
  // or lost an indicator has its weight spread again, or its weights would no longer add up to it.
  const keysUnder = (list: EvaluationIndicator[], level1: string) =>
    list
      .filter((i) => i.level1 === level1)
      .map(indicatorKey)
      .sort()
      .join('\n');
  const sameAsBefore = (level1: string) => previous !== null && keysUnder(fresh, level1) === keysUnder(previous.indicators, level1);
  const indicators = fresh.map((i) => {
    const kept = before.get(indicatorKey(i));
    return kept ? { ...kept, level1: i.level1, target: i.target, weight: sameAsBefore(i.level1) ? kept.weight : i.weight } : i;
  });

  const budget: DepartmentEvaluationContent['budget'] = {};
  for (const { key } of DEPARTMENT_BUDGET_LINES) {
    const start = figures(table.funds[LINE_SOURCES[key]]);
    const kept = previous?.budget[key];
    budget[key] = kept ? { ...start, fullYearBudget: kept.fullYearBudget ?? start.fullYearBudget, executed: kept.executed } : start;
  }

  const outcomes = new Map((previous?.tasks ?? []).map((t) => [t.name.trim(), t.outcome]));
  return {
    departmentName: table.departmentName,
    budget,
    executionWeight: previous?.executionWeight ?? weights.execution,
    executionOverride: previous?.executionOverride ?? null,
    tasks: table.tasks.map((t) => ({
      name: t.name,
      content: t.goal.trim() ? `${t.content}${t.content.trim() ? '\n' : ''}${t.goal}` : t.content,
      amount: t.amount,
      outcome: outcomes.get(t.name.trim()) ?? '',
    })),
    plannedGoal: table.overallGoal,
    actualOutcome: previous?.actualOutcome ?? '',
    level1Weights,
    indicators,
    status: '草稿',
  };
}

/** `aboveTargetPercent`: as for a project's 自评表. */
export function scoreDepartmentEvaluation(content: DepartmentEvaluationContent, options: { aboveTargetPercent?: number } = {}): EvaluationScores {
  return scoreEvaluation(content, options);
}

export function toDepartmentEvaluation(
  departmentName: string | undefined,
  year: number | null,
  content: DepartmentEvaluationContent,
  scores: EvaluationScores,
): DepartmentEvaluation {
  const { execution, ...parts } = scoredParts(content, scores);
  const funds: DepartmentEvaluationFunds = { total: { ...budgetLine(content.budget.total), ...execution } };
  for (const { key } of DEPARTMENT_BUDGET_LINES) if (key !== 'total' && content.budget[key]) funds[key] = budgetLine(content.budget[key]);
  return {
    departmentName: departmentName ?? content.departmentName,
    year,
    funds,
    tasks: content.tasks.map((t) => ({ ...t, amount: t.amount === null ? null : fenToWan(t.amount) })),
    plannedGoal: content.plannedGoal,
    actualOutcome: content.actualOutcome,
    ...parts,
  };
}

/** A printed 部门整体自评表 as a stored one: figures as printed, scores differing from the suggestion kept as overrides (as fromSelfEvaluation does). */
export function fromDepartmentEvaluation(table: DepartmentEvaluation): { content: DepartmentEvaluationContent; notes: string[] } {
  const notes: string[] = [];
  const budget: DepartmentEvaluationContent['budget'] = {};
  for (const { key, label } of DEPARTMENT_BUDGET_LINES) {
    const line = table.funds[key];
    if (line) budget[key] = readFigures(line, label, notes);
  }
  const { entries, printed } = readScoredParts(table, notes);
  const { fen } = printedReader(notes);
  const tasks = table.tasks.map((t, n) => ({
    name: t.name,
    content: t.content,
    amount: fen(t.amount, `年度主要任务第${n + 1}行拟投入的资金`),
    outcome: t.outcome,
  }));
  const content: DepartmentEvaluationContent = {
    departmentName: table.departmentName,
    budget,
    ...entries,
    tasks,
    plannedGoal: table.plannedGoal,
    actualOutcome: table.actualOutcome,
    status: '草稿',
  };
  return { content: keepPrintedScores(content, printed, notes), notes };
}
