/**
 * The scores of a stored 自评表: the suggested score of every part by the official rules, the
 * clerk's override where there is one, and the total as the sum of the rounded parts.
 */
import { add, fraction, rounded, toNumber, type Fraction } from '../decimal';
import { executionRate, executionScore, gradeOf, SCORE_DECIMALS, sumOfRounded, type Computed } from '../scoring/execution';
import { suggestScore, type ScoreSuggestion } from '../scoring/indicatorScore';
import type { BudgetFigures, EvaluationContent, Points, ScoreOverride } from './content';

export const pointsFraction = (points: Points): Fraction => ({ num: BigInt(points), den: 100n });
export const fractionPoints = (f: Fraction): Points => Number(rounded(f, SCORE_DECIMALS).num * (100n / 10n ** BigInt(SCORE_DECIMALS)));

export interface PartScore {
  /** The rules' score (two decimals), or null where the clerk scores by hand. */
  suggested: Fraction | null;
  /** What counts: the override, else the suggestion. */
  score: Fraction | null;
  override: ScoreOverride | null;
}

export interface IndicatorScore extends PartScore {
  suggestion: ScoreSuggestion;
}

export interface EvaluationScores {
  /** 执行率 of the 年度资金总额 line, in percent. */
  rate: Computed<Fraction>;
  execution: PartScore;
  indicators: IndicatorScore[];
  totalWeight: Fraction;
  total: Fraction;
  grade: ReturnType<typeof gradeOf>;
}

const part = (suggested: Fraction | null, override: ScoreOverride | null): PartScore => ({
  suggested,
  score: override ? pointsFraction(override.score) : suggested,
  override,
});

/** What the scores are computed from: the parts a project's and a department's 自评表 share. */
export type ScoredEntries = Pick<EvaluationContent, 'executionWeight' | 'executionOverride' | 'indicators'> & { budget: { total?: BudgetFigures } };

/** `aboveTargetPercent`: the department's share of a target at which an actual asks whether the target was too low. */
export function scoreEvaluation(content: ScoredEntries, options: { aboveTargetPercent?: number } = {}): EvaluationScores {
  const total = content.budget.total;
  const rate = executionRate(total?.executed ?? null, total?.fullYearBudget ?? null);
  const executionSuggested = rate.ok ? rounded(executionScore(rate.value, toNumber(pointsFraction(content.executionWeight), 2)), SCORE_DECIMALS) : null;
  const execution = part(executionSuggested, content.executionOverride);
  const indicators = content.indicators.map((i): IndicatorScore => {
    const suggestion: ScoreSuggestion =
      i.weight === null
        ? { score: null, notes: ['请先填写分值'] }
        : i.actual.trim() === ''
          ? { score: null, notes: ['请填写实际完成值'] }
          : suggestScore(i.target, i.actual, toNumber(pointsFraction(i.weight), 2), { cost: i.level2 === '成本指标', ...options });
    return { ...part(suggestion.score, i.override), suggestion };
  });
  const sum = sumOfRounded([execution.score, ...indicators.map((i) => i.score)].map((s) => s ?? fraction(0)));
  const totalWeight = [content.executionWeight, ...content.indicators.map((i) => i.weight ?? 0)].map(pointsFraction).reduce(add, fraction(0));
  return { rate, execution, indicators, totalWeight, total: sum, grade: gradeOf(toNumber(sum, SCORE_DECIMALS)) };
}
