/**
 * 预算执行: the rate 全年执行数 / 全年预算数 and its score `min(rate, 1) × 分值`, exactly, and whether a
 * printed figure agrees with its computation.
 */
import { add, div, fraction, isZero, min, mul, parseDecimal, rounded, roundTo, toNumber, type Fraction } from '../decimal';

export type Computed<T> = { ok: true; value: T } | { ok: false; message: string };

/** 执行率 in percent, exact. */
export function executionRate(executed: number | null, fullYearBudget: number | null): Computed<Fraction> {
  if (fullYearBudget === null) return { ok: false, message: '全年预算数未填写，无法计算执行率' };
  if (executed === null) return { ok: false, message: '全年执行数未填写，无法计算执行率' };
  const budget = fraction(fullYearBudget);
  if (isZero(budget)) return { ok: false, message: '全年预算数为 0，无法计算执行率' };
  return { ok: true, value: div(mul(fraction(executed), fraction(100)), budget) };
}

/** The 预算执行 score, exact: min(执行数 / 全年预算数, 1) × 分值. */
export function executionScore(rate: Fraction, weight: number): Fraction {
  return mul(min(div(rate, fraction(100)), fraction(1)), fraction(weight));
}

/** Scores are shown to two decimals; totals are sums of the rounded parts. */
export const SCORE_DECIMALS = 2;

export function sumOfRounded(parts: Fraction[]): Fraction {
  return parts.map((p) => rounded(p, SCORE_DECIMALS)).reduce(add, { num: 0n, den: 1n });
}

export function gradeOf(total: number): '优' | '良' | '中' | '差' {
  return total >= 90 ? '优' : total >= 80 ? '良' : total >= 60 ? '中' : '差';
}

/**
 * Whether a printed figure agrees with the computation: equal once the computation is rounded to
 * the decimals it was printed with (scores at least to one decimal: a printed `3` against 2.6 is
 * not a rounding). `78%` agrees with 77.95%; `10%` does not agree with 100%.
 */
export function agrees(printed: string | number, computed: Fraction, kind: 'rate' | 'score'): boolean {
  const parsed = parseDecimal(printed);
  if (!parsed) return false;
  const decimals = kind === 'score' ? Math.max(1, parsed.decimals) : parsed.decimals;
  return roundTo(parsed.value, decimals) === roundTo(computed, decimals);
}

export const percentText = (rate: Fraction) => `${toNumber(rate, 2).toFixed(2)}%`;
