/**
 * Tables read with a layout map (shared/forms/layoutMap.ts), where the label reader could not place
 * them: the header's fields from the cells the map points out (their unit from their label, or the
 * table's title), anything else labelled around them as the label reader finds it, and the
 * indicators from the map's header row and columns (beside any column the header row names in
 * words Jixiao knows), as readTargetTable makes a table of them.
 */
import type { TableField } from '../../shared/forms/labelDictionary';
import { unitNoted } from '../../shared/forms/labelDictionary';
import { labelOfValue, layoutMapOrigins, MAP_FIELD_NAMES, type LayoutMap, type MapPlace } from '../../shared/forms/layoutMap';
import type { TargetTable } from '../../shared/interchange/targetTable';
import type { Warn } from './fitText';
import { readHeader, type FoundValue } from './headerFields';
import { columnsOf, type IndicatorHeader } from './indicatorTable';
import { targetTableOf, type TableNotes } from './readTargetTable';
import type { SheetGrid } from './sheetGrid';
import { headOf, type TableRegion } from './tableRegions';

export interface MappedTable {
  table: TargetTable & TableNotes;
  /** The row of its 项目名称. */
  row: number;
  /** What was said while reading it (also said to `warn`). */
  warnings: string[];
}

/** The tables of the first map whose shape the sheet holds; none where no map matches. */
export function readWithMaps(grid: SheetGrid, maps: readonly LayoutMap[], warn: Warn): MappedTable[] {
  for (const map of maps) {
    const tables = readWithMap(grid, map, warn);
    if (tables.length > 0) return tables;
  }
  return [];
}

/** Every table of the map's shape in the sheet, top to bottom; none where the map does not match. */
export function readWithMap(grid: SheetGrid, map: LayoutMap, warn: Warn): MappedTable[] {
  const origins = layoutMapOrigins(grid, map);
  // Each table's title block is looked for above it, down to the previous table's indicator header.
  const heads = origins.map((origin, i) => headOf(grid, origin.row, i === 0 ? 1 : origins[i - 1]!.row + map.indicatorHeaderRow + 1));
  return origins.map((origin, i) => {
    const end = i + 1 < origins.length ? heads[i + 1]!.top - 1 : grid.rows;
    const start = origin.row + map.fields.name.row;
    const warnings: string[] = [];
    const say = (message: string) => {
      warnings.push(message);
      warn(message);
    };
    say(`工作表“${grid.name}”第 ${start} 行：按表样“${map.name}”读取`);
    return { table: readTable(grid, map, origin, { ...heads[i]!, start, end, kind: '绩效目标表' }, say), row: start, warnings };
  });
}

function readTable(grid: SheetGrid, map: LayoutMap, origin: MapPlace, region: TableRegion, warn: Warn): TargetTable & TableNotes {
  const sheetCell = (p: MapPlace): MapPlace => ({ row: origin.row + p.row, col: origin.col + p.col });
  const headerRow = origin.row + map.indicatorHeaderRow;
  const header = readHeader(grid, region.top, headerRow - 1);
  const places = (Object.entries(map.fields) as [TableField, MapPlace][]).map(([field, p]) => [field, sheetCell(p)] as const);
  const values = places.map(([, p]) => p);
  for (const [field, cell] of places) {
    const label = labelOfValue(grid, cell, values);
    const labelText = label ? grid.text(label.row, label.col) : MAP_FIELD_NAMES[field];
    const found: FoundValue = {
      ...cell,
      text: grid.text(cell.row, cell.col),
      value: grid.value(cell.row, cell.col),
      label: labelText,
      unit: unitNoted(labelText) ?? header.unit,
    };
    header.fields[field] = found;
  }
  // A value the map places is not also 其他信息 under its label.
  header.otherInfo = header.otherInfo.filter((o) => !values.some((v) => v.row === o.row && v.col === o.col));
  const mapped = Object.fromEntries(Object.entries(map.columns).map(([column, col]) => [column, origin.col + col]));
  const named = Object.entries(columnsOf(grid, [headerRow])).filter(([, col]) => !Object.values(mapped).includes(col));
  const columns = { ...Object.fromEntries(named), ...mapped } as IndicatorHeader['columns'];
  return targetTableOf(grid, region, { rows: [headerRow], columns }, header, warn);
}
