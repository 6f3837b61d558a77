/**
 * The interchange shape of a 项目支出绩效目标执行监控表 (docs/ARCHITECTURE.md, "The interchange JSON"), as
 * the central layout prints it: amounts in 万元, rates as the printed text (`48.84%`), numbers `null`
 * where none was printed; `month` is the N of its 1–N月 columns.
 */
export interface MonitoringFundLine {
  initialBudget: number | null;
  executed: number | null;
  rate: string | null;
  forecast: number | null;
}

export interface MonitoringTableIndicator {
  level1: string;
  level2: string;
  name: string;
  /** 年度指标值. */
  target: string;
  /** 1–N月执行数: a figure, a date, or text. */
  progress: string;
  /** 全年预计完成值. */
  forecast: string;
  /** The ticked 偏差原因 columns (经费保障 …), in the form's order. */
  causes: string[];
  /** 原因说明. */
  explanation: string;
  /** 完成目标可能性: 确定能, 有可能, 完全不可能, or '' where none is ticked. */
  likelihood: string;
  remarks: string;
}

export interface MonitoringTable {
  projectName: string;
  /** null where the title names no year. */
  year: number | null;
  month: number;
  department: string;
  implementingUnit: string;
  overallGoal: string;
  /** The 1–N月 完成情况 line under the 年度总体目标. */
  goalProgress: string;
  funds: { total: MonitoringFundLine } & Partial<Record<'fiscal' | 'carryover' | 'other', MonitoringFundLine>>;
  indicators: MonitoringTableIndicator[];
}
