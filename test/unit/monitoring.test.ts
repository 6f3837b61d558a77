import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMonitoring } from '../../shared/checker/monitoringRules';
import { toNumber } from '../../shared/decimal';
import { generateEvaluation } from '../../shared/evaluation/generate';
import { reviewEvaluation } from '../../shared/evaluation/review';
import { fromTargetTable, type TargetTable } from '../../shared/interchange/targetTable';
import type { MonitoringTable } from '../../shared/interchange/monitoring';
import type { MonitoringContent } from '../../shared/monitoring/content';
import { generateMonitoring } from '../../shared/monitoring/generate';
import { fromMonitoringTable, toMonitoringTable } from '../../shared/monitoring/interchange';
import { expectedRate, monitoringLights, progressLight } from '../../shared/monitoring/lights';
import { DEFAULT_MONITORING, minimumsText, readMinimums, type MonitoringThresholds } from '../../shared/profiles/profile';
import { profileProblem, ruleProfileSchema } from '../../shared/profiles/schema';
import { DEFAULT_PROFILE } from '../../shared/profiles/shipped';
import { ROOT, readJson } from '../helpers/paths';

const { content: project } = fromTargetTable(readJson<TargetTable>(path.join(ROOT, 'test/fixtures/clean-target-table.json')));
const framework = DEFAULT_PROFILE.framework;
const REGION: MonitoringThresholds = { month: 6, margin: 10, minimums: [4, 6, 8, 10].map((month, i) => ({ month, rate: [25, 40, 60, 80][i]! })) };

/** The project's 执行监控表 at month N with `executed` 分 of its 3 万元 spent and every indicator 确定能. */
function monitored(month: number, executed: number, change: (c: MonitoringContent) => void = () => {}): MonitoringTable {
  const c = generateMonitoring(project, month, framework);
  c.funds.total!.executed = executed;
  c.indicators.forEach((i) => (i.likelihood = '确定能'));
  change(c);
  return toMonitoringTable(project.name, 2024, c);
}

describe('生成监控表', () => {
  it('prepares the table from the targets: the indicators in the form order with their 指标值, the budget as 年初预算数', () => {
    const c = generateMonitoring(project, 7, framework);
    expect(c.month).toBe(7);
    expect(c.overallGoal).toBe(project.overallGoal);
    expect(c.indicators.map((i) => [i.level2, i.name, i.target])).toEqual([
      ['数量指标', '便携式计算机', '2台'],
      ['数量指标', '打印机', '1台'],
      ['质量指标', '设备验收合格率', '100%'],
      ['时效指标', '采购完成时间', '2024年6月30日前'],
      ['成本指标', '便携式计算机', '7850元/台'],
      ['成本指标', '打印机', '14300元'],
      ['社会效益指标', '办公设备完好率', '≥95%'],
      ['可持续影响指标', '设备使用年限', '≥5年'],
      ['服务对象满意度指标', '使用人员满意度', '≥90%'],
    ]);
    expect(c.funds.total).toEqual({ initialBudget: 3_000_000, executed: null, forecast: null });
    expect(c.funds.fiscal?.initialBudget).toBe(3_000_000);
  });

  it('prepared again keeps what was entered for the indicators that still exist, and the new budget', () => {
    const first = generateMonitoring(project, 7, framework);
    first.indicators[1] = { ...first.indicators[1]!, progress: '0台', likelihood: '有可能', causes: ['经费保障'], explanation: '资金未到位' };
    first.funds.total!.executed = 1_200_000;
    first.goalProgress = '已购置计算机2台。';
    const changed = { ...project, annualFunds: 4_000_000, indicators: project.indicators.filter((i) => i.name !== '便携式计算机' || i.level2 !== '数量指标') };
    changed.indicators.push({ level1: '产出指标', level2: '数量指标', name: '扫描仪', value: '1台' });
    const again = generateMonitoring(changed, 6, framework, first);
    expect(again.month).toBe(6);
    expect(again.indicators.find((i) => i.name === '打印机' && i.level2 === '数量指标')).toMatchObject({
      progress: '0台',
      likelihood: '有可能',
      causes: ['经费保障'],
      explanation: '资金未到位',
    });
    expect(again.indicators.find((i) => i.name === '扫描仪')).toMatchObject({ progress: '', likelihood: '', causes: [] });
    expect(again.indicators.some((i) => i.name === '便携式计算机' && i.level2 === '数量指标')).toBe(false);
    expect(again.funds.total).toEqual({ initialBudget: 4_000_000, executed: 1_200_000, forecast: null });
    expect(again.goalProgress).toBe('已购置计算机2台。');
  });

  it('goes to the interchange shape with its rate computed and comes back the same', () => {
    const c = generateMonitoring(project, 7, framework);
    c.funds.total = { initialBudget: 3_000_000, executed: 1_750_001, forecast: 3_000_000 };
    c.indicators[0] = { ...c.indicators[0]!, progress: '1台', causes: ['人员保障', '其他'], explanation: '人员调整', likelihood: '有可能', remarks: '备' };
    const table = toMonitoringTable('办公家具设备购置', 2024, c);
    expect(table.funds.total).toEqual({ initialBudget: 3, executed: 1.750001, rate: '58.33%', forecast: 3 });
    expect(table.indicators[0]).toEqual({
      level1: '产出指标',
      level2: '数量指标',
      name: '便携式计算机',
      target: '2台',
      progress: '1台',
      forecast: '',
      causes: ['人员保障', '其他'],
      explanation: '人员调整',
      likelihood: '有可能',
      remarks: '备',
    });
    expect(fromMonitoringTable(table)).toEqual({ content: c, notes: [] });
  });

  it('names what of a printed table it cannot keep', () => {
    const table = monitored(7, 0);
    table.funds.total.executed = 1.0000001;
    table.indicators[0]!.likelihood = '大概';
    table.indicators[1]!.causes = ['其他', '资金', '经费保障', '其他', '其他', '其他', '其他'];
    const { content, notes } = fromMonitoringTable(table);
    expect(content.funds.total?.executed).toBeNull();
    expect(content.indicators[0]!.likelihood).toBe('');
    expect(content.indicators[1]!.causes).toEqual(['经费保障', '其他']);
    expect(notes).toEqual([
      '年度资金总额执行数：“1.0000001”不是精确到分的金额，已留空',
      '「便携式计算机」的完成目标可能性“大概”不是确定能、有可能、完全不可能之一，已留空',
      '「打印机」的偏差原因“资金”不是经费保障、制度保障、人员保障、硬件条件保障、其他之一，已略去',
    ]);
  });
});

describe('监控表的红黄绿灯', () => {
  it('expects the share of the year elapsed, or the region minimum of the latest month not after N', () => {
    expect(toNumber(expectedRate(7, DEFAULT_MONITORING), 6)).toBe(58.333333);
    expect(toNumber(expectedRate(6, DEFAULT_MONITORING), 2)).toBe(50);
    expect([3, 4, 5, 6, 7, 10, 12].map((m) => toNumber(expectedRate(m, REGION), 2))).toEqual([0, 25, 25, 40, 40, 80, 80]);
  });

  it('lights the money at the edges of its thresholds exactly: 7/12 of 3 万元 is 1.75 万元', () => {
    const light = (fen: number, month = 7, thresholds = DEFAULT_MONITORING) => monitoringLights(monitored(month, fen), thresholds).project;
    expect(light(1_750_000)).toBe('绿');
    expect(light(1_749_999)).toBe('黄');
    // 10 points below 58.33…%: 48.33…% of 3 万元 is 1.45 万元.
    expect(light(1_450_000)).toBe('黄');
    expect(light(1_449_999)).toBe('红');
    expect(light(1_200_000, 6, REGION)).toBe('绿');
    expect(light(1_199_999, 6, REGION)).toBe('黄');
    expect(light(900_000, 6, REGION)).toBe('黄');
    expect(light(899_999, 6, REGION)).toBe('红');
    expect(
      monitoringLights(
        monitored(7, 0, (c) => (c.funds.total!.executed = null)),
        DEFAULT_MONITORING,
      ).project,
    ).toBe('无');
  });

  it('lights each indicator by its 完成目标可能性 and by its progress where target and progress are numbers', () => {
    const expected = expectedRate(7, DEFAULT_MONITORING);
    const progress = (level2: string, target: string, done: string) => progressLight({ level2, target, progress: done }, expected, DEFAULT_MONITORING);
    expect(progress('数量指标', '1200公里', '700公里')).toBe('绿');
    expect(progress('数量指标', '1200公里', '699公里')).toBe('黄');
    expect(progress('数量指标', '1200公里', '580公里')).toBe('黄');
    expect(progress('数量指标', '1200公里', '579公里')).toBe('红');
    expect(progress('质量指标', '≥75%', '76%')).toBe('绿');
    expect(progress('质量指标', '≥90%', '80%')).toBe('黄');
    expect(progress('质量指标', '≥90%', '79.9%')).toBe('红');
    expect(progress('成本指标', '7850元/台', '7850元/台')).toBe('绿');
    expect(progress('成本指标', '≤6万元', '6.5万元')).toBe('红');
    expect(progress('时效指标', '2024年6月30日前', '已完成')).toBe('无');
    expect(progress('数量指标', '20个', '5家')).toBe('无');
    const lights = monitoringLights(
      monitored(7, 1_750_000, (c) => {
        c.indicators[0]!.likelihood = '有可能';
        c.indicators[1]!.likelihood = '完全不可能';
        c.indicators[2]!.progress = '50%';
        c.indicators[3]!.likelihood = '';
      }),
      DEFAULT_MONITORING,
    );
    expect(lights.indicators.slice(0, 5)).toEqual(['黄', '红', '红', '无', '绿']);
    expect(lights.red).toBe(2);
  });
});

describe('监控表的审核', () => {
  const findings = (table: MonitoringTable) => checkMonitoring(table, DEFAULT_MONITORING).map((f) => [f.severity, f.location, f.rule, f.message]);

  it('finds nothing in a table filled in as it should be', () => {
    expect(findings(monitored(7, 1_750_000, (c) => c.indicators.forEach((i) => (i.progress = i.target))))).toEqual([]);
  });

  it('asks for a ticked reason and an explanation where a target may be missed or a light is not green', () => {
    const table = monitored(7, 1_750_000, (c) => {
      c.indicators.forEach((i) => (i.progress = i.target));
      c.indicators[0]!.likelihood = '有可能';
      c.indicators[1]!.likelihood = '完全不可能';
      c.indicators[1]!.causes = ['经费保障'];
      c.indicators[1]!.explanation = '无';
      c.indicators[6]!.progress = '80%';
      c.indicators[7]!.likelihood = '';
    });
    expect(findings(table)).toEqual([
      ['错误', '监控表 效益指标/可持续影响指标「设备使用年限」', 'mo.likelihood', '请选择完成目标可能性：确定能、有可能或完全不可能'],
      [
        '错误',
        '监控表 产出指标/数量指标「便携式计算机」',
        'mo.reason',
        '完成目标可能性为“有可能”，请勾选偏差原因（经费保障、制度保障、人员保障、硬件条件保障或其他）',
      ],
      ['错误', '监控表 产出指标/数量指标「打印机」', 'mo.reason', '完成目标可能性为“完全不可能”，请写明原因说明'],
      ['错误', '监控表 效益指标/社会效益指标「办公设备完好率」', 'mo.reason', '亮红灯，请勾选偏差原因（经费保障、制度保障、人员保障、硬件条件保障或其他）'],
    ]);
  });

  it('checks the money: the printed rate as computed, executed within the budget (提醒), the forecast not below the executed', () => {
    const table = monitored(7, 1_750_000, (c) => c.indicators.forEach((i) => (i.progress = i.target)));
    table.funds.total = { initialBudget: 860, executed: 420, rate: '48.84%', forecast: 860 };
    table.funds.fiscal = { initialBudget: 860, executed: 420, rate: '48.8%', forecast: 860 };
    table.funds.carryover = { initialBudget: 10, executed: 12, rate: '120%', forecast: 11 };
    table.funds.other = { initialBudget: 0, executed: 0, rate: '0%', forecast: 0 };
    expect(findings(table)).toEqual([
      ['错误', '监控表 其他资金', 'mo.rate', '1-7月执行率表上为 0%，但无法计算：年初预算数为 0，无法计算执行率'],
      ['提醒', '监控表 上年结转资金', 'mo.within-budget', '1-7月执行数 12 超过年初预算数 10，请核实是否追加了预算'],
      ['错误', '监控表 上年结转资金', 'mo.forecast', '全年预计执行数 11 低于1-7月执行数 12'],
    ]);
    table.funds.fiscal.rate = '50%';
    expect(findings(table)[0]).toEqual(['错误', '监控表 财政拨款', 'mo.rate', '1-7月执行率表上为 50%，按执行数 ÷ 年初预算数计算应为 48.84%']);
  });

  it('asks for a number as progress where the target is one (提醒)', () => {
    const table = monitored(7, 1_750_000, (c) => {
      c.indicators.forEach((i) => (i.progress = i.target));
      c.indicators[0]!.progress = '正在采购';
    });
    expect(findings(table)).toEqual([
      ['提醒', '监控表 产出指标/数量指标「便携式计算机」', 'mo.progress-number', '年度指标值“2台”是定量的，1-7月执行数“正在采购”应写出数字'],
    ]);
  });
});

describe('自评表从监控表取偏差原因', () => {
  it('takes the monitoring reasons as a draft 偏差原因, marked until confirmed', () => {
    const m = generateMonitoring(project, 7, framework);
    m.indicators[1] = { ...m.indicators[1]!, causes: ['经费保障', '其他'], explanation: '采购延后' };
    m.indicators[2] = { ...m.indicators[2]!, explanation: '抽检中' };
    const evaluation = generateEvaluation(project, '项目', DEFAULT_PROFILE, m);
    expect(evaluation.indicators.slice(0, 4).map((i) => [i.deviation, i.deviationDraft])).toEqual([
      ['', undefined],
      ['经费保障、其他：采购延后', true],
      ['抽检中', true],
      ['', undefined],
    ]);
    const drafts = reviewEvaluation(project.name, 2024, evaluation).filter((f) => f.rule === 'se.deviation-draft');
    expect(drafts.map((f) => [f.severity, f.location, f.message])).toEqual([
      ['提醒', '产出指标/数量指标「打印机」', '偏差原因取自执行监控表（草稿），请核对后确认或改写'],
      ['提醒', '产出指标/质量指标「设备验收合格率」', '偏差原因取自执行监控表（草稿），请核对后确认或改写'],
    ]);
    delete evaluation.indicators[1]!.deviationDraft;
    expect(reviewEvaluation(project.name, 2024, evaluation).filter((f) => f.rule === 'se.deviation-draft')).toHaveLength(1);
  });
});

describe('审核规则中的监控阈值', () => {
  it('keeps a profile without them valid, and refuses bad ones naming the field', () => {
    expect(ruleProfileSchema.safeParse(DEFAULT_PROFILE).success).toBe(true);
    expect(ruleProfileSchema.safeParse({ ...DEFAULT_PROFILE, monitoring: REGION }).success).toBe(true);
    const bad = (monitoring: unknown) => ruleProfileSchema.safeParse({ ...DEFAULT_PROFILE, monitoring }).error?.issues[0];
    expect(bad({ ...REGION, month: 13 })).toMatchObject({ path: ['monitoring', 'month'], message: '应在 1 到 12 之间' });
    expect(bad({ ...REGION, margin: -1 })).toMatchObject({ path: ['monitoring', 'margin'], message: '应在 0 到 100 之间' });
    expect(
      bad({
        ...REGION,
        minimums: [
          { month: 6, rate: 40 },
          { month: 4, rate: 25 },
        ],
      }),
    ).toMatchObject({
      path: ['monitoring', 'minimums'],
      message: '应按月份先后排列，比例不递减',
    });
  });

  it('reads the minimums as the 审核规则 view writes them, and names a part that is none', () => {
    expect(minimumsText(REGION.minimums)).toBe('4月25%，6月40%，8月60%，10月80%');
    expect(readMinimums('4月25%，6月40%, 8月60 ；10月80%')).toEqual(REGION.minimums);
    expect(readMinimums('')).toEqual([]);
    const error = ruleProfileSchema.safeParse({ ...DEFAULT_PROFILE, monitoring: { ...REGION, minimums: readMinimums('4月25%，六月') } }).error!;
    expect(profileProblem(error)).toBe('监控·各月最低执行率（monitoring.minimums.1.month）：应为数字');
  });
});
