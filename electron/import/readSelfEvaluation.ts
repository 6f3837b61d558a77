/**
 * One 项目支出绩效自评表 (seed 002's layout), or its 转移支付区域（项目）绩效目标自评表 variant, from
 * its region of a sheet, found by its labels.
 */
import { FUND_MANAGEMENT_ITEMS } from '../../shared/evaluation/content';
import type { BudgetLine, FundManagementRow, SelfEvaluation, SelfEvaluationIndicator } from '../../shared/interchange/selfEvaluation';
import { matchLevel1, matchLevel2 } from '../../shared/taxonomy';
import { normLabel } from '../../shared/forms/labelDictionary';
import { INDICATOR_LIMIT, TEXT_LIMITS } from '../../shared/api/schemas';
import { fittedText, type Warn } from './fitText';
import { unnamed } from './readTargetTable';
import type { SheetGrid, VisibleCell } from './sheetGrid';
import type { TableRegion } from './tableRegions';

type LineKey = keyof SelfEvaluation['funds'];

/** The funds lines of the 自评表 and the 执行监控表 alike, by the labels they go by. */
export const FUND_LINE_LABELS = {
  年度资金总额: 'total',
  当年财政拨款: 'fiscal',
  财政拨款: 'fiscal',
  上年结转资金: 'carryover',
  结余结转资金: 'carryover',
  其他资金: 'other',
} as const;
const BUDGET_LINES: Record<string, LineKey> = { ...FUND_LINE_LABELS, 中央财政资金: 'central', 地方资金: 'local' };
const LINES_OF = { project: ['fiscal', 'carryover', 'other'], transfer: ['central', 'local', 'other'] } as const;

/** A column label, in either variant's wording. */
export type Matcher = (label: string) => boolean;
/** A label in either variant's wording, as the dictionary spells labels (brackets and notes left out). */
export const is =
  (...labels: string[]): Matcher =>
  (label) =>
    labels.map(normLabel).includes(label);
const TARGET_HEADERS = ['年度指标值', '指标值', '目标值', '年度目标值'];
export const startsWith =
  (prefix: string): Matcher =>
  (label) =>
    label.startsWith(prefix);

export function findRow(grid: SheetGrid, from: number, to: number, match: Matcher): number | null {
  for (let r = from; r <= to; r++) if (grid.visible(r).some((c) => match(normLabel(c.text)))) return r;
  return null;
}

export function colOf(cells: readonly VisibleCell[], match: Matcher): number | null {
  return cells.find((c) => match(normLabel(c.text)))?.col ?? null;
}

/** A printed number: a numeric cell, or text such as `91.06` or `91.06 元`; `—` and blanks are none. */
export function numberAt(grid: SheetGrid, row: number, col: number | null, where: string, warn: Warn): number | null {
  if (col === null) return null;
  const value = grid.value(row, col);
  if (typeof value === 'number') return value;
  const text = grid.text(row, col);
  if (text === '' || /^[—\-–/]+$/.test(text)) return null;
  const m = /^[+-]?\d+(?:\.\d+)?/.exec(text.replace(/,/g, ''));
  if (!m) {
    warn(`${where}：“${text}”不是数字，已留空`);
    return null;
  }
  if (m[0] !== text.replace(/,/g, '')) warn(`${where}：“${text}”带有多余文字，按 ${m[0]} 读取`);
  return Number(m[0]);
}

export function readSelfEvaluation(grid: SheetGrid, region: TableRegion, warn: Warn): SelfEvaluation | null {
  const within = (match: Matcher) => findRow(grid, region.start, region.end, match);
  const field = (match: Matcher) => {
    for (let r = region.start; r <= region.end; r++) {
      const cells = grid.visible(r);
      const i = cells.findIndex((c) => match(normLabel(c.text)));
      const next = cells[i + 1];
      if (i >= 0) return next ? fittedText(grid, r, next.col, TEXT_LIMITS.line, cells[i]!.text, warn) : '';
    }
    return '';
  };
  const transfer = within(is('资金使用单位', '中央主管部门', '转移支付(项目)名称')) !== null;
  /** A cell's text, held to the limit of the field it fills (`field` names it in the warning). */
  const text = (r: number, c: number | null, max: number, field: string) => (c === null ? '' : fittedText(grid, r, c, max, field, warn));

  const blankLine = (): BudgetLine => ({ ...(transfer ? {} : { initialBudget: null }), fullYearBudget: null, executed: null, rate: null });
  const funds: SelfEvaluation['funds'] = { total: { ...blankLine(), weight: null, score: null } };
  for (const key of LINES_OF[transfer ? 'transfer' : 'project']) funds[key] = blankLine();
  const budget = readBudgetLines(grid, region, (label) => BUDGET_LINES[normLabel(label)] ?? null, !transfer, warn);
  const { total, ...parts } = budget.lines;
  Object.assign(funds, parts, { total: { ...(total ?? funds.total), weight: budget.weight, score: budget.score } });

  const fundManagement: FundManagementRow[] = [];
  const managementRow = transfer ? within(is('情况说明')) : null;
  if (managementRow !== null) {
    const header = grid.visible(managementRow);
    const explanation = colOf(header, is('情况说明'));
    const problems = colOf(header, startsWith('存在问题'));
    for (let r = managementRow + 1; r <= region.end; r++) {
      const item = grid.visible(r).find((c) => (FUND_MANAGEMENT_ITEMS as readonly string[]).includes(normLabel(c.text)));
      if (!item) break;
      fundManagement.push({
        item: normLabel(item.text),
        explanation: text(r, explanation, TEXT_LIMITS.explanation, '情况说明'),
        problems: text(r, problems, TEXT_LIMITS.explanation, '存在问题和改进情况'),
      });
    }
  }

  const { plannedGoal, actualOutcome } = readGoals(grid, region, warn);

  const read = readEvaluationIndicators(grid, region, warn);
  if (!read) return null;
  const { indicators, level1Weights, totalWeight, totalScore, remarks } = read;

  return {
    ...(transfer ? { variant: '转移支付' as const } : {}),
    year: region.year,
    projectName: field(is('项目名称', '转移支付(项目)名称')) || unnamed(grid, region, warn),
    department: field(is('主管部门', '地方主管部门')),
    implementingUnit: field(is('实施单位', '资金使用单位')),
    ...(transfer ? { centralDepartment: field(is('中央主管部门')) } : {}),
    funds,
    plannedGoal,
    actualOutcome,
    indicators,
    level1Weights,
    totalWeight,
    totalScore,
    ...(transfer ? { fundManagement, remarks } : {}),
  };
}

/** The lines under `全年预算数`, each by its label (`lineOf`), and the 分值 and 得分 of the `total` line (年度资金总额). */
export function readBudgetLines<K extends string>(
  grid: SheetGrid,
  region: TableRegion,
  lineOf: (label: string) => K | null,
  withInitial: boolean,
  warn: Warn,
): { lines: Partial<Record<K, BudgetLine>>; weight: number | null; score: number | null } {
  const at = (row: number) => `工作表“${grid.name}”第 ${row} 行`;
  const read: { lines: Partial<Record<K, BudgetLine>>; weight: number | null; score: number | null } = { lines: {}, weight: null, score: null };
  const budgetRow = findRow(grid, region.start, region.end, startsWith('全年预算数'));
  if (budgetRow === null) return read;
  const header = grid.visible(budgetRow);
  const cols = {
    initialBudget: colOf(header, is('年初预算数')),
    fullYearBudget: colOf(header, startsWith('全年预算数')),
    executed: colOf(header, startsWith('全年执行数')),
    weight: colOf(header, is('分值', '权重')),
    rate: colOf(header, (l) => l.includes('执行率')),
    score: colOf(header, is('得分')),
  };
  for (let r = budgetRow + 1; r <= region.end; r++) {
    const label = grid.visible(r).find((c) => lineOf(c.text) !== null);
    if (!label) break;
    const key = lineOf(label.text)!;
    const where = `${at(r)}“${label.text}”`;
    read.lines[key] = {
      ...(withInitial ? { initialBudget: numberAt(grid, r, cols.initialBudget, where, warn) } : {}),
      fullYearBudget: numberAt(grid, r, cols.fullYearBudget, where, warn),
      executed: numberAt(grid, r, cols.executed, where, warn),
      rate: (cols.rate === null ? '' : fittedText(grid, r, cols.rate, TEXT_LIMITS.rate, '执行率', warn)) || null,
    };
    if (key === 'total') {
      read.weight = numberAt(grid, r, cols.weight, where, warn);
      read.score = numberAt(grid, r, cols.score, where, warn);
    }
  }
  return read;
}

/** 预期目标 and 实际完成情况: the row under their headings. */
export function readGoals(grid: SheetGrid, region: TableRegion, warn: Warn, from = region.start): { plannedGoal: string; actualOutcome: string } {
  const goalRow = findRow(grid, from, region.end, is('预期目标', '总体目标'));
  if (goalRow === null) return { plannedGoal: '', actualOutcome: '' };
  const header = grid.visible(goalRow);
  const text = (c: number | null, field: string) => (c === null ? '' : fittedText(grid, goalRow + 1, c, TEXT_LIMITS.goal, field, warn));
  return {
    plannedGoal: text(colOf(header, is('预期目标', '总体目标')), '预期目标'),
    actualOutcome: text(colOf(header, is('实际完成情况', '全年实际完成情况')), '实际完成情况'),
  };
}

export interface EvaluationIndicators {
  indicators: SelfEvaluationIndicator[];
  level1Weights: Record<string, number>;
  totalWeight: number | null;
  totalScore: number | null;
  remarks: string;
}

/** The indicator table under its `年度指标值` heading, to the 总分 (or 说明) row; null where there is none. */
export function readEvaluationIndicators(grid: SheetGrid, region: TableRegion, warn: Warn): EvaluationIndicators | null {
  const at = (row: number) => `工作表“${grid.name}”第 ${row} 行`;
  const within = (match: Matcher) => findRow(grid, region.start, region.end, match);
  const text = (r: number, c: number | null, max: number, field: string) => (c === null ? '' : fittedText(grid, r, c, max, field, warn));
  const indicators: SelfEvaluationIndicator[] = [];
  const level1Weights: Record<string, number> = {};
  let totalWeight: number | null = null;
  let totalScore: number | null = null;
  let remarks = '';
  const headerRow = within(is(...TARGET_HEADERS));
  if (headerRow === null) {
    warn(`${at(region.start)}：自评表缺少指标表（“年度指标值”表头），已跳过`);
    return null;
  }
  const header = grid.visible(headerRow);
  const cols = {
    level1: colOf(header, is('一级指标')),
    level2: colOf(header, is('二级指标')),
    name: colOf(header, is('三级指标', '指标名称')),
    target: colOf(header, is(...TARGET_HEADERS)),
    actual: colOf(header, is('实际完成值', '全年实际完成值', '实际值', '全年实际值', '实际完成数')),
    weight: colOf(header, is('分值', '权重')),
    score: colOf(header, is('得分', '评分')),
    deviation: colOf(header, is('偏差原因分析及改进措施', '未完成原因和改进措施', '偏差原因及改进措施', '未完成原因及改进措施', '偏差原因分析', '偏差原因')),
  };
  for (let r = headerRow + 1; r <= region.end; r++) {
    const cells = grid.visible(r);
    const closing = cells.find((c) => ['总分', '说明'].includes(normLabel(c.text)));
    if (closing) {
      // The 总分 row; some 转移支付 tables print the totals on their 说明 row instead.
      totalWeight = numberAt(grid, r, cols.weight, `${at(r)}“总分”`, warn) ?? totalWeight;
      totalScore = numberAt(grid, r, cols.score, `${at(r)}“总分”`, warn) ?? totalScore;
      if (normLabel(closing.text) === '说明') {
        const remark = cells.find((c) => c.col > closing.col && c.col !== cols.weight && c.col !== cols.score && c.text !== '');
        remarks = remark ? text(r, remark.col, TEXT_LIMITS.explanation, '说明') : '';
        break;
      }
      continue;
    }
    if (totalScore !== null) continue;
    const name = text(r, cols.name, TEXT_LIMITS.indicator, '三级指标');
    if (name === '' && (cols.target === null || grid.text(r, cols.target) === '')) continue;
    if (normLabel(name) === '三级指标') continue; // the header, repeated where the table runs onto a new page
    if (indicators.length === INDICATOR_LIMIT) {
      warn(`${at(r)}起：一张表最多 ${INDICATOR_LIMIT} 个指标，其后的指标未导入`);
      break;
    }
    // `产出指标（50分）`, `效益指标（30）`: the 一级 and its weight.
    const l1Text = text(r, cols.level1, TEXT_LIMITS.label, '一级指标');
    const weight = /[(（]\s*(\d+(?:\.\d+)?)\s*分?\s*[)）]/.exec(l1Text);
    const level1 = matchLevel1(l1Text.replace(/[(（][^)）]*[)）]/g, '')) ?? normLabel(l1Text);
    if (weight) level1Weights[level1] = Number(weight[1]);
    const l2Text = text(r, cols.level2, TEXT_LIMITS.label, '二级指标');
    const where = `${at(r)}「${name}」`;
    indicators.push({
      level1,
      level2: matchLevel2(l2Text) ?? normLabel(l2Text),
      name,
      target: text(r, cols.target, TEXT_LIMITS.indicator, '年度指标值'),
      actual: text(r, cols.actual, TEXT_LIMITS.indicator, '实际完成值'),
      weight: numberAt(grid, r, cols.weight, where, warn),
      score: numberAt(grid, r, cols.score, where, warn),
      deviation: text(r, cols.deviation, TEXT_LIMITS.explanation, '偏差原因分析及改进措施'),
    });
  }

  return { indicators, level1Weights, totalWeight, totalScore, remarks };
}
