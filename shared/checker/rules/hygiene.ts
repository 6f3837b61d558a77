/**
 * Typing hygiene in 指标值: `≧`/`≦`, full-width digits and stray spaces. Tables copied from PDFs
 * have them in almost every value, so the rule says so once per table, with one tidy-up for all.
 */
import { realIndicators } from '../indicators';
import type { Change } from '../types';
import type { Rule } from '../types';

const comparators = (t: string) => t.replace(/≧/g, '≥').replace(/≦/g, '≤');
const halfWidth = (t: string) => t.replace(/[０-９％．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const spaces = (t: string) =>
  t
    .trim()
    .replace(/\s*([≥≤=<>])\s*/g, '$1')
    .replace(/(\d)\s+(?=\S)/g, '$1')
    .replace(/([\u4e00-\u9fa5%])\s+(?=\d)/g, '$1');

/** The tidy spelling of a value: standard comparators, half-width digits, no spaces around numbers. */
export function tidyValue(text: string): string {
  return spaces(halfWidth(comparators(text)));
}

const KINDS = [
  { label: '用了“≧/≦”', untidy: (t: string) => comparators(t) !== t },
  { label: '含全角数字或符号', untidy: (t: string) => halfWidth(t) !== t },
  { label: '含多余空格', untidy: (t: string) => spaces(halfWidth(comparators(t))) !== halfWidth(comparators(t)) },
];

export const hygieneValue: Rule = {
  id: 'hygiene.value',
  title: '指标值书写规范',
  severity: '提醒',
  check: ({ content }) => {
    const untidy = realIndicators(content.indicators).filter(({ indicator }) => tidyValue(indicator.value) !== indicator.value);
    if (untidy.length === 0) return [];
    const kinds = KINDS.map((k) => ({ ...k, count: untidy.filter((u) => k.untidy(u.indicator.value)).length })).filter((k) => k.count > 0);
    const first = untidy[0]!;
    const changes: Change[] = untidy.map(({ indicator, index }) => ({ kind: 'indicatorValue', index, value: tidyValue(indicator.value) }));
    return [
      {
        location: '指标值',
        target: { kind: 'indicator', index: first.index, field: 'value' },
        identity: 'table',
        message: `${untidy.length} 个指标值书写不规范（${kinds.map((k) => `${k.count} 个${k.label}`).join('，')}），如“${first.indicator.value}”应为“${tidyValue(first.indicator.value)}”`,
        fix: { label: `一键整理 ${untidy.length} 个指标值`, changes },
      },
    ];
  },
};
