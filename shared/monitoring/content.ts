/**
 * The stored, editable 执行监控表 of a project: what the clerk reports in the middle of the year
 * (绩效运行监控). Amounts are exact 分. `month` is the N of 1–N月, chosen per year.
 */
import type { MonitoringTableIndicator } from '../interchange/monitoring';
import type { Fen } from '../money';

export const CAUSES = ['经费保障', '制度保障', '人员保障', '硬件条件保障', '其他'] as const;
/** A 偏差原因 column of the form. */
export type Cause = (typeof CAUSES)[number];

export const LIKELIHOODS = ['确定能', '有可能', '完全不可能'] as const;
/** 完成目标可能性. */
export type Likelihood = (typeof LIKELIHOODS)[number];

export type FundLineKey = 'total' | 'fiscal' | 'carryover' | 'other';

/** The form's 项目资金 lines, in order, with their printed labels. */
export const FUND_LINES: { key: FundLineKey; label: string }[] = [
  { key: 'total', label: '年度资金总额' },
  { key: 'fiscal', label: '其中：财政拨款' },
  { key: 'carryover', label: '上年结转资金' },
  { key: 'other', label: '其他资金' },
];

export interface MonitoringFigures {
  initialBudget: Fen | null;
  /** 1–N月执行数. */
  executed: Fen | null;
  /** 全年预计执行数. */
  forecast: Fen | null;
}

/** As the interchange has it, its 偏差原因 and 完成目标可能性 taken from the form's choices. */
export interface MonitoringIndicator extends Omit<MonitoringTableIndicator, 'causes' | 'likelihood'> {
  causes: Cause[];
  likelihood: Likelihood | '';
}

export interface MonitoringContent {
  /** N of 1–N月: the month the monitoring covers. */
  month: number;
  department: string;
  implementingUnit: string;
  overallGoal: string;
  /** 1–N月 完成情况 of the 年度总体目标. */
  goalProgress: string;
  funds: Partial<Record<FundLineKey, MonitoringFigures>>;
  indicators: MonitoringIndicator[];
}

/** The month a year's monitoring covers unless the department's rules say otherwise: 1–7月, reported in July–August. */
export const DEFAULT_MONTH = 7;

export const emptyMonitoringFigures = (): MonitoringFigures => ({ initialBudget: null, executed: null, forecast: null });

/** `1-7月执行数`: the column titles follow N. */
export const monthsLabel = (month: number) => `1-${month}月`;
