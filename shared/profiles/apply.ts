/**
 * What a department's profile says, combined with what its layout demands of the printed form:
 * the 二级 required, whether a `0 | 0` row may stand for one not used, the checker's settings
 * with the thresholds in their rules' parameters, and the 自评 weights.
 */
import type { RuleSettings } from '../checker/types';
import { formatPoints, parsePoints, type Points } from '../evaluation/content';
import type { LayoutDef } from '../layouts';
import { THRESHOLD_PARAMS, type RuleProfile } from './profile';

/** The profile's required 二级, and where the layout's form requires every 二级 (县级部门), all of the framework's. */
export function requiredLevel2(layout: LayoutDef, profile: RuleProfile): string[] {
  const all = profile.framework.level2.map((l) => l.name);
  return layout.everyLevel2Required ? all : all.filter((name) => profile.requiredLevel2.includes(name));
}

/** A `0 | 0` row stands for a 二级 not used only where both the profile's convention and the layout's form allow it. */
export function zeroRowsAllowed(layout: LayoutDef, profile: RuleProfile): boolean {
  return layout.allowsNotApplicable && profile.unusedLevel2 === '0|0';
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
