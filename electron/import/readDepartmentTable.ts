/**
 * One 部门整体支出绩效目标表 from its region of a sheet, found by the labels of shared/department/layout.ts
 * wherever they stand: a label with its value beside it or under it (`部门名称： | …`, `合计 | 基本支出`
 * over their amounts), 预算整体情况 as groups with a row of line labels over a row of amounts or as
 * `label | amount` rows, the optional blocks where the table prints them, and the indicators
 * through indicatorTable.ts. Text is kept as written; amounts become exact and return as 万元.
 */
import { DEPARTMENT_TASK_LIMIT, TEXT_LIMITS } from '../../shared/api/schemas';
import { departmentLabelOf, fundGroupOf, fundLineOf, type DepartmentFundKey, type DepartmentLabelKey, type FundGroupDef } from '../../shared/department/layout';
import type { DepartmentTable, DepartmentTableTask } from '../../shared/interchange/departmentTable';
import { indicatorColumnOf, isPlaceholder, unitNoted } from '../../shared/forms/labelDictionary';
import { fittedText, type Warn } from './fitText';
import { joinSplitLabels, unitOfRows } from './headerFields';
import { findIndicatorHeader, readIndicatorRows } from './indicatorTable';
import { amountOf } from './readTargetTable';
import { numberAt } from './readSelfEvaluation';
import type { SheetGrid, VisibleCell } from './sheetGrid';
import type { TableRegion } from './tableRegions';

/** A label of the form where the table writes it: the first row of its cell. */
export interface LabelCell {
  key: DepartmentLabelKey;
  row: number;
  col: number;
  text: string;
}

/** The parts of a task row and the label keys that head their columns. */
const TASK_COLUMNS = { name: 'taskName', content: 'taskContent', amount: 'taskAmount', goal: 'taskGoal', outcome: 'taskOutcome' } as const;
type TaskColumn = keyof typeof TASK_COLUMNS;
const COLUMN_KEYS: readonly DepartmentLabelKey[] = Object.values(TASK_COLUMNS);

/** Any text the form uses as a label: one of the department's, a 预算整体情况 group or line, an indicator column. */
export const isDepartmentLabel = (text: string) =>
  text !== '' && (departmentLabelOf(text) !== null || fundGroupOf(text) !== null || fundLineOf(text, null) !== null || indicatorColumnOf(text) !== null);

/** A row's cells, a label split over two (`部门 | 名称`) read as one. */
const cellsOf = (grid: SheetGrid, row: number) => joinSplitLabels(grid.visible(row), isDepartmentLabel);

/** The labels of the part of the form outside columns, each once (its first place), in rows `from`–`to`. */
export function labelCells(grid: SheetGrid, from: number, to: number): LabelCell[] {
  const found: LabelCell[] = [];
  for (let r = from; r <= to; r++) {
    for (const cell of cellsOf(grid, r)) {
      const key = departmentLabelOf(cell.text);
      // A label merged down over its rows shows in each of them: it stands where its cell starts.
      if (!key || COLUMN_KEYS.includes(key) || grid.master(r, cell.col)[0] !== r || found.some((f) => f.key === key)) continue;
      found.push({ key, row: r, col: cell.col, text: cell.text });
    }
  }
  return found;
}

/** A cell holding a label's value, and its row. */
export interface ValueCell {
  row: number;
  cell: VisibleCell;
}

/** A label's value: the first cell after it in its row where that is no label, else the cell under it (past its own merged area). */
export function valueCell(grid: SheetGrid, row: number, col: number, to: number): ValueCell | undefined {
  const next = cellsOf(grid, row).find((c) => c.col > col && c.text !== '');
  if (next && !isDepartmentLabel(next.text)) return { row, cell: next };
  const [masterRow] = grid.master(row, col);
  let r = row + 1;
  while (r <= to && grid.master(r, col)[0] === masterRow) r++;
  if (r > to) return undefined;
  const cell = grid.visible(r).find((c) => c.col === grid.master(r, col)[1]);
  return cell && cell.text !== '' && !isDepartmentLabel(cell.text) ? { row: r, cell } : undefined;
}

/** The rows a label heads: from its row to the row before the next label of the form (or `end`). */
export function sectionOf(labels: readonly LabelCell[], label: LabelCell, end: number): number {
  const next = labels.filter((l) => l.row > label.row && l.key !== 'staff' && l.key !== 'subunits').map((l) => l.row);
  return next.length ? Math.min(...next) - 1 : end;
}

/** A text over the rows a label heads (`目标1` … `目标3` a row each), one line a row, else the one under it. */
export function spannedText(grid: SheetGrid, label: LabelCell, to: number, field: string, warn: Warn): string {
  const lines: string[] = [];
  for (let r = label.row; r <= to; r++) {
    const cell = grid.visible(r).find((c) => c.col > label.col && c.text !== '');
    // A text merged down over several rows is one line, read where it starts.
    if (cell && grid.master(r, cell.col)[0] === r && !isDepartmentLabel(cell.text)) lines.push(fittedText(grid, r, cell.col, TEXT_LIMITS.goal, field, warn));
  }
  if (lines.length > 0) return lines.join('\n');
  const found = valueCell(grid, label.row, label.col, to);
  return found ? fittedText(grid, found.row, found.cell.col, TEXT_LIMITS.goal, field, warn) : '';
}

/** An amount in 万元, exact, in the unit its label, its block or the table names; a bad one is named and left out. */
function amountAt(grid: SheetGrid, found: ValueCell | undefined, label: string, unit: '元' | '万元' | null, warn: Warn): number | null {
  if (!found) return null;
  const { row, cell } = found;
  return amountOf(
    { row, col: cell.col, text: cell.text, value: cell.value, label, unit: unitNoted(label) ?? unit },
    (f) => `工作表“${grid.name}”第 ${f.row} 行“${label.replace(/[:：]\s*$/, '')}”`,
    warn,
  );
}

/** 预算整体情况: its groups, each a row of line labels over a row of amounts, or a `label | amount` row a line. */
function readFunds(grid: SheetGrid, label: LabelCell, end: number, unit: '元' | '万元' | null, warn: Warn): Partial<Record<DepartmentFundKey, number>> {
  const funds: Partial<Record<DepartmentFundKey, number>> = {};
  const blockUnit = unitNoted(label.text) ?? unit;
  let group: FundGroupDef | null = null;
  for (let r = label.row; r <= end; r++) {
    for (const cell of cellsOf(grid, r)) {
      const named = fundGroupOf(cell.text);
      // A group's label with an amount beside it (`部门预算支出总额 | 1500`) gives the group's total; under it stand its line labels.
      const line = named ? (named.total ?? null) : fundLineOf(cell.text, group);
      if (named) group = named;
      if (!line || funds[line.key] !== undefined) continue;
      const value = valueCell(grid, r, cell.col, named ? r : end);
      const amount = amountAt(grid, value, cell.text, blockUnit, warn);
      if (amount !== null) funds[line.key] = amount;
    }
  }
  return funds;
}

/** The task columns of a header row, by their words. */
function taskColumns(grid: SheetGrid, row: number): Partial<Record<TaskColumn, number>> {
  const columns: Partial<Record<TaskColumn, number>> = {};
  for (const cell of cellsOf(grid, row)) {
    const key = departmentLabelOf(cell.text);
    const column = (Object.keys(TASK_COLUMNS) as TaskColumn[]).find((c) => TASK_COLUMNS[c] === key);
    if (column && columns[column] === undefined) columns[column] = cell.col;
  }
  return columns;
}

export type TaskRow = DepartmentTableTask & { outcome: string };

/** 年度重点工作任务 (年度主要任务): the header row within the label's first rows, then a task a row until the next label of the form. */
export function readTasks(grid: SheetGrid, label: LabelCell, end: number, unit: '元' | '万元' | null, warn: Warn): TaskRow[] {
  const at = (row: number) => `工作表“${grid.name}”第 ${row} 行`;
  let headerRow = -1;
  let columns: Partial<Record<TaskColumn, number>> = {};
  for (let r = label.row; r <= Math.min(label.row + 2, end) && headerRow < 0; r++) {
    columns = taskColumns(grid, r);
    if (columns.name !== undefined) headerRow = r;
  }
  if (headerRow < 0) {
    warn(`${at(label.row)}：“${label.text}”下没有“名称 | 主要实施内容 …”表头，重点工作任务未导入`);
    return [];
  }
  const text = (r: number, column: TaskColumn, max: number, field: string) => {
    const col = columns[column];
    return col === undefined ? '' : fittedText(grid, r, col, max, field, warn);
  };
  const amountLabel = columns.amount === undefined ? '' : grid.text(headerRow, columns.amount);
  const tasks: TaskRow[] = [];
  for (let r = headerRow + 1; r <= end; r++) {
    const row = text(r, 'name', TEXT_LIMITS.line, '任务名称');
    const cells = [row, text(r, 'content', TEXT_LIMITS.goal, '主要实施内容'), text(r, 'goal', TEXT_LIMITS.goal, '期望达到的目标')];
    const amountCell = columns.amount === undefined ? undefined : grid.visible(r).find((c) => c.col === grid.master(r, columns.amount!)[1]);
    if (cells.every(isPlaceholder) && isPlaceholder(amountCell?.text ?? '')) continue;
    if (tasks.length === DEPARTMENT_TASK_LIMIT) {
      warn(`${at(r)}起：一张表最多 ${DEPARTMENT_TASK_LIMIT} 项重点工作任务，其后的任务未导入`);
      break;
    }
    tasks.push({
      name: row,
      content: cells[1]!,
      amount: amountCell ? amountAt(grid, { row: r, cell: amountCell }, amountLabel, unit, warn) : null,
      goal: cells[2]!,
      outcome: text(r, 'outcome', TEXT_LIMITS.goal, '完成情况'),
    });
  }
  return tasks;
}

/** The department's name where the table writes it, or a name saying where the table was, for the clerk to change. */
export function departmentNameOf(grid: SheetGrid, region: TableRegion, labels: readonly LabelCell[], warn: Warn): string {
  const label = labels.find((l) => l.key === 'departmentName');
  const found = label && valueCell(grid, label.row, label.col, region.end);
  if (found) return fittedText(grid, found.row, found.cell.col, TEXT_LIMITS.line, '部门（单位）名称', warn);
  const name = `未命名部门（工作表“${grid.name}”第 ${region.start} 行）`;
  warn(`工作表“${grid.name}”第 ${region.start} 行：表中没有填写部门（单位）名称，暂以“${name}”导入`);
  return name;
}

/** 财政供养人员数, 下属二级单位数: whole numbers beside or under their labels. */
function countOf(grid: SheetGrid, labels: readonly LabelCell[], key: 'staff' | 'subunits', end: number, warn: Warn): number | null {
  const label = labels.find((l) => l.key === key);
  const found = label && valueCell(grid, label.row, label.col, end);
  if (!label || !found) return null;
  const { row, cell } = found;
  const where = `工作表“${grid.name}”第 ${row} 行“${label.text.replace(/[:：]\s*$/, '')}”`;
  const n = numberAt(grid, row, cell.col, where, warn);
  if (n === null) return null;
  if (Number.isInteger(n) && n >= 0) return n;
  warn(`${where}：“${cell.text}”不是人数或单位数，已留空`);
  return null;
}

export function readDepartmentTable(grid: SheetGrid, region: TableRegion, warn: Warn): DepartmentTable {
  const at = (row: number) => `工作表“${grid.name}”第 ${row} 行`;
  const indicatorHeader = findIndicatorHeader(grid, region.start, region.end);
  const headEnd = indicatorHeader ? indicatorHeader.rows[0]! - 1 : region.end;
  const labels = labelCells(grid, region.start, headEnd);
  const unit = unitOfRows(grid, region.top, region.end);
  const labelled = (key: DepartmentLabelKey) => labels.find((l) => l.key === key);
  const section = (label: LabelCell) => sectionOf(labels, label, headEnd);

  const fundsLabel = labelled('funds');
  const goalLabel = labelled('overallGoal');
  const tasksLabel = labelled('tasks');
  const otherLabel = labelled('otherTasks');
  const { indicators, notApplicable } = indicatorHeader ? readIndicatorRows(grid, indicatorHeader, region.end, warn) : { indicators: [], notApplicable: [] };
  if (!indicatorHeader) warn(`${at(region.start)}：部门整体支出绩效目标表没有指标表（“一级指标 … 三级指标 … 指标值”表头），绩效指标未导入`);
  if (region.year === null) warn(`${at(region.top)}：标题中没有年度，请在导入时指定年度`);
  return {
    departmentName: departmentNameOf(grid, region, labels, warn),
    year: region.year,
    staff: countOf(grid, labels, 'staff', headEnd, warn),
    subunits: countOf(grid, labels, 'subunits', headEnd, warn),
    funds: fundsLabel ? readFunds(grid, fundsLabel, section(fundsLabel), unit, warn) : {},
    overallGoal: goalLabel ? spannedText(grid, goalLabel, section(goalLabel), '总体绩效目标', warn) : '',
    tasks: tasksLabel ? readTasks(grid, tasksLabel, section(tasksLabel), unit, warn).map(({ outcome: _, ...task }) => task) : [],
    otherTasks: otherLabel ? spannedText(grid, otherLabel, section(otherLabel), '其他需完成的任务', warn) : '',
    indicators,
    ...(notApplicable.length ? { notApplicable } : {}),
  };
}
