/**
 * A printed 自评表 (read from a workbook or a data package) as a stored one. Figures are kept as
 * printed: where a printed score is not the one the rules suggest, it is kept as an override
 * whose reason says so, and the suggestion shows beside it.
 */
import { parseWan, type Fen } from '../money';
import type { Indicator, ProjectContent } from '../project';
import type { SelfEvaluation } from '../interchange/selfEvaluation';
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
import { fractionPoints, scoreEvaluation, type PartScore } from './scores';

export const IMPORTED_SCORE_REASON = '导入的表上的得分';

export function fromSelfEvaluation(table: SelfEvaluation): { content: EvaluationContent; notes: string[] } {
  const notes: string[] = [];
  const fen = (wan: number | null | undefined, where: string) => {
    if (wan === null || wan === undefined) return null;
    const parsed = parseWan(String(wan));
    if (parsed.ok) return parsed.fen;
    notes.push(`${where}：“${wan}”不是精确到分的金额，已留空`);
    return null;
  };
  const points = (n: number | null, where: string): Points | null => {
    if (n === null) return null;
    const p = parsePoints(String(n));
    if (p === null) notes.push(`${where}：“${n}”不是两位小数以内的分数，已留空`);
    return p;
  };

  const variant = table.variant === '转移支付' ? '转移支付' : '项目';
  const budget: EvaluationContent['budget'] = {};
  for (const { key, label } of BUDGET_LINES[variant]) {
    const line = key === 'total' ? table.funds.total : table.funds[key];
    const figures: BudgetFigures = {
      initialBudget: fen(line?.initialBudget, `${label}年初预算数`),
      fullYearBudget: fen(line?.fullYearBudget, `${label}全年预算数`),
      executed: fen(line?.executed, `${label}全年执行数`),
    };
    budget[key] = figures;
  }

  const indicators: EvaluationIndicator[] = [];
  const printedScores: (Points | null)[] = [];
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
    printedScores.push(points(i.score, `「${i.name}」得分`));
  }
  const level1Weights: EvaluationContent['level1Weights'] = {};
  for (const [level1, weight] of Object.entries(table.level1Weights)) {
    const p = points(weight, `${level1}分值`);
    if ((LEVEL1_NAMES as readonly string[]).includes(level1) && p !== null) level1Weights[level1 as Level1Name] = p;
  }

  const content: EvaluationContent = {
    variant,
    department: table.department,
    implementingUnit: table.implementingUnit,
    centralDepartment: table.centralDepartment ?? '',
    budget,
    executionWeight: points(table.funds.total.weight, '预算执行分值') ?? DEFAULT_EXECUTION_WEIGHT,
    executionOverride: null,
    plannedGoal: table.plannedGoal,
    actualOutcome: table.actualOutcome,
    level1Weights,
    indicators,
    fundManagement: table.fundManagement?.map((r) => ({ ...r })) ?? [],
    remarks: table.remarks ?? '',
  };
  // Printed scores that differ from the suggestion stay, as overrides.
  const scores = scoreEvaluation(content);
  const kept = (printed: Points | null, part: PartScore): ScoreOverride | null =>
    printed !== null && (part.suggested === null || fractionPoints(part.suggested) !== printed) ? { score: printed, reason: IMPORTED_SCORE_REASON } : null;
  content.executionOverride = kept(points(table.funds.total.score, '预算执行得分'), scores.execution);
  content.indicators = indicators.map((i, n) => ({ ...i, override: kept(printedScores[n]!, scores.indicators[n]!) }));
  indicators.forEach((i, n) => {
    const suggested = scores.indicators[n]!.suggested;
    if (printedScores[n] !== null) return;
    notes.push(`「${i.name}」表上没有得分，${suggested ? `按评分规则建议 ${formatPoints(fractionPoints(suggested))} 分` : '请补填'}`);
  });
  return { content, notes };
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
