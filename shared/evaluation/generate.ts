/**
 * 生成自评表: a project's 自评表 prepared from its 绩效目标表. Every indicator with its 指标值
 * as 年度指标值, in the form's order, the 年度总体绩效目标 as 预期目标, the budget as 年初预算数
 * (and, until the clerk changes it, as 全年预算数), and the department's weights spread exactly
 * over the indicators.
 */
import { realIndicators } from '../checker/indicators';
import { sortIndicators } from '../indicatorGrid';
import type { FundKey } from '../layouts';
import type { Fen } from '../money';
import type { Indicator, ProjectContent } from '../project';
import { weightPoints } from '../profiles/apply';
import type { Framework, RuleProfile } from '../profiles/profile';
import type { MonitoringContent, MonitoringIndicator } from '../monitoring/content';
import {
  FUND_MANAGEMENT_ITEMS,
  type BudgetFigures,
  type BudgetLineKey,
  type EvaluationContent,
  type EvaluationIndicator,
  type Points,
  type Variant,
} from './content';

/** `total` points over `count` parts, exactly: 50 over 3 is 16.67, 16.67, 16.66. */
export function spreadPoints(total: Points, count: number): Points[] {
  if (count === 0) return [];
  const base = Math.floor(total / count);
  const rest = total - base * count;
  return Array.from({ length: count }, (_, i) => base + (i < rest ? 1 : 0));
}

/** Gives each 一级's weight to its indicators, in equal exact shares. */
export function spreadWeights(indicators: EvaluationIndicator[], level1Weights: EvaluationContent['level1Weights']): EvaluationIndicator[] {
  const level1s = [...new Set(indicators.map((i) => i.level1))];
  const shares = new Map<string, Points[]>(
    level1s.map((level1) => [level1, spreadPoints(level1Weights[level1] ?? 0, indicators.filter((i) => i.level1 === level1).length)]),
  );
  return indicators.map((indicator) => ({ ...indicator, weight: shares.get(indicator.level1)!.shift() ?? null }));
}

/** Which fund of the target table each budget line starts from. */
const LINE_SOURCES: Partial<Record<BudgetLineKey, FundKey>> = {
  fiscal: '财政拨款',
  carryover: '结余结转资金',
  central: '中央资金',
  local: '自治区资金',
  other: '其他资金',
};

/** The 转移支付 form has no 年初预算数: the budget goes to 全年预算数 only. */
function figures(initial: Fen | null | undefined, variant: Variant): BudgetFigures {
  return { initialBudget: variant === '项目' ? (initial ?? null) : null, fullYearBudget: initial ?? null, executed: null };
}

/** The monitoring's reasons for an indicator as a draft 偏差原因: `人员保障、其他：说明`; '' where it gave none. */
export function deviationFromMonitoring(i: Pick<MonitoringIndicator, 'causes' | 'explanation'>): string {
  const causes = i.causes.join('、');
  const explanation = i.explanation.trim();
  return causes && explanation ? `${causes}：${explanation}` : causes || explanation;
}

/**
 * A target table's indicators as a 自评表's, in form order, nothing entered yet (declared rows left
 * out); `deviation` gives an indicator's draft 偏差原因, where there is one (from the 执行监控表).
 */
export function evaluationIndicators(indicators: Indicator[], framework: Framework, deviation: (i: Indicator) => string = () => ''): EvaluationIndicator[] {
  const real = realIndicators(indicators).map((r) => r.indicator);
  return sortIndicators(real, framework).map((i) => {
    const draft = deviation(i);
    return {
      level1: i.level1,
      level2: i.level2,
      name: i.name,
      target: i.value,
      actual: '',
      weight: null,
      override: null,
      deviation: draft,
      ...(draft ? { deviationDraft: true } : {}),
    };
  });
}

/** `monitoring`: the project's 执行监控表, whose reasons become each indicator's 偏差原因 as a draft. */
export function generateEvaluation(
  project: ProjectContent,
  variant: Variant,
  profile: RuleProfile,
  monitoring: MonitoringContent | null = null,
): EvaluationContent {
  const weights = weightPoints(profile);
  const monitored = new Map((monitoring?.indicators ?? []).map((m) => [`${m.level2}|${m.name}`, deviationFromMonitoring(m)]));
  const indicators = evaluationIndicators(project.indicators, profile.framework, (i) => monitored.get(`${i.level2}|${i.name}`) ?? '');
  const lines: BudgetLineKey[] = variant === '项目' ? ['fiscal', 'carryover', 'other'] : ['central', 'local', 'other'];
  const budget: EvaluationContent['budget'] = { total: figures(project.annualFunds, variant) };
  for (const key of lines) budget[key] = figures(project.funds[LINE_SOURCES[key]!], variant);
  return {
    variant,
    department: project.department,
    implementingUnit: project.implementingUnit,
    centralDepartment: '',
    budget,
    executionWeight: weights.execution,
    executionOverride: null,
    plannedGoal: project.overallGoal,
    actualOutcome: '',
    level1Weights: weights.level1,
    indicators: spreadWeights(indicators, weights.level1),
    fundManagement: variant === '转移支付' ? FUND_MANAGEMENT_ITEMS.map((item) => ({ item, explanation: '', problems: '' })) : [],
    remarks: '',
  };
}
