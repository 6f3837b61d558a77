/** The form of each 指标值: quiet where the table is right, a finding where a reviewer makes one. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject, type Finding } from '../../shared/checker';
import { applyFix } from '../../shared/checker/fix';
import { fromTargetTable, type TargetTable } from '../../shared/interchange/targetTable';
import { LAYOUTS } from '../../shared/layouts';
import { DEFAULT_PROFILE } from '../../shared/profiles/shipped';
import type { IndicatorExtra } from '../../shared/project';
import { ROOT, readJson } from '../helpers/paths';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test', 'fixtures', 'clean-target-table.json'));

function run(table: TargetTable): Finding[] {
  const { layout, year, content } = fromTargetTable(table);
  return checkProject(content, LAYOUTS[layout], year!);
}

/** The clean table with one more indicator. */
function withIndicator(level1: string, level2: string, name: string, value: string, extra?: IndicatorExtra): TargetTable {
  const copy = structuredClone(CLEAN);
  copy.indicators.push({ level1, level2, name, value, ...(extra ? { extra } : {}) });
  return copy;
}

const said = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.rule}`);

describe('value.measurable', () => {
  it.each([
    '3栋',
    '120盏',
    '5宗',
    '200盆',
    '30集',
    '12套',
    '8处',
    '4次',
    '≥800人次',
    '1200户',
    '500亩',
    '35公顷',
    '1200㎡',
    '≥3000平方米',
    '42公里',
    '≤3个工作日',
    '48课时',
    '≥90分',
  ])('is quiet on a number with a unit of the lexicon: %s', (value) => {
    expect(run(withIndicator('产出指标', '数量指标', '建设内容', value))).toEqual([]);
  });

  it.each(['≤800元/人·月', '300元每人每月', '≤45万元/公里'])('is quiet on a cost per unit: %s', (value) => {
    expect(said(run(withIndicator('产出指标', '成本指标', '补助标准', value))).filter((r) => r.includes('measurable'))).toEqual([]);
  });

  it('is quiet on a bare number where the name or the 计量单位 column states the unit', () => {
    expect(run(withIndicator('产出指标', '数量指标', '城镇新增就业人数（人）', '50000'))).toEqual([]);
    expect(run(withIndicator('产出指标', '数量指标', '项目投入个数(个)', '1'))).toEqual([]);
    expect(run(withIndicator('产出指标', '数量指标', '社区工作站覆盖社区数', '10', { unit: '个' }))).toEqual([]);
  });

  it('reminds of the unit of a bare number whose name has none, as a 提醒', () => {
    const findings = run(withIndicator('产出指标', '数量指标', '城镇新增就业人数', '50000'));
    expect(said(findings)).toEqual(['提醒 value.measurable']);
    expect(findings[0]!.message).toBe('指标值“50000”没有计量单位，三级指标名称中也没有写明（如“城镇新增就业人数（个）”），请补上单位');
    expect(said(run(withIndicator('产出指标', '数量指标', '服务人口', '≥1.5万')))).toEqual(['提醒 value.measurable']);
  });

  it('stays an 错误 for a value without a number', () => {
    expect(said(run(withIndicator('产出指标', '数量指标', '建设内容', '按需建设')))).toEqual(['错误 value.measurable']);
  });

  it('lets a region’s severity win over the 提醒 of a bare number', () => {
    const { layout, year, content } = fromTargetTable(withIndicator('产出指标', '数量指标', '城镇新增就业人数', '50000'));
    expect(said(checkProject(content, LAYOUTS[layout], year!, { ...DEFAULT_PROFILE, rules: { 'value.measurable': { severity: '错误' } } }))).toEqual([
      '错误 value.measurable',
    ]);
  });
});

describe('value.unit-in-full', () => {
  // The printer costs 14300 元 in the clean table, within its 3 万元 with the computers' 15700 元.
  it.each([
    ['15万', '15万元', ['提醒 value.unit-in-full', '错误 money.cost-within-funds']],
    ['不超过1.43万', '不超过1.43万元', ['提醒 value.unit-in-full']],
    ['≤1.43万/台', '≤1.43万元/台', ['提醒 value.unit-in-full']],
  ])('reads %s in a cost as 万元, with a 提醒 to write it in full', (value, fixed, expected) => {
    const table = structuredClone(CLEAN);
    table.indicators.find((i) => i.level2 === '成本指标' && i.name === '打印机')!.value = value;
    const findings = run(table);
    expect(said(findings)).toEqual(expected);
    const finding = findings.find((f) => f.rule === 'value.unit-in-full')!;
    expect(finding.fix!.changes).toEqual([{ kind: 'indicatorValue', index: 5, value: fixed }]);
    const { layout, year, content } = fromTargetTable(table);
    expect(checkProject(applyFix(content, finding.fix!), LAYOUTS[layout], year!).filter((f) => f.rule === 'value.unit-in-full')).toEqual([]);
  });

  it('leaves 万 in a 数量指标 to value.measurable', () => {
    expect(said(run(withIndicator('产出指标', '数量指标', '服务人口', '1.5万')))).toEqual(['提醒 value.measurable']);
  });
});

describe('value.timeliness', () => {
  it.each(['2024年12月底前', '3个工作日', '30日内', '≤24小时', '≥95%', '100%', '年底前', '每季度首月', '一年内完成', '2024年1-6月'])(
    'is quiet on a date, a duration or a rate: %s',
    (value) => {
      expect(run(withIndicator('产出指标', '时效指标', '办结时限', value))).toEqual([]);
    },
  );

  it.each(['及时', '按时', '按期', '按时完成', '按合同约定', '法定期限内完成'])('is an 错误 for %s', (value) => {
    const findings = run(withIndicator('产出指标', '时效指标', '办结时限', value));
    expect(said(findings)).toEqual(['错误 value.timeliness']);
    expect(findings[0]!.message).toBe(`时效指标“办结时限”的指标值“${value}”没有写明时限，请填写日期、期限或比率（如“2024年12月底前”“3个工作日内”“≥95%”）`);
  });

  it('leaves an empty value to tree.names', () => {
    expect(said(run(withIndicator('产出指标', '时效指标', '办结时限', '')))).toEqual(['错误 tree.names']);
  });
});

describe('value.placeholder', () => {
  it.each(['安全事故', '雾霾现象', '群众投诉', '违规使用资金', '环境污染事件', '刑事案件', '越级上访', '数据差错'])(
    'takes 无 for a value where the name states a negative outcome: %s',
    (name) => {
      expect(run(withIndicator('效益指标', '社会效益指标', name, '无'))).toEqual([]);
    },
  );

  it('takes 无 for a placeholder elsewhere', () => {
    expect(said(run(withIndicator('效益指标', '社会效益指标', '群众受益面', '无')))).toEqual(['错误 value.placeholder']);
  });
});

describe('value.vague', () => {
  it.each([
    ['质量指标', '得到提升'],
    ['质量指标', '明显'],
    ['质量指标', '合格'],
    ['质量指标', '验收合格'],
    ['质量指标', '达标'],
    ['社会效益指标', '显著'],
    ['社会效益指标', '良好'],
    ['经济效益指标', '有所提高'],
    ['生态效益指标', '进一步改善'],
    ['可持续影响指标', '持续发挥作用'],
    ['可持续影响指标', '较上年提升'],
    ['社会效益指标', '促进作用'],
    ['其他满意度', '较满意'],
  ])('flags at the indicator a vague value in %s: %s', (level2, value) => {
    const level1 = level2 === '质量指标' ? '产出指标' : level2 === '其他满意度' ? '满意度指标' : '效益指标';
    const findings = run(withIndicator(level1, level2, '受益情况', value));
    expect(said(findings)).toEqual(['提醒 value.vague']);
    expect(findings[0]!.target).toMatchObject({ kind: 'indicator', field: 'value' });
  });

  it.each(['较上年提高5%', '达到国家二级标准', '通过省级验收', '高于全区平均水平', '不低于上年度数', '减少实体档案调阅次数', '≥98%'])(
    'is quiet on a concrete value: %s',
    (value) => {
      expect(run(withIndicator('效益指标', '社会效益指标', '受益情况', value))).toEqual([]);
    },
  );

  it('leaves 数量 and 时效 to their own rules, and a 满意度 of 满意 to value.satisfaction', () => {
    expect(said(run(withIndicator('产出指标', '时效指标', '完成时间', '进一步加快')))).toEqual(['错误 value.timeliness']);
    const satisfaction = (value: string) => {
      const table = structuredClone(CLEAN);
      table.indicators.find((i) => i.level2 === '服务对象满意度指标')!.value = value;
      return said(run(table));
    };
    expect(satisfaction('满意')).toEqual(['错误 value.satisfaction']);
    // A vague 满意度 is both: not a percentage, and saying nothing measurable.
    expect(satisfaction('明显提高')).toEqual(['错误 value.satisfaction', '提醒 value.vague']);
  });

  it('reads 达到 as checkable where the name states the condition, not where it names a rate', () => {
    expect(said(run(withIndicator('产出指标', '质量指标', '设备验收合格并接入平台', '达到')))).toEqual([]);
    expect(said(run(withIndicator('产出指标', '质量指标', '打印机验收合格率', '达到')))).toEqual(['提醒 value.vague']);
  });

  it('reads a bare number with the table’s 计算符号 and 计量单位 columns', () => {
    const columns = (level2: string, name: string, value: string, extra: IndicatorExtra) => {
      const table = withIndicator(level2 === '时效指标' ? '产出指标' : '满意度指标', level2, name, value);
      table.indicators.at(-1)!.extra = extra;
      return said(run(table));
    };
    expect(columns('时效指标', '系统故障修复时限', '24', { symbol: '≤', unit: '小时' })).toEqual([]);
    expect(columns('时效指标', '系统故障修复时限', '24', {})).toEqual(['错误 value.timeliness']);
    expect(columns('服务对象满意度指标', '市民满意度', '85', { symbol: '≥', unit: '%' })).toEqual([]);
    expect(columns('服务对象满意度指标', '市民满意度', '90', { unit: '%' })).toEqual(['提醒 value.satisfaction-comparator']);
  });
});
