/** One 项目支出绩效自评表 (seed 002's layout) from its region of a sheet, found by its labels. */
import type { BudgetLine, SelfEvaluation, SelfEvaluationIndicator } from '../../shared/selfEvaluation';
import { matchLevel1, matchLevel2 } from '../../shared/taxonomy';
import { normLabel } from './labels';
import type { Warn } from './readTargetTable';
import type { SheetGrid, VisibleCell } from './sheetGrid';
import { yearOf, type TableRegion } from './tableRegions';

const BUDGET_LINES: Record<string, keyof SelfEvaluation['funds']> = {
  年度资金总额: 'total',
  当年财政拨款: 'fiscal',
  财政拨款: 'fiscal',
  上年结转资金: 'carryover',
  结余结转资金: 'carryover',
  其他资金: 'other',
};

const emptyLine = (): BudgetLine => ({ initialBudget: null, fullYearBudget: null, executed: null, rate: null });

function findRow(grid: SheetGrid, from: number, to: number, label: string): number | null {
  for (let r = from; r <= to; r++) if (grid.visible(r).some((c) => normLabel(c.text) === label)) return r;
  return null;
}

function colOf(cells: VisibleCell[], label: string): number | null {
  return cells.find((c) => normLabel(c.text) === label)?.col ?? null;
}

/** A printed number: a numeric cell, or text such as `91.06` or `91.06 元`; `—` and blanks are none. */
function numberAt(grid: SheetGrid, row: number, col: number | null, where: string, warn: Warn): number | null {
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
  const at = (row: number) => `工作表“${grid.name}”第 ${row} 行`;
  const field = (label: string) => {
    for (let r = region.start; r <= region.end; r++) {
      const cells = grid.visible(r);
      const i = cells.findIndex((c) => normLabel(c.text) === label);
      if (i >= 0) return cells[i + 1]?.text ?? '';
    }
    return '';
  };

  const funds: SelfEvaluation['funds'] = { total: { ...emptyLine(), weight: null, score: null }, fiscal: emptyLine(), carryover: emptyLine(), other: emptyLine() };
  const budgetRow = findRow(grid, region.start, region.end, '年初预算数');
  if (budgetRow !== null) {
    const header = grid.visible(budgetRow);
    const cols = {
      initialBudget: colOf(header, '年初预算数'),
      fullYearBudget: colOf(header, '全年预算数'),
      executed: colOf(header, '全年执行数'),
      weight: colOf(header, '分值'),
      rate: colOf(header, '执行率'),
      score: colOf(header, '得分'),
    };
    const labelCol = (cols.initialBudget ?? 2) - 1;
    for (let r = budgetRow + 1; r <= region.end; r++) {
      const key = BUDGET_LINES[normLabel(grid.text(r, labelCol))];
      if (!key) break;
      const line = funds[key];
      const where = `${at(r)}“${grid.text(r, labelCol)}”`;
      line.initialBudget = numberAt(grid, r, cols.initialBudget, where, warn);
      line.fullYearBudget = numberAt(grid, r, cols.fullYearBudget, where, warn);
      line.executed = numberAt(grid, r, cols.executed, where, warn);
      line.rate = cols.rate === null ? null : grid.text(r, cols.rate) || null;
      if (key === 'total') {
        funds.total.weight = numberAt(grid, r, cols.weight, where, warn);
        funds.total.score = numberAt(grid, r, cols.score, where, warn);
      }
    }
  }

  let plannedGoal = '';
  let actualOutcome = '';
  const goalRow = findRow(grid, region.start, region.end, '预期目标');
  if (goalRow !== null) {
    const header = grid.visible(goalRow);
    const planned = colOf(header, '预期目标');
    const actual = colOf(header, '实际完成情况');
    if (planned !== null) plannedGoal = grid.text(goalRow + 1, planned);
    if (actual !== null) actualOutcome = grid.text(goalRow + 1, actual);
  }

  const indicators: SelfEvaluationIndicator[] = [];
  const level1Weights: Record<string, number> = {};
  let totalWeight: number | null = null;
  let totalScore: number | null = null;
  const headerRow = findRow(grid, region.start, region.end, '年度指标值');
  if (headerRow === null) {
    warn(`${at(region.start)}：自评表缺少指标表（“年度指标值”表头），已跳过`);
    return null;
  }
  const header = grid.visible(headerRow);
  const cols = {
    level1: colOf(header, '一级指标'),
    level2: colOf(header, '二级指标'),
    name: colOf(header, '三级指标'),
    target: colOf(header, '年度指标值'),
    actual: colOf(header, '实际完成值'),
    weight: colOf(header, '分值'),
    score: colOf(header, '得分'),
    deviation: colOf(header, '偏差原因分析及改进措施'),
  };
  const text = (r: number, c: number | null) => (c === null ? '' : grid.text(r, c));
  for (let r = headerRow + 1; r <= region.end; r++) {
    if (grid.visible(r).some((c) => normLabel(c.text) === '总分')) {
      totalWeight = numberAt(grid, r, cols.weight, `${at(r)}“总分”`, warn);
      totalScore = numberAt(grid, r, cols.score, `${at(r)}“总分”`, warn);
      break;
    }
    const name = text(r, cols.name);
    if (name === '' && text(r, cols.target) === '') continue;
    // `产出指标（50分）`: the 一级 and its weight.
    const l1Text = text(r, cols.level1);
    const weight = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/.exec(l1Text);
    const level1 = matchLevel1(l1Text.replace(/[(（][^)）]*[)）]/g, '')) ?? normLabel(l1Text);
    if (weight) level1Weights[level1] = Number(weight[1]);
    const l2Text = text(r, cols.level2);
    const where = `${at(r)}「${name}」`;
    indicators.push({
      level1,
      level2: matchLevel2(l2Text) ?? normLabel(l2Text),
      name,
      target: text(r, cols.target),
      actual: text(r, cols.actual),
      weight: numberAt(grid, r, cols.weight, where, warn),
      score: numberAt(grid, r, cols.score, where, warn),
      deviation: text(r, cols.deviation),
    });
  }

  return {
    year: yearOf(region.title) ?? 0,
    projectName: field('项目名称'),
    department: field('主管部门'),
    implementingUnit: field('实施单位'),
    funds,
    plannedGoal,
    actualOutcome,
    indicators,
    level1Weights,
    totalWeight,
    totalScore,
  };
}
