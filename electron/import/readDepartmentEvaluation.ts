/**
 * One 部门整体支出绩效自评表 from its region of a sheet: 部门（单位）名称 and 年度主要任务 by the labels of
 * shared/department/layout.ts (as the target table's reader finds them), the budget lines, the
 * 年度总体目标 and the indicators as the project 自评表's reader reads them.
 */
import { budgetLineOf } from '../../shared/department/layout';
import type { DepartmentEvaluation, DepartmentEvaluationFunds } from '../../shared/interchange/departmentTable';
import type { Warn } from './fitText';
import { departmentNameOf, labelCells, readTasks, sectionOf } from './readDepartmentTable';
import { readBudgetLines, readEvaluationIndicators, readGoals } from './readSelfEvaluation';
import type { SheetGrid } from './sheetGrid';
import type { TableRegion } from './tableRegions';

export function readDepartmentEvaluation(grid: SheetGrid, region: TableRegion, warn: Warn): DepartmentEvaluation | null {
  const read = readEvaluationIndicators(grid, region, warn);
  if (!read) return null;
  const labels = labelCells(grid, region.start, region.end);
  const tasksLabel = labels.find((l) => l.key === 'tasks');
  const tasks = tasksLabel ? readTasks(grid, tasksLabel, sectionOf(labels, tasksLabel, region.end), null, warn) : [];
  const budget = readBudgetLines(grid, region, budgetLineOf, true, warn);
  const { total, ...parts } = budget.lines;
  const funds: DepartmentEvaluationFunds = {
    total: { ...(total ?? { initialBudget: null, fullYearBudget: null, executed: null, rate: null }), weight: budget.weight, score: budget.score },
    ...parts,
  };
  // The 年度总体目标 block follows the tasks, whose columns may use the same words (预期目标).
  const { plannedGoal, actualOutcome } = readGoals(grid, region, warn, tasksLabel ? sectionOf(labels, tasksLabel, region.end) + 1 : region.start);
  if (region.year === null) warn(`工作表“${grid.name}”第 ${region.top} 行：标题中没有年度，请在导入时指定年度`);
  return {
    departmentName: departmentNameOf(grid, region, labels, warn),
    year: region.year,
    funds,
    tasks: tasks.map(({ name, content, amount, goal, outcome }) => ({ name, content: content || goal, amount, outcome })),
    plannedGoal,
    actualOutcome,
    indicators: read.indicators,
    level1Weights: read.level1Weights,
    totalWeight: read.totalWeight,
    totalScore: read.totalScore,
  };
}
