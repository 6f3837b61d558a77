/**
 * Reads the structure out of a 指标值 as clerks write it, without ever changing the text:
 * a comparator (`≥`, `不低于`, `以上` …), a number with 万/亿 multipliers, a unit, a date,
 * a range, or a qualitative phrase. A lone `0` is the form's "not applicable".
 */

export type Comparator = '≥' | '≤' | '>' | '<' | '=' | '≈';

export interface Quantity {
  comparator: Comparator | null;
  number: number;
  unit: string;
  /** Descriptive words before the number, e.g. `培训合格率` in `培训合格率达到 100%`. */
  label: string;
}

export interface CalendarPoint {
  year: number | null;
  month: number | null;
  day: number | null;
}

export type ParsedValue =
  | { kind: 'empty' }
  | { kind: 'notApplicable' }
  | ({ kind: 'quantity'; /** more numbers follow in the same text */ more: boolean } & Quantity)
  | { kind: 'range'; low: number; high: number; unit: string }
  | { kind: 'date'; date: CalendarPoint; until: CalendarPoint | null; relation: '前' | '底' | '内' | null }
  | { kind: 'qualitative' };

const FULL_WIDTH = /[０-９％．，＞＜＝：]/g;

/** Folds the variants clerks type into one spelling, for reading only. */
function normalise(text: string): string {
  return text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/≧|>=|＞=/g, '≥')
    .replace(/≦|<=|＜=/g, '≤')
    .replace(/\s+/g, '');
}

const PREFIX_COMPARATORS: [RegExp, Comparator][] = [
  [/(≥|不低于|不少于|不小于|大于等于|大于或等于|至少|达到|达)$/, '≥'],
  [/(≤|不高于|不超过|不多于|小于等于|小于或等于|控制在|低于等于)$/, '≤'],
  [/(>|大于|超过|高于|多于)$/, '>'],
  [/(<|小于|低于|少于)$/, '<'],
  [/(=|等于|为)$/, '='],
];

const SUFFIX_COMPARATORS: [RegExp, Comparator][] = [
  [/^(以上|及以上|或以上)/, '≥'],
  [/^(以下|及以下|以内|之内|内)/, '≤'],
  [/^(左右|上下|约)/, '≈'],
];

/** Units written with 万/亿 that are units in their own right, not multipliers. */
const COMPOUND_UNITS = ['万元', '亿元', '万吨', '亿吨', '万千瓦时', '万千瓦', '万平方米', '万亩', '万立方米', '亿立方米'];

const BASE_UNITS = [
  '%',
  '‰',
  '元',
  '户',
  '家',
  '个',
  '场',
  '期',
  '次',
  '人次',
  '人',
  '项',
  '台',
  '件',
  '页',
  '年',
  '月',
  '日',
  '天',
  '小时',
  '分钟',
  '秒',
  '周',
  '季度',
  '吨',
  '千瓦时',
  '千瓦',
  '公里',
  '千米',
  '平方米',
  '立方米',
  '亩',
  '米',
  '公斤',
  '千克',
  '批',
  '套',
  '所',
  '本',
  '篇',
  '份',
  '部',
  '辆',
  '座',
  '条',
  '处',
  '名',
  '位',
  '类',
  '种',
  '册',
  '课时',
  '学时',
  '株',
  '只',
  '头',
  '间',
  '张',
  '个月',
  '工作日',
  '分',
  '篇次',
  '场次',
  '期次',
  '户次',
  '家次',
  '卷',
  '盒',
  '块',
].sort((a, b) => b.length - a.length);

const ALL_UNITS = [...COMPOUND_UNITS, ...BASE_UNITS].sort((a, b) => b.length - a.length);

const NUMBER = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/g;

/** `shift` is the power of ten a 万 (4) or 亿 (8) before the unit multiplies by. */
function readUnit(rest: string): { unit: string; shift: number; length: number } {
  let shift = 0;
  let unit = ALL_UNITS.find((u) => rest.startsWith(u));
  let length = 0;
  if (!unit && /^[万亿]/.test(rest)) {
    shift = rest[0] === '万' ? 4 : 8;
    length = 1;
    unit = BASE_UNITS.find((u) => rest.startsWith(u, 1));
  }
  if (!unit) return { unit: '', shift, length };
  length += unit.length;
  const per = /^\/[\u4e00-\u9fa5·]+/.exec(rest.slice(length));
  if (per) {
    unit += per[0];
    length += per[0].length;
  }
  return { unit, shift, length };
}

/** The number a decimal text means, times 10^shift, moved through the digits so that `6.74万` is exactly 67400. */
function toNumber(whole: string, fraction: string | undefined, shift = 0): number {
  const digits = whole.replace(/,/g, '') + (fraction ?? '').padEnd(shift, '0');
  const point = whole.replace(/,/g, '').length + shift;
  return Number(`${digits.slice(0, point)}.${digits.slice(point) || '0'}`);
}

/** A 4-digit year followed by 年 marks a date, unless it is only a comparison base (`较2023年提升`). */
function parseDate(s: string): ParsedValue | null {
  const hasYear = /\d{4}年/.test(s);
  const hasMonthDay = /\d{1,2}月(底|末|前|\d{1,2}日)|\d{1,2}月-\d{1,2}月|\d{1,2}-\d{1,2}月|每月\d{1,2}日/.test(s);
  if (!hasYear && !hasMonthDay) return null;
  if (hasYear && /^较|比/.test(s)) return null;
  const yearMatch = /(\d{4})年/.exec(s);
  const year = yearMatch ? Number(yearMatch[1]) : null;
  const afterYear = yearMatch ? s.slice(yearMatch.index + yearMatch[0].length) : s;
  if (yearMatch && afterYear !== '' && !/^[度\d上下半底末前内-]|^(以前|之前|以内|全年)/.test(afterYear)) return null;
  const span = /^(\d{1,2})月?-(\d{1,2})月/.exec(afterYear);
  if (span) {
    return {
      kind: 'date',
      date: { year, month: Number(span[1]), day: null },
      until: { year, month: Number(span[2]), day: null },
      relation: null,
    };
  }
  const m = /(\d{1,2})月(?:份)?(?:(\d{1,2})日)?/.exec(afterYear);
  const dayOnly = m ? null : /(\d{1,2})日/.exec(afterYear);
  const relationMatch = /(前|底|末|内)/.exec(afterYear);
  const relation = relationMatch ? (relationMatch[1] === '末' ? '底' : (relationMatch[1] as '前' | '底' | '内')) : null;
  const half = /(上半年|下半年)/.exec(afterYear);
  const month = m ? Number(m[1]) : half ? (half[1] === '上半年' ? 6 : 12) : null;
  return {
    kind: 'date',
    date: { year, month, day: m?.[2] ? Number(m[2]) : dayOnly ? Number(dayOnly[1]) : null },
    until: null,
    relation: half ? '底' : relation,
  };
}

function parseQuantity(s: string): ParsedValue | null {
  const found = [...s.matchAll(NUMBER)].filter((m) => {
    // a 4-digit year followed by 年 is a date reference, not a quantity
    return !(m[1]!.length === 4 && s[m.index! + m[0].length] === '年');
  });
  const first = found[0];
  if (!first) return null;
  const start = first.index!;
  const end = start + first[0].length;
  const rangeMatch = /^[-—~～至到](\d+)(?:\.(\d+))?/.exec(s.slice(end));
  const before = s.slice(0, start);
  if (rangeMatch) {
    const unit = readUnit(s.slice(end + rangeMatch[0].length));
    return {
      kind: 'range',
      low: toNumber(first[1]!, first[2], unit.shift),
      high: toNumber(rangeMatch[1]!, rangeMatch[2], unit.shift),
      unit: unit.unit,
    };
  }
  const unit = readUnit(s.slice(end));
  const after = s.slice(end + unit.length);
  let comparator: Comparator | null = null;
  let label = before;
  for (const [pattern, c] of PREFIX_COMPARATORS) {
    const m = pattern.exec(before);
    if (m) {
      comparator = c;
      label = before.slice(0, m.index);
      break;
    }
  }
  for (const [pattern, c] of SUFFIX_COMPARATORS) {
    if (pattern.test(after)) comparator ??= c;
  }
  return {
    kind: 'quantity',
    comparator,
    number: toNumber(first[1]!, first[2], unit.shift),
    unit: unit.unit,
    label: label.replace(/[:：,，;；]$/, ''),
    more: found.length > 1,
  };
}

/**
 * Every rule of the checker reads every 指标值, and a year's list checks every project: the
 * readings of recent texts are kept (read-only), so each text is parsed about once.
 */
const readings = new Map<string, Readonly<ParsedValue>>();
const KEPT_READINGS = 20_000;

export function parseIndicatorValue(text: string): ParsedValue {
  const known = readings.get(text);
  if (known) return known;
  if (readings.size >= KEPT_READINGS) readings.clear();
  const parsed = parse(text);
  readings.set(text, parsed);
  return parsed;
}

function parse(text: string): ParsedValue {
  const s = normalise(text);
  if (s === '') return { kind: 'empty' };
  if (s === '0') return { kind: 'notApplicable' };
  return parseDate(s) ?? parseQuantity(s) ?? { kind: 'qualitative' };
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)));
}

function formatPoint(p: CalendarPoint): string {
  return `${p.year ? `${p.year}年` : ''}${p.month ? `${p.month}月` : ''}${p.day ? `${p.day}日` : ''}`;
}

/** How the editor tells the clerk what it understood, e.g. `≥ 10000 户`. */
export function describeValue(parsed: ParsedValue): string {
  switch (parsed.kind) {
    case 'empty':
      return '';
    case 'notApplicable':
      return '不适用（0）';
    case 'quantity':
      return `${parsed.label ? `${parsed.label} ` : ''}${parsed.comparator ? `${parsed.comparator} ` : ''}${formatNumber(parsed.number)}${parsed.unit ? ` ${parsed.unit}` : ''}${parsed.more ? ' …' : ''}`;
    case 'range':
      return `${formatNumber(parsed.low)}–${formatNumber(parsed.high)}${parsed.unit ? ` ${parsed.unit}` : ''}`;
    case 'date': {
      const relation = parsed.relation === '前' ? '之前' : parsed.relation === '底' ? '底' : parsed.relation === '内' ? '以内' : '';
      return `日期 ${formatPoint(parsed.date)}${parsed.until ? `至${formatPoint(parsed.until)}` : ''}${relation}`;
    }
    case 'qualitative':
      return '定性';
  }
}
