/**
 * exceljs 4.4 checks every merged range against all earlier ones of the sheet, when a workbook is
 * loaded and when cells are merged: a stacked sheet of 2,000 tables (about 80,000 merges) takes
 * minutes to read or write. This replaces that check with one against the set of merged cells,
 * which refuses exactly the same overlaps in linear time. Loaded once, before any workbook is
 * read or written (exceljs is pinned, so the internals patched here are known).
 */
import Worksheet from 'exceljs/lib/doc/worksheet';

interface Dimensions {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface SheetInternals {
  _merges: Record<string, Dimensions>;
  getCell(row: number, col: number): { address: string; merge(master: unknown, ignoreStyle?: boolean): void; unmerge(): void };
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

if (!Worksheet.prototype[PATCHED]) {
  Worksheet.prototype[PATCHED] = true;
  Worksheet.prototype._mergeCellsInternal = function (this: SheetInternals, dimensions: Dimensions, ignoreStyle?: boolean) {
    const merged = (this.mergedCells ??= new Set(Object.values(this._merges).flatMap(cellsOf)));
    const cells = cellsOf(dimensions);
    if (cells.some((key) => merged.has(key))) throw new Error('Cannot merge already merged cells');
    const master = this.getCell(dimensions.top, dimensions.left);
    for (let r = dimensions.top; r <= dimensions.bottom; r++) {
      for (let c = dimensions.left; c <= dimensions.right; c++) {
        if (r > dimensions.top || c > dimensions.left) this.getCell(r, c).merge(master, ignoreStyle);
      }
    }
    this._merges[master.address] = dimensions;
    for (const key of cells) merged.add(key);
  };
  const unMergeMaster = Worksheet.prototype._unMergeMaster as (this: SheetInternals, master: { address: string }) => void;
  Worksheet.prototype._unMergeMaster = function (this: SheetInternals, master: { address: string }) {
    const merge = this._merges[master.address];
    if (merge) for (const key of cellsOf(merge)) this.mergedCells?.delete(key);
    unMergeMaster.call(this, master);
  };
}

