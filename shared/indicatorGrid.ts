/**
 * The indicator table as the editor shows it: every 二级 of the department's framework in form
 * order, each with its 三级 rows, or one blank row where it has none yet. The edits here are plain
 * functions over the indicator list, which is always kept in form order.
 */
import type { Indicator } from './project';
import type { PastedRow } from './paste';
import { toIndicator } from './paste';
import { formOrder, level1In } from './profiles/framework';
import type { Framework } from './profiles/profile';

export type GridField = 'name' | 'value';

/** A row of the grid: an indicator (by index), or the blank row of a 二级 without indicators. */
export interface GridRow {
  level1: string;
  level2: string;
  index: number | null;
}

/** The indicators in the framework's form order (a stable sort: within a 二级, as they were). */
export function sortIndicators(list: Indicator[], framework: Framework): Indicator[] {
  const order = formOrder(framework);
  return list
    .map((indicator, position) => ({ indicator, position, at: order(indicator.level1, indicator.level2) }))
    .sort((a, b) => a.at - b.at || a.position - b.position)
    .map((e) => e.indicator);
}

/**
 * The framework's 二级 in form order, each with its indicators or a blank row, and any other 二级
 * the indicators have (a classic 成本指标 under the 2021 framework, a region's own) in its place.
 */
export function gridRows(list: Indicator[], framework: Framework): GridRow[] {
  const order = formOrder(framework);
  const groups: { level1: string; level2: string; scaffold: boolean }[] = framework.level2.map((l) => ({ level1: l.level1, level2: l.name, scaffold: true }));
  for (const i of list) if (!groups.some((g) => g.level2 === i.level2)) groups.push({ level1: i.level1, level2: i.level2, scaffold: false });
  return groups
    .map((group, position) => ({ group, position, at: order(group.level1, group.level2) }))
    .sort((a, b) => a.at - b.at || a.position - b.position)
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

/** A blank indicator of a row's levels: the framework's 一级 for its 二级, as the grid shows it. */
const blankIn = (row: GridRow): Indicator => ({ level1: row.level1, level2: row.level2, name: '', value: '' });

/** Index after the last indicator of the group of these levels (or where the group would start). */
function endOfGroup(list: Indicator[], group: { level1: string; level2: string }, framework: Framework): number {
  const order = formOrder(framework);
  const target = order(group.level1, group.level2);
  let at = 0;
  list.forEach((i, index) => {
    if (order(i.level1, i.level2) <= target) at = index + 1;
  });
  return at;
}

export function setCell(list: Indicator[], row: GridRow, field: GridField, text: string, framework: Framework): Indicator[] {
  return setCells(list, row, { [field]: text }, framework);
}

/** Sets several cells of one row at once (a blank row becomes one indicator, not two). */
export function setCells(list: Indicator[], row: GridRow, cells: Partial<Record<GridField, string>>, framework: Framework): Indicator[] {
  if (row.index === null) {
    if (Object.values(cells).every((text) => text === '')) return list;
    const fresh = { ...blankIn(row), ...cells };
    const at = endOfGroup(list, row, framework);
    return [...list.slice(0, at), fresh, ...list.slice(at)];
  }
  return list.map((i, index) => (index === row.index ? { ...i, ...cells } : i));
}

/** Inserts a blank row below `row` in the same 二级; returns the list and the new row's index. */
export function insertRowAfter(list: Indicator[], row: GridRow, framework: Framework): { list: Indicator[]; index: number } {
  const at = row.index === null ? endOfGroup(list, row, framework) : row.index + 1;
  const blank = blankIn(row);
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
export function applyPaste(list: Indicator[], at: GridRow, rows: PastedRow[], framework: Framework): Indicator[] {
  const next = [...list];
  let cursor = at.index;
  for (const row of rows) {
    if (row.level2 === null) {
      if (cursor !== null && cursor < next.length && next[cursor]!.level2 === at.level2) {
        next[cursor] = { ...next[cursor]!, name: row.name, value: row.value };
        cursor++;
      } else {
        const insertAt = endOfGroup(next, at, framework);
        next.splice(insertAt, 0, { ...blankIn(at), name: row.name, value: row.value });
        cursor = insertAt + 1;
      }
      continue;
    }
    const pasted = toIndicator(row.level2, row.name, row.value);
    pasted.level1 = level1In(framework, row.level2) ?? pasted.level1;
    const blank = next.findIndex((i) => i.level2 === row.level2 && isBlankIndicator(i));
    if (blank >= 0) next[blank] = pasted;
    else next.splice(endOfGroup(next, pasted, framework), 0, pasted);
  }
  return next;
}
