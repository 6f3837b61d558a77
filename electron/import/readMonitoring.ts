/**
 * One 项目支出绩效目标执行监控表 in the central layout (as 中央部门项目库 exports it), from its region of
 * a sheet, found by its labels: the 1–N月 columns give N; the 偏差原因 and 完成目标可能性 are read from
 * the ticks (✔, √ …) under their two-row merged headers, or from the text of a single column.
 */
import { INDICATOR_LIMIT, TEXT_LIMITS } from '../../shared/api/schemas';
import { normLabel, unitNoted } from '../../shared/forms/labelDictionary';
import { fenToWan, parseAmount } from '../../shared/money';
import type { MonitoringFundLine, MonitoringTable, MonitoringTableIndicator } from '../../shared/interchange/monitoring';
import { CAUSES, DEFAULT_MONTH, LIKELIHOODS } from '../../shared/monitoring/content';
import { matchLevel1, matchLevel2 } from '../../shared/taxonomy';
import { fittedText, type Warn } from './fitText';
import { colOf, findRow, FUND_LINE_LABELS, is, numberAt, startsWith, type Matcher } from './readSelfEvaluation';
import { unnamed } from './readTargetTable';
import type { SheetGrid } from './sheetGrid';
import type { TableRegion } from './tableRegions';

const FUND_LINES: Record<string, keyof MonitoringTable['funds']> = FUND_LINE_LABELS;

/** `1-7月`, `1—6月`, `1至7月`: the month a column's title runs to. */
const MONTHS = /^1\s*[-－—–~～至到]\s*(\d{1,2})\s*月/;
const monthOf = (label: string) => {
  const m = MONTHS.exec(label);
  return m && Number(m[1]) >= 1 && Number(m[1]) <= 12 ? Number(m[1]) : null;
};
const months =
  (...endings: string[]): Matcher =>
  (label) =>
    monthOf(label) !== null && endings.some((e) => label.replace(MONTHS, '') === e);

/** The marks clerks tick a column with. */
const TICK = /^[✔✓√☑✅■●★Vv]$|^是$/;

export function readMonitoring(grid: SheetGrid, region: TableRegion, warn: Warn): MonitoringTable | null {
  const at = (row: number) => `工作表“${grid.name}”第 ${row} 行`;
  const within = (match: Matcher) => findRow(grid, region.start, region.end, match);
  const text = (r: number, c: number | null, max: number, field: string) => (c === null ? '' : fittedText(grid, r, c, max, field, warn));
  const field = (match: Matcher) => {
    for (let r = region.start; r <= region.end; r++) {
      const cells = grid.visible(r);
      const i = cells.findIndex((c) => match(normLabel(c.text)));
      const next = cells.slice(i + 1).find((c) => c.text !== '');
      if (i >= 0) return next ? text(r, next.col, TEXT_LIMITS.line, cells[i]!.text) : '';
    }
    return '';
  };

  let month: number | null = null;
  for (let r = region.start; r <= region.end && month === null; r++)
    month =
      grid
        .visible(r)
        .map((c) => monthOf(normLabel(c.text)))
        .find((m) => m !== null) ?? null;
  if (month === null) warn(`${at(region.start)}：执行监控表的表头没有写明“1-N月”，按 1-${DEFAULT_MONTH} 月读取`);

  const blankLine = (): MonitoringFundLine => ({ initialBudget: null, executed: null, rate: null, forecast: null });
  const funds: MonitoringTable['funds'] = { total: blankLine() };
  const budgetRow = within(is('年初预算数'));
  if (budgetRow !== null) {
    const header = grid.visible(budgetRow);
    // In the unit the block's label or the title names (`项目资金（元）`, `单位：元`); the central form's is 万元.
    const unit = unitNoted(header.map((c) => c.text).join(' ')) ?? unitNoted(region.title) ?? '万元';
    const amount = (r: number, col: number | null, where: string) => {
      const n = numberAt(grid, r, col, where, warn);
      if (n === null || unit === '万元') return n;
      const parsed = parseAmount(n, '元');
      if (parsed.ok) return fenToWan(parsed.fen);
      warn(`${where}：${parsed.message}，已留空`);
      return null;
    };
    const cols = {
      initialBudget: colOf(header, is('年初预算数')),
      executed: colOf(header, months('执行数')),
      rate: colOf(header, months('执行率')),
      forecast: colOf(header, startsWith('全年预计执行数')),
    };
    for (let r = budgetRow + 1; r <= region.end; r++) {
      const label = grid.visible(r).find((c) => FUND_LINES[normLabel(c.text)]);
      if (!label) break;
      const key = FUND_LINES[normLabel(label.text)]!;
      const where = `${at(r)}“${label.text}”`;
      funds[key] = {
        initialBudget: amount(r, cols.initialBudget, where),
        executed: amount(r, cols.executed, where),
        rate: text(r, cols.rate, TEXT_LIMITS.rate, '执行率') || null,
        forecast: amount(r, cols.forecast, where),
      };
    }
  }

  // The goal and its progress: side by side over one row (全年预期目标 | 1-N月完成情况), or each labelled on its own row.
  const progressLabel = months('完成情况', '目标实际完成情况', '实际完成情况', '目标完成情况');
  const goalHeader = within(is('全年预期目标', '年度预期目标'));
  const labelled = (match: Matcher, name: string) => {
    const r = within(match);
    if (r === null) return '';
    const cells = grid.visible(r);
    const i = cells.findIndex((c) => match(normLabel(c.text)));
    const value = cells.slice(i + 1).find((c) => c.text !== '');
    return value ? text(r, value.col, TEXT_LIMITS.goal, name) : '';
  };
  const goalCells = goalHeader === null ? null : grid.visible(goalHeader);
  const overallGoal = goalCells
    ? text(goalHeader! + 1, colOf(goalCells, is('全年预期目标', '年度预期目标')), TEXT_LIMITS.goal, '全年预期目标')
    : labelled(is('年度总体目标', '年度总体绩效目标', '总体目标'), '年度总体目标');
  const goalProgress = goalCells ? text(goalHeader! + 1, colOf(goalCells, progressLabel), TEXT_LIMITS.goal, '完成情况') : labelled(progressLabel, '完成情况');

  const headerRow = within(is('年度指标值', '指标值', '年度目标值'));
  if (headerRow === null) {
    warn(`${at(region.start)}：执行监控表缺少指标表（“年度指标值”表头），已跳过`);
    return null;
  }
  // Two header rows where the second names the tick columns (经费保障 …, 确定能 …).
  const sub = grid.visible(headerRow + 1);
  // (A row of data names one likelihood at most: a header row names several of these columns.)
  const tickHeaders: readonly string[] = [...CAUSES, ...LIKELIHOODS];
  const twoRows = sub.filter((c) => tickHeaders.includes(normLabel(c.text))).length >= 2;
  const headers = twoRows ? [...grid.visible(headerRow), ...sub] : [...grid.visible(headerRow)];
  const colIn = (match: Matcher) => colOf(headers, match);
  const cols = {
    level1: colIn(is('一级指标')),
    level2: colIn(is('二级指标')),
    name: colIn(is('三级指标', '指标名称')),
    target: colIn(is('年度指标值', '指标值', '年度目标值')),
    progress: colIn(months('执行数', '执行情况', '完成情况', '实际完成值', '实际完成情况', '完成值')),
    forecast: colIn(is('全年预计完成值', '全年预计完成情况', '预计全年完成值', '全年预计完成')),
    explanation: colIn(is('原因说明', '偏差原因说明')),
    likelihood: colIn(is('完成目标可能性')),
    remarks: colIn(is('备注')),
  };
  const causeCols = CAUSES.flatMap((cause) => (twoRows ? sub.filter((c) => normLabel(c.text) === cause).map((c) => ({ cause, col: c.col })) : []));
  const likelihoodCols = LIKELIHOODS.flatMap((l) => (twoRows ? sub.filter((c) => normLabel(c.text) === l).map((c) => ({ likelihood: l, col: c.col })) : []));
  const ticked = (r: number, col: number) => TICK.test(grid.text(r, col));

  const indicators: MonitoringTableIndicator[] = [];
  let level1 = '';
  let level2 = '';
  for (let r = headerRow + (twoRows ? 2 : 1); r <= region.end; r++) {
    const name = text(r, cols.name, TEXT_LIMITS.indicator, '三级指标');
    const target = text(r, cols.target, TEXT_LIMITS.indicator, '年度指标值');
    if (name === '' && target === '') continue;
    if (normLabel(name) === '三级指标') continue; // the header, repeated where the table runs onto a new page
    if (cols.level1 !== null && /^(填表说明|说明|备注)/.test(grid.text(r, cols.level1))) break;
    if (indicators.length === INDICATOR_LIMIT) {
      warn(`${at(r)}起：一张表最多 ${INDICATOR_LIMIT} 个指标，其后的指标未导入`);
      break;
    }
    // An 一级 or 二级 written once over the rows it heads, merged or not.
    const l1Text = text(r, cols.level1, TEXT_LIMITS.label, '一级指标');
    if (l1Text) level1 = matchLevel1(l1Text.replace(/[(（][^)）]*[)）]/g, '')) ?? normLabel(l1Text);
    const l2Text = text(r, cols.level2, TEXT_LIMITS.label, '二级指标');
    if (l2Text) level2 = matchLevel2(l2Text) ?? normLabel(l2Text);
    const marked = likelihoodCols.filter((l) => ticked(r, l.col)).map((l) => l.likelihood);
    if (marked.length > 1) warn(`${at(r)}「${name}」：完成目标可能性勾选了 ${marked.join('、')}，已按“${marked.at(-1)}”读取`);
    indicators.push({
      level1,
      level2,
      name,
      target,
      progress: text(r, cols.progress, TEXT_LIMITS.indicator, '执行数'),
      forecast: text(r, cols.forecast, TEXT_LIMITS.indicator, '全年预计完成值'),
      causes: causeCols.filter((c) => ticked(r, c.col)).map((c) => c.cause),
      explanation: text(r, cols.explanation, TEXT_LIMITS.explanation, '原因说明'),
      likelihood: likelihoodCols.length > 0 ? (marked.at(-1) ?? '') : normLabel(text(r, cols.likelihood, TEXT_LIMITS.label, '完成目标可能性')),
      remarks: text(r, cols.remarks, TEXT_LIMITS.explanation, '备注'),
    });
  }

  return {
    projectName: field(is('项目名称')) || unnamed(grid, region, warn),
    year: region.year,
    month: month ?? DEFAULT_MONTH,
    department: field(is('主管部门及代码', '主管部门')),
    implementingUnit: field(is('实施单位')),
    overallGoal,
    goalProgress,
    funds,
    indicators,
  };
}
