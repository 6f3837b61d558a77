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

/** The 汇总 sheet of the 自评表: budget, execution, 执行率, 总分 and grade per project, and the totals. */
export function evaluationSummaryTable(year: number, tables: SelfEvaluation[]): SummaryTable {
  const fenOf = (wan: number | null) => (wan === null ? null : wanToFen(wan));
  const budgets = tables.map((t) => fenOf(t.funds.total.fullYearBudget));
  const executed = tables.map((t) => fenOf(t.funds.total.executed));
  const rate = executionRate(sumFen(executed), sumFen(budgets));
  return {
    title: `${year}年项目支出绩效自评汇总表`,
    columns: [
      { label: '序号', kind: 'index', width: 6 },
      { label: '项目名称', kind: 'text', width: 40 },
      { label: '全年预算数', kind: 'money', width: 14 },
      { label: '全年执行数', kind: 'money', width: 14 },
      { label: '执行率', kind: 'count', width: 10 },
      { label: '总分', kind: 'count', width: 8 },
      { label: '等级', kind: 'count', width: 6 },
    ],
    rows: tables.map((t, i) => [
      i + 1,
      t.projectName,
      { fen: budgets[i]! },
      { fen: executed[i]! },
      t.funds.total.rate ?? '',
      t.totalScore ?? '',
      t.totalScore === null ? '' : gradeOf(t.totalScore),
    ]),
    totals: ['合计', `${tables.length} 个项目`, { fen: sumFen(budgets) }, { fen: sumFen(executed) }, rate.ok ? percentText(rate.value) : '', '', ''],
  };
}

/** The 汇总 sheet of the 执行监控表: per project its 年初预算数, 执行数, 执行率, light and red indicators, and the totals. */
export function monitoringSummaryTable(year: number, tables: MonitoringTable[], lights: MonitoringLights[]): SummaryTable {
  const fenOf = (wan: number | null) => (wan === null ? null : wanToFen(wan));
  const budgets = tables.map((t) => fenOf(t.funds.total.initialBudget));
  const executed = tables.map((t) => fenOf(t.funds.total.executed));
  const rate = executionRate(sumFen(executed), sumFen(budgets));
  const months = [...new Set(tables.map((t) => `1-${t.month}月`))].join('、');
  return {
    title: `${year}年项目支出绩效目标执行监控汇总表（${months}）`,
    columns: [
      { label: '序号', kind: 'index', width: 6 },
      { label: '项目名称', kind: 'text', width: 40 },
      { label: '年初预算数', kind: 'money', width: 14 },
      { label: '执行数', kind: 'money', width: 14 },
      { label: '执行率', kind: 'count', width: 10 },
      { label: '灯', kind: 'count', width: 6 },
      { label: '红灯指标数', kind: 'count', width: 10 },
    ],
    rows: tables.map((t, i) => [
      i + 1,
      t.projectName,
      { fen: budgets[i]! },
      { fen: executed[i]! },
      t.funds.total.rate ?? '',
      lights[i]!.project,
      lights[i]!.red,
    ]),
    totals: [
      '合计',
      `${tables.length} 个项目`,
      { fen: sumFen(budgets) },
      { fen: sumFen(executed) },
      rate.ok ? percentText(rate.value) : '',
      '',
      lights.reduce((n, l) => n + l.red, 0),
    ],
  };
}
