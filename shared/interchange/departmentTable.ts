/**
 * The interchange shape of the 部门整体支出绩效目标表 and 自评表 (docs/ARCHITECTURE.md, "The interchange
 * JSON"): what `jixiao import --json` prints and data packages carry. Amounts are 万元 as JSON
 * numbers; `funds` holds the lines the table prints (DEPARTMENT_FUND_KEYS), rates the printed text.
 */
import type { DepartmentFundKey } from '../department/layout';
import type { Indicator } from '../project';
import type { BudgetLine, SelfEvaluationIndicator } from './selfEvaluation';

export interface DepartmentTableTask {
  name: string;
  content: string;
  amount: number | null;
  goal: string;
}

export interface DepartmentTable {
  departmentName: string;
  /** null where the title names no year. */
  year: number | null;
  /** 财政供养人员数, null where the table has none. */
  staff: number | null;
  /** 下属二级单位数, null where the table has none. */
  subunits: number | null;
  funds: Partial<Record<DepartmentFundKey, number>>;
  overallGoal: string;
  tasks: DepartmentTableTask[];
  /** 其他需完成的任务 ('' where none). */
  otherTasks: string;
  indicators: Indicator[];
  /** 二级 the table declares 不适用; present only where some are. */
  notApplicable?: string[];
}

export interface DepartmentEvaluationTask {
  name: string;
  content: string;
  amount: number | null;
  outcome: string;
}

export type DepartmentEvaluationFunds = { total: BudgetLine & { weight: number | null; score: number | null } } & Partial<
  Record<'basic' | 'project' | 'fiscal' | 'other', BudgetLine>
>;

export interface DepartmentEvaluation {
  departmentName: string;
  year: number | null;
  funds: DepartmentEvaluationFunds;
  tasks: DepartmentEvaluationTask[];
  plannedGoal: string;
  actualOutcome: string;
  indicators: SelfEvaluationIndicator[];
  level1Weights: Record<string, number>;
  totalWeight: number | null;
  totalScore: number | null;
}
