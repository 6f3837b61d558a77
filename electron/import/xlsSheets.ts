/**
 * A legacy Excel 97–2003 workbook (.xls, what WPS saves by default on many PCs), read by SheetJS
 * into the same sheets as an .xlsx. SheetJS parses the whole file at once: the file's size limit
 * bounds its work (a BIFF file stores every cell and string uncompressed), rows are cut at the
 * limit while parsing, and cells and area are counted per sheet as the .xlsx reader counts them.
 */
import * as XLSX from '@e965/xlsx';
import { LIMITS } from './fileGuard';
import { cellAddress } from './fitText';
import type { CellValue, Sheet, SheetCell } from './xlsxSheets';
import { OverLimit, own } from './zipXml';

function valueOf(cell: XLSX.CellObject): CellValue | undefined {
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' ? own(cell.v) : undefined;
    case 'n':
      return typeof cell.v === 'number' ? cell.v : undefined;
    case 'b':
      return Boolean(cell.v);
    case 'd':
      return cell.v instanceof Date ? cell.v : undefined;
    case 'e':
      return cell.w ?? '#错误';
    default:
      return undefined;
  }
}

/** Every visible sheet of the workbook, in its order. */
export function readXls(bytes: Buffer): Sheet[] {
  const workbook = XLSX.read(bytes, {
    type: 'buffer',
    dense: true,
    cellNF: true,
    cellDates: true,
    cellFormula: false,
    cellHTML: false,
    cellStyles: false,
    // One row past the limit, to know that a sheet has more.
    sheetRows: LIMITS.rows + 1,
  });
  if (workbook.SheetNames.length > LIMITS.sheets) throw new OverLimit('sheets', { part: 'Workbook' });
  const counts = { cells: 0, area: 0 };
  const sheets: Sheet[] = [];
  workbook.SheetNames.forEach((name, index) => {
    if (workbook.Workbook?.Sheets?.[index]?.Hidden) return;
    const ws = workbook.Sheets[name]!;
    const where = { sheet: name };
    const range = XLSX.utils.decode_range(ws['!fullref'] ?? ws['!ref'] ?? 'A1:A1');
    const sheet: Sheet = { name: own(name), rowCount: ws['!ref'] ? range.e.r + 1 : 0, columnCount: ws['!ref'] ? range.e.c + 1 : 0, rows: [], merges: [] };
    if (sheet.rowCount > LIMITS.rows) throw new OverLimit('rows', where);
    counts.area += sheet.rowCount * sheet.columnCount;
    if (counts.area > LIMITS.area) throw new OverLimit('area', where);
    const data = (ws['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
    data.forEach((row, r) =>
      row?.forEach((cell, c) => {
        const value = cell && valueOf(cell);
        if (value === undefined || value === '') return;
        if (++counts.cells > LIMITS.cells) throw new OverLimit('cells', where);
        (sheet.rows[r + 1] ??= [])[c + 1] = (typeof cell!.z === 'string' && cell!.z !== 'General' ? { value, numFmt: cell!.z } : { value }) satisfies SheetCell;
      }),
    );
    for (const merge of ws['!merges'] ?? []) {
      counts.cells += (merge.e.r - merge.s.r + 1) * (merge.e.c - merge.s.c + 1);
      if (counts.cells > LIMITS.cells) throw new OverLimit('cells', where);
      sheet.merges.push(`${cellAddress(merge.s.r + 1, merge.s.c + 1)}:${cellAddress(merge.e.r + 1, merge.e.c + 1)}`);
    }
    sheets.push(sheet);
  });
  return sheets;
}
