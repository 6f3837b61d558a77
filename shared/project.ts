/** The stored shape of a project's 绩效目标表, as the services and the editor exchange it. */
import type { MonitoringSummary } from './monitoring/review';
import type { Fen } from './money';
import type { FundKey, LayoutId } from './layouts';
import type { CarriedPart } from './carry';

export const PROJECT_STATUSES = ['草稿', '已完成'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/**
 * An indicator. Its levels are the taxonomy's canonical names where they are known (shared/taxonomy.ts),
 * else as the table wrote them (a region's own 二级, such as `其他满意度`).
 */
export interface Indicator {
  level1: string;
  level2: string;
  name: string;
  /** The 指标值 exactly as the clerk wrote it. */
  value: string;
  /** Columns some regions add, as written: 指标解释, 计算符号, 计量单位, 指标性质, 权重, 评(扣)分标准, 中期指标值. */
  extra?: IndicatorExtra;
}

export const INDICATOR_EXTRA_KEYS = ['explanation', 'symbol', 'unit', 'nature', 'weight', 'scoring', 'midTermValue'] as const;
export type IndicatorExtraKey = (typeof INDICATOR_EXTRA_KEYS)[number];
export type IndicatorExtra = Partial<Record<IndicatorExtraKey, string>>;

/** A labelled field of a table that has no place of its own (`项目负责人`, `中期目标`), kept as 其他信息. */
export interface OtherInfo {
  label: string;
  value: string;
}

/** What the clerk edits. Amounts are exact 分 (see money.ts), `null` where not filled in. */
export interface ProjectContent {
  name: string;
  /** 项目编码, as the region's system numbers the project ('' where none). */
  code: string;
  department: string;
  /** The code a table writes before the 主管部门 (`[105]教育部` → `105`), '' where none. */
  departmentCode: string;
  implementingUnit: string;
  attribute: string;
  period: string;
  fundType: string;
  totalFunds: Fen | null;
  annualFunds: Fen | null;
  funds: Partial<Record<FundKey, Fen>>;
  overallGoal: string;
  indicators: Indicator[];
  /** Labelled fields of the table that Jixiao has no place for, in the table's order. */
  otherInfo: OtherInfo[];
  /** 二级 the table declared 不适用 (a row saying so instead of indicators). */
  notApplicable: string[];
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
  /** The 自评表's 总分 and grade, and its 错误 count; null where none was prepared. `scored` is false while no part has a score yet (nothing entered: the list says 未填, not 0 差). */
  selfEvaluation: { score: number; grade: '优' | '良' | '中' | '差'; errors: number; scored: boolean } | null;
  /** The 执行监控表's light, 执行率, red indicators and 错误; null where none was prepared. */
  monitoring: MonitoringSummary | null;
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
    code: '',
    department: department.supervisor,
    departmentCode: '',
    implementingUnit: department.name,
    attribute: '',
    period: '',
    fundType: '',
    totalFunds: null,
    annualFunds: null,
    funds: {},
    overallGoal: '',
    indicators: [],
    otherInfo: [],
    notApplicable: [],
    status: '草稿',
  };
}
