/**
 * The 部门整体支出绩效自评表, laid out from the interchange shape with the project 自评表's pieces: the
 * same columns, budget block, goals and scored indicator table; 年度主要任务 in place of the project's names.
 */
import { DEPARTMENT_BUDGET_LINES } from '../department/content';
import { DEPARTMENT_LABELS } from '../department/layout';
import type { DepartmentEvaluation } from '../interchange/departmentTable';
import { Grid, type PaperForm } from './paperForm';
import { budget, evaluationTitle, EVALUATION_WIDTHS, goals, indicators, labelled } from './selfEvaluationForm';
import type { FormOptions } from './targetForm';

/** 年度主要任务: 任务名称 | 主要内容 | 完成情况 under a label down the first column. */
function tasks(grid: Grid, table: DepartmentEvaluation): void {
  grid.put(0, 1, 'label', '年度主要任务', table.tasks.length + 1);
  grid.put(1, 2, 'header', '任务名称');
  grid.put(3, 3, 'header', '主要内容');
  grid.put(6, 3, 'header', '完成情况');
  grid.next();
  for (const task of table.tasks) {
    grid.put(1, 2, 'text', task.name);
    grid.put(3, 3, 'text', task.content);
    grid.put(6, 3, 'text', task.outcome);
    grid.next();
  }
}

export function departmentEvaluationForm(table: DepartmentEvaluation, options: FormOptions = {}): PaperForm {
  const grid = new Grid();
  const titleRows = evaluationTitle(grid, DEPARTMENT_LABELS.evaluationTitle.label, table.year, options);
  labelled(grid, [[DEPARTMENT_LABELS.departmentName.label, table.departmentName]]);
  tasks(grid, table);
  budget(grid, {
    label: '年度部门整体支出预算执行情况（万元）',
    lines: DEPARTMENT_BUDGET_LINES,
    total: table.funds.total,
    line: (key) => table.funds[key as keyof typeof table.funds],
  });
  goals(grid, table);
  const indicatorHeaderRow = grid.row;
  indicators(grid, table);
  return grid.form(EVALUATION_WIDTHS, titleRows, indicatorHeaderRow);
}
