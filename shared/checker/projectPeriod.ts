/**
 * The 项目期 as a span of months, where it names its years (`2024-2026年`, `2022年2月--2023年12月`,
 * `2024.1-2026.12`, `2024年1-6月`); a length alone (`3年`, `1 年`) names no span.
 */

export interface MonthPoint {
  year: number;
  /** null where only the year is written. */
  month: number | null;
}

export interface PeriodSpan {
  start: MonthPoint;
  end: MonthPoint;
}

const FULL_WIDTH = /[０-９．／－]/g;

export function readPeriod(period: string): PeriodSpan | null {
  const text = period.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');
  const points = [...text.matchAll(/(\d{4})(?:年|[./])?(?:(\d{1,2})(?!\d)月?)?/g)].map((m) => ({
    point: { year: Number(m[1]), month: m[2] ? Number(m[2]) : null },
    end: m.index! + m[0].length,
  }));
  const first = points[0];
  if (!first) return null;
  const last = points[points.length - 1]!;
  // `2024年1-6月`: the end month in the start's year.
  const sameYear = points.length === 1 ? /^[-—~～至到]+(\d{1,2})月/.exec(text.slice(first.end)) : null;
  const end = sameYear ? { year: first.point.year, month: Number(sameYear[1]) } : last.point;
  return { start: first.point, end };
}

/** Months counted from year 0, a missing month being the year's first (at a start) or last (at an end). */
export const monthIndex = (p: MonthPoint, side: 'start' | 'end') => p.year * 12 + (p.month ?? (side === 'start' ? 1 : 12)) - 1;

export function endsBeforeStart(span: PeriodSpan): boolean {
  return monthIndex(span.end, 'end') < monthIndex(span.start, 'start');
}
