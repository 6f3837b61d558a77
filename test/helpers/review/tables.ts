/**
 * What the reviewer's corpus is made of: a case (a table and the findings a careful reviewer writes beside it), the
 * edits its variants make to a table, and the sound tables they start from.
 */
import type { TargetTable } from '../../../shared/interchange/targetTable';
import type { FundKey, LayoutId } from '../../../shared/layouts';
import type { Indicator, IndicatorExtra } from '../../../shared/project';
import { level1Of, level2Order } from '../../../shared/taxonomy';

/**
 * A finding as a reviewer writes it: the rule and the place, which is the 三级 name for an indicator, the header field
 * key (`overallGoal`) or fund key (`财政拨款`) for a header finding, the 二级 (or 一级) for a finding about the tree or
 * the 成本指标 as a whole, the label (`政策依据`, `测算依据`) for one about a field of 其他信息, and '' for the table.
 */
export interface ExpectedFinding {
  rule: string;
  at: string;
}

export interface ReviewCase {
  id: string;
  /** What the case tests, and why the reviewer writes what is expected. */
  description: string;
  layout: LayoutId;
  year: number;
  table: TargetTable;
  expected: ExpectedFinding[];
  /** The shipped rule profile the table is checked by, where not the seeds' region's. */
  profile?: string;
}

export const finding = (rule: string, at = ''): ExpectedFinding => ({ rule, at });

/** `[二级, 三级, 指标值, 其他列]`; the 一级 is the 二级's own (a region's 二级 says its 一级 as `一级/二级`). */
export type Row = [level2: string, name: string, value: string, extra?: IndicatorExtra];

export function indicatorOf([level, name, value, extra]: Row): Indicator {
  const [level1, level2] = level.includes('/') ? level.split('/') : [level1Of(level), level];
  if (!level1 || !level2) throw new Error(`二级“${level}”不知属于哪个一级`);
  return extra ? { level1, level2, name, value, extra } : { level1, level2, name, value };
}

/** The rows a table writes for a 二级 it declares 不适用, in the ways clerks write it. */
export type Declaration = '0|0' | '不适用' | '无' | '/' | 'list';

/** Edits a variant makes to a copy of its base table; each names the indicator it changes, and fails if it is not there. */
export class TableEdit {
  constructor(readonly table: TargetTable) {}

  private find(name: string, level2?: string): Indicator {
    const found = this.table.indicators.filter((i) => i.name === name && (level2 === undefined || i.level2 === level2));
    if (found.length !== 1) throw new Error(`表中有 ${found.length} 个“${name}”${level2 ? `（${level2}）` : ''}`);
    return found[0]!;
  }

  value(name: string, value: string, level2?: string): this {
    this.find(name, level2).value = value;
    return this;
  }

  rename(name: string, newName: string, level2?: string): this {
    this.find(name, level2).name = newName;
    return this;
  }

  indicator(name: string, change: Partial<Indicator>, level2?: string): this {
    Object.assign(this.find(name, level2), change);
    return this;
  }

  /** Adds a row after the last one of its 二级 (or where its 二级 stands in the form). */
  add(...row: Row): this {
    const indicator = indicatorOf(row);
    const list = this.table.indicators;
    const last = list.map((i) => i.level2).lastIndexOf(indicator.level2);
    const at = last >= 0 ? last + 1 : list.findIndex((i) => level2Order(i.level2) > level2Order(indicator.level2));
    list.splice(at < 0 ? list.length : at, 0, indicator);
    return this;
  }

  remove(name: string, level2?: string): this {
    const indicator = this.find(name, level2);
    this.table.indicators = this.table.indicators.filter((i) => i !== indicator);
    return this;
  }

  /** Replaces the rows of a 二级 by the table's way of saying it does not apply. */
  declare(level2: string, how: Declaration): this {
    const first = this.table.indicators.findIndex((i) => i.level2 === level2);
    const level1 = this.table.indicators[first]?.level1 ?? level1Of(level2)!;
    this.table.indicators = this.table.indicators.filter((i) => i.level2 !== level2);
    if (how === 'list') {
      this.table.notApplicable = [...(this.table.notApplicable ?? []), level2];
      return this;
    }
    const [name, value] = how === '0|0' ? ['0', '0'] : how === '不适用' ? ['不适用', ''] : [how, how];
    if (first >= 0) this.table.indicators.splice(first, 0, { level1, level2, name, value });
    else this.add(`${level1}/${level2}`, name, value);
    return this;
  }

  /** Sets a field of 其他信息 (`政策依据`, `测算依据`), or removes it with null. */
  info(label: string, value: string | null): this {
    const others = (this.table.otherInfo ?? []).filter((o) => o.label !== label);
    const at = (this.table.otherInfo ?? []).findIndex((o) => o.label === label);
    if (value !== null) others.splice(at < 0 ? others.length : at, 0, { label, value });
    this.table.otherInfo = others;
    return this;
  }

  funds(funds: Partial<Record<FundKey, number>>): this {
    this.table.funds = { ...this.table.funds, ...funds };
    return this;
  }

  set(change: Partial<TargetTable>): this {
    Object.assign(this.table, change);
    return this;
  }
}

export interface Base {
  /** The short name variants are numbered under. */
  key: string;
  description: string;
  layout: LayoutId;
  year: number;
  table: TargetTable;
}

/** A case made from a base table by some edits, with the findings the reviewer writes on the result. */
export function variant(base: Base, id: string, description: string, edit: (e: TableEdit) => unknown, expected: ExpectedFinding[]): ReviewCase {
  const table = structuredClone(base.table);
  edit(new TableEdit(table));
  return { id: `${base.key}-${id}`, description, layout: base.layout, year: base.year, table, expected };
}

/** A case checked by another shipped rule profile (its name). */
export function underRules(profile: string, c: ReviewCase): ReviewCase {
  return { ...c, id: `${c.id}-${profile}`, profile };
}

export function baseCase(base: Base): ReviewCase {
  return { id: `${base.key}-base`, description: base.description, layout: base.layout, year: base.year, table: structuredClone(base.table), expected: [] };
}

function table(layout: LayoutId, year: number, header: Omit<TargetTable, 'layout' | 'year' | 'unit' | 'indicators'>, rows: Row[]): TargetTable {
  return { layout, year, unit: '万元', ...header, indicators: rows.map(indicatorOf) };
}

const NO_TRANSFER = { 转移市县资金总额: 0, 中央资金: 0, 自治区资金: 0 };

// ---------------------------------------------------------------------------------------------------------------
// The sound tables. Each is a case of its own (quiet); every variant changes one or a few things of one of them.

/** Seed 004's office purchase as the clean fixture has it: 2 × 7850 元 + 14300 元 = 3 万元, the annual amount. */
export const OFFICE: Base = {
  key: 'office',
  description: '自治区本级部门的办公设备购置：成本指标 2×7850元 + 14300元 = 3万元，与年度资金相符；经济效益以“0 | 0”表示不适用。审核无意见。',
  layout: '本级部门',
  year: 2024,
  table: table(
    '本级部门',
    2024,
    {
      projectName: '办公家具设备购置',
      department: '自治区发展和改革委员会',
      implementingUnit: '自治区发展和改革委员会',
      attribute: '02-经常性项目',
      period: '3年',
      fundType: null,
      totalFunds: 9,
      annualFunds: 3,
      funds: { 本级资金总额: 3, 财政拨款: 3, 其他资金: 0, 结余结转资金: 0, ...NO_TRANSFER },
      overallGoal: '目标1：按标准购置办公设备，保障日常办公。',
    },
    [
      ['数量指标', '便携式计算机', '2台'],
      ['数量指标', '打印机', '1台'],
      ['质量指标', '设备验收合格率', '100%'],
      ['时效指标', '采购完成时间', '2024年6月30日前'],
      ['成本指标', '便携式计算机', '7850元/台'],
      ['成本指标', '打印机', '14300元'],
      ['经济效益指标', '0', '0'],
      ['社会效益指标', '办公设备完好率', '≥95%'],
      ['可持续影响指标', '设备使用年限', '≥5年'],
      ['服务对象满意度指标', '使用人员满意度', '≥90%'],
    ],
  ),
};

/** A county road-maintenance table in seed 003's layout: every 二级 filled, costs 36 + 12 = 48 万元. */
export const ROAD: Base = {
  key: 'road',
  description: '县级部门表样（每个二级必填）的乡村道路养护：九个二级都有可衡量的指标，成本 36 + 12 = 48 万元等于年度资金。审核无意见。',
  layout: '县级部门',
  year: 2023,
  table: table(
    '县级部门',
    2023,
    {
      projectName: '2023年乡村道路日常养护经费',
      department: '隆德县交通运输局',
      implementingUnit: '隆德县公路养护中心',
      attribute: '一年期项目',
      period: '1 年',
      fundType: null,
      totalFunds: null,
      annualFunds: 48,
      funds: { 财政拨款: 48, 其他资金: 0 },
      overallGoal: '完成全县120公里乡村道路日常养护，修补路面坑槽3000平方米，养护路段优良率不低于85%，保障群众安全便捷出行。',
    },
    [
      ['数量指标', '养护乡村道路里程', '120公里'],
      ['数量指标', '修补路面坑槽', '≥3000平方米'],
      ['质量指标', '养护路段优良率', '≥85%'],
      ['时效指标', '养护任务完成时间', '2023年11月底前'],
      ['成本指标', '道路日常养护费用', '36万元'],
      ['成本指标', '路面坑槽修补费用', '12万元'],
      ['经济效益指标', '沿线群众平均出行时间缩短率', '≥10%'],
      ['社会效益指标', '新增通客车行政村', '≥3个'],
      ['生态效益指标', '道路沿线补植行道树', '≥2000株'],
      ['可持续影响指标', '养护路段使用年限', '≥8年'],
      ['服务对象满意度指标', '沿线群众满意度', '≥90%'],
    ],
  ),
};

/**
 * A 自治区重点项目 in the shape another region's system exports: a 指标解释 for every indicator, 政策依据 citing a
 * document and a 文号, 测算依据 as quantity × price (2万亩 × 3000元/亩 = 6000万元, the annual amount).
 */
export const FARM: Base = {
  key: 'farm',
  description:
    '自治区重点项目表样的高标准农田建设，带指标解释列、政策依据（《…》和文号）与测算依据（数量×单价），项目期2025-2027年含本年度；亩均投入3000元×2万亩 = 6000万元。审核无意见。',
  layout: '重点项目',
  year: 2025,
  table: table(
    '重点项目',
    2025,
    {
      projectName: '2025年高标准农田建设项目',
      department: '宁夏回族自治区农业农村厅',
      implementingUnit: '中卫市农业农村局',
      attribute: '01-新增项目',
      period: '2025-2027年',
      fundType: '中央和自治区财政资金',
      totalFunds: null,
      annualFunds: 6000,
      funds: {},
      overallGoal: '新建高标准农田2万亩，配套建设灌排、田间道路等设施，新增高效节水灌溉面积1.2万亩，提高粮食综合生产能力。',
      otherInfo: [
        { label: '政策依据', value: '《全国高标准农田建设规划（2021—2030年）》、宁农（计）发〔2024〕12号' },
        { label: '测算依据', value: '新建高标准农田2万亩×3000元/亩=6000万元' },
      ],
    },
    [
      ['数量指标', '新建高标准农田面积', '2万亩', { explanation: '年度新建并通过验收的面积' }],
      ['数量指标', '新增高效节水灌溉面积', '≥1.2万亩', { explanation: '新建滴灌、喷灌面积' }],
      ['质量指标', '工程验收合格率', '100%', { explanation: '验收合格面积/建设面积' }],
      ['时效指标', '工程完工时间', '2025年10月底前', { explanation: '主体工程完工时间' }],
      ['成本指标', '亩均财政投入', '≤3000元/亩', { explanation: '年度资金/建设面积' }],
      ['经济效益指标', '亩均粮食产能提高', '≥50公斤', { explanation: '项目区较建设前亩均增产' }],
      ['社会效益指标', '受益农户', '≥5000户', { explanation: '项目区受益农户数' }],
      ['生态效益指标', '项目区节水率', '≥15%', { explanation: '较传统漫灌节水比例' }],
      ['服务对象满意度指标', '受益农户满意度', '≥90%', { explanation: '抽样问卷调查' }],
    ],
  ),
};

/** A 本级 culture programme: 100 performances at ≤0.8 万元 each, the annual 80 万元. */
export const STAGE: Base = {
  key: 'stage',
  description: '自治区本级部门的送戏下乡：场次、人次、元/场等计量单位，单场补助0.8万元×100场 = 80万元，经济、生态效益“0 | 0”。审核无意见。',
  layout: '本级部门',
  year: 2025,
  table: table(
    '本级部门',
    2025,
    {
      projectName: '“文化惠民”送戏下乡演出补助',
      department: '宁夏回族自治区文化和旅游厅',
      implementingUnit: '宁夏演艺集团有限责任公司',
      attribute: '02-经常性项目',
      period: '1年',
      fundType: null,
      totalFunds: 80,
      annualFunds: 80,
      funds: { 本级资金总额: 80, 财政拨款: 80, 其他资金: 0, 结余结转资金: 0, ...NO_TRANSFER },
      overallGoal: '全年送戏下乡演出不少于100场，观看群众5万人次以上，丰富基层群众文化生活。',
    },
    [
      ['数量指标', '送戏下乡演出场次', '≥100场'],
      ['数量指标', '观看演出群众', '≥5万人次'],
      ['质量指标', '演出节目审查通过率', '100%'],
      ['时效指标', '演出任务完成时间', '2025年11月底前'],
      ['成本指标', '单场演出补助', '≤0.8万元/场'],
      ['经济效益指标', '0', '0'],
      ['社会效益指标', '覆盖行政村', '≥100个'],
      ['生态效益指标', '0', '0'],
      ['可持续影响指标', '扶持基层文艺队伍', '≥20支'],
      ['服务对象满意度指标', '观众满意度', '≥90%'],
    ],
  ),
};

/** A county safety-inspection table: a 时效 as a duration, 0 起 accidents, costs 12 + 6 = 18 万元. */
export const SAFETY: Base = {
  key: 'safety',
  description: '县级部门表样的安全生产监管执法：时效为期限（≤30日），事故以“0起”计，成本12 + 6 = 18万元等于年度资金。审核无意见。',
  layout: '县级部门',
  year: 2024,
  table: table(
    '县级部门',
    2024,
    {
      projectName: '2024年安全生产监管执法经费',
      department: '同心县应急管理局',
      implementingUnit: '同心县应急管理局',
      attribute: '一年期项目',
      period: '1年',
      fundType: null,
      totalFunds: null,
      annualFunds: 18,
      funds: { 财政拨款: 18, 其他资金: 0 },
      overallGoal: '开展安全生产执法检查200家次以上，组织应急演练6次，重大隐患整改完成率不低于95%，杜绝较大及以上生产安全事故。',
    },
    [
      ['数量指标', '开展安全生产执法检查', '≥200家次'],
      ['数量指标', '组织应急演练', '≥6次'],
      ['质量指标', '隐患整改完成率', '≥95%'],
      ['时效指标', '重大隐患整改时限', '≤30日'],
      ['成本指标', '执法检查经费', '12万元'],
      ['成本指标', '应急演练经费', '6万元'],
      ['经济效益指标', '事故直接经济损失较上年下降', '≥10%'],
      ['社会效益指标', '较大及以上生产安全事故', '0起'],
      ['生态效益指标', '危险化学品泄漏污染事件', '0起'],
      ['可持续影响指标', '企业安全生产标准化达标率', '≥60%'],
      ['服务对象满意度指标', '监管企业满意度', '≥85%'],
    ],
  ),
};

/**
 * A table in the 2021 central framework: 成本指标 an 一级 of its own (经济成本指标 1350 + 150 = 1500 万元), every
 * 二级 listed, those that do not apply declared 不适用 (not mandatory ones).
 */
export const CLINIC: Base = {
  key: 'clinic',
  description:
    '2021年中央框架（成本指标为一级，下设经济、社会、生态环境成本）的基层医疗能力提升：社会成本、生态环境成本、经济效益、生态效益声明不适用（均非必填），经济成本 1350 + 150 = 1500万元。审核无意见。',
  layout: '重点项目',
  year: 2024,
  table: table(
    '重点项目',
    2024,
    {
      projectName: '基层医疗卫生机构服务能力提升',
      department: '宁夏回族自治区卫生健康委员会',
      implementingUnit: '各县（市、区）卫生健康局',
      attribute: '延续项目',
      period: '1年',
      fundType: '中央财政资金',
      totalFunds: null,
      annualFunds: 1500,
      funds: {},
      overallGoal: '为15个乡镇卫生院配备DR设备，培训基层医务人员1200人次，提高基层医疗卫生机构影像检查能力。',
      notApplicable: ['社会成本指标', '生态环境成本指标', '经济效益指标', '生态效益指标'],
    },
    [
      ['数量指标', '培训基层医务人员', '≥1200人次'],
      ['数量指标', '配备DR设备', '15台'],
      ['质量指标', '培训考核合格率', '≥95%'],
      ['时效指标', '设备配置完成时间', '2024年9月底前'],
      ['经济成本指标', '设备购置费用', '≤1350万元'],
      ['经济成本指标', '培训费用', '≤150万元'],
      ['社会效益指标', '乡镇卫生院DR检查覆盖率', '≥90%'],
      ['可持续影响指标', '设备使用年限', '≥8年'],
      ['服务对象满意度指标', '基层群众就医满意度', '≥90%'],
    ],
  ),
};

export const BASES: Base[] = [OFFICE, ROAD, FARM, STAGE, SAFETY, CLINIC];
