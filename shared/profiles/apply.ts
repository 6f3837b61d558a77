/**
 * What a department's profile says, combined with what its layout demands of the printed form:
 * the 二级 required, whether a `0 | 0` row may stand for one not used, the checker's settings
 * with the thresholds in their rules' parameters, and the 自评 weights.
 */
import type { RuleSettings } from '../checker/types';
import { formatPoints, parsePoints, type Points } from '../evaluation/content';
import type { LayoutDef } from '../layouts';
import { THRESHOLD_PARAMS, type RuleProfile } from './profile';

/** The 二级 that must have an indicator: the profile's required ones that its framework has. */
export function mandatoryLevel2(profile: RuleProfile): string[] {
  return profile.framework.level2.map((l) => l.name).filter((name) => profile.requiredLevel2.includes(name));
}

/**
 * The 二级 a table must show, with indicators or declared 不适用: the mandatory ones, and where
 * the layout's form lists every 二级 as 必填 (县级部门), all of the framework's.
 */
export function requiredLevel2(layout: LayoutDef, profile: RuleProfile): string[] {
  return layout.everyLevel2Required ? profile.framework.level2.map((l) => l.name) : mandatoryLevel2(profile);
}

/** The checker's settings: the profile's rules, with each threshold set as its rule's parameter. */
export function ruleSettings(profile: RuleProfile): RuleSettings {
  const settings: RuleSettings = { ...profile.rules };
  for (const [threshold, { rule, param }] of Object.entries(THRESHOLD_PARAMS)) {
    const own = settings[rule] ?? {};
    settings[rule] = { ...own, params: { ...own.params, [param]: profile.thresholds[threshold as keyof typeof THRESHOLD_PARAMS] } };
  }
  return settings;
}

/** The 自评 weights in hundredths of a point, as a 自评表 stores them. */
export function weightPoints(profile: RuleProfile): { execution: Points; level1: Record<string, Points> } {
  const toPoints = (n: number) => parsePoints(String(n)) ?? 0;
  return {
    execution: toPoints(profile.weights.execution),
    level1: Object.fromEntries(profile.framework.level1.map((l) => [l.name, toPoints(profile.weights.level1[l.name] ?? 0)])),
  };
}

/** The weights as a clerk reads them: `预算执行 10、产出 50、效益 30、满意度 10`. */
export function weightsText(profile: RuleProfile): string {
  const { execution, level1 } = weightPoints(profile);
  return [
    `预算执行 ${formatPoints(execution)}`,
    ...Object.entries(level1).map(([name, points]) => `${name.replace(/指标$/, '')} ${formatPoints(points)}`),
  ].join('、');
}
