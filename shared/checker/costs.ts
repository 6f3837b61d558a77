/**
 * What the 成本指标 of a table add up to: their amounts (元, 万元, 亿元; a unit cost times the
 * 数量指标 it belongs to), the 2021 framework's 成本 二级 included. A cost's unit is the one its
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

/** A name that states a cost per thing (`单个工作站年度运行经费`, `人均培训经费`, `亩均财政投入`). */
const PER_THING = /^(?:单个|每个|每|单位|单场|单次|人均|户均|亩均|生均|次均|平均)/;

/** A unit as counted: `人次` counts 人. */
const counted = (unit: string) => unit.replace(/次$/, '') || unit;

/** How many of `per` a quantity's unit holds: `1800万亩` is 1800 × 10,000 亩; null where it counts something else (`人` for `人·天`). */
function perMultiplier(quantityUnit: string, per: string): number | null {
  const scale = quantityUnit.startsWith('万') ? 1e4 : quantityUnit.startsWith('亿') ? 1e8 : 1;
  const unit = scale === 1 ? quantityUnit : quantityUnit.slice(1);
  return per === '' || (unit !== '' && counted(unit) === counted(per)) ? scale : null;
}

/** How many pairs of characters two names share: `档案整理成本` shares 档案 and 整理 with `文书档案收发文整理总件数`. */
function sharedPairs(a: string, b: string): number {
  const pairs = new Set([...a].slice(1).map((c, i) => a[i] + c));
  return [...pairs].filter((p) => b.includes(p)).length;
}

/**
 * The 数量指标 a unit cost multiplies, as a reviewer pairs them by meaning: among the quantities
 * counted in the cost's `per` unit (any, where the cost states none), the one whose name shares
 * the most with the cost's, else the first listed (the main output).
 */
function pairedQuantity(cost: IndexedIndicator, per: string, quantities: IndexedIndicator[]): { quantity: number; scale: number } | null {
  const name = bareName(cost.indicator.name).replace(PER_THING, '');
  const candidates = quantities.flatMap((q) => {
    const scale = q.parsed.kind === 'quantity' ? perMultiplier(q.parsed.unit, per) : null;
    return scale === null
      ? []
      : [{ quantity: q.parsed.kind === 'quantity' ? q.parsed.number : 0, scale, shared: sharedPairs(name, bareName(q.indicator.name)) }];
  });
  const best = Math.max(0, ...candidates.map((c) => c.shared));
  if (best > 0) {
    const closest = candidates.filter((c) => c.shared === best);
    return closest.length === 1 ? closest[0]! : null;
  }
  return per === '' ? null : (candidates[0] ?? null);
}

/** The amount a 成本指标 stands for, or null where it cannot be worked out. */
function costAmount(cost: IndexedIndicator, quantities: IndexedIndicator[]): Fen | null {
  const number = quantityOf(cost);
  const unit = costUnit(cost);
  if (number === null) return null;
  const per = isMoneyUnit(unit) ? (PER_THING.test(bareName(cost.indicator.name)) ? { unit, per: '' } : null) : perUnit(unit);
  if (per === null) return isMoneyUnit(unit) ? amountToFen(number, unit) : null;
  if (!isMoneyUnit(per.unit)) return null;
  const paired = pairedQuantity(cost, per.per, quantities);
  const unitCost = amountToFen(number, per.unit);
  if (paired === null || unitCost === null) return null;
  const times = multiplyFen(unitCost, paired.quantity);
  return times === null ? null : multiplyFen(times, paired.scale);
}

export function costs(content: ProjectContent): { total: Fen; complete: boolean; count: number } {
  const real = realIndicators(content.indicators);
  const quantities = real.filter((r) => r.indicator.level2 === '数量指标');
  const amounts = real.filter((r) => isCostLevel2(r.indicator.level2)).map((r) => costAmount(r, quantities));
  const known = amounts.filter((a): a is Fen => a !== null);
  return { total: known.reduce((a, b) => a + b, 0), complete: known.length === amounts.length, count: known.length };
}
