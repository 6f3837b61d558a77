import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject, type Finding, type RuleSettings } from '../../shared/checker';
import { applyFix } from '../../shared/checker/fix';
import { tidyValue } from '../../shared/checker/rules/hygiene';
import { fromTargetTable, type TargetTable } from '../../shared/interchange/targetTable';
import { LAYOUTS } from '../../shared/layouts';
import type { RuleProfile } from '../../shared/profiles/profile';
import { DEFAULT_PROFILE, SHIPPED_PROFILES } from '../../shared/profiles/shipped';
import type { ProjectContent } from '../../shared/project';
import { ROOT, readJson } from '../helpers/paths';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test', 'fixtures', 'clean-target-table.json'));

function run(table: TargetTable, rules: RuleSettings = {}, thresholds: Partial<RuleProfile['thresholds']> = {}, profile = DEFAULT_PROFILE): Finding[] {
  const { layout, year, content } = fromTargetTable(table);
  return checkProject(content, LAYOUTS[layout], year!, { ...profile, rules, thresholds: { ...profile.thresholds, ...thresholds } });
}

/** The clean table with some change, as interchange JSON. */
function variant(change: (t: TargetTable) => void): TargetTable {
  const copy = structuredClone(CLEAN);
  change(copy);
  return copy;
}

const setValue = (name: string, level2: string, value: string) => (t: TargetTable) => {
  t.indicators.find((i) => i.name === name && i.level2 === level2)!.value = value;
};

/** Several changes made one after the other. */
const together =
  (...changes: ((t: TargetTable) => void)[]) =>
  (t: TargetTable) =>
    changes.forEach((change) => change(t));

const rulesOf = (findings: Finding[]) => findings.map((f) => f.rule);

describe('the checker', () => {
  it('finds nothing in a sound table', () => {
    expect(run(CLEAN)).toEqual([]);
  });

  // Each rule: a table that breaks it, and one that is a near miss.
  const cases: {
    rule: string;
    failing: (t: TargetTable) => void;
    passing: (t: TargetTable) => void;
    message: string;
    location?: string;
    /** Other rules than the seeds' region's. */
    profile?: RuleProfile;
  }[] = [
    {
      rule: 'header.required',
      failing: (t) => (t.attribute = ' '),
      passing: (t) => (t.fundType = null),
      message: '项目属性未填写',
      location: '项目属性',
    },
    {
      rule: 'funding.group-sum',
      failing: (t) => (t.funds.财政拨款 = 2.99),
      passing: (t) => Object.assign(t.funds, { 财政拨款: 2.99, 其他资金: 0.01 }),
      message: '本级资金资金总额 3 万元不等于 财政拨款 + 其他资金 + 结余结转资金 = 2.99 万元',
    },
    {
      rule: 'funding.annual-sum',
      failing: (t) => Object.assign(t.funds, { 转移市县资金总额: 0.5, 中央资金: 0.5 }),
      passing: (t) => Object.assign(t, { annualFunds: 3.5, funds: { ...t.funds, 转移市县资金总额: 0.5, 中央资金: 0.5 } }),
      message: '年度资金总额 3 万元不等于各资金来源之和 3.5 万元',
    },
    {
      rule: 'funding.within-total',
      failing: (t) => (t.totalFunds = 2.999999),
      passing: (t) => (t.totalFunds = 3),
      message: '年度资金总额 3 万元超过项目总额 2.999999 万元',
    },
    {
      rule: 'period.order',
      failing: (t) => (t.period = '2025年1月-2024年12月'),
      passing: (t) => (t.period = '2024年1月-2025年12月'),
      message: '项目期“2025年1月-2024年12月”结束于 2024年12月，早于开始的 2025年1月',
      location: '项目期',
    },
    {
      rule: 'period.fiscal-year',
      failing: (t) => (t.period = '2021-2023年'),
      passing: (t) => (t.period = '2022-2024年'),
      message: '项目期“2021-2023年”不包含 2024 年度，请核对项目期或表的年度',
    },
    {
      rule: 'tree.level1',
      failing: (t) => (t.indicators = t.indicators.filter((i) => i.level1 !== '满意度指标')),
      passing: (t) => (t.indicators.find((i) => i.level1 === '满意度指标')!.name = '服务对象满意度'),
      message: '满意度指标下没有任何三级指标',
    },
    {
      rule: 'tree.required',
      failing: (t) => (t.indicators = t.indicators.filter((i) => i.level2 !== '时效指标')),
      passing: (t) => (t.indicators.find((i) => i.level2 === '时效指标')!.name = '交付时间'),
      message: '缺少必填的时效指标',
    },
    {
      rule: 'tree.not-applicable',
      profile: SHIPPED_PROFILES.find((p) => p.unusedLevel2 === '不适用'),
      failing: () => {},
      passing: (t) =>
        Object.assign(
          t.indicators.find((i) => i.name === '0')!,
          { name: '不适用', value: '' },
        ),
      message: '按审核规则“中央 2021 指引”，不用的二级指标写“不适用”，不以“0 | 0”表示',
      location: '效益指标/经济效益指标 第1行「0」',
    },
    {
      rule: 'tree.names',
      failing: (t) => t.indicators.push({ level1: '产出指标', level2: '数量指标', name: '便携式计算机 ', value: '3台' }),
      passing: (t) => t.indicators.push({ level1: '产出指标', level2: '质量指标', name: '便携式计算机', value: '100%' }),
      message: '数量指标下已有同名的三级指标「便携式计算机」',
    },
    {
      rule: 'name.single-measure',
      failing: (t) => (t.indicators.find((i) => i.name === '设备验收合格率')!.name = '设备验收合格率、安装调试合格率'),
      passing: (t) => (t.indicators.find((i) => i.name === '设备验收合格率')!.name = '设备验收、安装调试合格率'),
      message: '三级指标“设备验收合格率、安装调试合格率”包含多项内容，建议拆分为多个三级指标，每项单独设定指标值',
    },
    {
      rule: 'name.length',
      failing: (t) => (t.indicators.find((i) => i.name === '办公设备完好率')!.name = '处室日常办公使用的计算机和打印机设备完好率'),
      passing: (t) => (t.indicators.find((i) => i.name === '办公设备完好率')!.name = '处室日常办公使用的计算机及打印设备完好率'),
      message: '三级指标“处室日常办公使用的计算机和打印机设备完好率”有 21 个字，超过 20 个字，建议精简为一眼能读完的名称',
    },
    {
      rule: 'value.measurable',
      failing: setValue('打印机', '数量指标', '按需购置'),
      passing: setValue('打印机', '数量指标', '1-2台'),
      message: '数量指标应填写可衡量的数值和单位（如“≥20户”“10万元”），而不是“按需购置”',
    },
    {
      rule: 'value.unit-in-full',
      failing: setValue('打印机', '成本指标', '1.43万'),
      passing: setValue('打印机', '成本指标', '1.43万元'),
      message: '“打印机”的金额“1.43万”按万元计算，请把单位写全为“万元”',
    },
    {
      rule: 'value.timeliness',
      failing: setValue('采购完成时间', '时效指标', '按时完成'),
      passing: setValue('采购完成时间', '时效指标', '合同签订后30日内'),
      message: '时效指标“采购完成时间”的指标值“按时完成”没有写明时限，请填写日期、期限或比率（如“2024年12月底前”“3个工作日内”“≥95%”）',
    },
    {
      rule: 'value.placeholder',
      failing: setValue('设备使用年限', '可持续影响指标', 'xx'),
      passing: setValue('设备使用年限', '可持续影响指标', '不少于5年'),
      message: '“xx”是占位符，请填写实际的指标值',
    },
    {
      rule: 'value.date-in-year',
      failing: setValue('采购完成时间', '时效指标', '2023 年 3 月底'),
      passing: setValue('采购完成时间', '时效指标', '3月底前'),
      message: '时效指标的日期“2023 年 3 月底”不在 2024 年度内',
      location: '产出指标/时效指标 第1行「采购完成时间」',
    },
    {
      rule: 'value.satisfaction',
      failing: setValue('使用人员满意度', '服务对象满意度指标', '满意'),
      passing: setValue('使用人员满意度', '服务对象满意度指标', '达到 95% 以上'),
      message: '满意度应填写百分比（如“≥90%”），而不是“满意”',
    },
    {
      rule: 'value.satisfaction-comparator',
      failing: setValue('使用人员满意度', '服务对象满意度指标', '98%'),
      passing: setValue('使用人员满意度', '服务对象满意度指标', '100%'),
      message: '满意度“98%”没有写明比较方式，建议写作“≥98%”',
    },
    {
      rule: 'value.satisfaction-low',
      failing: setValue('使用人员满意度', '服务对象满意度指标', '≥75%'),
      passing: setValue('使用人员满意度', '服务对象满意度指标', '≥80%'),
      message: '满意度目标 75% 低于 80%',
    },
    {
      rule: 'value.rate-max',
      failing: setValue('设备验收合格率', '质量指标', '120%'),
      passing: (t) => t.indicators.push({ level1: '产出指标', level2: '质量指标', name: '打印速度提升', value: '120%' }),
      message: '“设备验收合格率”是比率，120% 超过 100%',
    },
    {
      rule: 'table.qualitative',
      failing: (t) =>
        t.indicators
          .filter((i) => i.level1 !== '产出指标' && i.name !== '0')
          .concat(t.indicators.slice(0, 3))
          .forEach((i) => (i.value = '明显改善')),
      passing: (t) => t.indicators.slice(0, 2).forEach((i) => (i.value = '按期交付')),
      message: '9 个三级指标中有 6 个是定性表述，超过一半；请尽量改为可衡量的数值',
    },
    {
      rule: 'value.vague',
      failing: setValue('办公设备完好率', '社会效益指标', '持续提高'),
      passing: setValue('办公设备完好率', '社会效益指标', '较上年提高5%'),
      message: '“持续提高”较空泛，建议写成可衡量的目标，如“较上年提高5%”“达到××标准”',
    },
    {
      rule: 'money.cost-within-funds',
      failing: setValue('便携式计算机', '成本指标', '8000元/台'),
      passing: (t) => Object.assign(t, { annualFunds: 3.03, funds: { ...t.funds, 本级资金总额: 3.03, 财政拨款: 3.03 } }),
      message: '成本指标合计 3.03 万元，超过年度资金总额 3 万元',
    },
    {
      rule: 'money.yuan-as-wan',
      failing: (t) => Object.assign(t, { annualFunds: 30000, totalFunds: 30000, funds: { ...t.funds, 本级资金总额: 30000, 财政拨款: 30000 } }),
      passing: (t) => Object.assign(t, { annualFunds: 3, totalFunds: 30000 }),
      message: '年度资金总额 30000 万元是成本指标合计 3 万元的 10000 倍，似按元填写，应为 3 万元',
      location: '年度资金总额',
    },
    {
      rule: 'money.cost-coverage',
      failing: together(setValue('打印机', '成本指标', '1430元'), setValue('便携式计算机', '成本指标', '5000元/台')),
      passing: setValue('打印机', '成本指标', '0.143万元'),
      message: '成本指标合计 1.143 万元，只占年度资金总额 3 万元的 38%，请核对成本指标是否完整',
    },
    {
      rule: 'basis.policy',
      failing: (t) => (t.otherInfo = [{ label: '政策依据', value: '根据工作需要' }]),
      passing: (t) => (t.otherInfo = [{ label: '政策依据', value: '《党政机关办公用房建设标准》' }]),
      message: '政策依据“根据工作需要”没有写明文件名称或文号，请写明所依据的文件（如《…办法》、宁财发〔2023〕12号）',
      location: '政策依据',
    },
    {
      rule: 'basis.calculation',
      failing: (t) => (t.otherInfo = [{ label: '测算依据', value: '按实际需要购置' }]),
      passing: (t) => (t.otherInfo = [{ label: '测算依据', value: '便携式计算机2台×7850元，打印机1台14300元' }]),
      message: '测算依据“按实际需要购置”没有写明数量 × 单价，请列出测算过程（如“培训100人 × 2000元/人 = 20万元”）',
    },
    {
      rule: 'basis.explanation',
      failing: (t) => t.indicators.forEach((i, n) => (i.extra = { explanation: n === 1 ? ' ' : '按政府采购合同验收' })),
      passing: (t) => t.indicators.forEach((i) => (i.extra = { explanation: '按政府采购合同验收' })),
      message: '三级指标“打印机”没有指标解释（表中其他指标有），请说明指标的含义或计算方法',
    },
    {
      rule: 'hygiene.value',
      failing: together(setValue('便携式计算机', '数量指标', '２ 台'), setValue('设备使用年限', '可持续影响指标', '≧5年')),
      passing: setValue('设备使用年限', '可持续影响指标', '≥5年，按规定报废'),
      message: '2 个指标值书写不规范（1 个用了“≧/≦”，1 个含全角数字或符号，1 个含多余空格），如“２ 台”应为“2台”',
    },
  ];

  it.each(cases)('$rule reports the failing table and passes the near miss', ({ rule, failing, passing, message, location, profile }) => {
    const found = run(variant(failing), {}, {}, profile).filter((f) => f.rule === rule);
    expect(found.map((f) => f.message)).toEqual([message]);
    if (location) expect(found[0]!.location).toBe(location);
    expect(rulesOf(run(variant(passing), {}, {}, profile))).not.toContain(rule);
  });

  it('has a case for every rule', async () => {
    const { RULES } = await import('../../shared/checker');
    expect(cases.map((c) => c.rule).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('works out unit costs times the quantity of the same thing, exactly', () => {
    // 2 × 7850 元 + 14300 元 = 30000 元 = 3 万元: within the funds, and all of them.
    expect(run(variant(setValue('便携式计算机', '数量指标', '3台'))).map((f) => f.message)).toEqual(['成本指标合计 3.785 万元，超过年度资金总额 3 万元']);
  });

  it('offers one-click fixes that clear their finding', () => {
    const cases = [
      variant((t) => (t.funds.财政拨款 = 2.99)),
      variant(setValue('采购完成时间', '时效指标', '2023 年 3 月底')),
      variant(setValue('使用人员满意度', '服务对象满意度指标', '98%')),
      variant((t) => setValue('便携式计算机', '数量指标', '２ 台')(t)),
    ];
    for (const table of cases) {
      const { layout, year, content } = fromTargetTable(table);
      const [finding] = checkProject(content, LAYOUTS[layout], year!);
      expect(finding?.fix).toBeDefined();
      const fixed: ProjectContent = applyFix(content, finding!.fix!);
      expect(checkProject(fixed, LAYOUTS[layout], year!).filter((f) => f.rule === finding!.rule)).toEqual([]);
    }
  });

  it('fixes a date by moving it into the fiscal year, keeping the clerk’s spelling', () => {
    const [finding] = run(variant(setValue('采购完成时间', '时效指标', '2023 年 3 月底')));
    expect(finding!.fix).toEqual({ label: '改为 2024 年', changes: [{ kind: 'indicatorValue', index: 3, value: '2024 年 3 月底' }] });
  });

  it('tidies values without changing what they say', () => {
    expect(tidyValue('≧20 户')).toBe('≥20户');
    expect(tidyValue('２０２３ 年 ３ 月底')).toBe('2023年3月底');
    expect(tidyValue('≥ 85％')).toBe('≥85%');
    expect(tidyValue('推荐我区参赛企业 15 家, 宣传推介企业科技创新成果 15 项')).toBe('推荐我区参赛企业15家, 宣传推介企业科技创新成果15项');
    expect(tidyValue('Top 10 企业')).toBe('Top 10企业');
  });

  it("lets a region switch a rule off, change its severity or its threshold (the profile's 满意度 floor)", () => {
    const low = variant(setValue('使用人员满意度', '服务对象满意度指标', '≥75%'));
    expect(rulesOf(run(low, { 'value.satisfaction-low': { enabled: false } }))).toEqual([]);
    expect(run(low, {}, { satisfactionFloor: 70 })).toEqual([]);
    expect(run(low, { 'value.satisfaction-low': { severity: '错误' } }).map((f) => f.severity)).toEqual(['错误']);
  });

  it('keys findings by what they are about, not by row position', () => {
    const a = run(variant(setValue('设备使用年限', '可持续影响指标', 'xx')));
    const b = run(
      variant((t) => {
        setValue('设备使用年限', '可持续影响指标', 'xx')(t);
        t.indicators.unshift({ level1: '产出指标', level2: '数量指标', name: '碎纸机', value: '1台' });
      }),
    ).filter((f) => f.rule === 'value.placeholder');
    expect(b[0]!.key).toBe(a[0]!.key);
    expect(b[0]!.target).not.toEqual(a[0]!.target);
  });
});
