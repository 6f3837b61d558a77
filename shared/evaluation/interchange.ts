/** A stored 自评表 in the interchange shape (docs/ARCHITECTURE.md, "The interchange JSON"), with its scores as the form prints them. */
import { toNumber, type Fraction } from '../decimal';
import { fenToWan, type Fen } from '../money';
import { executionRate, percentText, SCORE_DECIMALS } from '../scoring/execution';
import type { BudgetLine, SelfEvaluation, SelfEvaluationIndicator } from '../interchange/selfEvaluation';
import { BUDGET_LINES, emptyFigures, type BudgetFigures, type EvaluationContent } from './content';
import { pointsFraction, type EvaluationScores, type ScoredEntries } from './scores';

const wan = (fen: Fen | null) => (fen === null ? null : fenToWan(fen));
const score = (f: { score: Fraction | null }) => (f.score ? toNumber(f.score, SCORE_DECIMALS) : null);
const points = (p: number | null) => (p === null ? null : toNumber(pointsFraction(p), 2));

/** A budget line as printed: 万元 and the 执行率 text; the 转移支付 form prints no 年初预算数. */
export function budgetLine(figures: BudgetFigures | undefined, transfer = false): BudgetLine {
  const f = figures ?? emptyFigures();
  const rate = executionRate(f.executed, f.fullYearBudget);
  return {
    ...(transfer ? {} : { initialBudget: wan(f.initialBudget) }),
    fullYearBudget: wan(f.fullYearBudget),
    executed: wan(f.executed),
    rate: rate.ok ? percentText(rate.value) : null,
  };
}

/** The scored parts as printed, shared by the project's and the department's 自评表: the 预算执行 weight and score, the indicators, the weights and totals. */
export function scoredParts(content: ScoredEntries & Pick<EvaluationContent, 'level1Weights'>, scores: EvaluationScores) {
  const level1Weights: Record<string, number> = {};
  for (const [level1, weight] of Object.entries(content.level1Weights)) level1Weights[level1] = points(weight)!;
  return {
    execution: { weight: points(content.executionWeight), score: score(scores.execution) },
    indicators: content.indicators.map((i, n): SelfEvaluationIndicator => ({
      level1: i.level1,
      level2: i.level2,
      name: i.name,
      target: i.target,
      actual: i.actual,
      weight: points(i.weight),
      score: score(scores.indicators[n]!),
      deviation: i.deviation,
    })),
    level1Weights,
    totalWeight: toNumber(scores.totalWeight, 2),
    totalScore: toNumber(scores.total, SCORE_DECIMALS),
  };
}

export function toSelfEvaluation(projectName: string, year: number, content: EvaluationContent, scores: EvaluationScores): SelfEvaluation {
  const transfer = content.variant === '转移支付';
  const [totalLine, ...others] = BUDGET_LINES[content.variant];
  const { execution, ...parts } = scoredParts(content, scores);
  const funds: SelfEvaluation['funds'] = { total: { ...budgetLine(content.budget[totalLine!.key], transfer), ...execution } };
  for (const { key } of others) funds[key as Exclude<typeof key, 'total'>] = budgetLine(content.budget[key], transfer);
  return {
    ...(transfer ? { variant: '转移支付' as const } : {}),
    year,
    projectName,
    department: content.department,
    implementingUnit: content.implementingUnit,
    ...(transfer ? { centralDepartment: content.centralDepartment } : {}),
    funds,
    plannedGoal: content.plannedGoal,
    actualOutcome: content.actualOutcome,
    ...parts,
    ...(transfer ? { fundManagement: content.fundManagement.map((r) => ({ ...r })), remarks: content.remarks } : {}),
  };
}
