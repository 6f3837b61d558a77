import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSelfEvaluation, SELF_EVALUATION_RULES } from '../../shared/checker/selfEvaluationRules';
import type { SelfEvaluation } from '../../shared/interchange/selfEvaluation';
import { FIXTURES, readJson } from '../helpers/paths';

const TABLES = readJson<SelfEvaluation[]>(path.join(FIXTURES, 'selfeval-002-a.truth.json'));
/** Table 2 of seed 002 is sound: every figure adds up. */
const SOUND = TABLES[1]!;
const variant = (change: (t: SelfEvaluation) => void) => {
  const copy = structuredClone(SOUND);
  change(copy);
  return copy;
};
const rules = (t: SelfEvaluation) => checkSelfEvaluation(t).map((f) => f.rule);

describe('自评表 checks', () => {
  it('find nothing in a sound table', () => {
    expect(checkSelfEvaluation(SOUND)).toEqual([]);
  });

  const cases: [rule: string, failing: (t: SelfEvaluation) => void, message: string][] = [
    ['se.weights', (t) => (t.indicators[0]!.weight = (t.indicators[0]!.weight ?? 0) + 1), '预算执行与各指标分值合计 101，应为 100'],
    [
      'se.score-range',
      (t) => (t.indicators[0]!.score = (t.indicators[0]!.weight ?? 0) + 1),
      `得分 ${(SOUND.indicators[0]!.weight ?? 0) + 1} 不在 0 到分值 ${SOUND.indicators[0]!.weight} 之间`,
    ],
    ['se.execution', (t) => (t.funds.total.rate = '99.97%'), '表上为 99.97%，按全年执行数 ÷ 全年预算数计算应为 98.97%'],
    ['se.total', (t) => (t.totalScore = 97), '总分 97 不等于预算执行与各指标得分之和 98.9'],
    [
      'se.deviation',
      (t) => Object.assign(t.indicators[0]!, { score: (t.indicators[0]!.weight ?? 0) - 1, deviation: '无' }),
      `得分 ${(SOUND.indicators[0]!.weight ?? 0) - 1} 低于分值 ${SOUND.indicators[0]!.weight}，请填写偏差原因分析及改进措施`,
    ],
    [
      'se.actual-number',
      (t) => Object.assign(t.indicators[0]!, { target: '≥20户', actual: '基本完成' }),
      '年度指标值“≥20户”是定量的，实际完成值“基本完成”应写出数字',
    ],
    [
      'se.band',
      (t) => Object.assign(t.indicators[0]!, { target: '明显提升', actual: '部分达成年度指标并具有一定效果', weight: 4, score: 4, deviation: '宣传覆盖不足' }),
      '“部分达成年度指标并具有一定效果”的得分应在分值的 60%–80% 之间（2.4–3.2 分），表上为 4',
    ],
    ['se.target-low', (t) => Object.assign(t.indicators[0]!, { target: '≥20户', actual: '30户' }), '实际完成值达到目标的 150%，目标是否定得过低？'],
    ['se.sub-lines', (t) => (t.funds.fiscal!.executed = 300), '当年财政拨款全年执行数 300 超过年度资金总额的执行数 197.93'],
  ];

  it('has a case for every rule', () => {
    expect(cases.map((c) => c[0]).sort()).toEqual(SELF_EVALUATION_RULES.map((r) => r.id).sort());
  });

  it.each(cases)('%s', (rule, failing, message) => {
    const found = checkSelfEvaluation(variant(failing)).filter((f) => f.rule === rule);
    expect(found.map((f) => f.message)).toContain(message);
  });

  it('point each finding at the field where it is mended', () => {
    const targetOf = (rule: string, failing: (t: SelfEvaluation) => void, location?: string) =>
      checkSelfEvaluation(variant(failing)).find((f) => f.rule === rule && (location === undefined || f.location === location))!.target;
    expect(cases.map(([rule, failing]) => [rule, targetOf(rule, failing)])).toEqual([
      ['se.weights', { kind: 'execution', field: 'weight' }],
      ['se.score-range', { kind: 'evaluationIndicator', index: 0, field: 'score' }],
      ['se.execution', { kind: 'budget', line: 'total', field: 'executed' }],
      ['se.total', { kind: 'table' }],
      ['se.deviation', { kind: 'evaluationIndicator', index: 0, field: 'deviation' }],
      ['se.actual-number', { kind: 'evaluationIndicator', index: 0, field: 'actual' }],
      ['se.band', { kind: 'evaluationIndicator', index: 0, field: 'score' }],
      ['se.target-low', { kind: 'evaluationIndicator', index: 0, field: 'actual' }],
      ['se.sub-lines', { kind: 'budget', line: 'fiscal', field: 'executed' }],
    ]);
    expect(targetOf('se.weights', (t) => (t.level1Weights['产出指标']! += 1), '产出指标')).toEqual({ kind: 'level1Weight', level1: '产出指标' });
    expect(targetOf('se.execution', (t) => (t.funds.total.score = 1), '预算执行得分')).toEqual({ kind: 'execution', field: 'score' });
  });

  it('accept a lost point that is explained, and a qualitative actual', () => {
    const explained = variant((t) => Object.assign(t.indicators[0]!, { score: (t.indicators[0]!.weight ?? 0) - 1, deviation: '因疫情推迟，已结转下年' }));
    expect(rules(explained)).not.toContain('se.deviation');
    expect(rules(variant((t) => Object.assign(t.indicators[0]!, { target: '明显提升', actual: '达成年度指标' })))).not.toContain('se.actual-number');
  });

  it('report exactly the mistakes the published tables of seed 002 contain', () => {
    const found = TABLES.flatMap((t, i) => checkSelfEvaluation(t).map((f) => `${i + 1} ${f.severity} ${f.rule} @ ${f.location}`));
    expect(found).toEqual([
      // Scores below their weight with no 偏差原因分析.
      '4 错误 se.deviation @ 产出指标/时效指标「完成时限」',
      // A score cell lost in the published text.
      '6 错误 se.total @ 总分',
      // 94.30% printed for 94.33%; 上年结转资金 executed 5.29 against a total of 4.99.
      '7 错误 se.execution @ 执行率',
      '7 错误 se.sub-lines @ 上年结转资金',
      // 9 printed for 8.92; the same sub-line mismatch.
      '8 错误 se.execution @ 预算执行得分',
      '8 错误 se.sub-lines @ 上年结转资金',
      // Quantitative targets answered in words.
      '10 提醒 se.actual-number @ 产出指标/时效指标「每年9月30日前完成支付」',
      '10 提醒 se.actual-number @ 效益指标/经济效益指标「发挥平台功能作用,助企业降本、增效、节约电量」',
      // 67 家 against a target of 50: 134 %, a target set low (57万 against 57万元 is simply met).
      '12 提醒 se.target-low @ 产出指标/数量指标「开展节能诊断服务企业个数」',
      '13 错误 se.deviation @ 产出指标/成本指标「主机安全防护」',
      '14 错误 se.deviation @ 产出指标/成本指标「工信厅门户网站管理运行维护」',
      '14 错误 se.deviation @ 产出指标/成本指标「网络舆情监测与处置」',
      // 40.00% printed for 39.64%.
      '15 错误 se.execution @ 执行率',
      '15 错误 se.deviation @ 产出指标/成本指标「运维费用」',
      '15 错误 se.deviation @ 产出指标/成本指标「租用运营商线路费用」',
    ]);
  });
});
