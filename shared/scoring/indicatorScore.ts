/**
 * The suggested score of a 三级 indicator in the 自评表, by the official rules. It is a
 * suggestion: the clerk may override it with a reason, and the suggestion stays beside it.
 * - `≥`/`>` (and `=` or no comparator with a positive target): full marks when met, else actual ÷ target × weight;
 * - `≤`/`<` (costs, deadlines; a 成本指标 without a comparator): full marks within, falling linearly to 0 at twice the target;
 * - `=` with target 0: full marks when the actual is 0;
 * - qualitative: 达成 / 部分达成 / 未达成 give bands of 80–100 %, 60–80 %, 0–60 % of the weight;
 * - an actual written exactly as the target: full marks.
 */
import { compare, div, fraction, isZero, min, mul, rounded, toNumber, type Fraction } from '../decimal';
import { parseIndicatorValue, type ParsedValue } from '../indicatorValue';

export const QUALITATIVE_GRADES = {
  达成年度指标: { from: 0.8, to: 1, suggest: 1 },
  部分达成年度指标并具有一定效果: { from: 0.6, to: 0.8, suggest: 0.7 },
  未达成年度指标且效果较差: { from: 0, to: 0.6, suggest: 0.3 },
} as const;
export type QualitativeGrade = keyof typeof QUALITATIVE_GRADES;

export interface ScoreSuggestion {
  /** Two decimals; null where no rule applies and the clerk scores by hand. */
  score: Fraction | null;
  /** For qualitative grades, the band the score must fall in. */
  band?: { from: Fraction; to: Fraction };
  /** Advice, e.g. a target met by far. */
  notes: string[];
}

const ZERO = fraction(0);
const byHand = (note: string): ScoreSuggestion => ({ score: null, notes: [note] });

interface Magnitude {
  value: Fraction;
  /** The unit without a 万/亿 prefix: `57万元` and `570000元` are both 元. */
  unit: string;
}

function magnitudeOf(parsed: ParsedValue): Magnitude | null {
  const of = (n: number, unit: string): Magnitude => {
    const prefix = /^[万亿]/.exec(unit)?.[0];
    const scale = prefix === '万' ? fraction(10_000) : prefix === '亿' ? fraction(100_000_000) : fraction(1);
    return { value: mul(fraction(n), scale), unit: prefix && unit.length > 1 ? unit.slice(1) : prefix ? '' : unit };
  };
  if (parsed.kind === 'quantity') return of(parsed.number, parsed.unit);
  if (parsed.kind === 'range') return of(parsed.high, parsed.unit);
  if (parsed.kind === 'notApplicable') return { value: fraction(0), unit: '' };
  return null;
}

function pointOf(parsed: ParsedValue): number | null {
  if (parsed.kind !== 'date' || parsed.date.month === null) return null;
  return (parsed.date.year ?? 0) * 10_000 + parsed.date.month * 100 + (parsed.date.day ?? 31);
}

/** The share of its target (percent) at which an actual asks whether the target was set too low, where the department's rules say none. */
export const ABOVE_TARGET_PERCENT = 120;

/**
 * `cost`: a 成本指标, where a target without a comparator is a ceiling; `aboveTargetPercent`: the
 * share of a positive target at which an actual earns the note that the target may be too low.
 */
export function suggestScore(target: string, actual: string, weight: number, options: { cost?: boolean; aboveTargetPercent?: number } = {}): ScoreSuggestion {
  const w = fraction(weight);
  const grade = QUALITATIVE_GRADES[actual.trim() as QualitativeGrade];
  if (grade) {
    return {
      score: rounded(mul(w, fraction(grade.suggest)), 2),
      band: { from: mul(w, fraction(grade.from)), to: mul(w, fraction(grade.to)) },
      notes: [],
    };
  }
  // An actual written exactly as the target (`逐步提高` / `逐步提高`) says the target was met.
  if (actual.replace(/\s+/g, '') === target.replace(/\s+/g, '') && target.trim() !== '') return { score: rounded(w, 2), notes: [] };
  const t = parseIndicatorValue(target);
  const a = parseIndicatorValue(actual);
  if (t.kind === 'date') {
    const [due, done] = [pointOf(t), pointOf(a)];
    if (due === null || done === null) return byHand('时效指标的实际完成时间无法与目标比较，请按实际情况打分');
    return done <= due ? { score: rounded(w, 2), notes: [] } : byHand('逾期完成，请按延误程度打分并说明原因');
  }
  const goal = magnitudeOf(t);
  const done = magnitudeOf(a);
  if (goal === null) return byHand('定性指标：实际完成值请选“达成年度指标”“部分达成年度指标并具有一定效果”或“未达成年度指标且效果较差”');
  if (done === null) return byHand('实际完成值不是数字，无法按公式计算');
  // An actual without a unit is read in the target's unit; different units are not compared.
  if (done.unit !== '' && done.unit !== goal.unit)
    return byHand(`实际完成值的单位“${done.unit}”与年度指标值的“${goal.unit || '无单位'}”不同，请按实际情况打分`);
  const comparator = (t.kind === 'quantity' ? t.comparator : null) ?? (options.cost ? '≤' : null);
  const T = goal.value;
  const A = done.value;
  if (comparator === '≤' || comparator === '<') {
    if (compare(A, T) <= 0) return { score: rounded(w, 2), notes: [] };
    if (isZero(T)) return { score: ZERO, notes: [] };
    // Linear from full marks at the target to 0 at twice the target.
    const over = div({ num: A.num * T.den - T.num * A.den, den: A.den * T.den }, T);
    const share = over.num >= over.den ? ZERO : { num: over.den - over.num, den: over.den };
    return { score: rounded(mul(w, share), 2), notes: [] };
  }
  if (isZero(T)) return { score: isZero(A) ? rounded(w, 2) : ZERO, notes: [] };
  const share = div(A, T);
  const notes =
    compare(mul(share, fraction(100)), fraction(options.aboveTargetPercent ?? ABOVE_TARGET_PERCENT)) >= 0
      ? [`实际完成值达到目标的 ${toNumber(mul(share, fraction(100)), 0)}%，目标是否定得过低？`]
      : [];
  return { score: rounded(mul(w, min(share, fraction(1))), 2), notes };
}

/** Whether a qualitative score lies in its grade's band (a score outside it is an 错误). */
export function withinBand(score: number, weight: number, grade: QualitativeGrade): boolean {
  const { from, to } = QUALITATIVE_GRADES[grade];
  const s = fraction(score);
  const w = fraction(weight);
  return compare(s, mul(w, fraction(from))) >= 0 && compare(s, mul(w, fraction(to))) <= 0;
}
