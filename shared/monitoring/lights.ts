/**
 * The traffic lights of a 执行监控表, as finance bureaus light it: the project by its 执行率 against
 * what is expected by month N, each indicator by its 完成目标可能性 and, where target and progress
 * are both numbers, by how far it has come. All of it exact (fractions of integers).
 */
import { compare, div, fraction, isZero, mul, parseDecimal, add, type Fraction } from '../decimal';
import { parseIndicatorValue } from '../indicatorValue';
import type { MonitoringFundLine, MonitoringTable, MonitoringTableIndicator } from '../interchange/monitoring';
import type { MonitoringThresholds } from '../profiles/profile';
import type { Computed } from '../scoring/execution';

export const LIGHTS = ['绿', '黄', '红', '无'] as const;
/** 无: nothing to light by yet (no 执行数, no 可能性 chosen). */
export type Light = (typeof LIGHTS)[number];

const WORSE: Light[] = ['无', '绿', '黄', '红'];
const worst = (lights: Light[]): Light => lights.reduce<Light>((a, b) => (WORSE.indexOf(b) > WORSE.indexOf(a) ? b : a), '无');

/** A number as printed or held in the interchange JSON, exactly; null where it is none. */
const exact = (n: number | string | null): Fraction | null => (n === null ? null : (parseDecimal(n)?.value ?? null));

/** 1–N月执行率 of a fund line in percent: 1–N月执行数 / 年初预算数, exact. */
export function monitoringRate(line: Pick<MonitoringFundLine, 'initialBudget' | 'executed'> | undefined): Computed<Fraction> {
  const budget = exact(line?.initialBudget ?? null);
  const executed = exact(line?.executed ?? null);
  if (budget === null) return { ok: false, message: '年初预算数未填写，无法计算执行率' };
  if (executed === null) return { ok: false, message: '执行数未填写，无法计算执行率' };
  if (isZero(budget)) return { ok: false, message: '年初预算数为 0，无法计算执行率' };
  return { ok: true, value: div(mul(executed, fraction(100)), budget) };
}

/** The 执行率 (percent) expected by the end of month N. */
export function expectedRate(month: number, thresholds: MonitoringThresholds): Fraction {
  if (thresholds.minimums.length === 0) return div(fraction(month * 100), fraction(12));
  const set = thresholds.minimums.filter((m) => m.month <= month).at(-1);
  return set ? fraction(String(set.rate)) : fraction(0);
}

/** Green at or above the expected share, yellow below it by up to the margin, red below that. */
export function shareLight(share: Fraction, expected: Fraction, thresholds: MonitoringThresholds): Light {
  if (compare(share, expected) >= 0) return '绿';
  return compare(add(share, fraction(String(thresholds.margin))), expected) >= 0 ? '黄' : '红';
}

const LIKELIHOOD_LIGHTS: Record<string, Light> = { 确定能: '绿', 有可能: '黄', 完全不可能: '红' };

/**
 * How far an indicator has come, where target and progress are both numbers of the same unit: a
 * limit (`≤`, or a 成本指标) is kept or broken; a level in percent (`≥90%`) is met, short by up to the margin, or
 * further off; an amount (`1200公里`) is a share of its target, lit as money is.
 */
export function progressLight(
  indicator: Pick<MonitoringTableIndicator, 'level2' | 'target' | 'progress'>,
  expected: Fraction,
  thresholds: MonitoringThresholds,
): Light {
  const target = parseIndicatorValue(indicator.target);
  const progress = parseIndicatorValue(indicator.progress);
  if (target.kind !== 'quantity' || progress.kind !== 'quantity' || target.more || progress.more) return '无';
  if (target.unit !== progress.unit && target.unit !== '' && progress.unit !== '') return '无';
  const goal = exact(target.number);
  const done = exact(progress.number);
  if (goal === null || done === null) return '无';
  // A 成本指标 without a comparator is a ceiling, as the 自评 scoring reads it.
  const limit = target.comparator === '≤' || target.comparator === '<' || (target.comparator === null && indicator.level2 === '成本指标');
  if (limit) return compare(done, goal) <= 0 ? '绿' : '红';
  if (target.unit === '%') return shareLight(done, goal, thresholds);
  if (isZero(goal)) return '无';
  return shareLight(div(mul(done, fraction(100)), goal), expected, thresholds);
}

export function indicatorLight(indicator: MonitoringTableIndicator, expected: Fraction, thresholds: MonitoringThresholds): Light {
  return worst([LIKELIHOOD_LIGHTS[indicator.likelihood] ?? '无', progressLight(indicator, expected, thresholds)]);
}

export interface MonitoringLights {
  /** 1–N月执行率 of the 年度资金总额 line. */
  rate: Computed<Fraction>;
  expected: Fraction;
  /** The project's light: its money. */
  project: Light;
  indicators: Light[];
  /** How many indicators are red. */
  red: number;
}

export function monitoringLights(table: MonitoringTable, thresholds: MonitoringThresholds): MonitoringLights {
  const rate = monitoringRate(table.funds.total);
  const expected = expectedRate(table.month, thresholds);
  const indicators = table.indicators.map((i) => indicatorLight(i, expected, thresholds));
  return {
    rate,
    expected,
    project: rate.ok ? shareLight(rate.value, expected, thresholds) : '无',
    indicators,
    red: indicators.filter((l) => l === '红').length,
  };
}
