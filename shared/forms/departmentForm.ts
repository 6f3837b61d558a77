/**
 * The 部门整体支出绩效目标表 as a paper form, laid out from the interchange shape and the blocks the
 * department's region prints (shared/department/layout.ts holds the labels).
 */
import { DEPARTMENT_LABELS, groupsOf, type DepartmentBlockId, type FundGroupDef } from '../department/layout';
import type { DepartmentTable } from '../interchange/departmentTable';
import { LAYOUTS, type LayoutId } from '../layouts';
import { wanToFen } from '../money';
import { DEFAULT_PROFILE } from '../profiles/shipped';
import { Grid, type PaperForm } from './paperForm';
import { printedIndicators, type FormOptions } from './targetForm';

/**
 * A label column, then 名称 / 一级, 主要实施内容 / 二级, 拟投入的资金 / 三级, and 期望达到的目标 over the last two
 * (三级 over the middle two, 指标值 in the last): six columns that fit A4 upright, as the project forms do.
 */
export const DEPARTMENT_WIDTHS = [10, 16, 19, 13, 13, 26];
const ALL = DEPARTMENT_WIDTHS.length;
/** The columns right of the label column and of a fund group's label, shared by its lines. */
const FUND_COLUMNS = ALL - 2;

export interface DepartmentFormOptions extends FormOptions {
  /** The department's layout: how the 一级 and 二级 of its framework are printed (with codes or without). */
  layout?: LayoutId;
}

const label = (key: keyof typeof DEPARTMENT_LABELS) => DEPARTMENT_LABELS[key].label;

/** A label in the first column and a text across the rest. */
function labelledRow(grid: Grid, text: string, value: string, role: 'text' | 'longText' = 'text'): void {
  grid.put(0, 1, 'label', text);
  grid.put(1, ALL - 1, role, value);
  grid.next();
}

function basicInfo(grid: Grid, table: DepartmentTable): void {
  grid.put(0, 1, 'label', label('basicInfo'));
  grid.put(1, 1, 'label', label('staff'));
  grid.figure(2, 1, table.staff);
  grid.put(3, 2, 'label', label('subunits'));
  grid.figure(5, 1, table.subunits);
  grid.next();
}

/** A group's lines, its 合计 first: each spans an equal share of the columns, the last what is left. */
function fundGroup(grid: Grid, group: FundGroupDef, table: DepartmentTable): void {
  const lines = [...(group.total ? [group.total] : []), ...group.parts];
  const span = Math.floor(FUND_COLUMNS / lines.length);
  const spanOf = (i: number) => (i === lines.length - 1 ? FUND_COLUMNS - span * i : span);
  grid.put(1, 1, 'label', group.label, 2);
  lines.forEach((line, i) => grid.put(2 + span * i, spanOf(i), 'label', line.label));
  grid.next();
  lines.forEach((line, i) => {
    const wan = table.funds[line.key];
    grid.put(2 + span * i, spanOf(i), 'money', '', 1, wan === undefined ? null : wanToFen(wan));
  });
  grid.next();
}

function funds(grid: Grid, table: DepartmentTable, blocks: readonly DepartmentBlockId[]): void {
  const groups = groupsOf(blocks);
  grid.put(0, 1, 'label', `${label('funds')}（万元）`, groups.length * 2);
  for (const group of groups) fundGroup(grid, group, table);
}

function tasks(grid: Grid, table: DepartmentTable): void {
  grid.put(0, 1, 'label', label('tasks'), table.tasks.length + 1);
  grid.put(1, 1, 'header', label('taskName'));
  grid.put(2, 1, 'header', label('taskContent'));
  grid.put(3, 1, 'header', label('taskAmount'));
  grid.put(4, 2, 'header', label('taskGoal'));
  grid.next();
  for (const task of table.tasks) {
    grid.put(1, 1, 'text', task.name);
    grid.put(2, 1, 'text', task.content);
    grid.put(3, 1, 'money', '', 1, task.amount === null ? null : wanToFen(task.amount));
    grid.put(4, 2, 'text', task.goal);
    grid.next();
  }
}

function indicators(grid: Grid, table: DepartmentTable, options: DepartmentFormOptions): void {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const layout = LAYOUTS[options.layout ?? '本级部门'];
  const list = printedIndicators(table.indicators, profile, table.notApplicable);
  grid.put(0, 1, 'label', label('indicators'), list.length + 1);
  grid.put(1, 1, 'header', '一级指标');
  grid.put(2, 1, 'header', '二级指标');
  grid.put(3, 2, 'header', '三级指标');
  grid.put(5, 1, 'header', '指标值');
  grid.next();
  list.forEach((indicator, i) => {
    grid.levels(
      1,
      list,
      i,
      (level1) => layout.level1Label(level1, profile.framework),
      (level2) => layout.level2Label(level2, profile.framework),
    );
    grid.put(3, 2, 'text', indicator.name);
    grid.put(5, 1, 'text', indicator.value);
    grid.next();
  });
}

export function departmentForm(table: DepartmentTable, blocks: readonly DepartmentBlockId[], options: DepartmentFormOptions = {}): PaperForm {
  const grid = new Grid();
  grid.put(0, ALL, 'title', `${table.year}年${label('title')}${options.draft ? '（草稿）' : ''}`);
  grid.next();
  const titleRows = grid.row;
  labelledRow(grid, label('departmentName'), table.departmentName);
  if (blocks.includes('basicInfo')) basicInfo(grid, table);
  funds(grid, table, blocks);
  labelledRow(grid, label('overallGoal'), table.overallGoal, 'longText');
  tasks(grid, table);
  labelledRow(grid, label('otherTasks'), table.otherTasks, 'longText');
  const indicatorHeaderRow = grid.row;
  indicators(grid, table, options);
  return grid.form(DEPARTMENT_WIDTHS, titleRows, indicatorHeaderRow);
}
