/**
 * 执行监控表 workbooks in the central layout (as 中央部门项目库 exports it): a two-row merged indicator
 * header, the 偏差原因 and 完成目标可能性 ticked with ✔ (or √) in their columns, for 1–N月.
 */
import type { MonitoringTableIndicator } from '../../shared/interchange/monitoring';
import path from 'node:path';
import type { TargetTable } from '../../shared/interchange/targetTable';
import { ROOT, readJson } from './paths';
import { workbookOf, type Row, type SheetSpec } from './workbooks';

/** An indicator as the workbook prints it: one 完成目标可能性 ticked, no 备注. */
export interface MonitoredIndicator extends Omit<MonitoringTableIndicator, 'likelihood' | 'remarks'> {
  likelihood: '确定能' | '有可能' | '完全不可能';
}

export interface MonitoringSpec {
  year: number;
  month: number;
  name: string;
  /** 年度资金总额 and 其中：财政拨款: 年初预算数, 执行数, printed 执行率, 全年预计执行数 (万元). */
  funds: [number, number, string, number];
  indicators: MonitoredIndicator[];
  /** The tick clerks use. */
  tick?: string;
}

const CAUSES = ['经费保障', '制度保障', '人员保障', '硬件条件保障', '其他'];
const LIKELIHOODS = ['确定能', '有可能', '完全不可能'];

/** Columns A–Q: 一级 二级 三级 年度指标值 执行数 预计完成值 | 5 causes 原因说明 | 3 likelihoods | 备注. */
export function monitoringSheet(spec: MonitoringSpec): SheetSpec {
  const rows: Row[] = [];
  const merges: string[] = [];
  const add = (row: Row, ...ranges: string[]) => {
    rows.push(row);
    const r = rows.length;
    for (const range of ranges) merges.push(range.replace(/([A-Z]+)(\+?\d*)/g, (_, col: string, down: string) => `${col}${r + (down ? Number(down) : 0)}`));
  };
  const months = `1-${spec.month}月`;
  const tick = spec.tick ?? '✔';
  add(['项目支出绩效目标执行监控表'], 'A:Q');
  add([`（${spec.year}年度）`], 'A:Q');
  add([null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, '单位：万元']);
  add(['项目名称', null, spec.name], 'A:B', 'C:Q');
  add(['主管部门及代码', null, '[301]某市交通运输局', null, null, null, null, null, '实施单位', null, null, '某市公路养护中心'], 'A:B', 'C:H', 'I:K', 'L:Q');
  add(
    ['项目资金（万元）', null, null, null, '年初预算数', null, `${months}执行数`, null, `${months}执行率`, null, '全年预计执行数'],
    'A:B+2',
    'C:D',
    'E:F',
    'G:H',
    'I:J',
    'K:Q',
  );
  const [budget, executed, rate, forecast] = spec.funds;
  for (const label of ['年度资金总额', '其中：财政拨款'])
    add([null, null, label, null, budget, null, executed, null, rate, null, forecast], 'C:D', 'E:F', 'G:H', 'I:J', 'K:Q');
  add(['年度总体目标', null, '全年预期目标', null, null, null, null, null, null, `${months}目标实际完成情况`], 'A:B+1', 'C:I', 'J:Q');
  add([null, null, '完成年度养护任务，保障公路安全畅通。', null, null, null, null, null, null, '已完成部分养护任务。'], 'C:I', 'J:Q');
  add(
    [
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      `${months}执行数`,
      '全年预计完成值',
      '偏差原因分析',
      null,
      null,
      null,
      null,
      null,
      '完成目标可能性',
      null,
      null,
      '备注',
    ],
    'A:A+1',
    'B:B+1',
    'C:C+1',
    'D:D+1',
    'E:E+1',
    'F:F+1',
    'G:L',
    'M:O',
    'P:P+1',
  );
  add([null, null, null, null, null, null, ...CAUSES, '原因说明', ...LIKELIHOODS]);
  spec.indicators.forEach((i, n) => {
    const previous = spec.indicators[n - 1];
    add([
      previous?.level1 === i.level1 ? null : i.level1,
      previous?.level2 === i.level2 ? null : i.level2,
      i.name,
      i.target,
      i.progress,
      i.forecast,
      ...CAUSES.map((c) => (i.causes.includes(c) ? tick : null)),
      i.explanation,
      ...LIKELIHOODS.map((l) => (i.likelihood === l ? tick : null)),
      null,
    ]);
  });
  return { rows, merges };
}

/** The indicators of a road project: on course, behind by its amounts, and one not to be met. */
export const ROAD_INDICATORS: MonitoredIndicator[] = [
  {
    level1: '产出指标',
    level2: '数量指标',
    name: '养护农村公路里程',
    target: '1200公里',
    progress: '700公里',
    forecast: '1200公里',
    causes: [],
    explanation: '',
    likelihood: '确定能',
  },
  {
    level1: '产出指标',
    level2: '质量指标',
    name: '养护路段优良路率',
    target: '≥75%',
    progress: '76%',
    forecast: '≥75%',
    causes: [],
    explanation: '',
    likelihood: '确定能',
  },
  {
    level1: '产出指标',
    level2: '数量指标',
    name: '新建港湾式停车带',
    target: '40个',
    progress: '10个',
    forecast: '30个',
    causes: ['经费保障', '其他'],
    explanation: '配套资金未到位，雨季停工',
    likelihood: '完全不可能',
  },
  {
    level1: '满意度指标',
    level2: '服务对象满意度指标',
    name: '沿线群众满意度',
    target: '≥90%',
    progress: '—',
    forecast: '≥90%',
    causes: [],
    explanation: '',
    likelihood: '有可能',
  },
];

export const monitoringWorkbook = (sheets: Record<string, MonitoringSpec>) =>
  workbookOf(Object.fromEntries(Object.entries(sheets).map(([name, spec]) => [name, monitoringSheet(spec)])));

/** The clean fixture's 绩效目标表, and the road project whose targets ROAD_INDICATORS report on (860 万元). */
export const CLEAN_TARGETS = readJson<TargetTable>(path.join(ROOT, 'test/fixtures/clean-target-table.json'));
export const ROAD_TARGETS: TargetTable = {
  ...CLEAN_TARGETS,
  projectName: '农村公路养护',
  annualFunds: 860,
  funds: { 财政拨款: 860 },
  indicators: ROAD_INDICATORS.map((i) => ({ level1: i.level1, level2: i.level2, name: i.name, value: i.target })),
};
