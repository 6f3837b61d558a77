/**
 * What the 成本指标 of a table add up to: their amounts (元, 万元, 亿元; a unit cost times the
 * 数量指标 of the same name), the 2021 framework's 成本 二级 included. A cost's unit is the one its
 * value writes, else the one its name or its 计量单位 column states; `15万` reads as 15 万元.
 */
import { perUnit, unitInName } from '../indicatorValue';
import { amountToFen, multiplyFen, MONEY_UNITS, type Fen, type MoneyUnit } from '../money';
import type { ProjectContent } from '../project';
import { COST_LEVEL2 } from '../taxonomy';
import { bareName, realIndicators, type IndexedIndicator } from './indicators';

export const isCostLevel2 = (level2: string) => level2 === '成本指标' || (COST_LEVEL2 as readonly string[]).includes(level2);

const isMoneyUnit = (unit: string): unit is MoneyUnit => unit in MONEY_UNITS;

/** A 万 or 亿 with no unit after it (`15万`, `3万/人`): in a cost, 万元 or 亿元 written short. */
export function shortMoneyUnit(unit: string): boolean {
  return /^[万亿](?:$|[/／每])/.test(unit);
}

/** The unit a cost is stated in, a short `万` read as 万元. */
export function costUnit(cost: IndexedIndicator): string {
  const written = cost.parsed.kind === 'quantity' || cost.parsed.kind === 'range' ? cost.parsed.unit : '';
  const unit = written || unitInName(cost.indicator.name) || (cost.indicator.extra?.unit ?? '').trim();
  return shortMoneyUnit(unit) ? `${unit[0]}元${unit.slice(1)}` : unit;
}

function quantityOf(r: IndexedIndicator): number | null {
  if (r.parsed.kind === 'quantity') return r.parsed.number;
  if (r.parsed.kind === 'range') return r.parsed.high;
  return null;
}

/** The amount a 成本指标 stands for, or null where it cannot be worked out. */
function costAmount(cost: IndexedIndicator, quantities: IndexedIndicator[]): Fen | null {
  const number = quantityOf(cost);
  const unit = costUnit(cost);
  if (number === null) return null;
  if (isMoneyUnit(unit)) return amountToFen(number, unit);
  const per = perUnit(unit);
  if (!per || !isMoneyUnit(per.unit)) return null;
  const name = bareName(cost.indicator.name);
  const matches = quantities.filter((q) => {
    const other = bareName(q.indicator.name);
    const sameThing = other !== '' && name !== '' && (other.includes(name) || name.includes(other));
    return sameThing && q.parsed.kind === 'quantity' && per.per.startsWith(q.parsed.unit);
  });
  if (matches.length !== 1) return null;
  const unitCost = amountToFen(number, per.unit);
  return unitCost === null ? null : multiplyFen(unitCost, quantityOf(matches[0]!)!);
}

export function costs(content: ProjectContent): { total: Fen; complete: boolean; count: number } {
  const real = realIndicators(content.indicators);
  const quantities = real.filter((r) => r.indicator.level2 === '数量指标');
  const amounts = real.filter((r) => isCostLevel2(r.indicator.level2)).map((r) => costAmount(r, quantities));
  const known = amounts.filter((a): a is Fen => a !== null);
  return { total: known.reduce((a, b) => a + b, 0), complete: known.length === amounts.length, count: known.length };
}
