/**
 * What `jixiao score` reports for a 自评表: the printed 执行率, 预算执行 score and 总分 beside their
 * computation, and each figure that does not agree.
 */
import { fraction, toNumber, type Fraction } from '../decimal';
import type { SelfEvaluation } from '../interchange/selfEvaluation';
import { agrees, executionRate, executionScore, gradeOf, percentText, SCORE_DECIMALS, sumOfRounded } from './execution';

/** The 预算执行 weight where the table prints none. */
export const DEFAULT_EXECUTION_WEIGHT = 10;

type Field = 'rate' | 'executionScore' | 'totalScore';

export interface ScoreReport {
  projectName: string;
  recorded: { rate: string | null; executionScore: number | null; totalScore: number | null };
  computed: { rate: string | null; executionScore: number | null; totalScore: number | null; grade: string | null };
  differences: { field: Field; recorded: string | number; computed: string | number | null }[];
}

export function scoreReport(table: SelfEvaluation): ScoreReport {
  const total = table.funds.total;
  const rate = executionRate(total.executed, total.fullYearBudget);
  const execution = rate.ok ? executionScore(rate.value, total.weight ?? DEFAULT_EXECUTION_WEIGHT) : null;
  const indicators = table.indicators.map((i) => fraction(i.score ?? 0));
  // Where the rate cannot be computed, the printed 预算执行 score stands in the total.
  const executionPart: Fraction = execution ?? fraction(total.score ?? 0);
  const sum = sumOfRounded([executionPart, ...indicators]);
  const totalScore = toNumber(sum, SCORE_DECIMALS);

  const recorded = { rate: total.rate, executionScore: total.score, totalScore: table.totalScore };
  const computed = {
    rate: rate.ok ? percentText(rate.value) : null,
    executionScore: execution ? toNumber(execution, SCORE_DECIMALS) : null,
    totalScore,
    grade: gradeOf(totalScore),
  };
  const exact: Record<Field, Fraction | null> = { rate: rate.ok ? rate.value : null, executionScore: execution, totalScore: sum };
  const differences: ScoreReport['differences'] = [];
  for (const field of ['rate', 'executionScore', 'totalScore'] as const) {
    const printed = recorded[field];
    if (printed === null) continue;
    const value = exact[field];
    if (!value || !agrees(printed, value, field === 'rate' ? 'rate' : 'score')) differences.push({ field, recorded: printed, computed: computed[field] });
  }
  return { projectName: table.projectName, recorded, computed, differences };
}
