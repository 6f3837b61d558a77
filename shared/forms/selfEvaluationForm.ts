/**
 * The 项目支出绩效自评表 as seed 002 prints it, and its 转移支付区域（项目）绩效目标自评表 variant,
 * laid out from the interchange shape (figures as the form prints them).
 */
import { BUDGET_LINES, FUND_MANAGEMENT_ITEMS } from '../evaluation/content';
import { wanToFen } from '../money';
import type { BudgetLine, SelfEvaluation } from '../interchange/selfEvaluation';
import { Grid, type PaperForm } from './paperForm';
import type { FormOptions } from './targetForm';

export const EVALUATION_WIDTHS = [7, 11, 11, 20, 12, 12, 9, 9, 17];
const ALL = EVALUATION_WIDTHS.length;

const money = (grid: Grid, col: number, wan: number | null | undefined) =>
  grid.put(col, 1, 'money', '', 1, wan === null || wan === undefined ? null : wanToFen(wan));

/** The title and `（YYYY年度）` under it; returns the rows they take. */
export function evaluationTitle(grid: Grid, name: string, year: number | null, options: FormOptions): number {
  grid.put(0, ALL, 'title', `${name}${options.draft ? '（草稿）' : ''}`);
  grid.next();
  grid.put(0, ALL, 'subtitle', `（${year}年度）`);
  grid.next();
  return grid.row;
}

/** A row of one or two labelled fields. */
export function labelled(grid: Grid, pairs: [string, string][]): void {
  if (pairs.length === 1) {
    grid.put(0, 2, 'label', pairs[0]![0]);
    grid.put(2, ALL - 2, 'text', pairs[0]![1]);
  } else {
    grid.put(0, 2, 'label', pairs[0]![0]);
    grid.put(2, 3, 'text', pairs[0]![1]);
    grid.put(5, 2, 'label', pairs[1]![0]);
    grid.put(7, 2, 'text', pairs[1]![1]);
  }
  grid.next();
}

/** The budget lines of a 自评表: `total` carries the 预算执行 weight and score, printed on its line only. */
export interface EvaluationBudget {
  label: string;
  lines: { key: string; label: string }[];
  total: BudgetLine & { weight: number | null; score: number | null };
  line: (key: string) => BudgetLine | undefined;
}

/** The budget block: a label down the first column, a header row, then one row per line. */
export function budget(grid: Grid, { label, lines, total, line: lineOf }: EvaluationBudget, transfer = false): void {
  grid.put(0, 1, 'label', label, lines.length + 1);
  const labelSpan = transfer ? 3 : 2;
  const headers = transfer
    ? ['全年预算数（A）', '全年执行数（B）', '预算执行率（B/A×100%）', '分值', '得分']
    : ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
  grid.put(1, labelSpan, 'header', '');
  headers.forEach((h, i) => grid.put(1 + labelSpan + i, 1, 'header', h));
  grid.next();
  for (const { key, label } of lines) {
    const line: BudgetLine = (key === 'total' ? total : lineOf(key)) ?? { fullYearBudget: null, executed: null, rate: null };
    const isTotal = key === 'total';
    const weight = () => (isTotal ? grid.figure(col++, 1, total.weight) : grid.put(col++, 1, 'figure', '—'));
    const score = () => (isTotal ? grid.figure(col++, 1, total.score) : grid.put(col++, 1, 'figure', '—'));
    const rate = () => grid.put(col++, 1, 'figure', line.rate ?? '');
    grid.put(1, labelSpan, 'label', label);
    let col = 1 + labelSpan;
    if (!transfer) money(grid, col++, line.initialBudget);
    money(grid, col++, line.fullYearBudget);
    money(grid, col++, line.executed);
    if (transfer) {
      rate();
      weight();
    } else {
      weight();
      rate();
    }
    score();
    grid.next();
  }
}

function fundManagement(grid: Grid, table: SelfEvaluation): void {
  const rows = table.fundManagement?.length ? table.fundManagement : FUND_MANAGEMENT_ITEMS.map((item) => ({ item, explanation: '', problems: '' }));
  grid.put(0, 1, 'label', '资金管理情况', rows.length + 1);
  grid.put(1, 3, 'header', '');
  grid.put(4, 2, 'header', '情况说明');
  grid.put(6, 1, 'header', '存在问题和改进措施');
  grid.put(7, 1, 'figure', '—');
  grid.put(8, 1, 'figure', '—');
  grid.next();
  for (const row of rows) {
    grid.put(1, 3, 'label', row.item);
    grid.put(4, 2, 'text', row.explanation);
    grid.put(6, 1, 'text', row.problems);
    grid.put(7, 1, 'figure', '—');
    grid.put(8, 1, 'figure', '—');
    grid.next();
  }
}

export function goals(grid: Grid, table: Pick<SelfEvaluation, 'plannedGoal' | 'actualOutcome'>, transfer = false): void {
  grid.put(0, 1, 'label', transfer ? '总体目标完成情况' : '年度总体目标', 2);
  grid.put(1, 4, 'header', transfer ? '总体目标' : '预期目标');
  grid.put(5, 4, 'header', transfer ? '全年实际完成情况' : '实际完成情况');
  grid.next();
  grid.put(1, 4, 'longText', table.plannedGoal);
  grid.put(5, 4, 'longText', table.actualOutcome);
  grid.next();
}

type ScoredTable = Pick<SelfEvaluation, 'indicators' | 'level1Weights' | 'totalWeight' | 'totalScore'>;

/** The indicator table, its header the form's indicator header row, and the 总分 row under it. */
export function indicators(grid: Grid, table: ScoredTable, transfer = false): void {
  const list = table.indicators;
  grid.put(0, 1, 'label', '绩效指标', list.length + 1);
  const headers = transfer
    ? ['一级指标', '二级指标', '三级指标', '指标值', '全年实际完成值', '未完成原因和改进措施', '分值', '得分']
    : ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
  headers.forEach((h, i) => grid.put(1 + i, 1, 'header', h));
  grid.next();
  list.forEach((indicator, i) => {
    grid.levels(1, list, i, (level1) => {
      const weight = table.level1Weights[level1];
      return `${level1}${weight === undefined ? '' : `（${weight}分）`}`;
    });
    grid.put(3, 1, 'text', indicator.name);
    grid.put(4, 1, 'text', indicator.target);
    grid.put(5, 1, 'text', indicator.actual);
    if (transfer) grid.put(6, 1, 'text', indicator.deviation);
    grid.figure(transfer ? 7 : 6, 1, indicator.weight);
    grid.figure(transfer ? 8 : 7, 1, indicator.score);
    if (!transfer) grid.put(8, 1, 'text', indicator.deviation);
    grid.next();
  });
  const totalCol = transfer ? 7 : 6;
  grid.put(0, totalCol, 'label', '总分');
  grid.figure(totalCol, 1, table.totalWeight);
  grid.figure(totalCol + 1, 1, table.totalScore);
  if (!transfer) grid.put(8, 1, 'text', '');
  grid.next();
}

export function selfEvaluationForm(table: SelfEvaluation, options: FormOptions = {}): PaperForm {
  const transfer = table.variant === '转移支付';
  const grid = new Grid();
  const titleRows = evaluationTitle(grid, transfer ? '转移支付区域（项目）绩效目标自评表' : '项目支出绩效自评表', table.year, options);
  if (transfer) {
    labelled(grid, [['转移支付（项目）名称', table.projectName]]);
    labelled(grid, [['中央主管部门', table.centralDepartment ?? '']]);
    labelled(grid, [
      ['地方主管部门', table.department],
      ['资金使用单位', table.implementingUnit],
    ]);
  } else {
    labelled(grid, [['项目名称', table.projectName]]);
    labelled(grid, [
      ['主管部门', table.department],
      ['实施单位', table.implementingUnit],
    ]);
  }
  budget(
    grid,
    {
      label: transfer ? '资金投入情况（万元）' : '项目资金（万元）',
      lines: BUDGET_LINES[transfer ? '转移支付' : '项目'],
      total: table.funds.total,
      line: (key) => table.funds[key as keyof typeof table.funds],
    },
    transfer,
  );
  if (transfer) fundManagement(grid, table);
  goals(grid, table, transfer);
  const indicatorHeaderRow = grid.row;
  indicators(grid, table, transfer);
  if (transfer) {
    grid.put(0, 1, 'label', '说明');
    grid.put(1, ALL - 1, 'text', table.remarks ?? '');
    grid.next();
  }
  return grid.form(EVALUATION_WIDTHS, titleRows, indicatorHeaderRow);
}
