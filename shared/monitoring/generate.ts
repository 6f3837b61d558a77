/**
 * 生成监控表: a project's 执行监控表 prepared from its 绩效目标表, as 生成自评表 prepares a 自评表:
 * each indicator with its 指标值 as 年度指标值, in the form's order, the 年度总体绩效目标, and the
 * budget as 年初预算数. Prepared again, it keeps what was entered for the indicators that still exist.
 */
import { realIndicators } from '../checker/indicators';
import { sortIndicators } from '../indicatorGrid';
import type { ProjectContent } from '../project';
import type { Framework } from '../profiles/profile';
import { emptyMonitoringFigures, type FundLineKey, type MonitoringContent, type MonitoringFigures, type MonitoringIndicator } from './content';

/** An indicator is the same one while its 二级 and 三级 name are (the key a finding's acknowledgement is kept under, too). */
const identity = (i: { level2: string; name: string }) => `${i.level2}|${i.name}`;

const budgetOf = (fen: number | null | undefined): MonitoringFigures => ({ ...emptyMonitoringFigures(), initialBudget: fen ?? null });

export function generateMonitoring(project: ProjectContent, month: number, framework: Framework, previous: MonitoringContent | null = null): MonitoringContent {
  const entered = new Map((previous?.indicators ?? []).map((i) => [identity(i), i]));
  const real = realIndicators(project.indicators).map((r) => r.indicator);
  const indicators = sortIndicators(real, framework).map((i): MonitoringIndicator => {
    const kept = entered.get(identity(i));
    return {
      level1: i.level1,
      level2: i.level2,
      name: i.name,
      target: i.value,
      progress: kept?.progress ?? '',
      forecast: kept?.forecast ?? '',
      causes: kept?.causes ?? [],
      explanation: kept?.explanation ?? '',
      likelihood: kept?.likelihood ?? '',
      remarks: kept?.remarks ?? '',
    };
  });
  const budgets: Record<FundLineKey, number | null | undefined> = {
    total: project.annualFunds,
    fiscal: project.funds.财政拨款,
    carryover: project.funds.结余结转资金,
    other: project.funds.其他资金,
  };
  const funds: MonitoringContent['funds'] = {};
  for (const key of Object.keys(budgets) as FundLineKey[]) {
    const kept = previous?.funds[key];
    funds[key] = kept ? { ...kept, initialBudget: budgets[key] ?? null } : budgetOf(budgets[key]);
  }
  return {
    month,
    department: project.department,
    implementingUnit: project.implementingUnit,
    overallGoal: project.overallGoal,
    goalProgress: previous?.goalProgress ?? '',
    funds,
    indicators,
  };
}
