/**
 * The header of a table, the part above its indicators, read by its labels wherever they stand:
 * - a label followed by its value in the same row (`项目名称 | …`, `项目编码：| 4403… | | 项目名称：| …`);
 * - a label over its value (`年度总体目标` with the text below it);
 * - a small matrix, labels heading columns and rows: the central layout's funding block
 *   (`中期资金总额 | 年度资金总额` over `资金总额`, `其中：财政拨款`, `其他资金`) and goals (`中期目标 | 年度目标`);
 * - a funding group leading its row (`本级资金 | 资金总额 | … | 财政拨款 | …`).
 * A label may be split over two cells (`项目 | 名称`). A labelled field Jixiao has no place for is
 * kept as 其他信息. Nothing is guessed from a cell's position.
 */
import {
  fieldOfLabel,
  fundGroupOfLabel,
  fundPartOfLabel,
  indicatorColumnOf,
  isFundingBlockLabel,
  isFundTotalLabel,
  normLabel,
  otherOfLabel,
  unitNoted,
  type TableField,
} from '../../shared/forms/labelDictionary';
import type { FundKey } from '../../shared/layouts';
import type { OtherInfo } from '../../shared/project';
import type { SheetGrid, VisibleCell } from './sheetGrid';

/** A value found for a field: its cell, and the unit its label (or block) names. */
export interface FoundValue {
  row: number;
  col: number;
  text: string;
  value: unknown;
  /** The label as the table wrote it. */
  label: string;
  unit: '元' | '万元' | null;
}

export interface HeaderRead {
  fields: Partial<Record<TableField, FoundValue>>;
  funds: Partial<Record<FundKey, FoundValue>>;
  otherInfo: (OtherInfo & { row: number; col: number })[];
  /** Every label read (normalised), for telling the layout apart. */
  labels: Set<string>;
  /** The unit a title or note row names for the whole table (`单位：元`); null where none. */
  unit: '元' | '万元' | null;
}

/** What a cell is as a label. */
type Label =
  | { kind: 'field'; field: TableField }
  | { kind: 'other'; name: string }
  | { kind: 'part'; fund: FundKey }
  | { kind: 'total' }
  | { kind: 'group'; group: NonNullable<ReturnType<typeof fundGroupOfLabel>> }
  | { kind: 'block' };

/** Where a column of a matrix puts its values. */
type ColumnMeaning = 'annual' | 'total' | { field: 'overallGoal' } | { other: string };

const MONEY_FIELDS: TableField[] = ['totalFunds', 'annualFunds'];
/** Fields whose label heads a column in the central layout's matrices. */
const COLUMN_FIELDS: TableField[] = ['totalFunds', 'annualFunds', 'overallGoal'];

function labelOf(text: string): Label | null {
  if (text === '') return null;
  const field = fieldOfLabel(text);
  if (field) return { kind: 'field', field };
  const group = fundGroupOfLabel(text);
  if (group) return { kind: 'group', group };
  if (isFundingBlockLabel(text)) return { kind: 'block' };
  if (isFundTotalLabel(text)) return { kind: 'total' };
  const fund = fundPartOfLabel(text);
  if (fund) return { kind: 'part', fund };
  const other = otherOfLabel(text);
  if (other) return { kind: 'other', name: other };
  return null;
}

/** A label the dictionary does not know, but the table marks as one: short text ending in a colon. */
function unknownLabel(text: string): string | null {
  const t = text.trim();
  if (!/[:：]$/.test(t)) return null;
  const name = t.replace(/[:：]+$/, '').trim();
  return name.length > 0 && name.length <= 20 && !/[。；;]/.test(name) ? name : null;
}

const isLabelText = (text: string) => labelOf(text) !== null || unknownLabel(text) !== null || indicatorColumnOf(text) !== null;

export function readHeader(grid: SheetGrid, from: number, to: number): HeaderRead {
  const tableUnit = unitOfRows(grid, from, to);
  const read: HeaderRead = { fields: {}, funds: {}, otherInfo: [], labels: new Set(), unit: tableUnit };
  let matrix: { columns: Map<number, ColumnMeaning>; unit: '元' | '万元' | null } | null = null;

  const found = (row: number, cell: VisibleCell | undefined, label: string, unit: '元' | '万元' | null): FoundValue => ({
    row,
    col: cell?.col ?? 0,
    text: cell?.text ?? '',
    value: cell?.value ?? null,
    label,
    unit: unit ?? tableUnit,
  });
  const setField = (field: TableField, value: FoundValue) => {
    if (!read.fields[field] || (read.fields[field]!.text === '' && value.text !== '')) read.fields[field] = value;
  };
  const setFund = (fund: FundKey, value: FoundValue) => {
    if (!read.funds[fund]) read.funds[fund] = value;
  };
  const keepOther = (label: string, row: number, cell: VisibleCell | undefined) => {
    const value = cell?.text ?? '';
    if (value !== '' && !read.otherInfo.some((o) => o.label === label)) read.otherInfo.push({ label, value, row, col: cell!.col });
  };

  for (let r = from; r <= to; r++) {
    const cells = joinSplitLabels(grid.visible(r));
    for (const c of cells) if (c.text) read.labels.add(normLabel(c.text));
    const headers = columnHeaders(grid, r, cells, to);
    if (headers) {
      matrix = { columns: headers, unit: cells.map((c) => unitNoted(c.text)).find((u) => u !== null) ?? null };
      continue;
    }
    if (matrix && readMatrixRow(r, cells, matrix, { setField, setFund, keepOther, found })) continue;
    matrix = null;

    // The group a funding row belongs to, from a label leading it (merged down over its rows).
    let group: Label | null = null;
    let blockUnit: '元' | '万元' | null = null;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      const label = labelOf(cell.text);
      const unknown = label ? null : unknownLabel(cell.text);
      if (!label && !unknown) continue;
      if (label?.kind === 'group' || label?.kind === 'block') {
        group = label;
        blockUnit = unitNoted(cell.text);
        continue;
      }
      // The value: the next cell that is not itself a label, before the next label.
      let j = i + 1;
      while (j < cells.length && cells[j]!.text === '') j++;
      const next = j < cells.length && !isLabelText(cells[j]!.text) ? cells[j] : undefined;
      // Long texts may stand under their label (`年度总体目标` over its text); amounts and names stand beside it.
      const vertical = unknown !== null || label!.kind === 'other' || (label!.kind === 'field' && label!.field === 'overallGoal');
      const valueCell = next ?? (vertical ? below(grid, r, cell, to) : undefined);
      const unit = unitNoted(cell.text) ?? blockUnit;
      if (unknown) keepOther(unknown, r, valueCell);
      else if (label!.kind === 'field') setField(label!.field, found(r, valueCell, cell.text, unit));
      else if (label!.kind === 'other') keepOther(label!.name, r, valueCell);
      else if (label!.kind === 'part') setFund(label!.fund, found(r, valueCell, cell.text, unit));
      else if (label!.kind === 'total') {
        const value = found(r, valueCell, cell.text, unit);
        if (group?.kind === 'group') setFund(group.group.total, value);
        else setField('annualFunds', value);
      }
      if (next) i = j;
    }
  }
  return read;
}

/** `项目 | 名称`: two cells that only together make a label (of the dictionary `isLabel` asks), read as one. */
export function joinSplitLabels(cells: readonly VisibleCell[], isLabel: (text: string) => boolean = isLabelText): VisibleCell[] {
  const out: VisibleCell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const a = cells[i]!;
    const b = cells[i + 1];
    if (b && a.text && b.text && a.text.length <= 6 && b.text.length <= 6 && !isLabel(a.text) && !isLabel(b.text) && isLabel(a.text + b.text)) {
      out.push({ col: b.col, text: a.text + b.text, value: a.text + b.text });
      i++;
    } else out.push(a);
  }
  return out;
}

/** A label's value written below it, where the row has none beside it (`年度总体目标` over its text). */
function below(grid: SheetGrid, row: number, cell: VisibleCell, to: number): VisibleCell | undefined {
  if (row + 1 > to) return undefined;
  const [masterRow] = grid.master(row, cell.col);
  // The label's own merged area may reach down; the value is the first cell under it.
  let r = row + 1;
  while (r <= to && grid.master(r, cell.col)[0] === masterRow) r++;
  if (r > to) return undefined;
  const under = grid.visible(r).find((c) => c.col === cell.col);
  return under && under.text !== '' && !isLabelText(under.text) && !isLabelText(grid.visible(r).find((c) => c.text !== '')?.text ?? '') ? under : undefined;
}

/**
 * A row of column headings: at least two labels that head columns (`中期资金总额 | 年度资金总额`,
 * `中期目标 | 年度目标`), each with a value under it rather than beside it.
 */
function columnHeaders(grid: SheetGrid, row: number, cells: readonly VisibleCell[], to: number): Map<number, ColumnMeaning> | null {
  if (row + 1 > to) return null;
  const columns = new Map<number, ColumnMeaning>();
  cells.forEach((cell, i) => {
    const label = labelOf(cell.text);
    const next = cells.slice(i + 1).find((c) => c.text !== '');
    // A label merged down over the rows below (`总体目标` beside `中期目标 | 年度目标`) heads rows, not a column.
    if ((next && !isLabelText(next.text)) || grid.master(row + 1, cell.col)[0] <= row) return;
    if (label?.kind === 'field' && COLUMN_FIELDS.includes(label.field)) {
      columns.set(cell.col, label.field === 'annualFunds' ? 'annual' : label.field === 'totalFunds' ? 'total' : { field: 'overallGoal' });
    } else if (label?.kind === 'other' && label.name === '中期目标') columns.set(cell.col, { other: '中期目标' });
  });
  if (columns.size < 2) return null;
  // The row below holds values (or row labels and values), not more headings.
  const under = grid.visible(row + 1).filter((c) => columns.has(c.col));
  return under.some((c) => c.text !== '' && !isLabelText(c.text)) ? columns : null;
}

interface MatrixSink {
  setField(field: TableField, value: FoundValue): void;
  setFund(fund: FundKey, value: FoundValue): void;
  keepOther(label: string, row: number, cell: VisibleCell | undefined): void;
  found(row: number, cell: VisibleCell | undefined, label: string, unit: '元' | '万元' | null): FoundValue;
}

/** A row under column headings; false where the matrix has ended. */
function readMatrixRow(
  row: number,
  cells: readonly VisibleCell[],
  matrix: { columns: Map<number, ColumnMeaning>; unit: '元' | '万元' | null },
  sink: MatrixSink,
): boolean {
  const inColumns = cells.filter((c) => matrix.columns.has(c.col));
  if (!inColumns.some((c) => c.text !== '') || inColumns.some((c) => isLabelText(c.text))) return false;
  const rowLabel = cells.find((c) => !matrix.columns.has(c.col) && labelOf(c.text) !== null && labelOf(c.text)!.kind !== 'block');
  const label = rowLabel ? labelOf(rowLabel.text) : null;
  for (const cell of inColumns) {
    const meaning = matrix.columns.get(cell.col)!;
    const unit = unitNoted(rowLabel?.text ?? '') ?? matrix.unit;
    if (typeof meaning === 'object') {
      if ('field' in meaning) sink.setField(meaning.field, sink.found(row, cell, '年度目标', null));
      else sink.keepOther(meaning.other, row, cell);
      continue;
    }
    const isTotal = !label || label.kind === 'total' || (label.kind === 'field' && MONEY_FIELDS.includes(label.field));
    if (isTotal) sink.setField(meaning === 'annual' ? 'annualFunds' : 'totalFunds', sink.found(row, cell, rowLabel?.text ?? '资金总额', unit));
    else if (label.kind === 'part' && meaning === 'annual') sink.setFund(label.fund, sink.found(row, cell, rowLabel!.text, unit));
  }
  return true;
}

/** The unit a title or note row names for the whole table (`单位：元`); null where none. */
export function unitOfRows(grid: SheetGrid, from: number, to: number): '元' | '万元' | null {
  for (let r = from; r <= to; r++) {
    for (const c of grid.visible(r)) {
      if (/^\s*(单位|金额单位)[:：]/.test(c.text)) return unitNoted(c.text);
    }
  }
  return null;
}
