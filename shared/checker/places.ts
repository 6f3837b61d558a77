/** Naming the places of a table the way a clerk reads them. */
import type { Indicator } from '../project';
import type { Problem, Target } from './types';

/** Row number of an indicator within its 二级 (1-based), as it appears on the form. */
export function rowInLevel2(indicators: Indicator[], index: number): number {
  const level2 = indicators[index]!.level2;
  return indicators.slice(0, index + 1).filter((i) => i.level2 === level2).length;
}

export function indicatorPlace(indicators: Indicator[], index: number): string {
  const i = indicators[index]!;
  return `${i.level1}/${i.level2} 第${rowInLevel2(indicators, index)}行${i.name.trim() ? `「${i.name.trim()}」` : ''}`;
}

/** A problem at an indicator; its identity survives reordering: 二级 and name, not position. */
export function atIndicator(indicators: Indicator[], index: number, field: 'name' | 'value', message: string, fix?: Problem['fix']): Problem {
  const i = indicators[index]!;
  const target: Target = { kind: 'indicator', index, field };
  return { location: indicatorPlace(indicators, index), target, identity: `${i.level2}|${i.name.trim()}|${field}`, message, ...(fix ? { fix } : {}) };
}
