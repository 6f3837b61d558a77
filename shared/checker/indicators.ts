/** Views of a table's indicators that several rules share. */
import { parseIndicatorValue, type ParsedValue } from '../indicatorValue';
import type { Indicator } from '../project';

export interface IndexedIndicator {
  indicator: Indicator;
  index: number;
  parsed: ParsedValue;
}

/** A `0 | 0` row: the form's way to say "not applicable". */
export function isNotApplicable(i: Indicator): boolean {
  return i.name.trim() === '0' && i.value.trim() === '0';
}

/** The rows that say something: neither blank nor `0 | 0`. */
export function realIndicators(indicators: Indicator[]): IndexedIndicator[] {
  return indicators.flatMap((indicator, index) =>
    (indicator.name.trim() === '' && indicator.value.trim() === '') || isNotApplicable(indicator)
      ? []
      : [{ indicator, index, parsed: parseIndicatorValue(indicator.value) }],
  );
}

/** A name without the `指标 1:` numbering some tables put before it, for comparing names. */
export function bareName(name: string): string {
  return name.replace(/\s+/g, '').replace(/^(指标)?\d+[:：.、]/, '');
}
