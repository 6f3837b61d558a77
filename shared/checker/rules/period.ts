/** The 项目期: a span that runs forward and holds the fiscal year of the table. */
import { endsBeforeStart, readPeriod, type MonthPoint } from '../projectPeriod';
import type { Problem, Rule } from '../types';

const atPeriod = (message: string): Problem => ({ location: '项目期', target: { kind: 'field', field: 'period' }, identity: 'period', message });

const spell = (p: MonthPoint) => `${p.year}年${p.month ? `${p.month}月` : ''}`;

export const periodOrder: Rule = {
  id: 'period.order',
  title: '项目期的结束不早于开始',
  severity: '错误',
  check: ({ content }) => {
    const span = readPeriod(content.period);
    return span && endsBeforeStart(span) ? [atPeriod(`项目期“${content.period.trim()}”结束于 ${spell(span.end)}，早于开始的 ${spell(span.start)}`)] : [];
  },
};

export const periodFiscalYear: Rule = {
  id: 'period.fiscal-year',
  title: '项目期包含本年度',
  severity: '提醒',
  check: ({ content, year }) => {
    const span = readPeriod(content.period);
    if (!span || endsBeforeStart(span) || (span.start.year <= year && year <= span.end.year)) return [];
    return [atPeriod(`项目期“${content.period.trim()}”不包含 ${year} 年度，请核对项目期或表的年度`)];
  },
};
