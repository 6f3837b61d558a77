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

interface UnitCost {
  /** The cost's name without its 单个/人均 …, to pair by. */
  name: string;
  /** The thing it is per (`亩`, `人`), '' where the name says 单个/人均 without one. */
  per: string;
  fen: Fen;
}

interface Paired {
  quantity: number;
  scale: number;
}

/** What a cost states: an amount, a unit cost (paired below), or null where it cannot be worked out. */
function costOf(cost: IndexedIndicator): Fen | UnitCost | null {
  const number = quantityOf(cost);
  const unit = costUnit(cost);
  if (number === null) return null;
  const name = bareName(cost.indicator.name);
  const per = isMoneyUnit(unit) ? (PER_THING.test(name) ? { unit, per: '' } : null) : perUnit(unit);
  if (per === null) return isMoneyUnit(unit) ? amountToFen(number, unit) : null;
  const fen = isMoneyUnit(per.unit) ? amountToFen(number, per.unit) : null;
  return fen === null ? null : { name: name.replace(PER_THING, ''), per: per.per, fen };
}

/**
 * Which 数量指标 each unit cost multiplies, as a reviewer pairs them by meaning. Each quantity serves
 * one cost. Among the quantities counted in a cost's `per` unit (any, where it states none), the
 * costs sharing most of their names with one are paired first (`档案录入成本` with 档案录入, then
 * `档案整理成本` with what is left); a cost whose best match is a tie stays unpaired; a cost that
 * shares nothing takes the first quantity left in its unit (the main output). An unpaired cost
 * cannot be worked out.
 */
function pairQuantities(costs: UnitCost[], quantities: IndexedIndicator[]): (Paired | null)[] {
  const candidates = costs.map((cost) =>
    quantities.flatMap((q, at) => {
      const scale = q.parsed.kind === 'quantity' ? perMultiplier(q.parsed.unit, cost.per) : null;
      return scale === null || q.parsed.kind !== 'quantity'
        ? []
        : [{ at, quantity: q.parsed.number, scale, shared: sharedPairs(cost.name, bareName(q.indicator.name)) }];
    }),
  );
  const paired: (Paired | null)[] = costs.map(() => null);
  const taken = new Set<number>();
  const settled = new Set<number>();
  const free = (c: number) => candidates[c]!.filter((q) => !taken.has(q.at));
  for (;;) {
    const best = costs
      .map((_, c) => ({ c, shared: settled.has(c) ? 0 : Math.max(0, ...free(c).map((q) => q.shared)) }))
      .filter((b) => b.shared > 0)
      .sort((x, y) => y.shared - x.shared)[0];
    if (!best) break;
    settled.add(best.c);
    const closest = free(best.c).filter((q) => q.shared === best.shared);
    if (closest.length !== 1) continue;
    taken.add(closest[0]!.at);
    paired[best.c] = closest[0]!;
  }
  costs.forEach((cost, c) => {
    if (settled.has(c) || cost.per === '') return;
    const first = free(c)[0] ?? null;
    if (first) taken.add(first.at);
    paired[c] = first;
  });
  return paired;
}

export function costs(content: ProjectContent): { total: Fen; complete: boolean; count: number } {
  const real = realIndicators(content.indicators);
  const quantities = real.filter((r) => r.indicator.level2 === '数量指标');
  const stated = real.filter((r) => isCostLevel2(r.indicator.level2)).map(costOf);
  const unitCosts = stated.filter((c): c is UnitCost => c !== null && typeof c === 'object');
  const paired = pairQuantities(unitCosts, quantities);
  const amounts = stated.map((c) => {
    if (c === null || typeof c === 'number') return c;
    const pair = paired[unitCosts.indexOf(c)];
    const times = pair ? multiplyFen(c.fen, pair.quantity) : null;
    return pair && times !== null ? multiplyFen(times, pair.scale) : null;
  });
  const known = amounts.filter((a): a is Fen => a !== null);
  return { total: known.reduce((a, b) => a + b, 0), complete: known.length === amounts.length, count: known.length };
}
