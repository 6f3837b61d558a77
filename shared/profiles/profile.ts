/**
 * A region's rules (审核规则), as data: the indicator framework its forms use, what it requires of
 * them, the 自评 weights, the thresholds its reviewers apply and the checker's rules as it runs
 * them. A department file holds its own; three are shipped (shared/profiles/*.json).
 */
import type { RuleSettings } from '../checker/types';

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
}

/** The rule parameter each threshold sets: one place for the value, whatever the rules list says. */
export const THRESHOLD_PARAMS: Record<keyof Thresholds, { rule: string; param: string }> = {
  satisfactionFloor: { rule: 'value.satisfaction-low', param: 'minimum' },
  nameLength: { rule: 'name.length', param: 'maxLength' },
  aboveTargetShare: { rule: 'se.target-low', param: 'percent' },
};
