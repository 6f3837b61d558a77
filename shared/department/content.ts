/**
 * The stored, editable 部门整体支出绩效目标表 and 部门整体支出绩效自评表 of a department: one of each
 * per year in the department file. Amounts are exact 分; weights and overridden scores exact
 * hundredths of a point, as in the project 自评表 (shared/evaluation/content.ts).
 */
import type { BudgetFigures, EvaluationIndicator, Points, ScoreOverride } from '../evaluation/content';
import type { Fen } from '../money';
import type { Indicator } from '../project';
import type { DepartmentFundKey, DepartmentBlockId } from './layout';

export const DEPARTMENT_STATUSES = ['草稿', '已完成'] as const;
export type DepartmentStatus = (typeof DEPARTMENT_STATUSES)[number];

/** Parts drafted from the projects (生成部门整体目标表) that the clerk has not yet confirmed. */
export const DRAFTED_PARTS = ['funds', 'tasks', 'indicators'] as const;
export type DraftedPart = (typeof DRAFTED_PARTS)[number];

/** A row of 年度重点工作任务. */
export interface DepartmentTask {
  /** 名称 (任务名称). */
  name: string;
  /** 主要实施内容. */
  content: string;
  /** 拟投入的资金. */
  amount: Fen | null;
  /** 期望达到的目标. */
  goal: string;
  /** The project of the year the task was drafted from, where it names one ('' where none). */
  project: string;
}

export interface DepartmentTableContent {
  /** 部门（单位）名称. */
  departmentName: string;
  /** The optional blocks this department's region prints (see layout.ts). */
  blocks: DepartmentBlockId[];
  /** 财政供养人员数 and 下属二级单位数 (基本信息), null where not filled in. */
  staff: number | null;
  subunits: number | null;
  /** 预算整体情况, by line. */
  funds: Partial<Record<DepartmentFundKey, Fen>>;
  /** 总体绩效目标: 目标1…目标N, one per line. */
  overallGoal: string;
  tasks: DepartmentTask[];
  /** 其他需完成的任务. */
  otherTasks: string;
  indicators: Indicator[];
  /** 二级 declared 不适用. */
  notApplicable: string[];
  drafted: DraftedPart[];
  /**
   * The rows the drafting put in and the clerk has neither changed nor confirmed, by their text
   * (rowKey): drafted again, these are made anew, while a row the clerk changed, added or confirmed stays.
   */
  draftedRows?: { tasks: string[]; indicators: string[] };
  status: DepartmentStatus;
}

/** A task's or indicator's text as drafted: changed in any way, it is the clerk's. */
export const taskRowKey = (t: Pick<DepartmentTask, 'name' | 'content' | 'amount' | 'goal' | 'project'>) =>
  JSON.stringify([t.name, t.content, t.amount, t.goal, t.project]);
export const indicatorRowKey = (i: Pick<Indicator, 'level2' | 'name' | 'value'>) => JSON.stringify([i.level2, i.name, i.value]);

/** The table with a drafted part confirmed: the part's rows are the clerk's from now on. */
export function confirmDrafted(content: DepartmentTableContent, part: DraftedPart): DepartmentTableContent {
  const rows = content.draftedRows;
  return {
    ...content,
    drafted: content.drafted.filter((p) => p !== part),
    ...(rows && (part === 'tasks' || part === 'indicators') ? { draftedRows: { ...rows, [part]: [] } } : {}),
  };
}

/** A 年度主要任务 row of the 自评表: the task as planned and what was done. */
export interface DepartmentEvaluationTask {
  name: string;
  /** 主要实施内容 / 预期目标, as the target table had them. */
  content: string;
  amount: Fen | null;
  /** 完成情况. */
  outcome: string;
}

export type DepartmentBudgetLineKey = 'total' | 'basic' | 'project' | 'fiscal' | 'other';

/** The 自评表's 年度部门整体支出预算执行情况 lines, in form order, with their printed labels. */
export const DEPARTMENT_BUDGET_LINES: { key: DepartmentBudgetLineKey; label: string }[] = [
  { key: 'total', label: '年度资金总额' },
  { key: 'basic', label: '按支出性质分：基本支出' },
  { key: 'project', label: '项目支出' },
  { key: 'fiscal', label: '按收入性质分：财政拨款' },
  { key: 'other', label: '其他资金' },
];

export interface DepartmentEvaluationContent {
  departmentName: string;
  budget: Partial<Record<DepartmentBudgetLineKey, BudgetFigures>>;
  executionWeight: Points;
  executionOverride: ScoreOverride | null;
  tasks: DepartmentEvaluationTask[];
  /** 年度总体目标: 预期目标 and 实际完成情况. */
  plannedGoal: string;
  actualOutcome: string;
  /** By 一级 name. */
  level1Weights: Record<string, Points>;
  indicators: EvaluationIndicator[];
  status: DepartmentStatus;
}
