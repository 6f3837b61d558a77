import { normLabel } from '../forms/labelDictionary';

/**
 * The 部门整体支出绩效目标表 as data: its blocks, their lines and the labels regions write for them.
 * One family covers the common layouts: the required blocks every region prints, and the optional
 * ones (基本信息, 事业发展性支出, 按预算级次划分) a department's region adds. The editor, the
 * checks, the writers and the importer read these definitions; a region's label is one more alias.
 */

export const DEPARTMENT_FUND_KEYS = [
  'expenditure',
  'basic',
  'project',
  'income',
  'fiscal',
  'other',
  'development',
  'special',
  'otherDevelopment',
  'ownLevel',
  'transfer',
] as const;
/** A line of 预算整体情况: `expenditure` and `income` are the 合计 of 部门预算支出 and 收入来源. */
export type DepartmentFundKey = (typeof DEPARTMENT_FUND_KEYS)[number];

export const DEPARTMENT_BLOCK_IDS = ['basicInfo', 'development', 'level'] as const;
/** An optional block of the form. */
export type DepartmentBlockId = (typeof DEPARTMENT_BLOCK_IDS)[number];

export interface FundLineDef {
  key: DepartmentFundKey;
  label: string;
  /** Other labels of the same line in real tables. */
  aliases: string[];
}

export interface FundGroupDef {
  /** The group's label, printed in the second column of 预算整体情况. */
  label: string;
  aliases: string[];
  /** The optional block the group belongs to; null where every layout prints it. */
  block: DepartmentBlockId | null;
  /** The group's 合计, where the form prints one. */
  total: FundLineDef | null;
  parts: FundLineDef[];
}

const line = (key: DepartmentFundKey, label: string, aliases: string[] = []): FundLineDef => ({ key, label, aliases });
const TOTAL_ALIASES = ['总计', '小计', '合计数', '资金总额'];

/** The groups of 预算整体情况（万元）, in form order. */
export const FUND_GROUPS: FundGroupDef[] = [
  {
    label: '部门预算支出',
    aliases: ['预算支出', '部门支出', '支出预算', '年度预算支出', '部门预算支出总额'],
    block: null,
    total: line('expenditure', '合计', TOTAL_ALIASES),
    parts: [line('basic', '基本支出', ['人员经费和公用经费']), line('project', '项目支出', ['项目经费'])],
  },
  {
    label: '收入来源',
    aliases: ['资金来源', '收入预算', '预算收入', '按收入来源分'],
    block: null,
    total: line('income', '合计', TOTAL_ALIASES),
    parts: [line('fiscal', '财政拨款', ['财政拨款收入', '一般公共预算拨款', '财政资金']), line('other', '其他资金', ['其他收入', '其他来源资金'])],
  },
  {
    label: '事业发展性支出',
    aliases: ['事业发展支出', '其中：事业发展性支出'],
    block: 'development',
    total: line('development', '合计', TOTAL_ALIASES),
    parts: [line('special', '财政专项资金', ['专项资金']), line('otherDevelopment', '其他事业发展性支出', ['其他事业发展支出'])],
  },
  {
    label: '按预算级次划分',
    aliases: ['按预算级次分', '预算级次'],
    block: 'level',
    total: null,
    parts: [line('ownLevel', '本级使用资金', ['本级使用']), line('transfer', '拟用于对下转移支付资金', ['对下转移支付资金', '对下转移支付'])],
  },
];

/** The labels of the form's other parts, with the words regions use for them. */
export const DEPARTMENT_LABELS = {
  title: { label: '部门整体支出绩效目标表', aliases: ['部门整体支出绩效目标申报表', '部门（单位）整体支出绩效目标表', '整体支出绩效目标表'] },
  evaluationTitle: { label: '部门整体支出绩效自评表', aliases: ['部门（单位）整体支出绩效自评表', '整体支出绩效自评表', '部门整体绩效自评表'] },
  departmentName: { label: '部门（单位）名称', aliases: ['部门名称', '单位名称', '部门(单位)名称', '预算部门', '部门（单位）'] },
  basicInfo: { label: '基本信息', aliases: ['部门基本信息', '单位基本信息'] },
  staff: { label: '财政供养人员数', aliases: ['财政供养人数', '编制人数', '在职人员数', '人员编制数'] },
  subunits: { label: '下属二级单位数', aliases: ['下属单位数', '所属二级单位数', '二级单位数'] },
  funds: { label: '预算整体情况', aliases: ['部门预算整体情况', '预算情况', '年度预算情况', '整体预算情况'] },
  overallGoal: { label: '总体绩效目标', aliases: ['年度总体目标', '整体绩效目标', '部门整体绩效目标', '年度绩效目标', '总体目标'] },
  tasks: { label: '年度重点工作任务', aliases: ['年度主要任务', '重点工作任务', '部门年度重点工作任务', '年度重点任务'] },
  taskName: { label: '名称', aliases: ['任务名称', '工作任务名称', '重点工作任务名称'] },
  taskContent: { label: '主要实施内容', aliases: ['主要内容', '实施内容', '任务内容'] },
  taskAmount: { label: '拟投入的资金（万元）', aliases: ['拟投入的资金', '拟投入资金', '预算金额', '资金（万元）', '投入资金', '预算数'] },
  taskGoal: { label: '期望达到的目标', aliases: ['预期目标', '期望目标', '预期达到的目标'] },
  otherTasks: { label: '其他需完成的任务', aliases: ['其他任务', '其他工作任务'] },
  indicators: { label: '绩效指标', aliases: ['年度绩效指标', '部门整体绩效指标'] },
  /** The 自评表's: a task's 完成情况, and the block of its budget lines. */
  taskOutcome: { label: '完成情况', aliases: ['任务完成情况', '实际完成情况', '执行情况', '全年完成情况'] },
  budget: { label: '年度部门整体支出预算执行情况', aliases: ['部门整体支出预算执行情况', '年度预算执行情况', '预算执行情况'] },
} as const satisfies Record<string, { label: string; aliases: readonly string[] }>;

export type DepartmentLabelKey = keyof typeof DEPARTMENT_LABELS;

/** The 自评表's budget lines (content.ts DEPARTMENT_BUDGET_LINES) by the words regions print after `按支出性质分：`. */
export const DEPARTMENT_BUDGET_LINE_LABELS: Record<'total' | 'basic' | 'project' | 'fiscal' | 'other', string[]> = {
  total: ['年度资金总额', '资金总额', '年度预算资金总额', '合计'],
  basic: ['基本支出'],
  project: ['项目支出'],
  fiscal: ['财政拨款', '当年财政拨款', '财政拨款收入'],
  other: ['其他资金', '其他收入'],
};

const normed = (labels: readonly string[]) => labels.map(normLabel);
const LABEL_INDEX = new Map<string, DepartmentLabelKey>(
  (Object.entries(DEPARTMENT_LABELS) as [DepartmentLabelKey, { label: string; aliases: readonly string[] }][]).flatMap(([key, l]) =>
    normed([l.label, ...l.aliases]).map((n) => [n, key] as const),
  ),
);

/** The part of the form a label names, in any of its spellings (`部门名称：`, `预算整体情况（万元）`). */
export const departmentLabelOf = (text: string): DepartmentLabelKey | null => LABEL_INDEX.get(normLabel(text)) ?? null;

/** The group of 预算整体情况 a label names. */
export const fundGroupOf = (text: string): FundGroupDef | null => FUND_GROUPS.find((g) => normed([g.label, ...g.aliases]).includes(normLabel(text))) ?? null;

/** The line a label names: `合计` is the total of the group it stands in (the first group's where none is named); the parts are named alike in every group. */
export function fundLineOf(text: string, group: FundGroupDef | null): FundLineDef | null {
  const label = normLabel(text);
  const named = (l: FundLineDef | null): l is FundLineDef => l !== null && normed([l.label, ...l.aliases]).includes(label);
  const total = (group ?? FUND_GROUPS[0]!).total;
  if (named(total)) return total;
  return FUND_GROUPS.flatMap((g) => g.parts).find(named) ?? null;
}

/** The 自评表's budget line a label names; `按支出性质分：基本支出` by its words after the colon. */
export function budgetLineOf(text: string): keyof typeof DEPARTMENT_BUDGET_LINE_LABELS | null {
  const label = normLabel(text.split(/[:：]/).filter(Boolean).pop() ?? '');
  if (label === '') return null;
  const found = Object.entries(DEPARTMENT_BUDGET_LINE_LABELS).find(([, labels]) => normed(labels).includes(label));
  return found ? (found[0] as keyof typeof DEPARTMENT_BUDGET_LINE_LABELS) : null;
}

/** The groups a department of these blocks prints. */
export const groupsOf = (blocks: readonly DepartmentBlockId[]): FundGroupDef[] => FUND_GROUPS.filter((g) => g.block === null || blocks.includes(g.block));
