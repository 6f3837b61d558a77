/**
 * The rules a profile can set, as the 审核规则 view lists them: every rule of the 绩效目标表, of the
 * 自评表, of the 执行监控表 and of the 部门整体目标表 and 自评表 (whose indicators and scores answer to
 * the rules of the others as well), with its title, severity and parameters as shipped. A profile naming a rule this
 * version does not have, or a parameter a rule does not take, is refused rather than ignored.
 */
import { RULES } from '../checker';
import { MONITORING_RULES } from '../checker/monitoringRules';
import { SELF_EVALUATION_RULES } from '../checker/selfEvaluationRules';
import type { RuleSettings, Severity } from '../checker/types';
import { DEPARTMENT_EVALUATION_RULES, DEPARTMENT_RULES } from '../department/review';
import { ENTRY_RULES } from '../evaluation/review';

export interface RuleEntry {
  id: string;
  title: string;
  severity: Severity;
  params: Record<string, unknown>;
  form: '绩效目标表' | '自评表' | '执行监控表' | '部门整体目标表' | '部门整体自评表';
}

export const RULE_CATALOG: readonly RuleEntry[] = [
  ...RULES.map((r) => ({ ...r, form: '绩效目标表' as const })),
  ...[...ENTRY_RULES, ...SELF_EVALUATION_RULES].map((r) => ({ ...r, form: '自评表' as const })),
  ...MONITORING_RULES.map((r) => ({ ...r, form: '执行监控表' as const })),
  ...DEPARTMENT_RULES.map((r) => ({ ...r, form: '部门整体目标表' as const })),
  ...DEPARTMENT_EVALUATION_RULES.map((r) => ({ ...r, form: '部门整体自评表' as const })),
].map(({ id, title, severity, params, form }) => ({ id, title, severity, params, form }));

const kindOf = (value: unknown) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

/** Why a profile's rule settings cannot be used (naming the rule and the parameter), or null. */
export function ruleSettingsProblem(rules: RuleSettings): string | null {
  for (const [id, setting] of Object.entries(rules)) {
    const rule = RULE_CATALOG.find((r) => r.id === id);
    if (!rule) return `规则“${id}”本程序没有（可能来自更新的版本）`;
    for (const [param, value] of Object.entries(setting.params ?? {})) {
      if (!(param in (rule.params ?? {}))) return `规则“${id}”没有参数“${param}”`;
      if (kindOf(value) !== kindOf(rule.params?.[param])) return `规则“${id}”的参数“${param}”应与其默认值 ${JSON.stringify(rule.params?.[param])} 同类`;
    }
  }
  return null;
}
