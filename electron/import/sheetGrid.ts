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
  /** For each merged cell (by cellKey), the row and column of its area's top-left cell. */
  private readonly masters = new Map<number, [number, number]>();
  /** Each row's visible cells, worked out once: the readers look at a row several times. */
  private readonly visibleRows: (readonly VisibleCell[])[] = [];

  constructor(private readonly sheet: Sheet) {
    this.rows = sheet.rowCount;
    this.cols = sheet.columnCount;
    for (const range of sheet.merges) {
      const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
      if (!m) continue;
      const [c1, r1, c2, r2] = [column(m[1]!), Number(m[2]), column(m[3]!), Number(m[4])];
      for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) this.masters.set(cellKey(r, c), [r1, c1]);
    }
  }

  get name(): string {
    return this.sheet.name;
  }

  master(row: number, col: number): [number, number] {
    return this.masters.get(cellKey(row, col)) ?? [row, col];
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
    const known = this.visibleRows[row];
    if (known) return known;
    const cells: VisibleCell[] = [];
    const seen = new Set<number>();
    for (let c = 1; c <= this.cols; c++) {
      const [mr, mc] = this.master(row, c);
      const key = cellKey(mr, mc);
      if (seen.has(key)) continue;
      seen.add(key);
      cells.push({ col: c, text: this.text(row, c), value: this.value(row, c) });
    }
    return (this.visibleRows[row] = cells);
  }
}

/** Excel has at most 16,384 columns: a cell as one number. */
const cellKey = (row: number, col: number) => row * 16_384 + col;

function column(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}
