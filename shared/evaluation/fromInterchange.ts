/**
 * A printed 自评表 (read from a workbook or a data package) as a stored one. Figures are kept as
 * printed: where a printed score is not the one the rules suggest, it is kept as an override
 * whose reason says so, and the suggestion shows beside it.
 */
import { parseWan, type Fen } from '../money';
import type { Indicator, ProjectContent } from '../project';
import type { SelfEvaluation, SelfEvaluationIndicator } from '../interchange/selfEvaluation';
import { LEVEL1_NAMES, LEVEL2, level2sOf, type Level1Name } from '../taxonomy';
import {
  BUDGET_LINES,
  DEFAULT_EXECUTION_WEIGHT,
  formatPoints,
  parsePoints,
  type BudgetFigures,
  type EvaluationContent,
  type EvaluationIndicator,
  type Points,
  type ScoreOverride,
} from './content';
import { fractionPoints, scoreEvaluation, type PartScore, type ScoredEntries } from './scores';

export const IMPORTED_SCORE_REASON = '导入的表上的得分';

/** Amounts and points as a printed table holds them, each noted where it cannot be kept exactly. */
export function printedReader(notes: string[]) {
  return {
    fen: (wan: number | null | undefined, where: string): Fen | null => {
      if (wan === null || wan === undefined) return null;
      const parsed = parseWan(String(wan));
      if (parsed.ok) return parsed.fen;
      notes.push(`${where}：“${wan}”不是精确到分的金额，已留空`);
      return null;
    },
    points: (n: number | null, where: string): Points | null => {
      if (n === null) return null;
      const p = parsePoints(String(n));
      if (p === null) notes.push(`${where}：“${n}”不是两位小数以内的分数，已留空`);
      return p;
    },
  };
}

/** The printed figures of a budget line. */
export function readFigures(
  line: { initialBudget?: number | null; fullYearBudget: number | null; executed: number | null } | undefined,
  label: string,
  notes: string[],
): BudgetFigures {
  const { fen } = printedReader(notes);
  return {
    initialBudget: fen(line?.initialBudget, `${label}年初预算数`),
    fullYearBudget: fen(line?.fullYearBudget, `${label}全年预算数`),
    executed: fen(line?.executed, `${label}全年执行数`),
  };
}

/** What a printed 自评表 of a project or a department shows of its scored parts. */
export interface PrintedScoredParts {
  funds: { total: { weight: number | null; score: number | null } };
  indicators: SelfEvaluationIndicator[];
  level1Weights: Record<string, number>;
}

/**
 * The scored parts of a printed 自评表 as stored entries, without overrides yet, and the scores it
 * printed (set them with keepPrintedScores once the rest of the table is read).
 */
export function readScoredParts(table: PrintedScoredParts, notes: string[]) {
  const { points } = printedReader(notes);
  const indicators: EvaluationIndicator[] = [];
  const indicatorScores: (Points | null)[] = [];
  for (const i of table.indicators) {
    const level1 = (LEVEL1_NAMES as readonly string[]).includes(i.level1) ? (i.level1 as Level1Name) : LEVEL2.find((l) => l.name === i.level2)?.level1;
    if (!level1) {
      notes.push(`「${i.name}」的一级指标“${i.level1}”无法识别，未导入这一行`);
      continue;
    }
    indicators.push({
      level1,
      level2: i.level2,
      name: i.name,
      target: i.target,
      actual: i.actual,
      weight: points(i.weight, `「${i.name}」分值`),
      override: null,
      deviation: i.deviation,
    });
    indicatorScores.push(points(i.score, `「${i.name}」得分`));
  }
  const level1Weights: EvaluationContent['level1Weights'] = {};
  for (const [level1, weight] of Object.entries(table.level1Weights)) {
    const p = points(weight, `${level1}分值`);
    if ((LEVEL1_NAMES as readonly string[]).includes(level1) && p !== null) level1Weights[level1 as Level1Name] = p;
  }
  return {
    entries: {
      executionWeight: points(table.funds.total.weight, '预算执行分值') ?? DEFAULT_EXECUTION_WEIGHT,
      executionOverride: null,
      level1Weights,
      indicators,
    },
    printed: { execution: points(table.funds.total.score, '预算执行得分'), indicators: indicatorScores },
  };
}

/** Printed scores that differ from the suggestion stay, as overrides; an indicator printed without a score is noted with the suggestion. */
export function keepPrintedScores<C extends ScoredEntries>(
  content: C,
  printed: { execution: Points | null; indicators: (Points | null)[] },
  notes: string[],
): C {
  const scores = scoreEvaluation(content);
  const kept = (score: Points | null, part: PartScore): ScoreOverride | null =>
    score !== null && (part.suggested === null || fractionPoints(part.suggested) !== score) ? { score, reason: IMPORTED_SCORE_REASON } : null;
  content.indicators.forEach((i, n) => {
    const suggested = scores.indicators[n]!.suggested;
    if (printed.indicators[n] !== null) return;
    notes.push(`「${i.name}」表上没有得分，${suggested ? `按评分规则建议 ${formatPoints(fractionPoints(suggested))} 分` : '请补填'}`);
  });
  return {
    ...content,
    executionOverride: kept(printed.execution, scores.execution),
    indicators: content.indicators.map((i, n) => ({ ...i, override: kept(printed.indicators[n]!, scores.indicators[n]!) })),
  };
}

export function fromSelfEvaluation(table: SelfEvaluation): { content: EvaluationContent; notes: string[] } {
  const notes: string[] = [];
  const variant = table.variant === '转移支付' ? '转移支付' : '项目';
  const budget: EvaluationContent['budget'] = {};
  for (const { key, label } of BUDGET_LINES[variant]) budget[key] = readFigures(key === 'total' ? table.funds.total : table.funds[key], label, notes);
  const { entries, printed } = readScoredParts(table, notes);
  const content: EvaluationContent = {
    variant,
    department: table.department,
    implementingUnit: table.implementingUnit,
    centralDepartment: table.centralDepartment ?? '',
    budget,
    executionWeight: entries.executionWeight,
    executionOverride: null,
    plannedGoal: table.plannedGoal,
    actualOutcome: table.actualOutcome,
    level1Weights: entries.level1Weights,
    indicators: entries.indicators,
    fundManagement: table.fundManagement?.map((r) => ({ ...r })) ?? [],
    remarks: table.remarks ?? '',
  };
  return { content: keepPrintedScores(content, printed, notes), notes };
}

/** An indicator of a 自评表 or 执行监控表 as a target: a 二级 outside the taxonomy (`群众满意度`) is the only one its 一级 has, or is kept as written. */
export function targetIndicator(i: { level1: string; level2: string; name: string; target: string }): Indicator {
  const under = level2sOf(i.level1);
  const level2 = under.find((l) => l.name === i.level2)?.name ?? (under.length === 1 ? under[0]!.name : i.level2);
  return { level1: i.level1, level2, name: i.name, value: i.target };
}

/** The targets a project known only from its 自评表 or 执行监控表 is created with: its names, budget, goal and indicators. */
export function targetsFromForm(
  name: string,
  form: { department: string; implementingUnit: string; annualFunds: Fen | null; overallGoal: string; indicators: Parameters<typeof targetIndicator>[0][] },
): ProjectContent {
  return {
    name,
    code: '',
    department: form.department,
    departmentCode: '',
    implementingUnit: form.implementingUnit,
    attribute: '',
    period: '',
    fundType: '',
    totalFunds: null,
    annualFunds: form.annualFunds,
    funds: {},
    overallGoal: form.overallGoal,
    indicators: form.indicators.map(targetIndicator),
    otherInfo: [],
    notApplicable: [],
    status: '草稿',
  };
}

/** A 绩效目标表 rebuilt from a 自评表, for a project known only from its 自评表. */
export function targetsFromEvaluation(name: string, content: EvaluationContent): ProjectContent {
  const total = content.budget.total;
  return targetsFromForm(name, { ...content, annualFunds: total?.initialBudget ?? total?.fullYearBudget ?? null, overallGoal: content.plannedGoal });
}
