/**
 * The checker's rules for a 自评表: weights, scores within them, the printed arithmetic, and the
 * explanations a reviewer requires wherever points were lost.
 */
import { add, compare, fraction, mul, toNumber, type Fraction } from '../decimal';
import { parseIndicatorValue } from '../indicatorValue';
import { scoreReport, DEFAULT_EXECUTION_WEIGHT } from '../scoring/scoreReport';
import { agrees } from '../scoring/execution';
import { ABOVE_TARGET_PERCENT, QUALITATIVE_GRADES, suggestScore, withinBand, type QualitativeGrade } from '../scoring/indicatorScore';
import type { SelfEvaluation, SelfEvaluationIndicator } from '../interchange/selfEvaluation';
import { runRules } from './runRules';
import type { EvaluationTarget, Finding, Problem, Rule, RuleSettings } from './types';

// The rules have parameters of their own types: the list can only hold them as rules of any parameters.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySelfEvaluationRule = Rule<any, SelfEvaluation>;

const sum = (values: (number | null)[]): Fraction => values.map((v) => fraction(v ?? 0)).reduce(add, fraction(0));
const shown = (f: Fraction) => String(toNumber(f, 2));
type IndicatorField = Extract<EvaluationTarget, { kind: 'evaluationIndicator' }>['field'];

/** A problem at a field of an indicator's row; its identity is the row's, whichever field it points at. */
export const atEvaluationIndicator = (indicators: { level1: string; level2: string; name: string }[], index: number, field: IndicatorField) => {
  const i = indicators[index]!;
  return {
    location: `${i.level1}/${i.level2}「${i.name}」`,
    target: { kind: 'evaluationIndicator' as const, index, field },
    identity: `${i.level2}|${i.name}`,
  };
};
const place = (table: SelfEvaluation, index: number, field: IndicatorField) => atEvaluationIndicator(table.indicators, index, field);
const tableProblem = (identity: string, location: string, message: string, target: Problem['target'] = { kind: 'table' }): Problem => ({
  location,
  target,
  identity,
  message,
});

const NO_REASON = /^(无|\/|／|暂无|—|-|)$/;

/** An actual at `percent` of its target or more (the department's threshold) asks whether the target was set too low. */
const targetLow: Rule<{ percent: number }, SelfEvaluation> = {
  id: 'se.target-low',
  title: '实际完成值远超目标（目标是否定得过低）',
  severity: '提醒',
  params: { percent: ABOVE_TARGET_PERCENT },
  check: (table, { percent }) =>
    table.indicators.flatMap((i, index): Problem[] =>
      i.weight === null
        ? []
        : suggestScore(i.target, i.actual, i.weight, { cost: i.level2 === '成本指标', aboveTargetPercent: percent })
            .notes.filter((n) => n.includes('目标是否定得过低'))
            .map((message) => ({ ...place(table, index, 'actual'), message })),
    ),
};

export const SELF_EVALUATION_RULES: AnySelfEvaluationRule[] = [
  {
    id: 'se.weights',
    title: '分值合计 100，各一级指标与其分值一致',
    severity: '错误',
    check: (table) => {
      const problems: Problem[] = [];
      const total = add(fraction(table.funds.total.weight ?? DEFAULT_EXECUTION_WEIGHT), sum(table.indicators.map((i) => i.weight)));
      if (compare(total, fraction(100)) !== 0)
        problems.push(tableProblem('total', '分值', `预算执行与各指标分值合计 ${shown(total)}，应为 100`, { kind: 'execution', field: 'weight' }));
      for (const [level1, weight] of Object.entries(table.level1Weights)) {
        const own = sum(table.indicators.filter((i) => i.level1 === level1).map((i) => i.weight));
        if (compare(own, fraction(weight)) !== 0)
          problems.push(tableProblem(level1, level1, `${level1}下各指标分值合计 ${shown(own)}，与其分值 ${weight} 不符`, { kind: 'level1Weight', level1 }));
      }
      return problems;
    },
  },
  {
    id: 'se.score-range',
    title: '得分在 0 与分值之间',
    severity: '错误',
    check: (table) =>
      table.indicators.flatMap((i, index): Problem[] =>
        i.score !== null && i.weight !== null && (i.score < 0 || compare(fraction(i.score), fraction(i.weight)) > 0)
          ? [{ ...place(table, index, 'score'), message: `得分 ${i.score} 不在 0 到分值 ${i.weight} 之间` }]
          : [],
      ),
  },
  {
    id: 'se.execution',
    title: '执行率和预算执行得分与计算一致',
    severity: '错误',
    check: (table) =>
      scoreReport(table)
        .differences.filter((d) => d.field !== 'totalScore')
        .map((d) =>
          tableProblem(
            d.field,
            d.field === 'rate' ? '执行率' : '预算执行得分',
            d.computed === null
              ? `表上为 ${d.recorded}，但无法计算（全年预算数或执行数缺失、为 0）`
              : `表上为 ${d.recorded}，按全年执行数 ÷ 全年预算数计算应为 ${d.computed}`,
            d.field === 'rate' ? { kind: 'budget', line: 'total', field: 'executed' } : { kind: 'execution', field: 'score' },
          ),
        ),
  },
  {
    id: 'se.total',
    title: '总分等于各项得分之和',
    severity: '错误',
    check: (table) => {
      if (table.totalScore === null) return [];
      const parts = add(fraction(table.funds.total.score ?? 0), sum(table.indicators.map((i) => i.score)));
      return agrees(table.totalScore, parts, 'score')
        ? []
        : [tableProblem('total', '总分', `总分 ${table.totalScore} 不等于预算执行与各指标得分之和 ${shown(parts)}`)];
    },
  },
  {
    id: 'se.deviation',
    title: '失分处填写偏差原因分析及改进措施',
    severity: '错误',
    check: (table) =>
      table.indicators.flatMap((i, index): Problem[] =>
        i.score !== null && i.weight !== null && i.score < i.weight && NO_REASON.test(i.deviation.trim())
          ? [{ ...place(table, index, 'deviation'), message: `得分 ${i.score} 低于分值 ${i.weight}，请填写偏差原因分析及改进措施` }]
          : [],
      ),
  },
  {
    id: 'se.actual-number',
    title: '定量指标的实际完成值为数字',
    severity: '提醒',
    check: (table) =>
      table.indicators.flatMap((i: SelfEvaluationIndicator, index): Problem[] => {
        const target = parseIndicatorValue(i.target).kind;
        const actual = parseIndicatorValue(i.actual).kind;
        const quantitative = target === 'quantity' || target === 'range';
        return quantitative && actual !== 'quantity' && actual !== 'range' && actual !== 'notApplicable'
          ? [{ ...place(table, index, 'actual'), message: `年度指标值“${i.target}”是定量的，实际完成值“${i.actual}”应写出数字` }]
          : [];
      }),
  },
  {
    id: 'se.band',
    title: '定性指标的得分在其等级的区间内',
    severity: '错误',
    check: (table) =>
      table.indicators.flatMap((i, index): Problem[] => {
        const grade = i.actual.trim() as QualitativeGrade;
        if (!(grade in QUALITATIVE_GRADES) || i.score === null || i.weight === null || withinBand(i.score, i.weight, grade)) return [];
        const { from, to } = QUALITATIVE_GRADES[grade];
        return [
          {
            ...place(table, index, 'score'),
            message: `“${grade}”的得分应在分值的 ${Math.round(from * 100)}%–${Math.round(to * 100)}% 之间（${shown(mul(fraction(i.weight), fraction(from)))}–${shown(mul(fraction(i.weight), fraction(to)))} 分），表上为 ${i.score}`,
          },
        ];
      }),
  },
  targetLow,
  {
    id: 'se.sub-lines',
    title: '分项执行数不超过合计',
    severity: '错误',
    check: (table) => {
      const total = table.funds.total.executed;
      if (total === null) return [];
      const lines = { fiscal: '当年财政拨款', carryover: '上年结转资金', central: '中央财政资金', local: '地方资金', other: '其他资金' } as const;
      return (Object.keys(lines) as (keyof typeof lines)[]).flatMap((key): Problem[] => {
        const executed = table.funds[key]?.executed ?? null;
        return executed !== null && compare(fraction(executed), fraction(total)) > 0
          ? [
              tableProblem(key, lines[key], `${lines[key]}全年执行数 ${executed} 超过年度资金总额的执行数 ${total}`, {
                kind: 'budget',
                line: key,
                field: 'executed',
              }),
            ]
          : [];
      });
    },
  },
];

export function checkSelfEvaluation(table: SelfEvaluation, settings: RuleSettings = {}): Finding[] {
  return runRules(SELF_EVALUATION_RULES, table, settings);
}
