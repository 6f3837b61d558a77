/**
 * The stored, editable 自评表 of a project: what the clerk enters after the year. Amounts are
 * exact 分; weights and overridden scores are exact hundredths of a point. Scores are not stored
 * unless overridden: the suggested score is computed from the entries (see scores.ts).
 */
import type { Fen } from '../money';

export const VARIANTS = ['项目', '转移支付'] as const;
/** 项目支出绩效自评表, or the 转移支付区域（项目）绩效目标自评表 of seed 002's tables 29–30. */
export type Variant = (typeof VARIANTS)[number];

/** A weight or score in hundredths of a point: 16.67 分 is 1667. */
export type Points = number;

export type BudgetLineKey = 'total' | 'fiscal' | 'carryover' | 'central' | 'local' | 'other';

export interface BudgetFigures {
  initialBudget: Fen | null;
  fullYearBudget: Fen | null;
  executed: Fen | null;
}

/** A score the clerk set instead of the suggested one, and why. */
export interface ScoreOverride {
  score: Points;
  reason: string;
}

export interface EvaluationIndicator {
  level1: string;
  level2: string;
  name: string;
  /** 年度指标值, as the target table had it. */
  target: string;
  /** 实际完成值: a figure, a date, one of the three qualitative grades, or free text. */
  actual: string;
  weight: Points | null;
  override: ScoreOverride | null;
  /** 偏差原因分析及改进措施 (转移支付: 未完成原因和改进措施). */
  deviation: string;
  /** The deviation is a draft taken from the 执行监控表's reasons, shown marked until the clerk confirms or edits it. */
  deviationDraft?: boolean;
}

export interface FundManagement {
  item: string;
  explanation: string;
  problems: string;
}

export interface EvaluationContent {
  variant: Variant;
  /** 主管部门 (转移支付: 地方主管部门). */
  department: string;
  /** 实施单位 (转移支付: 资金使用单位). */
  implementingUnit: string;
  /** 中央主管部门 (转移支付 only). */
  centralDepartment: string;
  budget: Partial<Record<BudgetLineKey, BudgetFigures>>;
  executionWeight: Points;
  executionOverride: ScoreOverride | null;
  plannedGoal: string;
  actualOutcome: string;
  /** By 一级 name (the taxonomy's, or a region's own). */
  level1Weights: Record<string, Points>;
  indicators: EvaluationIndicator[];
  /** The seven 资金管理情况 rows (转移支付 only). */
  fundManagement: FundManagement[];
  /** 说明 (转移支付 only). */
  remarks: string;
}

/** The budget lines of each variant, in form order, with their printed labels. */
export const BUDGET_LINES: Record<Variant, { key: BudgetLineKey; label: string }[]> = {
  项目: [
    { key: 'total', label: '年度资金总额' },
    { key: 'fiscal', label: '其中：当年财政拨款' },
    { key: 'carryover', label: '上年结转资金' },
    { key: 'other', label: '其他资金' },
  ],
  转移支付: [
    { key: 'total', label: '年度资金总额' },
    { key: 'central', label: '其中：中央财政资金' },
    { key: 'local', label: '地方资金' },
    { key: 'other', label: '其他资金' },
  ],
};

export const FUND_MANAGEMENT_ITEMS = ['分配科学性', '下达及时性', '拨付合规性', '使用规范性', '执行准确性', '预算绩效管理情况', '支出责任履行情况'] as const;

/** The 预算执行 weight of a printed 自评表 that shows none (a new one takes the department's weights: shared/profiles/). */
export const DEFAULT_EXECUTION_WEIGHT: Points = 1000;

/** No weight or score is more than 100 分. */
export const MAX_POINTS: Points = 10_000;

/** A budget line with nothing entered yet. */
export const emptyFigures = (): BudgetFigures => ({ initialBudget: null, fullYearBudget: null, executed: null });

/** Points as the forms print them: `4`, `4.5`, `16.67`. */
export function formatPoints(points: Points): string {
  const negative = points < 0;
  const abs = Math.abs(points);
  const whole = Math.floor(abs / 100);
  const cents = String(abs % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${cents ? `.${cents}` : ''}`;
}

/** A weight or score as the clerk types it: empty is none; anything but points up to 100 分 is refused, with the reason. */
export function readPoints(text: string): { ok: true; value: Points | null } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: true, value: null };
  const points = parsePoints(text);
  if (points === null) return { ok: false, message: '请填写不超过两位小数的分数，如 8.5' };
  return points > MAX_POINTS ? { ok: false, message: `不能超过 ${formatPoints(MAX_POINTS)} 分` } : { ok: true, value: points };
}

/** `16.67`, `4`, `４．５` → points; null where the text is not a score with at most two decimals. */
export function parsePoints(text: string): Points | null {
  const cleaned = text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s|分$/g, '');
  const m = /^(\d{1,6})(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}
