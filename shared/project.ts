/** The stored shape of a project's 绩效目标表, as the services and the editor exchange it. */
import type { Fen } from './money';
import type { FundKey, LayoutId } from './layouts';
import type { CarriedPart } from './carry';
import type { Level1Name, Level2Name } from './taxonomy';

export const PROJECT_STATUSES = ['草稿', '已完成'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export interface Indicator {
  level1: Level1Name;
  level2: Level2Name;
  name: string;
  /** The 指标值 exactly as the clerk wrote it. */
  value: string;
}

/** What the clerk edits. Amounts are exact 分 (see money.ts), `null` where not filled in. */
export interface ProjectContent {
  name: string;
  department: string;
  implementingUnit: string;
  attribute: string;
  period: string;
  fundType: string;
  totalFunds: Fen | null;
  annualFunds: Fen | null;
  funds: Partial<Record<FundKey, Fen>>;
  overallGoal: string;
  indicators: Indicator[];
  status: ProjectStatus;
}

export interface Project extends ProjectContent {
  id: number;
  year: number;
  updatedAt: string;
  /** Raised by every write of the project: a save names the revision it was made from (see the contract). */
  revision: number;
  /** The 说明 of each 提醒 the clerk has acknowledged, by the finding's key. */
  acknowledgements: Record<string, string>;
  /** The year this project was carried forward from, if it was. */
  carriedFrom: number | null;
  /** Carried parts the clerk has not yet confirmed. */
  pendingReview: CarriedPart[];
}

/** What a project is, without its identity and bookkeeping. */
export function contentOf(project: Project): ProjectContent {
  const {
    id: _id,
    year: _year,
    updatedAt: _updatedAt,
    revision: _revision,
    acknowledgements: _acknowledgements,
    carriedFrom: _from,
    pendingReview: _pending,
    ...content
  } = project;
  return content;
}

export interface ProjectSummary {
  id: number;
  year: number;
  name: string;
  attribute: string;
  annualFunds: Fen | null;
  indicatorCount: number;
  status: ProjectStatus;
  updatedAt: string;
  /** The project's revision, for a rename from the list. */
  revision: number;
  /** Open checker findings: 错误, and 提醒 not acknowledged. */
  errors: number;
  warnings: number;
  /** The 自评表's 总分 and grade, and its 错误 count; null where none was prepared. */
  selfEvaluation: { score: number; grade: '优' | '良' | '中' | '差'; errors: number } | null;
}

export interface DepartmentInfo {
  /** The department file's name inside the workspace; it identifies the department. */
  file: string;
  name: string;
  code: string;
  supervisor: string;
  layout: LayoutId;
}

export function emptyContent(name: string, department: DepartmentInfo): ProjectContent {
  return {
    name,
    department: department.supervisor,
    implementingUnit: department.name,
    attribute: '',
    period: '',
    fundType: '',
    totalFunds: null,
    annualFunds: null,
    funds: {},
    overallGoal: '',
    indicators: [],
    status: '草稿',
  };
}
