/**
 * Whether the 成本指标 agree with the money: their amounts (元, 万元, 亿元; a unit cost times the
 * 数量指标 of the same name) must not exceed 年度资金总额, and should account for most of it.
 */
import { amountToFen, formatWan, multiplyFen, MONEY_UNITS, type Fen, type MoneyUnit } from '../../money';
import { bareName, realIndicators, type IndexedIndicator } from '../indicators';
import type { CheckContext, Problem, Rule } from '../types';

const isMoneyUnit = (unit: string): unit is MoneyUnit => unit in MONEY_UNITS;

function quantityOf(r: IndexedIndicator): number | null {
  if (r.parsed.kind === 'quantity') return r.parsed.number;
  if (r.parsed.kind === 'range') return r.parsed.high;
  return null;
}

/** The amount a 成本指标 stands for, or null where it cannot be worked out. */
function costAmount(cost: IndexedIndicator, quantities: IndexedIndicator[]): Fen | null {
  const number = quantityOf(cost);
  const unit = cost.parsed.kind === 'quantity' || cost.parsed.kind === 'range' ? cost.parsed.unit : '';
  if (number === null) return null;
  if (isMoneyUnit(unit)) return amountToFen(number, unit);
  const perUnit = /^(元|万元|亿元)\/(.+)$/.exec(unit);
  if (!perUnit) return null;
  const name = bareName(cost.indicator.name);
  const matches = quantities.filter((q) => {
    const other = bareName(q.indicator.name);
    const sameThing = other !== '' && name !== '' && (other.includes(name) || name.includes(other));
    return sameThing && q.parsed.kind === 'quantity' && perUnit[2]!.startsWith(q.parsed.unit);
  });
  if (matches.length !== 1) return null;
  const unitCost = amountToFen(number, perUnit[1] as MoneyUnit);
  return unitCost === null ? null : multiplyFen(unitCost, quantityOf(matches[0]!)!);
}

function costs(context: CheckContext): { total: Fen; complete: boolean; count: number } {
  const real = realIndicators(context.content.indicators);
  const quantities = real.filter((r) => r.indicator.level2 === '数量指标');
  const amounts = real.filter((r) => r.indicator.level2 === '成本指标').map((r) => costAmount(r, quantities));
  const known = amounts.filter((a): a is Fen => a !== null);
  return { total: known.reduce((a, b) => a + b, 0), complete: known.length === amounts.length, count: known.length };
}

const tableProblem = (message: string): Problem => ({ location: '成本指标', target: { kind: 'level2', level2: '成本指标' }, identity: '成本指标', message });

export const moneyCostWithinFunds: Rule = {
  id: 'money.cost-within-funds',
  title: '成本指标合计不超过年度资金总额',
  severity: '错误',
  params: {},
  check: (context) => {
    const funds = context.content.annualFunds;
    const { total, count } = costs(context);
    if (funds === null || count === 0 || total <= funds) return [];
    return [tableProblem(`成本指标合计 ${formatWan(total)} 万元，超过年度资金总额 ${formatWan(funds)} 万元`)];
  },
};

export const moneyCostCoverage: Rule<{ minimumShare: number }> = {
  id: 'money.cost-coverage',
  title: '成本指标与年度资金总额大体相符',
  severity: '提醒',
  params: { minimumShare: 0.5 },
  check: (context, { minimumShare }) => {
    const funds = context.content.annualFunds;
    const { total, complete, count } = costs(context);
    if (funds === null || funds === 0 || count === 0 || !complete || total >= funds * minimumShare) return [];
    const share = Math.round((total / funds) * 100);
    return [tableProblem(`成本指标合计 ${formatWan(total)} 万元，只占年度资金总额 ${formatWan(funds)} 万元的 ${share}%，请核对成本指标是否完整`)];
  },
};
