/**
 * The interchange shape of a 项目支出绩效自评表 (docs/ARCHITECTURE.md, "The interchange JSON"), as published tables print it:
 * amounts in 万元, rates as the printed text (`77.33%`), numbers `null` where none was printed.
 * The 转移支付区域（项目）绩效目标自评表 variant has its lines under `central` and `local`
 * instead of `fiscal` and `carryover`, no 年初预算数, a 中央主管部门, the 资金管理情况 rows and 说明.
 */
export interface BudgetLine {
  initialBudget?: number | null;
  fullYearBudget: number | null;
  executed: number | null;
  rate: string | null;
}

export interface SelfEvaluationIndicator {
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string;
  weight: number | null;
  score: number | null;
  /** 偏差原因分析及改进措施 (in the 转移支付 variant: 未完成原因和改进措施). */
  deviation: string;
}

export interface FundManagementRow {
  item: string;
  explanation: string;
  problems: string;
}

export type SelfEvaluationFunds = { total: BudgetLine & { weight: number | null; score: number | null } } & Partial<
  Record<'fiscal' | 'carryover' | 'central' | 'local' | 'other', BudgetLine>
>;

export interface SelfEvaluation {
  variant?: '转移支付';
  /** null where the title names no year. */
  year: number | null;
  projectName: string;
  /** 主管部门 (转移支付: 地方主管部门). */
  department: string;
  /** 实施单位 (转移支付: 资金使用单位). */
  implementingUnit: string;
  centralDepartment?: string;
  funds: SelfEvaluationFunds;
  plannedGoal: string;
  actualOutcome: string;
  indicators: SelfEvaluationIndicator[];
  level1Weights: Record<string, number>;
  totalWeight: number | null;
  totalScore: number | null;
  fundManagement?: FundManagementRow[];
  remarks?: string;
}
