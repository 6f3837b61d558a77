/** Views of a table's indicators that several rules share. */
import { parseIndicatorValue, type ParsedValue } from '../indicatorValue';
import { isBlankOrHint } from '../lexicon/hints';
import type { Indicator, ProjectContent } from '../project';
import { COST_LEVEL2 } from '../taxonomy';

export interface IndexedIndicator {
  indicator: Indicator;
  index: number;
  parsed: ParsedValue;
}

/** What a row writes for "this 二级 has nothing": `0 | 0` on the 本级 form, `不适用`, `无`, `/`, dashes. */
const NOT_APPLICABLE_MARK = /^(0|不适用|不涉及|无|\/|／|[-—－–]+)$/;
/** Words that declare a 二级 not applicable whatever the name beside them says. */
const NOT_APPLICABLE_WORD = /^(不适用|不涉及|本项目不涉及)$/;

const marks = (text: string) => isBlankOrHint(text) || NOT_APPLICABLE_MARK.test(text.replace(/\s+/g, ''));

/** A row with neither name nor value (the template's hints count as nothing). */
export function isBlankRow(i: Indicator): boolean {
  return isBlankOrHint(i.name) && isBlankOrHint(i.value);
}

/**
 * A row declaring its 二级 not applicable: `0 | 0`, `不适用`, `无 | 无`, `/`, or a value of `不适用`.
 * It is the form's way of saying "none", not an indicator.
 */
export function isDeclaration(i: Indicator): boolean {
  if (isBlankRow(i)) return false;
  return (marks(i.name) && marks(i.value)) || NOT_APPLICABLE_WORD.test(i.value.replace(/\s+/g, ''));
}

const BARE_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;
const COMPARATOR = /^(?:[≥≤><=＞＜＝≧≦]|>=|<=|大于等于|小于等于|大于|小于|等于|不低于|不高于|不少于|不超过|不多于)$/;

/**
 * The value as the row states it: a bare number completed by the table's 计算符号 and 计量单位
 * columns (`90` with `≥` and `%` is `≥90%`), which some regions' forms keep apart. The text as
 * written stays the indicator's; this is how the rules read it.
 */
export function statedValue({ value, extra }: Indicator): string {
  const number = value.trim();
  if (!BARE_NUMBER.test(number)) return value;
  const symbol = (extra?.symbol ?? '').trim();
  return `${COMPARATOR.test(symbol) ? symbol : ''}${number}${(extra?.unit ?? '').trim()}`;
}

/** The rows that say something: neither blank nor a declaration. */
export function realIndicators(indicators: Indicator[]): IndexedIndicator[] {
  return indicators.flatMap((indicator, index) =>
    isBlankRow(indicator) || isDeclaration(indicator) ? [] : [{ indicator, index, parsed: parseIndicatorValue(statedValue(indicator)) }],
  );
}

/**
 * How a table stands on each level: the 二级 and 一级 with indicators, and the 二级 declared 不适用 (by a
 * row, or as the import kept it in `notApplicable`) that have none. The 2021 framework's 成本 二级 stand
 * for the classic 成本指标. The tree rules all read this one view, so that they never disagree.
 */
export interface Coverage {
  withIndicators: Set<string>;
  declared: Set<string>;
  /** 一级 with an indicator (declarations do not count: an 一级 is there to be measured). */
  level1s: Set<string>;
}

export function coverage(content: ProjectContent): Coverage {
  const real = realIndicators(content.indicators).map((r) => r.indicator);
  const withIndicators = new Set(real.map((i) => i.level2));
  if ((COST_LEVEL2 as readonly string[]).some((l) => withIndicators.has(l))) withIndicators.add('成本指标');
  const rows = content.indicators.filter(isDeclaration);
  const declared = new Set([...content.notApplicable, ...rows.map((i) => i.level2)].filter((l) => !withIndicators.has(l)));
  const level1s = new Set(real.map((i) => i.level1));
  return { withIndicators, declared, level1s };
}

/** A name without the `指标 1:` numbering some tables put before it, for comparing names. */
export function bareName(name: string): string {
  return name.replace(/\s+/g, '').replace(/^(指标)?\d+[:：.、]/, '');
}
