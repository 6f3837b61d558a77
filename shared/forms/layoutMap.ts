/**
 * A layout map (表样): where a table of a shape the label reader cannot place keeps its fields, as
 * the clerk pointed them out on one sheet — this cell is the 项目名称, this row the indicator header,
 * this column the 指标值 — with the label cells around them as its fingerprint. Every place is
 * relative to the table's top-left, so that a map applies wherever the same labels stand in the
 * same places: on other sheets, lower down or further right, and to tables stacked in one sheet.
 */
import { normLabel, type TableField } from './labelDictionary';

export type MapColumn = 'level1' | 'level2' | 'name' | 'value';

/** A cell: rows and columns from 0 at the table's top-left (in a map), or from 1 in a sheet. */
export interface MapPlace {
  row: number;
  col: number;
}

export interface LayoutMap {
  name: string;
  /** Label cells (normalised with normLabel) that tell the shape: each field's label and the indicator header's words. */
  fingerprint: (MapPlace & { text: string })[];
  /** The value cell of each field pointed out; the 项目名称 always. */
  fields: { name: MapPlace } & Partial<Record<Exclude<TableField, 'name'>, MapPlace>>;
  indicatorHeaderRow: number;
  /** The indicator table's columns; 一级 or 二级 (or both) besides 三级 and 指标值. */
  columns: { level1?: number; level2?: number; name: number; value: number };
}

/** What the clerk calls each field and column. */
export const MAP_FIELD_NAMES: Record<TableField, string> = {
  name: '项目名称',
  code: '项目编码',
  department: '主管部门',
  implementingUnit: '实施单位',
  attribute: '项目属性',
  period: '项目期',
  fundType: '资金类型',
  totalFunds: '项目总额',
  annualFunds: '年度资金总额',
  overallGoal: '年度总体目标',
};
export const MAP_COLUMN_NAMES: Record<MapColumn, string> = { level1: '一级指标', level2: '二级指标', name: '三级指标', value: '指标值' };

/** A place in a map file as the clerk reads it: `columns.value（指标值列）`. */
export function describeMapPath(path: readonly PropertyKey[]): string {
  const [part, key] = path.map(String);
  const named =
    part === 'fields' && key && key in MAP_FIELD_NAMES
      ? `${MAP_FIELD_NAMES[key as TableField]}的位置`
      : part === 'columns' && key && key in MAP_COLUMN_NAMES
        ? `${MAP_COLUMN_NAMES[key as MapColumn]}列`
        : { name: '表样名称', fingerprint: '识别文字', fields: '字段位置', indicatorHeaderRow: '指标表头行', columns: '指标列' }[part ?? ''];
  const written = path.map(String).join('.');
  return named ? `${written}（${named}）` : written;
}

/** How far from its top-left a map may place a cell, and how long a label of its fingerprint may be. */
export const MAP_LIMITS = { rows: 1000, cols: 200, label: 50, fingerprint: 500 } as const;
/** A map's name is its file's name (`表样/<名称>.json`): no path, nothing a file system refuses. */
export const MAP_NAME_MAX = 50;
export const MAP_NAME_REFUSED = /[\\/:*?"<>|\u0000-\u001f]|^\.|[. ]$|^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A sheet's cells as a map reads them, rows and columns from 1. */
export interface MapCells {
  rows: number;
  /** The text a cell shows (a merged area's in each of its cells). */
  text(row: number, col: number): string;
  /** The top-left cell of the merged area a cell is in (the cell itself where none). */
  master(row: number, col: number): [number, number];
  /** The distinct cells of a row, a merged area once. */
  visible(row: number): readonly { col: number; text: string }[];
}

/** The top-left part of a sheet as the map editor shows it. */
export interface SheetExcerpt {
  /** Texts by row, then column: `texts[0][0]` is A1; a merged area's text in its top-left cell only. */
  texts: string[][];
  /** Merged areas: their top-left cell (from 1) and how many rows and columns they span. */
  merges: (MapPlace & { rows: number; cols: number })[];
}

/** An excerpt as cells. */
export function excerptCells({ texts, merges }: SheetExcerpt): MapCells {
  const masters = new Map<string, [number, number]>();
  for (const m of merges) for (let r = m.row; r < m.row + m.rows; r++) for (let c = m.col; c < m.col + m.cols; c++) masters.set(`${r},${c}`, [m.row, m.col]);
  const master = (row: number, col: number): [number, number] => masters.get(`${row},${col}`) ?? [row, col];
  const width = Math.max(0, ...texts.map((t) => t.length));
  const text = (row: number, col: number) => {
    const [r, c] = master(row, col);
    return texts[r - 1]?.[c - 1] ?? '';
  };
  return {
    rows: texts.length,
    text,
    master,
    visible: (row) => {
      const cells: { col: number; text: string }[] = [];
      for (let c = 1; c <= width; c++) if (master(row, c)[1] === c) cells.push({ col: c, text: text(row, c) });
      return cells;
    },
  };
}

/** What the clerk pointed out on a sheet, rows and columns from 1. */
export interface MapMarks {
  fields: Partial<Record<TableField, MapPlace>>;
  headerRow: number | null;
  columns: Partial<Record<MapColumn, number>>;
}

const same = (a: MapPlace, b: MapPlace) => a.row === b.row && a.col === b.col;
/** A label the fingerprint can hold: a short text, as the dictionary would compare it. */
const asLabel = (text: string) => {
  const label = normLabel(text);
  return label !== '' && label.length <= MAP_LIMITS.label ? label : null;
};

/**
 * The label of a field's value cell: the nearest text to its left in its row, else the nearest
 * above it in its column (`年度总体目标` over its text); none where a value pointed out comes first.
 */
export function labelOfValue(cells: MapCells, value: MapPlace, values: readonly MapPlace[]): (MapPlace & { text: string }) | null {
  const masterOf = (p: MapPlace): MapPlace => {
    const [row, col] = cells.master(p.row, p.col);
    return { row, col };
  };
  const own = masterOf(value);
  const valueCells = values.map(masterOf);
  const look = (places: MapPlace[]) => {
    for (const p of places) {
      const cell = masterOf(p);
      if (same(cell, own) || cells.text(p.row, p.col) === '') continue;
      if (valueCells.some((v) => same(v, cell))) return null;
      const text = asLabel(cells.text(p.row, p.col));
      return text === null ? null : { row: p.row, col: cell.col, text };
    }
    return null;
  };
  const left = Array.from({ length: value.col - 1 }, (_, i) => ({ row: value.row, col: value.col - 1 - i }));
  const above = Array.from({ length: value.row - 1 }, (_, i) => ({ row: value.row - 1 - i, col: value.col }));
  return look(left) ?? look(above);
}

/** The map the marks make, or what is missing for one. */
export function layoutMapOf(name: string, cells: MapCells, marks: MapMarks): { map: LayoutMap } | { problem: string } {
  const { fields, headerRow, columns } = marks;
  const missing = [
    fields.name ? null : '项目名称',
    headerRow === null ? '指标表头' : null,
    columns.level1 === undefined && columns.level2 === undefined ? '一级或二级指标列' : null,
    columns.name === undefined ? '三级指标列' : null,
    columns.value === undefined ? '指标值列' : null,
  ].filter((m) => m !== null);
  if (missing.length > 0 || headerRow === null) return { problem: `还需指定：${missing.join('、')}` };
  const placed = Object.entries(fields) as [TableField, MapPlace][];
  const late = placed.find(([, p]) => p.row >= headerRow);
  if (late) return { problem: `${MAP_FIELD_NAMES[late[0]]}应在指标表头上方` };

  const values = placed.map(([, p]) => p);
  const labels = placed.flatMap(([, p]) => labelOfValue(cells, p, values) ?? []);
  const headings = cells.visible(headerRow).flatMap((c) => {
    const text = asLabel(c.text);
    return text === null ? [] : [{ row: headerRow, col: c.col, text }];
  });
  const fingerprint = [...labels, ...headings].filter((f, i, all) => all.findIndex((g) => same(f, g)) === i);
  if (fingerprint.length < 2) return { problem: '所指位置旁边没有可以用来识别表样的文字（如项目名称左边的标签、指标表头的各列名称）' };

  const top = Math.min(...values.map((p) => p.row), ...fingerprint.map((f) => f.row));
  const left = Math.min(...values.map((p) => p.col), ...fingerprint.map((f) => f.col), ...Object.values(columns));
  const at = (p: MapPlace): MapPlace => ({ row: p.row - top, col: p.col - left });
  const { level1, level2 } = columns;
  return {
    map: {
      name,
      fingerprint: fingerprint.sort((a, b) => a.row - b.row || a.col - b.col).map((f) => ({ ...at(f), text: f.text })),
      fields: Object.fromEntries(placed.map(([field, p]) => [field, at(p)])) as LayoutMap['fields'],
      indicatorHeaderRow: headerRow - top,
      columns: {
        ...(level1 === undefined ? {} : { level1: level1 - left }),
        ...(level2 === undefined ? {} : { level2: level2 - left }),
        name: columns.name! - left,
        value: columns.value! - left,
      },
    },
  };
}

/**
 * Where a map's tables stand in a sheet: each top-left at which every label of its fingerprint is
 * found in its place, top to bottom (a table below another starts under its indicator header).
 */
export function layoutMapOrigins(cells: MapCells, map: LayoutMap): MapPlace[] {
  const [first, ...rest] = map.fingerprint;
  if (!first) return [];
  // normLabel takes characters away and turns full-width brackets half-width: a cell without the label's first
  // character is not it, which spares normalising most cells of a large sheet.
  const lead = first.text.charAt(0);
  const mayBe = (text: string) => lead === '(' || lead === ')' || text.includes(lead);
  const origins: MapPlace[] = [];
  for (let r = 1; r <= cells.rows; r++) {
    for (const cell of cells.visible(r)) {
      if (!mayBe(cell.text) || normLabel(cell.text) !== first.text) continue;
      const origin = { row: r - first.row, col: cell.col - first.col };
      if (origin.row < 1 || origin.col < 1) continue;
      if (!rest.every((f) => normLabel(cells.text(origin.row + f.row, origin.col + f.col)) === f.text)) continue;
      const last = origins[origins.length - 1];
      if (!last || origin.row > last.row + map.indicatorHeaderRow) origins.push(origin);
    }
  }
  return origins;
}
