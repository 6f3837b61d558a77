/** What the checker reports, and how a rule is written. */
import type { DraftedPart } from '../department/content';
import type { DepartmentFundKey } from '../department/layout';
import type { BudgetFigures, BudgetLineKey } from '../evaluation/content';
import type { FundKey, HeaderKey, LayoutDef } from '../layouts';
import type { FundLineKey, MonitoringFigures } from '../monitoring/content';
import type { Fen } from '../money';
import type { ProjectContent } from '../project';
import type { RuleProfile } from '../profiles/profile';

export const SEVERITIES = ['错误', '提醒'] as const;
/** 错误 blocks a final export; 提醒 is advice the clerk may acknowledge with a 说明. */
export type Severity = (typeof SEVERITIES)[number];

/** Where a finding points, so that the editor can jump there. */
export type Target =
  | { kind: 'field'; field: HeaderKey }
  | { kind: 'fund'; fund: FundKey }
  | { kind: 'indicator'; index: number; field: 'name' | 'value' }
  /** A 二级 as the table names it (a region's own, such as `其他满意度`, included). */
  | { kind: 'level2'; level2: string }
  | { kind: 'table' }
  /** A labelled field of 其他信息 (`政策依据`, `测算依据`), by its label. */
  | { kind: 'otherInfo'; label: string }
  | EvaluationTarget
  | MonitoringTarget
  | DepartmentTarget;

/** Where a finding of a 部门整体目标表 points: a line of 预算整体情况, a field, a task's field, or a drafted part awaiting confirmation. */
export type DepartmentTarget =
  | { kind: 'departmentFund'; line: DepartmentFundKey }
  | { kind: 'departmentField'; field: 'departmentName' | 'overallGoal' }
  | { kind: 'departmentTask'; index: number | null; field: 'name' | 'amount' }
  | { kind: 'departmentDrafted'; part: DraftedPart };

/** Where a finding of a 执行监控表 points: a figure of a fund line, or a field of an indicator's row. */
export type MonitoringTarget =
  | { kind: 'monitoringFund'; line: FundLineKey; field: keyof MonitoringFigures }
  | { kind: 'monitoringIndicator'; index: number; field: 'progress' | 'forecast' | 'causes' | 'explanation' | 'likelihood' };

/**
 * Where a finding of a 自评表 points: a figure of a budget line, the 预算执行 row (its weight, its
 * score, the reason for an overridden one), an 一级's weight, or a field of an indicator's row.
 */
export type EvaluationTarget =
  | { kind: 'budget'; line: BudgetLineKey; field: keyof BudgetFigures }
  | { kind: 'execution'; field: 'weight' | 'score' | 'reason' }
  | { kind: 'level1Weight'; level1: string }
  | { kind: 'evaluationIndicator'; index: number; field: 'actual' | 'weight' | 'score' | 'reason' | 'deviation' };

/** One edit of a one-click fix. */
export type Change =
  | { kind: 'indicatorValue'; index: number; value: string }
  | { kind: 'money'; field: 'annualFunds' | 'totalFunds'; fen: Fen }
  | { kind: 'fund'; fund: FundKey; fen: Fen }
  | { kind: 'departmentFund'; line: DepartmentFundKey; fen: Fen };

export interface Fix {
  label: string;
  changes: Change[];
}

export interface Finding {
  rule: string;
  severity: Severity;
  /** The place in words, e.g. `产出指标/时效指标 第1行「资金支付时限」`. */
  location: string;
  target: Target;
  /** Stable across edits elsewhere in the table: an acknowledgement is kept under it. */
  key: string;
  message: string;
  fix?: Fix;
}

export interface CheckContext {
  layout: LayoutDef;
  /** The department's rules: its framework, the 二级 it requires, how unused ones are written (shared/profiles/apply.ts combines them with the layout's). */
  profile: RuleProfile;
  /** The fiscal year of the table. */
  year: number;
  content: ProjectContent;
}

/** What a rule returns: a finding without the parts the checker adds (rule id, severity, key). */
export interface Problem {
  location: string;
  target: Target;
  /** What identifies the place within the rule; the key is `rule|identity`. */
  identity: string;
  message: string;
  fix?: Fix;
  /** A lighter severity than the rule's for this problem (a bare number is a 提醒 of value.measurable); a region's setting still wins. */
  severity?: Severity;
}

/** A rule over a table of kind C (a 绩效目标表 by default) with thresholds P that a region may change, given with their defaults. */
export interface Rule<P extends Record<string, unknown> = Record<string, unknown>, C = CheckContext> {
  id: string;
  /** What the rule checks, for the settings list. */
  title: string;
  severity: Severity;
  /** The thresholds' defaults; a rule without thresholds has none. */
  params?: P;
  check(context: C, params: P): Problem[];
}

/** A region's rule set: switch a rule off, change its severity or its thresholds. */
export type RuleSettings = Record<string, { enabled?: boolean; severity?: Severity; params?: Record<string, unknown> }>;
