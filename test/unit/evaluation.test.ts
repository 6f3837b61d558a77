import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSelfEvaluation } from '../../shared/checker/selfEvaluationRules';
import { toNumber } from '../../shared/decimal';
import { formatPoints, parsePoints, readPoints, type EvaluationContent } from '../../shared/evaluation/content';
import { generateEvaluation, spreadPoints } from '../../shared/evaluation/generate';
import { toSelfEvaluation } from '../../shared/evaluation/interchange';
import { scoreEvaluation } from '../../shared/evaluation/scores';
import { reviewEvaluation } from '../../shared/evaluation/review';
import { summaryText } from '../../shared/evaluation/summaryText';
import { evaluationSummary } from '../../shared/review';
import { weightsText } from '../../shared/profiles/apply';
import { DEFAULT_PROFILE } from '../../shared/profiles/shipped';
import { fromTargetTable, type TargetTable } from '../../shared/interchange/targetTable';
import { FIXTURES, ROOT, readJson } from '../helpers/paths';
import { fromSelfEvaluation, IMPORTED_SCORE_REASON, targetsFromEvaluation } from '../../shared/evaluation/fromInterchange';
import type { SelfEvaluation } from '../../shared/interchange/selfEvaluation';

const { content: project } = fromTargetTable(readJson<TargetTable>(path.join(ROOT, 'test/fixtures/clean-target-table.json')));
const ACTUALS = ['2台', '1台', '100%', '2024年6月20日', '7800元/台', '14300元', '98%', '5年', '96%'];
const filled = (change: (c: EvaluationContent) => void = () => {}): EvaluationContent => {
  const c = generateEvaluation(project, '项目', DEFAULT_PROFILE);
  c.indicators.forEach((i, n) => (i.actual = ACTUALS[n]!));
  c.budget.total!.executed = 2_800_000;
  change(c);
  return c;
};
const n2 = (f: Parameters<typeof toNumber>[0] | null) => (f === null ? null : toNumber(f, 2));

describe('生成自评表', () => {
  it('spreads weights in exact hundredths', () => {
    expect(spreadPoints(5000, 3)).toEqual([1667, 1667, 1666]);
    expect(spreadPoints(3000, 4)).toEqual([750, 750, 750, 750]);
    expect(spreadPoints(1000, 0)).toEqual([]);
    expect([formatPoints(1667), formatPoints(400), formatPoints(450), formatPoints(0)]).toEqual(['16.67', '4', '4.5', '0']);
    expect([parsePoints('16.67'), parsePoints('４．５'), parsePoints('4分'), parsePoints('4.567'), parsePoints('-1'), parsePoints('')]).toEqual([
      1667,
      450,
      400,
      null,
      null,
      null,
    ]);
  });

  it('takes a typed weight or score up to 100 分, empty as none, and says why it refuses one', () => {
    expect(['', ' ', '100', '０．５', '16.67'].map(readPoints)).toEqual([
      { ok: true, value: null },
      { ok: true, value: null },
      { ok: true, value: 10_000 },
      { ok: true, value: 50 },
      { ok: true, value: 1667 },
    ]);
    expect(readPoints('100.01')).toEqual({ ok: false, message: '不能超过 100 分' });
    expect(readPoints('8.555')).toEqual({ ok: false, message: '请填写不超过两位小数的分数，如 8.5' });
    expect(readPoints('-1')).toEqual({ ok: false, message: '请填写不超过两位小数的分数，如 8.5' });
  });

  it('names the default weights it spreads as the 生成自评表 panel says them', () => {
    expect(weightsText(DEFAULT_PROFILE)).toBe('预算执行 10、产出 50、效益 30、满意度 10');
    const c = generateEvaluation(project, '项目', DEFAULT_PROFILE);
    expect([c.executionWeight, ...Object.values(c.level1Weights)].map(formatPoints)).toEqual(['10', '50', '30', '10']);
  });

  it('takes indicators, goal and budget from the target table; 0 | 0 rows are left out', () => {
    const c = generateEvaluation(project, '项目', DEFAULT_PROFILE);
    expect(c.indicators.map((i) => [i.level2, i.name, i.target, i.weight])).toEqual([
      ['数量指标', '便携式计算机', '2台', 834],
      ['数量指标', '打印机', '1台', 834],
      ['质量指标', '设备验收合格率', '100%', 833],
      ['时效指标', '采购完成时间', '2024年6月30日前', 833],
      ['成本指标', '便携式计算机', '7850元/台', 833],
      ['成本指标', '打印机', '14300元', 833],
      ['社会效益指标', '办公设备完好率', '≥95%', 1500],
      ['可持续影响指标', '设备使用年限', '≥5年', 1500],
      ['服务对象满意度指标', '使用人员满意度', '≥90%', 1000],
    ]);
    expect(c.plannedGoal).toBe(project.overallGoal);
    expect(c.budget.total).toEqual({ initialBudget: 3_000_000, fullYearBudget: 3_000_000, executed: null });
    expect(c.budget.fiscal).toEqual({ initialBudget: 3_000_000, fullYearBudget: 3_000_000, executed: null });
    expect(c.fundManagement).toEqual([]);
    expect(toNumber(scoreEvaluation(c).totalWeight, 2)).toBe(100);
  });

  it('prepares the 转移支付 variant with its lines and the seven 资金管理情况 rows', () => {
    const c = generateEvaluation(project, '转移支付', DEFAULT_PROFILE);
    expect(Object.keys(c.budget)).toEqual(['total', 'central', 'local', 'other']);
    expect(c.fundManagement.map((r) => r.item)).toEqual([
      '分配科学性',
      '下达及时性',
      '拨付合规性',
      '使用规范性',
      '执行准确性',
      '预算绩效管理情况',
      '支出责任履行情况',
    ]);
  });
});

describe('scores of a stored 自评表', () => {
  it('suggests every score, sums the rounded parts and grades the total', () => {
    const s = scoreEvaluation(filled());
    expect(s.rate.ok && toNumber(s.rate.value, 2)).toBe(93.33);
    expect(n2(s.execution.score)).toBe(9.33);
    // 7800元/台 against 7850元/台: a 成本指标 without comparator is a ceiling, and it was kept.
    expect(s.indicators.map((i) => n2(i.score))).toEqual([8.34, 8.34, 8.33, 8.33, 8.33, 8.33, 15, 15, 10]);
    expect(n2(s.total)).toBe(99.33);
    expect(s.grade).toBe('优');
  });

  it('uses an override instead of the suggestion, keeping the suggestion beside it', () => {
    const s = scoreEvaluation(filled((c) => (c.indicators[4]!.actual = '待结算')));
    expect([n2(s.indicators[4]!.suggested), s.indicators[4]!.suggestion.notes]).toEqual([null, ['实际完成值不是数字，无法按公式计算']]);
    const t = scoreEvaluation(filled((c) => (c.indicators[0]!.override = { score: 500, reason: '验收延迟' })));
    expect([n2(t.indicators[0]!.suggested), n2(t.indicators[0]!.score)]).toEqual([8.34, 5]);
  });

  it('an untouched 自评表 is not scored (the list says 未填, not 0 差); one entry makes it scored', () => {
    const untouched = generateEvaluation(project, '项目', DEFAULT_PROFILE);
    expect(evaluationSummary({ name: '测试项目', year: 2024 }, untouched, DEFAULT_PROFILE).scored).toBe(false);
    const executed = generateEvaluation(project, '项目', DEFAULT_PROFILE);
    executed.budget.total!.executed = 2_800_000;
    expect(evaluationSummary({ name: '测试项目', year: 2024 }, executed, DEFAULT_PROFILE).scored).toBe(true);
    expect(evaluationSummary({ name: '测试项目', year: 2024 }, filled(), DEFAULT_PROFILE)).toMatchObject({ scored: true, grade: '优' });
  });

  it('a full-year budget of 0 is a message, not a division', () => {
    const s = scoreEvaluation(filled((c) => (c.budget.total!.fullYearBudget = 0)));
    expect(s.rate).toEqual({ ok: false, message: '全年预算数为 0，无法计算执行率' });
    expect(s.execution.score).toBeNull();
  });

  it('prints as the interchange shape, which the checker finds sound once every score is given', () => {
    const content = filled((c) =>
      Object.assign(c.indicators[3]!, { actual: '2024年7月10日', override: { score: 700, reason: '到货延迟 10 天' }, deviation: '供应商到货延迟，已约谈' }),
    );
    const table = toSelfEvaluation('办公家具设备购置', 2024, content, scoreEvaluation(content));
    expect(table.funds.total).toEqual({ initialBudget: 3, fullYearBudget: 3, executed: 2.8, rate: '93.33%', weight: 10, score: 9.33 });
    expect(table.totalScore).toBe(98);
    expect(table.indicators[3]).toMatchObject({ weight: 8.33, score: 7 });
    expect(table.level1Weights).toEqual({ 产出指标: 50, 效益指标: 30, 满意度指标: 10 });
    expect(checkSelfEvaluation(table)).toEqual([]);
  });
});

describe('checks of a stored 自评表', () => {
  const rules = (c: EvaluationContent) => reviewEvaluation('办公家具设备购置', 2024, c).map((f) => `${f.rule} ${f.message}`);

  it('a part without a score, and an override without a reason, are errors', () => {
    expect(rules(filled())).toEqual([]);
    expect(rules(filled((c) => (c.indicators[8]!.actual = '')))).toContain('se.unscored 尚无得分：请填写实际完成值；也可直接填写得分并说明理由');
    expect(rules(filled((c) => (c.budget.total!.executed = null)))).toContain('se.unscored 预算执行尚无得分：全年执行数未填写，无法计算执行率');
    expect(rules(filled((c) => Object.assign(c.indicators[0]!, { override: { score: 800, reason: ' ' }, deviation: '少购一台' })))).toEqual([
      'se.override-reason 得分改为 8（建议 8.34），请写明理由',
    ]);
  });

  it('point each finding of the entries at the field where it is mended', () => {
    const targets = (c: EvaluationContent) => reviewEvaluation('办公家具设备购置', 2024, c).map((f) => [f.rule, f.target]);
    expect(targets(filled((c) => (c.budget.total!.executed = null)))).toEqual([['se.unscored', { kind: 'budget', line: 'total', field: 'executed' }]]);
    expect(targets(filled((c) => (c.budget.total!.fullYearBudget = null)))).toEqual([
      ['se.unscored', { kind: 'budget', line: 'total', field: 'fullYearBudget' }],
    ]);
    expect(targets(filled((c) => (c.executionOverride = { score: 900, reason: '' })))).toEqual([
      ['se.override-reason', { kind: 'execution', field: 'reason' }],
      ['se.execution', { kind: 'execution', field: 'score' }],
    ]);
    expect(targets(filled((c) => (c.indicators[8]!.actual = ' ')))).toContainEqual(['se.unscored', { kind: 'evaluationIndicator', index: 8, field: 'actual' }]);
    // A date met late is scored by hand.
    expect(targets(filled((c) => (c.indicators[3]!.actual = '2024年7月10日')))).toEqual([
      ['se.unscored', { kind: 'evaluationIndicator', index: 3, field: 'score' }],
    ]);
    const unweighted = targets(filled((c) => (c.indicators[0]!.weight = null)));
    expect(unweighted).toContainEqual(['se.unscored', { kind: 'evaluationIndicator', index: 0, field: 'weight' }]);
    expect(targets(filled((c) => Object.assign(c.indicators[0]!, { override: { score: 800, reason: '' }, deviation: '少购一台' })))).toEqual([
      ['se.override-reason', { kind: 'evaluationIndicator', index: 0, field: 'reason' }],
    ]);
  });

  it('a qualitative score outside its band is an error', () => {
    const found = rules(
      filled((c) =>
        Object.assign(c.indicators[6]!, {
          target: '保持完好',
          actual: '达成年度指标',
          override: { score: 1000, reason: '部分设备返修' },
          deviation: '返修两台',
        }),
      ),
    );
    expect(found).toEqual(['se.band “达成年度指标”的得分应在分值的 80%–100% 之间（12–15 分），表上为 10']);
  });
});

describe('the 决算 summary text', () => {
  it('counts projects and money, then gives each score as seed 002 writes them', () => {
    const text = summaryText('自治区工业和信息化厅', 2022, [
      { name: '工业稳增长及专项业务经费', score: 96.7, budget: 405_760_000 },
      { name: '信创配套输出设备采购', score: 100, budget: 11_100_000 },
      { name: '节能监察、监测等经费', score: 91.06, budget: null },
    ]);
    expect(text).toBe(
      '根据年初设定的绩效目标，自治区工业和信息化厅组织对 2022 年度项目支出开展绩效自评，共自评项目 3 个，涉及资金 416.86 万元。各项目自评得分如下：\n' +
        '（1）“工业稳增长及专项业务经费”项目自评得分为 96.7 分；（2）“信创配套输出设备采购”项目自评得分为 100 分；（3）“节能监察、监测等经费”项目自评得分为 91.06 分。\n',
    );
  });
});

describe('a printed 自评表 stored', () => {
  const TABLES = readJson<SelfEvaluation[]>(path.join(FIXTURES, 'selfeval-002-a.truth.json'));

  it('keeps every printed score of seed 002; those the rules would not give are overrides saying so', () => {
    for (const table of TABLES) {
      const { content } = fromSelfEvaluation(table);
      const printed = toSelfEvaluation(table.projectName, table.year!, content, scoreEvaluation(content));
      expect(printed.indicators.map((i, n) => (table.indicators[n]!.score === null ? null : i.score))).toEqual(table.indicators.map((i) => i.score));
      expect(printed.funds.total.score).toBe(table.funds.total.score);
      expect(printed.funds.total.executed).toBe(table.funds.total.executed);
    }
    // Table 6 lost score cells (and two weights) in the published text: suggested where the rules can, and said so.
    expect(TABLES.flatMap((t) => fromSelfEvaluation(t).notes)).toEqual([
      '「企业技术中心人才奖补」表上没有得分，按评分规则建议 10 分',
      '「企业经营管理人素质提升工程」表上没有得分，请补填',
      '「行业专家国情区情研修班」表上没有得分，请补填',
    ]);
    const first = fromSelfEvaluation(TABLES[0]!).content;
    // 7.7 printed for 7.73; a point taken off a cost kept under its ceiling (205.76 万元 → 153.76 万元).
    expect(first.executionOverride).toEqual({ score: 770, reason: IMPORTED_SCORE_REASON });
    expect(first.indicators.filter((i) => i.override).map((i) => [i.name, i.override!.score])).toEqual([['工业稳增长专项业务经费', 100]]);
  });

  it('rebuilds the targets of a project known only from its 自评表', () => {
    const { content } = fromSelfEvaluation(TABLES[0]!);
    const targets = targetsFromEvaluation('工业稳增长及专项业务经费', content);
    expect(targets).toMatchObject({ annualFunds: 405_760_000, overallGoal: TABLES[0]!.plannedGoal, status: '草稿' });
    expect(targets.indicators[0]).toEqual({ level1: '产出指标', level2: '数量指标', name: '产业帮扶专项经费', value: '1项' });
    expect(targets.indicators).toHaveLength(TABLES[0]!.indicators.length);
    expect(targets.indicators.at(-1)).toMatchObject({ level2: '服务对象满意度指标', name: '群众满意度' });
  });
});
