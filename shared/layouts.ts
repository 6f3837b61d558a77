/**
 * The official layouts of the 项目支出绩效目标表, as data. The editor, the writers and the
 * importer all read these definitions; a province's variant is one more entry here.
 */
import { levelCode } from './profiles/framework';
import type { Framework } from './profiles/profile';

export const LAYOUT_IDS = ['本级部门', '县级部门', '重点项目'] as const;
export type LayoutId = (typeof LAYOUT_IDS)[number];

export type HeaderKey = 'name' | 'department' | 'implementingUnit' | 'attribute' | 'period' | 'totalFunds' | 'annualFunds' | 'fundType' | 'overallGoal';

export const FUND_KEYS = ['本级资金总额', '财政拨款', '其他资金', '结余结转资金', '转移市县资金总额', '中央资金', '自治区资金'] as const;
export type FundKey = (typeof FUND_KEYS)[number];

export interface FieldDef<K extends string> {
  key: K;
  label: string;
  /** The label as the paper form prints it, where it differs (seed 001: `其中：财政拨款`). */
  printed?: string;
  /** Other labels that name the same field in real workbooks. */
  aliases: string[];
  kind: 'text' | 'money' | 'multiline';
}

export interface FundGroup {
  label: string;
  printed?: string;
  /** A header amount the form prints as the group's first line (seed 003: 年度资金总额 inside 项目资金（万元）). */
  opening?: FieldDef<'annualFunds'>;
  total: FundKey | null;
  parts: FieldDef<FundKey>[];
}

export interface LayoutDef {
  id: LayoutId;
  /** How the layout is called in the UI. */
  displayName: string;
  title: (year: number) => string;
  subtitle: (year: number) => string;
  unitNote: string;
  headerFields: FieldDef<HeaderKey>[];
  /** The funding breakdown block, where the layout has one. */
  funding: FundGroup[];
  valueColumnLabel: string;
  /** A first column of the indicator table naming it, where the form has one (seed 003: 绩效指标, headed 名称). */
  indicatorColumn: { heading: string; label: string } | null;
  /** Excel number format of amounts (万元). */
  moneyFormat: string;
  /** How the form prints a level of the department's framework; a name the framework does not have is printed as written. */
  level1Label: (name: string, framework: Framework) => string;
  level2Label: (name: string, framework: Framework) => string;
  /**
   * What the printed form itself demands, whatever the department's rules: every 二级 of the
   * framework shown, with indicators or declared 不适用 (县级部门, whose form marks each 必填).
   * The rest (which 二级 must have indicators, how unused ones are written) is the rule
   * profile's (shared/profiles/).
   */
  everyLevel2Required: boolean;
}

const field = <K extends string>(key: K, label: string, kind: FieldDef<K>['kind'] = 'text', aliases: string[] = []): FieldDef<K> => ({
  key,
  label,
  aliases,
  kind,
});

/** An amount of the funding breakdown, labelled by its key. */
const fund = (key: FundKey, aliases: string[] = []) => field(key, key, 'money', aliases);

/** The first part of a funding group, which the forms print `其中：财政拨款` (also read written `其中:`). */
const ofWhich = (key: FundKey): FieldDef<FundKey> => ({ ...fund(key, [`其中：${key}`, `其中:${key}`]), printed: `其中：${key}` });

/** A funding group as seeds 001 and 004 print it: `其中：本级资金`, its 资金总额 first. */
const ofWhichGroup = (label: string, total: FundKey, parts: FieldDef<FundKey>[]): FundGroup => ({
  label,
  printed: `其中：${label}`,
  total,
  parts: [field(total, '资金总额', 'money'), ...parts],
});

/** How the paper form labels a field or a funding group. */
export const printedLabel = (item: { label: string; printed?: string }): string => item.printed ?? item.label;

const NAME = field('name', '项目名称');
const DEPARTMENT = field('department', '主管部门', 'text', ['主管部门及代码', '主管单位']);
const IMPLEMENTING = field('implementingUnit', '实施单位', 'text', ['项目实施单位']);
const ATTRIBUTE = field('attribute', '项目属性');
const PERIOD = field('period', '项目期', 'text', ['项目周期', '项目期限']);
const TOTAL = field('totalFunds', '项目总额', 'money', ['项目资金总额']);
const ANNUAL = field('annualFunds', '年度资金总额', 'money', ['其中：年度资金总额', '其中:年度资金总额', '项目年度资金总额']);
const FUND_TYPE = field('fundType', '资金类型', 'text', ['资金性质']);
const GOAL = field('overallGoal', '年度总体绩效目标', 'multiline', ['年度总体目标', '年度绩效目标', '总体绩效目标']);

/** Seeds 001 and 004 print 年度资金总额 as part of 项目总额. */
const ANNUAL_OF_TOTAL: FieldDef<'annualFunds'> = { ...ANNUAL, printed: '其中：年度资金总额' };

/** Seed 003 prints these labels. */
const COUNTY_ANNUAL: FieldDef<'annualFunds'> = { ...ANNUAL, printed: '年度资金总额：' };
const COUNTY_DEPARTMENT = field('department', '主管部门及代码', 'text', ['主管部门', '主管单位']);
const COUNTY_GOAL = field('overallGoal', '年度总体目标', 'multiline', ['年度总体绩效目标', '年度绩效目标', '总体绩效目标']);

/**
 * Levels with the framework's codes. Seeds 001 and 004 print the 二级 outside 产出 without their
 * closing 指标: `11-数量指标`, but `21-经济效益`.
 */
const withCodes = {
  level1Label: (name: string, framework: Framework) => {
    const code = levelCode(framework, name, 1);
    return code ? `${code}-${name}` : name;
  },
  level2Label: (name: string, framework: Framework) => {
    const code = levelCode(framework, name, 2);
    const level1 = framework.level2.find((l) => l.name === name)?.level1;
    return code ? `${code}-${level1 === '产出指标' ? name : name.replace(/指标$/, '')}` : name;
  },
};

/** Seed 003: every 二级 is mandatory; 数量 and 成本 are the 硬性 ones (the 2021 framework's 成本 is its 经济成本). */
const COUNTY_HARD = ['数量指标', '成本指标', '经济成本指标'];

export const LAYOUTS: Record<LayoutId, LayoutDef> = {
  本级部门: {
    id: '本级部门',
    displayName: '自治区本级部门',
    title: (year) => `${year}年自治区本级部门项目支出预算绩效目标表`,
    subtitle: (year) => `(${year}年度)`,
    unitNote: '单位：万元',
    headerFields: [NAME, DEPARTMENT, IMPLEMENTING, ATTRIBUTE, PERIOD, TOTAL, ANNUAL_OF_TOTAL, GOAL],
    funding: [
      ofWhichGroup('本级资金', '本级资金总额', [ofWhich('财政拨款'), fund('其他资金'), fund('结余结转资金', ['结转结余资金'])]),
      ofWhichGroup('转移市县(区)资金', '转移市县资金总额', [ofWhich('中央资金'), fund('自治区资金')]),
    ],
    valueColumnLabel: '绩效值',
    indicatorColumn: null,
    moneyFormat: '0.00',
    ...withCodes,
    everyLevel2Required: false,
  },
  县级部门: {
    id: '县级部门',
    displayName: '县级部门',
    title: () => '部门项目支出预算绩效目标表',
    subtitle: (year) => `( ${year} 年度)`,
    unitNote: '单位：万元',
    headerFields: [NAME, COUNTY_DEPARTMENT, IMPLEMENTING, ATTRIBUTE, PERIOD, COUNTY_ANNUAL, COUNTY_GOAL],
    funding: [
      {
        label: '项目资金（万元）',
        opening: COUNTY_ANNUAL,
        total: null,
        parts: [ofWhich('财政拨款'), fund('其他资金')],
      },
    ],
    valueColumnLabel: '指标值',
    indicatorColumn: { heading: '名称', label: '绩效指标' },
    moneyFormat: '0.00',
    level1Label: (name) => name,
    level2Label: (name, framework) =>
      framework.level2.some((l) => l.name === name) ? `${name}${COUNTY_HARD.includes(name) ? '（必填硬性指标）' : '（必填）'}` : name,
    everyLevel2Required: true,
  },
  重点项目: {
    id: '重点项目',
    displayName: '自治区重点项目',
    title: (year) => `${year}年自治区重点项目绩效目标表`,
    subtitle: (year) => `(${year}年度)`,
    unitNote: '单位：万元',
    headerFields: [NAME, DEPARTMENT, IMPLEMENTING, ATTRIBUTE, PERIOD, ANNUAL, FUND_TYPE, GOAL],
    funding: [],
    valueColumnLabel: '指标值',
    indicatorColumn: null,
    moneyFormat: '0.00',
    ...withCodes,
    everyLevel2Required: false,
  },
};

/** The fields of the header block: neither the goal (below the funding) nor an amount printed inside a funding group. */
export function headerBlockFields(layout: LayoutDef): FieldDef<HeaderKey>[] {
  const inFunding = new Set<HeaderKey>(layout.funding.flatMap((g) => (g.opening ? [g.opening.key] : [])));
  return layout.headerFields.filter((f) => f.kind !== 'multiline' && !inFunding.has(f.key));
}

export function fundKeysOf(layout: LayoutDef): FundKey[] {
  return layout.funding.flatMap((g) => g.parts.map((p) => p.key));
}
