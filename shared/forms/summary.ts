/** The 汇总 sheet: one line per project with its amounts and funding breakdown, and the totals. */
import { fundKeysOf, LAYOUTS, type LayoutId } from '../layouts';
import type { Fen } from '../money';
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
