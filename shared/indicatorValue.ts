/**
 * Reads the structure out of a 指标值 as clerks write it, without ever changing the text:
 * a comparator (`≥`, `不低于`, `以上` …), a number with 万/亿 multipliers, a unit, a date,
 * a range, or a qualitative phrase. A lone `0` is the form's "not applicable".
 */

import { UNITS, WAN_UNITS } from './lexicon/units';

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

const NUMBER = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/g;

const BASE_UNITS = UNITS.filter((u) => !WAN_UNITS.includes(u));

/** Words a clerk puts before the unit to say "somewhat more than" (`30余家`, `300多人`); the unit follows them. */
const APPROXIMATELY = /^[余多]/;

/** What may close a unit written per another with a slash, read apart from it (`3000元/人以内`). */
const TRAILING_COMPARATOR = /(及以下|及以上|以下|以上|以内|之内|左右|上下|内)$/;

/** The lexicon unit `text` starts with at `at`, or undefined. */
const unitAt = (text: string, at: number, units: readonly string[] = UNITS) => units.find((u) => text.startsWith(u, at));

/**
 * How long the part of a unit after its first is: `/人`, `/人·天`, `/台套` (a slash takes any words), or
 * `每人每月` (每 and `·` take units of the lexicon).
 */
function perLength(rest: string): number {
  const slash = /^[/／][\u4e00-\u9fa5·㎡²³a-zA-Z]+/.exec(rest);
  if (slash) return slash[0].replace(TRAILING_COMPARATOR, '').length;
  let length = 0;
  for (;;) {
    const joiner = /^(每|·)/.exec(rest.slice(length));
    const unit = joiner && unitAt(rest, length + 1);
    if (!unit) return length;
    length += 1 + unit.length;
  }
}

/**
 * The unit after a number. `shift` is the power of ten a 万 (4) or 亿 (8) before a unit multiplies by
 * (`6.74万件`); a 万 or 亿 with no unit after it is kept as the unit (`15万`), for the rules to read.
 */
function readUnit(rest: string): { unit: string; shift: number; length: number } {
  let at = APPROXIMATELY.test(rest) ? 1 : 0;
  let shift = 0;
  let unit = unitAt(rest, at, WAN_UNITS);
  if (!unit && /^[万亿]/.test(rest.slice(at))) {
    const multiplier = rest[at]!;
    const after = at + 1 + (APPROXIMATELY.test(rest.slice(at + 1)) ? 1 : 0);
    unit = unitAt(rest, after, BASE_UNITS);
    if (unit) {
      shift = multiplier === '万' ? 4 : 8;
      at = after;
    } else unit = multiplier;
  }
  unit ??= unitAt(rest, at, BASE_UNITS);
  if (!unit) return { unit: '', shift: 0, length: 0 };
  const start = at + unit.length;
  const per = perLength(rest.slice(start));
  return { unit: unit + rest.slice(start, start + per), shift, length: start + per };
}

/** Whether a whole text is a unit: `人`, `万元`, `元/人·月`. */
export function isUnit(text: string): boolean {
  const t = text.trim();
  if (t === '' || APPROXIMATELY.test(t)) return false;
  const read = readUnit(t);
  return read.unit !== '' && read.length === t.length;
}

/** A unit written per another (`元/人`, `万元/家`, `元每人每月`) as its two parts; null for a simple unit. */
export function perUnit(unit: string): { unit: string; per: string } | null {
  const m = /^([^/／每]+)(?:[/／]|每)(.+)$/.exec(unit);
  return m ? { unit: m[1]!, per: m[2]! } : null;
}

/** The unit an indicator's name states in brackets at its end (`城镇新增就业人数（人）`), or ''. */
export function unitInName(name: string): string {
  const inner = /[（(]\s*(?:单位[:：]\s*)?([^（()）]+?)\s*[)）]\s*$/.exec(name)?.[1] ?? '';
  return isUnit(inner) ? inner : '';
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

/** The numbers of a normalised text, without the years of dates: a 4-digit year followed by 年 is a date reference. */
function numbersIn(s: string): RegExpExecArray[] {
  return [...s.matchAll(NUMBER)].filter((m) => !(m[1]!.length === 4 && s[m.index + m[0].length] === '年'));
}

/** Every number a text states, with its unit and the few words before it (`单价0.3万元`), for reading a 测算依据. */
export function quantitiesIn(text: string): { number: number; unit: string; before: string }[] {
  const s = normalise(text);
  return numbersIn(s).map((m) => {
    const unit = readUnit(s.slice(m.index + m[0].length));
    return { number: toNumber(m[1]!, m[2], unit.shift), unit: unit.unit, before: s.slice(Math.max(0, m.index - 6), m.index) };
  });
}

function parseQuantity(s: string): ParsedValue | null {
  const found = numbersIn(s);
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
