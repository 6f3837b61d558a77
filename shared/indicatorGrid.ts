/**
 * The indicator table as the editor shows it: every 二级 of the taxonomy in form order, each
 * with its 三级 rows, or one blank row where it has none yet. The edits here are plain
 * functions over the indicator list, which is always kept in form order.
 */
import type { Indicator } from './project';
import type { PastedRow } from './paste';
import { toIndicator } from './paste';
import { LEVEL2, level2Order } from './taxonomy';

export type GridField = 'name' | 'value';

/** A row of the grid: an indicator (by index), or the blank row of a 二级 without indicators. */
export interface GridRow {
  level1: string;
  level2: string;
  index: number | null;
}

export function sortIndicators(list: Indicator[]): Indicator[] {
  return list
    .map((indicator, position) => ({ indicator, position }))
    .sort((a, b) => level2Order(a.indicator.level2) - level2Order(b.indicator.level2) || a.position - b.position)
    .map((e) => e.indicator);
}

/**
 * The taxonomy's 二级 in form order, each with its indicators or a blank row, and any other 二级
 * the indicators have (the 2021 成本 二级, a region's own) in their place in that order.
 */
export function gridRows(list: Indicator[]): GridRow[] {
  const groups: { level1: string; level2: string; scaffold: boolean }[] = LEVEL2.map((l) => ({ level1: l.level1, level2: l.name, scaffold: true }));
  for (const i of list) if (!groups.some((g) => g.level2 === i.level2)) groups.push({ level1: i.level1, level2: i.level2, scaffold: false });
  return groups
    .map((group, position) => ({ group, position }))
    .sort((a, b) => level2Order(a.group.level2) - level2Order(b.group.level2) || a.position - b.position)
    .flatMap(({ group: { level1, level2, scaffold } }): GridRow[] => {
      const rows = list.flatMap((indicator, index): GridRow[] => (indicator.level2 === level2 ? [{ level1: indicator.level1, level2, index }] : []));
      return rows.length || !scaffold ? rows : [{ level1, level2, index: null }];
    });
}

export function isBlankIndicator(i: Indicator): boolean {
  return i.name.trim() === '' && i.value.trim() === '';
}

/** Blank rows are the editor's scaffolding; they are not saved. */
export function withoutBlankRows(list: Indicator[]): Indicator[] {
  return list.filter((i) => !isBlankIndicator(i));
}

/** Index after the last indicator of `level2` (or where its group would start). */
function endOfGroup(list: Indicator[], level2: string): number {
  const order = level2Order(level2);
  let at = 0;
  list.forEach((i, index) => {
    if (level2Order(i.level2) <= order) at = index + 1;
  });
  return at;
}

export function setCell(list: Indicator[], row: GridRow, field: GridField, text: string): Indicator[] {
  return setCells(list, row, { [field]: text });
}

/** Sets several cells of one row at once (a blank row becomes one indicator, not two). */
export function setCells(list: Indicator[], row: GridRow, cells: Partial<Record<GridField, string>>): Indicator[] {
  if (row.index === null) {
    if (Object.values(cells).every((text) => text === '')) return list;
    const fresh = { ...toIndicator(row.level2, '', '', row.level1), ...cells };
    const at = endOfGroup(list, row.level2);
    return [...list.slice(0, at), fresh, ...list.slice(at)];
  }
  return list.map((i, index) => (index === row.index ? { ...i, ...cells } : i));
}

/** Inserts a blank row below `row` in the same 二级; returns the list and the new row's index. */
export function insertRowAfter(list: Indicator[], row: GridRow): { list: Indicator[]; index: number } {
  const at = row.index === null ? endOfGroup(list, row.level2) : row.index + 1;
  const blank = toIndicator(row.level2, '', '', row.level1);
  // A blank scaffolding row gets a real blank above it, so that both show.
  const before = row.index === null ? [blank] : [];
  const next = [...list.slice(0, at), ...before, blank, ...list.slice(at)];
  return { list: next, index: at + before.length };
}

export function removeRow(list: Indicator[], row: GridRow): Indicator[] {
  return row.index === null ? list : list.filter((_, index) => index !== row.index);
}

/**
 * Pastes rows copied from Excel. Rows without a 二级 overwrite the grid from `at` downwards
 * within its 二级 and extend it; rows that name their 二级 are added to that 二级, filling its
 * blank rows first.
 */
export function applyPaste(list: Indicator[], at: GridRow, rows: PastedRow[]): Indicator[] {
  const next = [...list];
  let cursor = at.index;
  for (const row of rows) {
    if (row.level2 === null) {
      if (cursor !== null && cursor < next.length && next[cursor]!.level2 === at.level2) {
        next[cursor] = { ...next[cursor]!, name: row.name, value: row.value };
        cursor++;
      } else {
        const insertAt = endOfGroup(next, at.level2);
        next.splice(insertAt, 0, toIndicator(at.level2, row.name, row.value, at.level1));
        cursor = insertAt + 1;
      }
      continue;
    }
    const blank = next.findIndex((i) => i.level2 === row.level2 && isBlankIndicator(i));
    if (blank >= 0) next[blank] = toIndicator(row.level2, row.name, row.value);
    else next.splice(endOfGroup(next, row.level2), 0, toIndicator(row.level2, row.name, row.value));
  }
  return next;
}
