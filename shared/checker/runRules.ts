import type { Finding, Problem, Rule, RuleSettings } from './types';

/** Runs rules over a table as a region's settings say: a rule switched off, another severity, other thresholds. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each rule has parameters of its own type
export function runRules<C>(rules: readonly Rule<any, C>[], context: C, settings: RuleSettings): Finding[] {
  return rules.flatMap((rule) => {
    const own = settings[rule.id];
    if (own?.enabled === false) return [];
    return rule.check(context, { ...rule.params, ...own?.params }).map(({ identity, severity, ...problem }: Problem): Finding => ({
      rule: rule.id,
      severity: own?.severity ?? severity ?? rule.severity,
      key: `${rule.id}|${identity}`,
      ...problem,
    }));
  });
}
