/**
 * The 项目支出绩效目标执行监控表 in the central layout (as 中央部门项目库 exports it), laid out from the
 * interchange shape: the 1–N月 columns titled by its month, the 偏差原因 ticked (✔) under a two-row
 * header, 完成目标可能性 written out.
 */
import { CAUSES, FUND_LINES, monthsLabel } from '../monitoring/content';
import { wanToFen } from '../money';
import type { MonitoringTable } from '../interchange/monitoring';
import { Grid, type PaperForm } from './paperForm';
import type { FormOptions } from './targetForm';

/** 一级, 二级, 三级, 年度指标值, 执行数, 预计完成值, the five 偏差原因 ticks, 原因说明, 完成目标可能性, 备注. */
export const MONITORING_WIDTHS = [8, 10, 14, 11, 10, 10, 5, 5, 5, 6, 5, 16, 8, 8];
const ALL = MONITORING_WIDTHS.length;
const TICK = '✔';

const money = (grid: Grid, col: number, span: number, wan: number | null) => grid.put(col, span, 'money', '', 1, wan === null ? null : wanToFen(wan));

function funds(grid: Grid, table: MonitoringTable): void {
  const months = monthsLabel(table.month);
  const lines = FUND_LINES.filter(({ key }) => key === 'total' || table.funds[key]);
  grid.put(0, 2, 'label', '项目资金（万元）', lines.length + 1);
  grid.put(2, 3, 'header', '');
  grid.put(5, 2, 'header', '年初预算数');
  grid.put(7, 2, 'header', `${months}执行数`);
  grid.put(9, 2, 'header', `${months}执行率`);
  grid.put(11, 3, 'header', '全年预计执行数');
  grid.next();
  for (const { key, label } of lines) {
    const line = table.funds[key]!;
    grid.put(2, 3, 'label', label);
    money(grid, 5, 2, line.initialBudget);
    money(grid, 7, 2, line.executed);
    grid.put(9, 2, 'figure', line.rate ?? '');
    money(grid, 11, 3, line.forecast);
    grid.next();
  }
}

function indicators(grid: Grid, table: MonitoringTable): void {
  const months = monthsLabel(table.month);
  ['一级指标', '二级指标', '三级指标', '年度指标值', `${months}执行数`, '全年预计完成值'].forEach((h, i) => grid.put(i, 1, 'header', h, 2));
  grid.put(6, 6, 'header', '偏差原因分析');
  grid.put(12, 1, 'header', '完成目标可能性', 2);
  grid.put(13, 1, 'header', '备注', 2);
  grid.next();
  [...CAUSES, '原因说明'].forEach((h, i) => grid.put(6 + i, 1, 'header', h));
  grid.next();
  const list = table.indicators;
  list.forEach((indicator, i) => {
    grid.levels(0, list, i);
    grid.put(2, 1, 'text', indicator.name);
    grid.put(3, 1, 'text', indicator.target);
    grid.put(4, 1, 'text', indicator.progress);
    grid.put(5, 1, 'text', indicator.forecast);
    CAUSES.forEach((cause, n) => grid.put(6 + n, 1, 'figure', indicator.causes.includes(cause) ? TICK : ''));
    grid.put(11, 1, 'text', indicator.explanation);
    grid.put(12, 1, 'figure', indicator.likelihood);
    grid.put(13, 1, 'text', indicator.remarks);
    grid.next();
  });
}

export function monitoringForm(table: MonitoringTable, options: FormOptions = {}): PaperForm {
  const grid = new Grid();
  grid.put(0, ALL, 'title', `项目支出绩效目标执行监控表${options.draft ? '（草稿）' : ''}`);
  grid.next();
  grid.put(0, ALL, 'subtitle', `（${table.year}年度）`);
  grid.next();
  const titleRows = grid.row;
  grid.put(0, 2, 'label', '项目名称');
  grid.put(2, ALL - 2, 'text', table.projectName);
  grid.next();
  grid.put(0, 2, 'label', '主管部门及代码');
  grid.put(2, 5, 'text', table.department);
  grid.put(7, 2, 'label', '实施单位');
  grid.put(9, 5, 'text', table.implementingUnit);
  grid.next();
  funds(grid, table);
  grid.put(0, 2, 'label', '年度总体目标', 2);
  grid.put(2, 6, 'header', '全年预期目标');
  grid.put(8, 6, 'header', `${monthsLabel(table.month)}目标实际完成情况`);
  grid.next();
  grid.put(2, 6, 'longText', table.overallGoal);
  grid.put(8, 6, 'longText', table.goalProgress);
  grid.next();
  const indicatorHeaderRow = grid.row;
  indicators(grid, table);
  return grid.form(MONITORING_WIDTHS, titleRows, indicatorHeaderRow, 2);
}
