/**
 * The words real forms use for each field, across provinces, years and systems: one dictionary
 * for every layout, as data. The importer finds fields by these labels wherever they stand; a
 * region's new word is one more entry here.
 */
import type { FundKey } from '../layouts';
import type { IndicatorExtraKey } from '../project';

/** The header fields of a 绩效目标表 that Jixiao keeps in their own place. */
export type TableField =
  'name' | 'code' | 'department' | 'implementingUnit' | 'attribute' | 'period' | 'fundType' | 'totalFunds' | 'annualFunds' | 'overallGoal';

export const FIELD_LABELS: Record<TableField, string[]> = {
  name: ['项目名称', '项目全称', '转移支付(项目)名称', '转移支付项目名称', '项目(转移支付)名称'],
  code: ['项目编码', '项目代码', '项目编号', '项目库编码'],
  department: ['主管部门', '主管部门及代码', '主管部门名称', '主管单位', '一级预算单位', '预算部门', '部门名称及代码'],
  implementingUnit: ['实施单位', '实施单位及代码', '项目实施单位', '申请单位', '项目单位', '预算单位', '项目承担单位', '资金使用单位'],
  attribute: ['项目属性', '项目类型', '项目类别', '项目性质', '是否新增项目', '新增或延续'],
  period: ['项目期', '项目周期', '项目期限', '实施期限', '实施周期', '项目实施期', '项目实施期限', '项目起止时间', '项目起止年限'],
  fundType: ['资金类型', '资金性质'],
  totalFunds: ['项目总额', '项目总金额', '项目资金总额', '项目总投资', '总投资', '项目总预算', '中期资金总额', '中期资金'],
  annualFunds: [
    '年度资金总额',
    '年度资金',
    '年度金额',
    '年度预算',
    '年度预算数',
    '本年预算',
    '本年预算数',
    '本年度项目金额',
    '本年度资金总额',
    '项目年度资金总额',
    '当年资金总额',
  ],
  overallGoal: ['年度总体绩效目标', '年度总体目标', '年度绩效目标', '年度目标', '总体目标', '总体绩效目标', '项目年度绩效目标', '年度项目绩效目标'],
};

/**
 * Labelled fields kept with the project as 其他信息 under one name each, for the checker to find
 * (政策依据, 测算依据) and the exports to print back; any other labelled field is kept under its own label.
 */
export const OTHER_LABELS: Record<string, string[]> = {
  中期目标: ['中期目标', '中长期目标', '长期目标', '中期绩效目标', '实施期目标'],
  政策依据: ['政策依据', '立项依据', '项目立项依据', '设立依据', '项目设立依据', '政策文件依据'],
  测算依据: ['测算依据', '资金测算依据', '测算过程', '资金测算过程', '项目测算依据'],
  项目概况: ['项目概况', '项目简介', '项目内容', '主要内容', '项目主要内容'],
  项目负责人: ['项目负责人', '负责人'],
  联系电话: ['联系电话', '电话'],
};

/** The parts of the annual funds (其中：财政拨款 …), whatever group they stand in. */
export const FUND_PART_LABELS: Partial<Record<FundKey, string[]>> = {
  财政拨款: ['财政拨款', '本级财政资金', '财政资金', '当年财政拨款', '本年财政拨款', '一般公共预算拨款', '财政拨款资金'],
  其他资金: ['其他资金', '自筹资金', '单位自筹', '自有资金', '其他来源资金'],
  结余结转资金: ['结余结转资金', '结转结余资金', '上年结转资金', '上年结转', '结转资金'],
  中央资金: ['中央资金', '中央财政资金', '中央补助资金'],
  自治区资金: ['自治区资金', '省级资金', '自治区财政资金'],
};

/** Funding blocks whose `资金总额` is a total of their own (the 本级部门 layout). */
export const FUND_GROUPS: { labels: string[]; total: FundKey; parts: FundKey[] }[] = [
  { labels: ['本级资金'], total: '本级资金总额', parts: ['财政拨款', '其他资金', '结余结转资金'] },
  { labels: ['转移市县(区)资金', '转移市县资金', '转移支付资金'], total: '转移市县资金总额', parts: ['中央资金', '自治区资金'] },
];

/** Labels of a funding block whose `资金总额` is the annual amount: `项目资金（万元）`, `资金来源`. */
export const FUNDING_BLOCK_LABELS = ['项目资金', '资金来源', '资金情况', '项目资金情况', '资金投入', '预算资金'];
export const FUND_TOTAL_LABELS = ['资金总额', '合计', '总计', '小计'];

/** The columns of an indicator table. */
export type IndicatorColumn = 'level1' | 'level2' | 'name' | 'value' | IndicatorExtraKey;

/** Header words of each column; for the 指标值, the first word a table has wins (年度 over 中期). */
export const INDICATOR_COLUMN_LABELS: Record<IndicatorColumn, string[]> = {
  level1: ['一级指标', '一级'],
  level2: ['二级指标', '二级'],
  name: ['三级指标', '三级', '指标名称', '三级指标名称', '绩效指标名称', '指标内容', '具体指标'],
  value: ['年度指标值', '指标值', '目标值', '指标目标值', '预期指标值', '年度目标值', '绩效指标值', '绩效值', '预期目标值'],
  midTermValue: ['中期指标值', '中期目标值'],
  explanation: ['指标解释', '指标说明', '指标定义', '指标解释说明'],
  symbol: ['计算符号', '符号', '运算符号'],
  unit: ['计量单位', '度量单位', '指标单位'],
  nature: ['指标性质', '指标方向', '指标类型'],
  weight: ['权重', '分值', '指标权重', '权重(%)'],
  scoring: ['评(扣)分标准', '评扣分标准', '评分标准', '扣分标准', '评分规则'],
};

/** Texts of a row that only holds a place (a 二级 without indicators, a blank template row). */
export const PLACEHOLDERS = ['不适用', '无', '/', '／', '\\', '—', '——', '-', '－', '--', '空', '暂无', '无此项', '不涉及'];

/**
 * A label as the dictionary spells it: no spaces, half-width brackets, no colon at its end, no
 * leading `其中：`, and no note in brackets (`（万元）`, `（必填）`, `（跨度多年的项目需填）`).
 */
export function normLabel(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/^其中[:：]?/, '')
    .replace(/[:：]+$/, '')
    .replace(/\([^()]*\)/g, '')
    .replace(/[:：]+$/, '');
}

/** The unit an amount's label or a title's note names: `（元）`, `单位：元`, `万元`. */
export function unitNoted(text: string): '元' | '万元' | null {
  const t = text.replace(/\s+/g, '');
  if (/万元/.test(t)) return '万元';
  if (/[(（]元[)）]|单位[:：]?元|金额[:：]?元|\(元\)/.test(t)) return '元';
  return null;
}

function index<K extends string>(table: Partial<Record<K, string[]>>): Map<string, K> {
  const map = new Map<string, K>();
  for (const [key, labels] of Object.entries(table) as [K, string[]][]) for (const label of labels) map.set(normLabel(label), key);
  return map;
}

const FIELDS = index(FIELD_LABELS);
const OTHERS = index(OTHER_LABELS);
const PARTS = index(FUND_PART_LABELS);
const COLUMNS = index(INDICATOR_COLUMN_LABELS);
const PLACEHOLDER_SET = new Set(PLACEHOLDERS.map(normLabel));

export const fieldOfLabel = (text: string): TableField | null => FIELDS.get(normLabel(text)) ?? null;
/** The name a labelled field of 其他信息 is kept under (`立项依据` → `政策依据`); null where the dictionary has none. */
export const otherOfLabel = (text: string): string | null => OTHERS.get(normLabel(text)) ?? null;
export const fundPartOfLabel = (text: string): FundKey | null => PARTS.get(normLabel(text)) ?? null;
export const fundGroupOfLabel = (text: string) => FUND_GROUPS.find((g) => g.labels.some((l) => normLabel(l) === normLabel(text))) ?? null;
export const isFundingBlockLabel = (text: string) => FUNDING_BLOCK_LABELS.some((l) => normLabel(text) === normLabel(l));
export const isFundTotalLabel = (text: string) => FUND_TOTAL_LABELS.some((l) => normLabel(text) === normLabel(l));
export const indicatorColumnOf = (text: string): IndicatorColumn | null => COLUMNS.get(normLabel(text)) ?? null;
export const isPlaceholder = (text: string) => text.trim() === '' || PLACEHOLDER_SET.has(normLabel(text));
