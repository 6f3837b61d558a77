/**
 * The checker's rules for a 执行监控表: a reason wherever a target may be missed or a light is not
 * green, the printed 执行率 against its computation (as `jixiao score` reads a printed figure), the
 * money within the budget and the forecast, and a number wherever the target is one. Every location
 * starts with `监控表`.
 */
import { compare, fraction } from '../decimal';
import { parseIndicatorValue } from '../indicatorValue';
import type { MonitoringTable } from '../interchange/monitoring';
import { FUND_LINES, type FundLineKey } from '../monitoring/content';
import { monitoringLights, monitoringRate, type MonitoringLights } from '../monitoring/lights';
import type { MonitoringThresholds } from '../profiles/profile';
import { agrees, percentText } from '../scoring/execution';
import { runRules } from './runRules';
import type { Finding, MonitoringTarget, Problem, Rule, RuleSettings } from './types';

export interface MonitoringCheck {
  table: MonitoringTable;
  lights: MonitoringLights;
}

const NO_REASON = /^(无|\/|／|暂无|—|-|)$/;
const months = (table: MonitoringTable) => `1-${table.month}月`;

const atIndicator = (table: MonitoringTable, index: number, field: Extract<MonitoringTarget, { kind: 'monitoringIndicator' }>['field']) => {
  const i = table.indicators[index]!;
  return {
    location: `监控表 ${i.level1}/${i.level2}「${i.name}」`,
    target: { kind: 'monitoringIndicator' as const, index, field },
    identity: `${i.level2}|${i.name}`,
  };
};

/** Each fund line the table prints, with its label. */
const fundLines = (table: MonitoringTable) =>
  FUND_LINES.flatMap(({ key, label }) => {
    const line = table.funds[key];
    return line ? [{ key, label: label.replace(/^其中：/, ''), line }] : [];
  });
const atFund = (key: FundLineKey, label: string, field: 'initialBudget' | 'executed' | 'forecast') => ({
  location: `监控表 ${label}`,
  target: { kind: 'monitoringFund' as const, line: key, field },
  identity: key,
});

export const MONITORING_RULES: Rule<Record<string, never>, MonitoringCheck>[] = [
  {
    id: 'mo.likelihood',
    title: '每个指标选择完成目标可能性',
    severity: '错误',
    check: ({ table }) =>
      table.indicators.flatMap((i, index): Problem[] =>
        i.likelihood === '' ? [{ ...atIndicator(table, index, 'likelihood'), message: '请选择完成目标可能性：确定能、有可能或完全不可能' }] : [],
      ),
  },
  {
    id: 'mo.reason',
    title: '可能完不成或未亮绿灯处勾选偏差原因并写明原因说明',
    severity: '错误',
    check: ({ table, lights }) =>
      table.indicators.flatMap((i, index): Problem[] => {
        const light = lights.indicators[index]!;
        const why =
          i.likelihood !== '' && i.likelihood !== '确定能' ? `完成目标可能性为“${i.likelihood}”` : light === '黄' || light === '红' ? `亮${light}灯` : null;
        if (why === null) return [];
        if (i.causes.length === 0)
          return [{ ...atIndicator(table, index, 'causes'), message: `${why}，请勾选偏差原因（经费保障、制度保障、人员保障、硬件条件保障或其他）` }];
        if (NO_REASON.test(i.explanation.trim())) return [{ ...atIndicator(table, index, 'explanation'), message: `${why}，请写明原因说明` }];
        return [];
      }),
  },
  {
    id: 'mo.progress-number',
    title: '定量指标的执行数为数字',
    severity: '提醒',
    check: ({ table }) =>
      table.indicators.flatMap((i, index): Problem[] => {
        const target = parseIndicatorValue(i.target).kind;
        const progress = parseIndicatorValue(i.progress).kind;
        return (target === 'quantity' || target === 'range') && progress !== 'quantity' && progress !== 'range' && progress !== 'notApplicable'
          ? [{ ...atIndicator(table, index, 'progress'), message: `年度指标值“${i.target}”是定量的，${months(table)}执行数“${i.progress}”应写出数字` }]
          : [];
      }),
  },
  {
    id: 'mo.rate',
    title: '执行率与计算一致',
    severity: '错误',
    check: ({ table }) =>
      fundLines(table).flatMap(({ key, label, line }): Problem[] => {
        if (line.rate === null) return [];
        const rate = monitoringRate(line);
        if (!rate.ok) return [{ ...atFund(key, label, 'executed'), message: `${months(table)}执行率表上为 ${line.rate}，但无法计算：${rate.message}` }];
        return agrees(line.rate, rate.value, 'rate')
          ? []
          : [
              {
                ...atFund(key, label, 'executed'),
                message: `${months(table)}执行率表上为 ${line.rate}，按执行数 ÷ 年初预算数计算应为 ${percentText(rate.value)}`,
              },
            ];
      }),
  },
  {
    id: 'mo.within-budget',
    title: '执行数不超过年初预算数',
    severity: '提醒',
    check: ({ table }) =>
      fundLines(table).flatMap(({ key, label, line }): Problem[] =>
        line.executed !== null && line.initialBudget !== null && compare(fraction(line.executed), fraction(line.initialBudget)) > 0
          ? [
              {
                ...atFund(key, label, 'executed'),
                message: `${months(table)}执行数 ${line.executed} 超过年初预算数 ${line.initialBudget}，请核实是否追加了预算`,
              },
            ]
          : [],
      ),
  },
  {
    id: 'mo.forecast',
    title: '全年预计执行数不低于已执行数',
    severity: '错误',
    check: ({ table }) =>
      fundLines(table).flatMap(({ key, label, line }): Problem[] =>
        line.executed !== null && line.forecast !== null && compare(fraction(line.forecast), fraction(line.executed)) < 0
          ? [{ ...atFund(key, label, 'forecast'), message: `全年预计执行数 ${line.forecast} 低于${months(table)}执行数 ${line.executed}` }]
          : [],
      ),
  },
];

export function checkMonitoring(table: MonitoringTable, thresholds: MonitoringThresholds, settings: RuleSettings = {}): Finding[] {
  return runRules(MONITORING_RULES, { table, lights: monitoringLights(table, thresholds) }, settings);
}
