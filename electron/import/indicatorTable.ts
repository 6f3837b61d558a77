/**
 * The indicator part of a table: its header (one row, or two where merged cells split it, as
 * `绩效指标` over `一级指标 | 二级指标 | 三级指标` beside `指标值`), its columns by their words in any
 * order (and the extra columns some regions add), and its rows. Levels are mapped to the taxonomy
 * where they are the same thing and kept as written where they are not; rows that only hold a
 * place (`不适用`, `无`, `/`) are not indicators, and a 二级 holding only such a row is declared
 * 不适用. A header repeated where the table runs onto a new page is skipped.
 */
import { INDICATOR_LIMIT, TEXT_LIMITS } from '../../shared/api/schemas';
import { INDICATOR_COLUMN_LABELS, fieldOfLabel, indicatorColumnOf, isPlaceholder, normLabel, type IndicatorColumn } from '../../shared/forms/labelDictionary';
import type { Indicator, IndicatorExtra, IndicatorExtraKey } from '../../shared/project';
import { LEVEL2_NAMES, level1Of, level2Order, matchLevel1, matchLevel2, type Level2Name } from '../../shared/taxonomy';
import { fittedText, type Warn } from './fitText';
import type { SheetGrid } from './sheetGrid';

export interface IndicatorHeader {
  /** The header's rows (one or two). */
  rows: number[];
  columns: Partial<Record<IndicatorColumn, number>>;
}

const EXTRA_KEYS: IndicatorExtraKey[] = ['explanation', 'symbol', 'unit', 'nature', 'weight', 'scoring', 'midTermValue'];
const COLUMN_NAMES: Record<IndicatorColumn, string> = {
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  value: '指标值',
  explanation: '指标解释',
  symbol: '计算符号',
  unit: '计量单位',
  nature: '指标性质',
  weight: '权重',
  scoring: '评分标准',
  midTermValue: '中期指标值',
};

/** The columns a row names, by their header words; the 指标值 is the first of its words in dictionary order (年度 before 中期). */
export function columnsOf(grid: SheetGrid, rows: number[]): Partial<Record<IndicatorColumn, number>> {
  const found = new Map<IndicatorColumn, { col: number; rank: number }[]>();
  for (const row of rows) {
    for (const cell of grid.visible(row)) {
      const column = indicatorColumnOf(cell.text);
      if (!column) continue;
      const rank = INDICATOR_COLUMN_LABELS[column].findIndex((l) => normLabel(l) === normLabel(cell.text));
      found.set(column, [...(found.get(column) ?? []), { col: cell.col, rank }]);
    }
  }
  const columns: Partial<Record<IndicatorColumn, number>> = {};
  for (const [column, candidates] of found) columns[column] = candidates.sort((a, b) => a.rank - b.rank || a.col - b.col)[0]!.col;
  return columns;
}

const complete = (c: Partial<Record<IndicatorColumn, number>>) =>
  c.name !== undefined && c.value !== undefined && (c.level1 !== undefined || c.level2 !== undefined);

/** The indicator header between two rows, if there is one. */
export function findIndicatorHeader(grid: SheetGrid, from: number, to: number): IndicatorHeader | null {
  for (let r = from; r <= to; r++) {
    const one = columnsOf(grid, [r]);
    if (Object.keys(one).length === 0) continue;
    if (complete(one)) return { rows: [r], columns: one };
    const two = columnsOf(grid, [r, r + 1]);
    if (r + 1 <= to && complete(two)) return { rows: [r, r + 1], columns: two };
  }
  return null;
}

/**
 * A header row, or one of a two-row header, repeated inside the table where a page broke: its
 * 三级 or 指标值 column holds a heading (`指标值` under `绩效指标`), or it holds two headings.
 */
function isHeaderRow(grid: SheetGrid, row: number, columns: IndicatorHeader['columns']): boolean {
  const heading = (col: number | undefined) => col !== undefined && indicatorColumnOf(grid.text(row, col)) !== null;
  return heading(columns.name) || heading(columns.value) || grid.visible(row).filter((c) => indicatorColumnOf(c.text) !== null).length >= 2;
}

/** A line under the table: a note, a signature, a total, the next title. */
const CLOSING = /^(备注|注[:：]|说明|填表说明|填报说明|单位负责人|部门负责人|财务负责人|填表人|填报人|审核人|联系人|联系电话|制表|总分|合计)/;

/**
 * A row of two or more header labels (`项目名称 | 主管部门 | 年度资金总额`): the headings of a list or of
 * another table under the indicators, as a PDF prints the next sheet on from the last table.
 */
const isFieldHeadings = (grid: SheetGrid, row: number) => grid.visible(row).filter((c) => fieldOfLabel(c.text) !== null).length >= 2;

/** `二级指标（必填）`: the level as written, without the template's note. */
const asWritten = (text: string) => text.replace(/\s+/g, '').replace(/[（(]必填[^)）]*[)）]$/, '');

export interface IndicatorRows {
  indicators: Indicator[];
  /** 二级 whose rows only said 不适用 (or 无, /, ——). */
  notApplicable: string[];
  /** Rows that only held a place. */
  placeholders: number;
}

export function readIndicatorRows(grid: SheetGrid, header: IndicatorHeader, end: number, warn: Warn): IndicatorRows {
  const { columns } = header;
  const at = (row: number) => `工作表“${grid.name}”第 ${row} 行`;
  const text = (row: number, column: IndicatorColumn, max: number = TEXT_LIMITS.indicator) => {
    const col = columns[column];
    return col === undefined ? '' : fittedText(grid, row, col, max, COLUMN_NAMES[column], warn);
  };
  const indicators: Indicator[] = [];
  const declared: string[] = [];
  const unknown = new Set<string>();
  let placeholders = 0;
  let level1: string | null = null;
  let level2: string | null = null;

  for (let r = header.rows[header.rows.length - 1]! + 1; r <= end; r++) {
    if (isHeaderRow(grid, r, columns)) continue;
    const first = grid.visible(r).find((c) => c.text !== '' && c.col !== columns.level1 && c.col !== columns.level2)?.text ?? '';
    const l1 = text(r, 'level1', TEXT_LIMITS.label);
    const l2 = text(r, 'level2', TEXT_LIMITS.label);
    if (CLOSING.test(first.replace(/\s+/g, '')) || CLOSING.test(l1.replace(/\s+/g, '')) || isFieldHeadings(grid, r)) break;
    if (l1) {
      const known = matchLevel1(l1);
      // Text in the 一级 column that names no level and reads as a sentence is a note under the table.
      if (!known && l1.length > 15) break;
      if (level1 !== (known ?? asWritten(l1))) level2 = null;
      level1 = known ?? asWritten(l1);
    }
    if (l2) {
      const known = matchLevel2(l2);
      level2 = known ?? asWritten(l2);
      if (known) level1 = level1 === '成本指标' && known === '成本指标' ? level1 : (level1Of(known) ?? level1);
      else if (!unknown.has(level2)) {
        unknown.add(level2);
        warn(`${at(r)}：二级指标“${level2}”不在指标体系中，按原文保留`);
      }
    }
    const name = text(r, 'name');
    const value = text(r, 'value');
    if (name === '' && value === '') continue;
    if (isPlaceholder(name) && isPlaceholder(value)) {
      placeholders++;
      if (level2 && !declared.includes(level2)) declared.push(level2);
      continue;
    }
    if (!l2 && level2 && name === '0' && value === '0' && indicators.some((i) => i.level2 === level2) && (LEVEL2_NAMES as readonly string[]).includes(level2)) {
      // A `0 | 0` row stands alone for its 二级, so it cannot continue one that has indicators:
      // its label was lost (a header repeated over it); it is the next 二级 in form order.
      const next = nextLevel2(level2 as Level2Name, nextExplicitLevel2(grid, r + 1, end, columns.level2));
      if (next) {
        warn(`${at(r)}：“0 | 0”行没有写明二级指标，按表样顺序归入${next}`);
        level2 = next;
        level1 = level1Of(next);
      }
    }
    if (!level1 || !level2) {
      warn(`${at(r)}：指标“${name}”前没有一级或二级指标，该行已跳过`);
      continue;
    }
    if (indicators.length === INDICATOR_LIMIT) {
      warn(`${at(r)}起：一张表最多 ${INDICATOR_LIMIT} 个指标，其后的指标未导入`);
      break;
    }
    const extra: IndicatorExtra = {};
    for (const key of EXTRA_KEYS) {
      const v = text(r, key);
      if (v !== '') extra[key] = v;
    }
    indicators.push({ level1, level2, name, value, ...(Object.keys(extra).length ? { extra } : {}) });
  }
  if (placeholders > 0) warn(`${at(header.rows[0]!)}起：${placeholders} 行只写了“不适用”“无”“/”等，不是指标，未导入`);
  return { indicators, notApplicable: declared.filter((l) => !indicators.some((i) => i.level2 === l)), placeholders };
}

function nextExplicitLevel2(grid: SheetGrid, from: number, end: number, col: number | undefined): Level2Name | null {
  if (col === undefined) return null;
  for (let r = from; r <= end; r++) {
    const matched = matchLevel2(grid.text(r, col));
    if (matched && (LEVEL2_NAMES as readonly string[]).includes(matched)) return matched as Level2Name;
  }
  return null;
}

/** The 二级 right after `current` in form order, if it comes before `limit`. */
function nextLevel2(current: Level2Name, limit: Level2Name | null): Level2Name | null {
  const next = LEVEL2_NAMES[LEVEL2_NAMES.indexOf(current) + 1];
  if (!next || (limit && level2Order(next) >= level2Order(limit))) return null;
  return next;
}
