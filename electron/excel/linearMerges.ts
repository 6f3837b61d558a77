/**
 * exceljs 4.4's streaming writer checks every merged range against all earlier ones of the sheet:
 * a stacked sheet of 2,000 tables (about 80,000 merges) takes minutes to write. This replaces that
 * check with one against the set of merged cells, which refuses exactly the same overlaps in
 * linear time. Loaded once, before any workbook is written (exceljs is pinned, so the internals
 * patched here are known).
 */
import Range from 'exceljs/lib/doc/range';
import WorksheetWriter from 'exceljs/lib/stream/xlsx/worksheet-writer';

interface Dimensions {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface WriterInternals {
  _merges: Dimensions[];
  getCell(row: number, col: number): { merge(master: unknown): void };
  /** Every cell covered by a merge of this sheet, as one number (see cellKey). */
  mergedCells?: Set<number>;
}

const PATCHED = Symbol.for('jixiao.linearMerges');

/** Excel has at most 16,384 columns: a cell as one number keeps a sheet's 80,000 merges small in memory. */
const cellKey = (row: number, col: number) => row * 16_384 + col;

function cellsOf(d: Dimensions): number[] {
  const keys: number[] = [];
  for (let r = d.top; r <= d.bottom; r++) for (let c = d.left; c <= d.right; c++) keys.push(cellKey(r, c));
  return keys;
}

if (!WorksheetWriter.prototype[PATCHED]) {
  WorksheetWriter.prototype[PATCHED] = true;
  WorksheetWriter.prototype.mergeCells = function (this: WriterInternals, ...cells: unknown[]) {
    const dimensions = new Range(cells);
    const merged = (this.mergedCells ??= new Set(this._merges.flatMap(cellsOf)));
    const covered = cellsOf(dimensions);
    if (covered.some((key) => merged.has(key))) throw new Error('Cannot merge already merged cells');
    const master = this.getCell(dimensions.top, dimensions.left);
    for (let r = dimensions.top; r <= dimensions.bottom; r++) {
      for (let c = dimensions.left; c <= dimensions.right; c++) {
        if (r > dimensions.top || c > dimensions.left) this.getCell(r, c).merge(master);
      }
    }
    for (const key of covered) merged.add(key);
    this._merges.push(dimensions);
  };
}
