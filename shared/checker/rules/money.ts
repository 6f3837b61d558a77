/**
 * Whether the 成本指标 agree with the money: their amounts must not exceed 年度资金总额, and should
 * account for most of it; an annual amount 10,000 times what the table's costs say was typed in 元.
 */
import { FUND_KEYS } from '../../layouts';
import { formatWan } from '../../money';
import { UNIT_SLIP_FACTOR, unitSlip } from '../../unitSlip';
import { costs } from '../costs';
import type { Change, Problem, Rule } from '../types';

const tableProblem = (message: string): Problem => ({ location: '成本指标', target: { kind: 'level2', level2: '成本指标' }, identity: '成本指标', message });

export const moneyCostWithinFunds: Rule = {
  id: 'money.cost-within-funds',
  title: '成本指标合计不超过年度资金总额',
  severity: '错误',
  check: (context) => {
    const funds = context.content.annualFunds;
    const { total, count } = costs(context.content);
    if (funds === null || count === 0 || total <= funds) return [];
    return [tableProblem(`成本指标合计 ${formatWan(total)} 万元，超过年度资金总额 ${formatWan(funds)} 万元`)];
  },
};

export const moneyYuanAsWan: Rule = {
  id: 'money.yuan-as-wan',
  title: '年度资金总额不是按元填写的',
  severity: '错误',
  check: ({ content }) => {
    const slip = unitSlip(content);
    if (!slip) return [];
    // The other amounts of the table were most likely typed the same way: those that divide exactly go along.
    const divides = (fen: number | null | undefined): fen is number => typeof fen === 'number' && fen !== 0 && fen % UNIT_SLIP_FACTOR === 0;
    const changes: Change[] = [{ kind: 'money', field: 'annualFunds', fen: slip.corrected }];
    if (divides(content.totalFunds)) changes.push({ kind: 'money', field: 'totalFunds', fen: content.totalFunds / UNIT_SLIP_FACTOR });
    for (const fund of FUND_KEYS) {
      const fen = content.funds[fund];
      if (divides(fen)) changes.push({ kind: 'fund', fund, fen: fen / UNIT_SLIP_FACTOR });
    }
    return [
      {
        location: '年度资金总额',
        target: { kind: 'field', field: 'annualFunds' },
        identity: 'annualFunds',
        message: `年度资金总额 ${formatWan(slip.annual)} 万元是${slip.evidence}的 10000 倍，似按元填写，应为 ${formatWan(slip.corrected)} 万元`,
        fix: { label: `改为 ${formatWan(slip.corrected)} 万元${changes.length > 1 ? '（表中其他金额同样除以 10000）' : ''}`, changes },
      },
    ];
  },
};

export const moneyCostCoverage: Rule<{ minimumShare: number }> = {
  id: 'money.cost-coverage',
  title: '成本指标与年度资金总额大体相符',
  severity: '提醒',
  params: { minimumShare: 0.5 },
  check: (context, { minimumShare }) => {
    const funds = context.content.annualFunds;
    const { total, complete, count } = costs(context.content);
    if (funds === null || funds === 0 || count === 0 || !complete || total >= funds * minimumShare) return [];
    // An amount typed in 元 is money.yuan-as-wan's finding, with the amount it should be.
    if (unitSlip(context.content)) return [];
    const share = Math.round((total / funds) * 100);
    return [tableProblem(`成本指标合计 ${formatWan(total)} 万元，只占年度资金总额 ${formatWan(funds)} 万元的 ${share}%，请核对成本指标是否完整`)];
  },
};
