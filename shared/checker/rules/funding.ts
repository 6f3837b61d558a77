/** Funding arithmetic, to the 分. */
import type { FundKey } from '../../layouts';
import { formatWan, type Fen } from '../../money';
import type { Problem, Rule } from '../types';

const sum = (values: Fen[]) => values.reduce((a, b) => a + b, 0);

export const fundingGroupSum: Rule = {
  id: 'funding.group-sum',
  title: '资金总额等于其组成之和',
  severity: '错误',
  check: ({ layout, content }) =>
    layout.funding.flatMap((group): Problem[] => {
      if (!group.total) return [];
      const parts = group.parts.filter((p) => p.key !== group.total);
      if (!group.parts.some((p) => content.funds[p.key] !== undefined)) return [];
      const total = content.funds[group.total] ?? 0;
      const expected = sum(parts.map((p) => content.funds[p.key] ?? 0));
      if (total === expected) return [];
      const names = parts.map((p) => p.label).join(' + ');
      return [
        {
          location: `${group.label}资金总额`,
          target: { kind: 'fund', fund: group.total },
          identity: group.total,
          message: `${group.label}资金总额 ${formatWan(total)} 万元不等于 ${names} = ${formatWan(expected)} 万元`,
          fix: { label: `改为 ${formatWan(expected)}`, changes: [{ kind: 'fund', fund: group.total, fen: expected }] },
        },
      ];
    }),
};

/** 年度资金总额 is the sum of the groups: their totals, or their parts where a group has no total line. */
export const fundingAnnualSum: Rule = {
  id: 'funding.annual-sum',
  title: '年度资金总额等于各来源之和',
  severity: '错误',
  check: ({ layout, content }) => {
    const keys: FundKey[] = layout.funding.flatMap((g) => (g.total ? [g.total] : g.parts.map((p) => p.key)));
    if (content.annualFunds === null || !keys.some((k) => content.funds[k] !== undefined)) return [];
    const expected = sum(keys.map((k) => content.funds[k] ?? 0));
    if (expected === content.annualFunds) return [];
    return [
      {
        location: '年度资金总额',
        target: { kind: 'field', field: 'annualFunds' },
        identity: 'annualFunds',
        message: `年度资金总额 ${formatWan(content.annualFunds)} 万元不等于各资金来源之和 ${formatWan(expected)} 万元`,
        fix: { label: `改为 ${formatWan(expected)}`, changes: [{ kind: 'money', field: 'annualFunds', fen: expected }] },
      },
    ];
  },
};

export const fundingWithinTotal: Rule = {
  id: 'funding.within-total',
  title: '年度资金总额不超过项目总额',
  severity: '错误',
  check: ({ layout, content }) => {
    const hasTotal = layout.headerFields.some((f) => f.key === 'totalFunds');
    if (!hasTotal || content.totalFunds === null || content.annualFunds === null || content.annualFunds <= content.totalFunds) return [];
    return [
      {
        location: '年度资金总额',
        target: { kind: 'field', field: 'annualFunds' },
        identity: 'annualFunds',
        message: `年度资金总额 ${formatWan(content.annualFunds)} 万元超过项目总额 ${formatWan(content.totalFunds)} 万元`,
      },
    ];
  },
};
