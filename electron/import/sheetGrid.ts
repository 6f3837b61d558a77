/**
 * A worksheet as a person reads it: each cell's text, merged areas read as their top-left
 * cell, and the distinct cells of a row in order.
 */
import { xmlSafe } from '../../shared/text';
import type { Sheet } from './xlsxSheets';

export interface VisibleCell {
  col: number;
  text: string;
  value: unknown;
}

function percent(value: number, numFmt: string | undefined): string | null {
  if (!numFmt?.includes('%')) return null;
  const decimals = /0\.(0+)%/.exec(numFmt)?.[1]?.length ?? 0;
  return `${(value * 100).toFixed(decimals)}%`;
}

/** The text a cell shows: rich text joined, a formula's result, a percentage as printed. */
export function cellText(value: unknown, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return percent(value, numFmt) ?? String(value);
  if (typeof value === 'string') return xmlSafe(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (v.richText) return xmlSafe(v.richText.map((t) => t.text).join(''));
    if ('result' in v) return cellText(v.result, numFmt);
    if (typeof v.text === 'string') return v.text;
    if (v.error) return v.error;
  }
  return String(value);
}

export class SheetGrid {
  readonly rows: number;
  readonly cols: number;
  /**
   * For each merged cell but its area's top-left one, that one, both by `key`: numbers small enough for the
   * engine to keep unboxed, as the cells limit allows millions.
   */
  private readonly masters = new Map<number, number>();
  /** This sheet's number among those whose visible rows are kept together. */
  private readonly number: number;

  constructor(
    private readonly sheet: Sheet,
    private readonly visibleRows = new VisibleRows(),
  ) {
    this.number = visibleRows.sheet();
    this.rows = sheet.rowCount;
    this.cols = sheet.columnCount;
    for (const range of sheet.merges) {
      const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
      if (!m) continue;
      const [c1, r1, c2, r2] = [column(m[1]!), Number(m[2]), column(m[3]!), Number(m[4])];
      const first = this.key(r1, c1);
      for (let r = r1; r <= Math.min(r2, this.rows); r++) {
        for (let c = c1; c <= Math.min(c2, this.cols); c++) if (r !== r1 || c !== c1) this.masters.set(this.key(r, c), first);
      }
    }
  }

  /** A cell of the sheet's span as one number (under its area, which LIMITS.area bounds). */
  private key(row: number, col: number): number {
    return row * (this.cols + 1) + col;
  }

  get name(): string {
    return this.sheet.name;
  }

  master(row: number, col: number): [number, number] {
    const first = row <= this.rows && col <= this.cols ? this.masters.get(this.key(row, col)) : undefined;
    return first === undefined ? [row, col] : [Math.floor(first / (this.cols + 1)), first % (this.cols + 1)];
  }

  value(row: number, col: number): unknown {
    const [r, c] = this.master(row, col);
    return this.sheet.rows[r]?.[c]?.value ?? null;
  }

  /** The text shown at a cell, trimmed; a merged cell shows its area's text. */
  text(row: number, col: number): string {
    const [r, c] = this.master(row, col);
    const cell = this.sheet.rows[r]?.[c];
    return cell ? cellText(cell.value, cell.numFmt).trim() : '';
  }

  /** The distinct cells of a row, left to right: a merged area once, in every row it spans. */
  visible(row: number): readonly VisibleCell[] {
    const known = this.visibleRows.get(this.number, row);
    if (known) return known;
    const cells: VisibleCell[] = [];
    const seen = new Set<number>();
    for (let c = 1; c <= this.cols; c++) {
      const [mr, mc] = this.master(row, c);
      const key = this.key(mr, mc);
      if (seen.has(key)) continue;
      seen.add(key);
      cells.push({ col: c, text: this.text(row, c), value: this.value(row, c) });
    }
    this.visibleRows.keep(this.number, row, cells);
    return cells;
  }
}

/**
 * Rows' visible cells, worked out once: the readers look at a row several times. Shared by the sheets of a
 * workbook and kept to about 30 MB (a million cells, a row counting one more; past that all are let go and worked
 * out again as needed): the sheets may be as long and wide as LIMITS.area allows. A province's 2,000 tables
 * (about 560,000 cells in 90,000 rows) are all kept.
 */
export class VisibleRows {
  private readonly rows = new Map<number, readonly VisibleCell[]>();
  private kept = 0;
  private sheets = 0;

  /** A number for the rows of one more sheet. */
  sheet(): number {
    return this.sheets++;
  }

  get(sheet: number, row: number): readonly VisibleCell[] | undefined {
    return this.rows.get(rowKey(sheet, row));
  }

  keep(sheet: number, row: number, cells: readonly VisibleCell[]): void {
    if (this.kept > VISIBLE_KEPT) {
      this.rows.clear();
      this.kept = 0;
    }
    this.rows.set(rowKey(sheet, row), cells);
    this.kept += cells.length + 1;
  }
}

const VISIBLE_KEPT = 1_000_000;
/** Excel has at most 1,048,576 rows: a sheet's row as one number. */
const rowKey = (sheet: number, row: number) => sheet * 2 ** 21 + row;

function column(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}
