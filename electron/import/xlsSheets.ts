/**
 * A legacy Excel 97–2003 workbook (.xls, what WPS saves by default on many PCs, or the HTML or XML
 * spreadsheet some systems export under that name), read by SheetJS into the same sheets as an
 * .xlsx. SheetJS builds the whole workbook at once, so its work is bounded before it starts: the
 * records of a BIFF file are counted from their headers (cells, merges, strings, sheets), the cells
 * of an HTML or XML table from its tags; rows are cut at the limit while parsing.
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

/** BIFF record types of the cells SheetJS keeps (one each), and those that hold several. */
const CELL_RECORDS = new Set([0x00fd, 0x0203, 0x027e, 0x0205, 0x0204, 0x00d6, 0x0006, 0x0003, 0x0004, 0x0002]);
const MULRK = 0x00bd;
const MERGED_CELLS = 0x00e5;
const SST = 0x00fc;
const BOUND_SHEET = 0x0085;

/** Counts what a BIFF workbook stream holds from its records' headers, refusing past a limit before anything is built. */
function guardBiff(bytes: Buffer): void {
  const container = XLSX.CFB.read(bytes, { type: 'buffer' });
  const stream = XLSX.CFB.find(container, 'Workbook') ?? XLSX.CFB.find(container, 'Book');
  const data = stream?.content;
  if (!data) return;
  const where = { part: 'Workbook' };
  const view = Buffer.from(data as Uint8Array);
  let cells = 0;
  let sheets = 0;
  for (let at = 0; at + 4 <= view.length;) {
    const type = view.readUInt16LE(at);
    const length = view.readUInt16LE(at + 2);
    const body = at + 4;
    if (CELL_RECORDS.has(type)) cells++;
    else if (type === MULRK && length >= 6) cells += Math.floor((length - 6) / 6);
    else if (type === MERGED_CELLS && length >= 2) {
      const count = view.readUInt16LE(body);
      for (let i = 0; i < count && body + 2 + i * 8 + 8 <= view.length; i++) {
        const o = body + 2 + i * 8;
        cells += (view.readUInt16LE(o + 2) - view.readUInt16LE(o) + 1) * (view.readUInt16LE(o + 6) - view.readUInt16LE(o + 4) + 1);
      }
    } else if (type === SST && length >= 8 && view.readUInt32LE(body + 4) > LIMITS.sharedStrings) throw new OverLimit('sharedStrings', where);
    else if (type === BOUND_SHEET && ++sheets > LIMITS.sheets) throw new OverLimit('sheets', where);
    if (cells > LIMITS.cells) throw new OverLimit('cells', where);
    at = body + length;
  }
}

/** The cells an HTML table, or an Excel 2003 XML spreadsheet, saved as .xls holds, from its tags. */
function guardMarkup(bytes: Buffer): void {
  const cell = /<(td|th|cell)[\s>/]/gi;
  let cells = 0;
  for (const text = bytes.toString('latin1'); cell.exec(text) !== null;) if (++cells > LIMITS.cells) throw new OverLimit('cells', { part: 'HTML/XML' });
}

/** Every visible sheet of the workbook, in its order. */
export function readXls(bytes: Buffer): Sheet[] {
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) guardBiff(bytes);
  else guardMarkup(bytes);
  const workbook = XLSX.read(bytes, {
    type: 'buffer',
    dense: true,
    // No formatted text per cell (the readers format values themselves); number formats are kept for percentages.
    cellText: false,
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
    // Each sheet's cells are dropped once copied, so that the two forms of a workbook are not held together.
    delete workbook.Sheets[name];
  });
  return sheets;
}
