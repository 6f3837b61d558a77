/** Whether the 成本指标 agree with the money: their amounts must not exceed 年度资金总额, and should account for most of it. */
import { formatWan } from '../../money';
import { costs } from '../costs';
import type { Problem, Rule } from '../types';

const tableProblem = (message: string): Problem => ({ location: '成本指标', target: { kind: 'level2', level2: '成本指标' }, identity: '成本指标', message });

export const moneyCostWithinFunds: Rule = {
  id: 'money.cost-within-funds',
  title: '成本指标合计不超过年度资金总额',
  severity: '错误',
  params: {},
  check: (context) => {
    const funds = context.content.annualFunds;
    const { total, count } = costs(context.content);
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
    const { total, complete, count } = costs(context.content);
    if (funds === null || funds === 0 || count === 0 || !complete || total >= funds * minimumShare) return [];
    const share = Math.round((total / funds) * 100);
    return [tableProblem(`成本指标合计 ${formatWan(total)} 万元，只占年度资金总额 ${formatWan(funds)} 万元的 ${share}%，请核对成本指标是否完整`)];
  },
};
