/**
 * A region's rules (审核规则), as data: the indicator framework its forms use, what it requires of
 * them, the 自评 weights, the thresholds its reviewers apply and the checker's rules as it runs
 * them. A department file holds its own; three are shipped (shared/profiles/*.json).
 */
import type { RuleSettings } from '../checker/types';
import { DEFAULT_MONTH } from '../monitoring/content';

/** An indicator framework: the 一级 and the 二级 under each, in the form's order, with the codes it prints (`11-数量指标`; '' where none). */
export interface Framework {
  level1: { name: string; code: string }[];
  level2: { name: string; level1: string; code: string }[];
}

/** How a 二级 the table does not use stands on the form: left out, a row saying 不适用, or a `0 | 0` row. */
export const UNUSED_LEVEL2 = ['omit', '不适用', '0|0'] as const;
export type UnusedLevel2 = (typeof UNUSED_LEVEL2)[number];

/** Weights of the 自评表 in points (分): 预算执行 and each 一级 of the framework, 100 in all. */
export interface ProfileWeights {
  execution: number;
  level1: Record<string, number>;
}

export interface Thresholds {
  /** The lowest 满意度 target, in percent (`≥80%`). */
  satisfactionFloor: number;
  /** The longest 三级 name a reviewer reads at a glance, in characters. */
  nameLength: number;
  /** An actual at this share of its target or more (percent: 120) asks whether the target was set too low. */
  aboveTargetShare: number;
}

/**
 * The lights of the 执行监控表: the 执行率 expected by month N is the share of the year elapsed
 * (N/12), or where the region sets minimums (25 % by 4月, 40 % by 6月 …) the one of the latest
 * month not after N; a rate below it by up to `margin` percentage points is yellow, further red.
 */
export interface MonitoringThresholds {
  /** The N of 1–N月 a year's monitoring is prepared for. */
  month: number;
  margin: number;
  minimums: { month: number; rate: number }[];
}

export const DEFAULT_MONITORING: MonitoringThresholds = { month: DEFAULT_MONTH, margin: 10, minimums: [] };

/** The minimums as the 审核规则 view writes them: `4月25%，6月40%`; '' for none. */
export const minimumsText = (minimums: MonitoringThresholds['minimums']) => minimums.map((m) => `${m.month}月${m.rate}%`).join('，');

/** `4月25%，6月40%` as minimums; a part that says something else reads as not a number, which the schema refuses naming the field. */
export function readMinimums(text: string): MonitoringThresholds['minimums'] {
  return text
    .split(/[，,、；;\s]+/)
    .filter(Boolean)
    .map((part) => {
      const m = /^(\d{1,2})月(\d+(?:\.\d+)?)%?$/.exec(part);
      return m ? { month: Number(m[1]), rate: Number(m[2]) } : { month: Number.NaN, rate: Number.NaN };
    });
}

/** A profile's monitoring thresholds; a profile made before monitoring has the defaults. */
export const monitoringThresholds = (profile: RuleProfile): MonitoringThresholds => profile.monitoring ?? DEFAULT_MONITORING;

export interface RuleProfile {
  id: string;
  name: string;
  description: string;
  version: 1;
  framework: Framework;
  /** 二级 that must have at least one 三级. */
  requiredLevel2: string[];
  /** At least one 二级 under 效益指标 (where none of them is required by itself). */
  someBenefitRequired: boolean;
  unusedLevel2: UnusedLevel2;
  /** What the form's 项目属性 offers (the clerk may still type another). */
  attributeOptions: string[];
  weights: ProfileWeights;
  thresholds: Thresholds;
  /** Each rule switched on or off, its severity and its other parameters (the thresholds set their own). */
  rules: RuleSettings;
  /** Absent in profiles made before monitoring: DEFAULT_MONITORING. */
  monitoring?: MonitoringThresholds;
}

/** The rule parameter each threshold sets: one place for the value, whatever the rules list says. */
export const THRESHOLD_PARAMS: Record<keyof Thresholds, { rule: string; param: string }> = {
  satisfactionFloor: { rule: 'value.satisfaction-low', param: 'minimum' },
  nameLength: { rule: 'name.length', param: 'maxLength' },
  aboveTargetShare: { rule: 'se.target-low', param: 'percent' },
};
