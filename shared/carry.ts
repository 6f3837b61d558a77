/**
 * 从上年结转: last year's table as the start of this year's. Texts keep their wording with their
 * years moved on (`2023年12月31日前` → `2024年12月31日前`, `较2022年` → `较2023年`); names stay
 * as they are unless the clerk ticks the year in one to move on too (`2023年…` → `2024年…`);
 * amounts stay but are marked for the clerk to review.
 */
import type { ProjectContent } from './project';

/** Parts of a carried project the clerk has yet to confirm. */
export const CARRIED_PARTS = ['amounts', 'goal', 'indicators'] as const;
export type CarriedPart = (typeof CARRIED_PARTS)[number];

/**
 * Moves the years of the table's year and the year before it by the distance carried; a span of
 * years (`2022—2023年度`) moves as a whole where its last year does.
 */
export function shiftYears(text: string, from: number, to: number): string {
  const moves = (year: number) => year === from || year === from - 1;
  const moved = (year: string) => String(Number(year) + to - from);
  return text.replace(
    /(?<!\d)(?:(\d{4})(\s*[—–\-－~～至]\s*))?(\d{4})(?=\s*年)/g,
    (match, first: string | undefined, dash: string | undefined, last: string) => {
      if (!moves(Number(last))) return match;
      return first === undefined ? moved(last) : `${moved(first)}${dash}${moved(last)}`;
    },
  );
}

/** A project's name with its years moved on, offered at 结转; null where it names none that move. */
export function carriedName(name: string, from: number, to: number): string | null {
  const moved = shiftYears(name, from, to);
  return moved === name ? null : moved;
}

export function isOneYearProject(attribute: string): boolean {
  return /一年期/.test(attribute);
}

/**
 * The goal and the 指标值 with their years moved on. The rest goes along as written, 其他信息 and an
 * indicator's extra columns too: they name periods and documents (`2024—2026年`, `2023年…管理办法`)
 * whose years do not move with the table's.
 */
export function carryContent(content: ProjectContent, from: number, to: number): ProjectContent {
  return {
    ...content,
    overallGoal: shiftYears(content.overallGoal, from, to),
    indicators: content.indicators.map((i) => ({ ...i, value: shiftYears(i.value, from, to) })),
    status: '草稿',
  };
}
