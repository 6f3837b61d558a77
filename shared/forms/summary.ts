/** The 汇总 sheets: one line per project with its amounts, and the totals. */
import { fundKeysOf, LAYOUTS, type LayoutId } from '../layouts';
import { wanToFen, type Fen } from '../money';
import { executionRate, gradeOf, percentText } from '../scoring/execution';
import type { MonitoringTable } from '../interchange/monitoring';
import type { SelfEvaluation } from '../interchange/selfEvaluation';
import type { MonitoringLights } from '../monitoring/lights';
import type { ProjectContent } from '../project';

export interface SummaryColumn {
  label: string;
  kind: 'index' | 'text' | 'money' | 'count';
  width: number;
}

export type SummaryValue = string | number | { fen: Fen | null };

export interface SummaryTable {
  title: string;
  columns: SummaryColumn[];
  rows: SummaryValue[][];
  totals: SummaryValue[];
}

const sumFen = (values: (Fen | null | undefined)[]) => values.reduce<Fen>((a, b) => a + (b ?? 0), 0);

export function summaryTable(layoutId: LayoutId, year: number, projects: ProjectContent[]): SummaryTable {
  const layout = LAYOUTS[layoutId];
  const funds = fundKeysOf(layout);
  const hasTotal = layout.headerFields.some((f) => f.key === 'totalFunds');
  const columns: SummaryColumn[] = [
    { label: '序号', kind: 'index', width: 6 },
    { label: '项目名称', kind: 'text', width: 36 },
    { label: '项目属性', kind: 'text', width: 16 },
    { label: '项目期', kind: 'text', width: 12 },
    ...(hasTotal ? [{ label: '项目总额', kind: 'money' as const, width: 12 }] : []),
    { label: '年度资金总额', kind: 'money', width: 14 },
    ...funds.map((key) => ({ label: key, kind: 'money' as const, width: 12 })),
    { label: '指标数', kind: 'count', width: 8 },
  ];
  const rows = projects.map((p, i): SummaryValue[] => [
    i + 1,
    p.name,
    p.attribute,
    p.period,
    ...(hasTotal ? [{ fen: p.totalFunds }] : []),
    { fen: p.annualFunds },
    ...funds.map((key) => ({ fen: p.funds[key] ?? null })),
    p.indicators.length,
  ]);
  const totals: SummaryValue[] = [
    '合计',
    `${projects.length} 个项目`,
    '',
    '',
    ...(hasTotal ? [{ fen: sumFen(projects.map((p) => p.totalFunds)) }] : []),
    { fen: sumFen(projects.map((p) => p.annualFunds)) },
    ...funds.map((key) => ({ fen: sumFen(projects.map((p) => p.funds[key])) })),
    projects.reduce((n, p) => n + p.indicators.length, 0),
  ];
  return { title: `${year}年项目支出绩效目标汇总表`, columns, rows, totals };
}

/** A form's project on its 汇总 sheet: its name and its 资金 total line (万元, as the form prints it). */
interface FundedLine {
  projectName: string;
  budget: number | null;
  executed: number | null;
  rate: string | null;
}

/** A column of its own a form's 汇总 sheet adds after 执行率: its heading, its value per project and in the totals. */
interface OwnColumn {
  column: SummaryColumn;
  value: (index: number) => SummaryValue;
  total: SummaryValue;
}

/** The 汇总 sheet of a form: per project its budget, execution and 执行率, the form's own columns, and the totals. */
function fundsSummaryTable(title: string, [budgetLabel, executedLabel]: [string, string], lines: FundedLine[], own: OwnColumn[]): SummaryTable {
  const fenOf = (wan: number | null) => (wan === null ? null : wanToFen(wan));
  const budgets = lines.map((l) => fenOf(l.budget));
  const executed = lines.map((l) => fenOf(l.executed));
  const rate = executionRate(sumFen(executed), sumFen(budgets));
  return {
    title,
    columns: [
      { label: '序号', kind: 'index', width: 6 },
      { label: '项目名称', kind: 'text', width: 40 },
      { label: budgetLabel, kind: 'money', width: 14 },
      { label: executedLabel, kind: 'money', width: 14 },
      { label: '执行率', kind: 'count', width: 10 },
      ...own.map((c) => c.column),
    ],
    rows: lines.map((l, i) => [i + 1, l.projectName, { fen: budgets[i]! }, { fen: executed[i]! }, l.rate ?? '', ...own.map((c) => c.value(i))]),
    totals: [
      '合计',
      `${lines.length} 个项目`,
      { fen: sumFen(budgets) },
      { fen: sumFen(executed) },
      rate.ok ? percentText(rate.value) : '',
      ...own.map((c) => c.total),
    ],
  };
}

const gradeText = (total: number | null) => (total === null ? '' : gradeOf(total));

/** The 汇总 sheet of the 自评表: budget, execution, 执行率, 总分 and grade per project, and the totals. */
export function evaluationSummaryTable(year: number, tables: SelfEvaluation[]): SummaryTable {
  const lines = tables.map((t) => ({
    projectName: t.projectName,
    budget: t.funds.total.fullYearBudget,
    executed: t.funds.total.executed,
    rate: t.funds.total.rate,
  }));
  return fundsSummaryTable(`${year}年项目支出绩效自评汇总表`, ['全年预算数', '全年执行数'], lines, [
    { column: { label: '总分', kind: 'count', width: 8 }, value: (i) => tables[i]!.totalScore ?? '', total: '' },
    { column: { label: '等级', kind: 'count', width: 6 }, value: (i) => gradeText(tables[i]!.totalScore), total: '' },
  ]);
}

/** The 汇总 sheet of the 执行监控表: per project its 年初预算数, 执行数, 执行率, light and red indicators, and the totals. */
export function monitoringSummaryTable(year: number, tables: MonitoringTable[], lights: MonitoringLights[]): SummaryTable {
  const lines = tables.map((t) => ({
    projectName: t.projectName,
    budget: t.funds.total.initialBudget,
    executed: t.funds.total.executed,
    rate: t.funds.total.rate,
  }));
  const months = [...new Set(tables.map((t) => `1-${t.month}月`))].join('、');
  return fundsSummaryTable(`${year}年项目支出绩效目标执行监控汇总表（${months}）`, ['年初预算数', '执行数'], lines, [
    { column: { label: '灯', kind: 'count', width: 6 }, value: (i) => lights[i]!.project, total: '' },
    { column: { label: '红灯指标数', kind: 'count', width: 10 }, value: (i) => lights[i]!.red, total: lights.reduce((n, l) => n + l.red, 0) },
  ]);
}
