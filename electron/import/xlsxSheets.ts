/**
 * The cells and merged areas of a workbook's sheets, read by streaming each part's XML from the
 * zip. exceljs builds a whole workbook model (every cell an object with its style) and checks
 * merges in quadratic time; its streaming reader skips merges, which a form needs. A province's
 * workbook of 2,000 tables is read here in a fraction of exceljs's time and memory.
 * Values are read as exceljs reads them: shared and inline strings (rich text joined, phonetic
 * runs left out), numbers, booleans, errors, a formula's cached result, dates by number format.
 */
import type yauzl from 'yauzl';
import defaultNumFormats from 'exceljs/lib/xlsx/defaultnumformats';
import excelUtils from 'exceljs/lib/utils/utils';
import { LIMITS } from './fileGuard';
import { OverLimit, openZip, own, parsePart } from './zipXml';

export type CellValue = string | number | boolean | Date;

export interface SheetCell {
  value: CellValue;
  numFmt?: string;
}

export interface Sheet {
  name: string;
  /** The last row and column that the sheet's XML mentions (as exceljs's rowCount and columnCount). */
  rowCount: number;
  columnCount: number;
  /** `rows[r][c]`, 1-based; empty cells, and rows without any, are absent. */
  rows: (SheetCell | undefined)[][];
  /** Merged areas as `A1:C2`. */
  merges: string[];
}

/** Where a relationship's target is, as a path in the zip (targets are relative to `xl/`). */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

interface WorkbookParts {
  sheets: { name: string; visible: boolean; path: string }[];
  sharedStrings: string;
  styles: string;
  date1904: boolean;
}

async function workbookParts(zip: yauzl.ZipFile, entries: Map<string, yauzl.Entry>): Promise<WorkbookParts> {
  const targets = new Map<string, { type: string; path: string }>();
  const rels = 'xl/_rels/workbook.xml.rels';
  await parsePart(zip, entries.get(rels), {
    open: (name, a) => {
      if (name !== 'Relationship' || !a.Id || !a.Target) return;
      targets.set(own(a.Id), { type: own(a.Type ?? ''), path: own(partPath(a.Target)) });
      if (targets.size > LIMITS.relationships) throw new OverLimit('relationships', { part: rels });
    },
  });
  const ofType = (suffix: string, fallback: string) => [...targets.values()].find((t) => t.type.endsWith(suffix))?.path ?? fallback;
  const parts: WorkbookParts = {
    sheets: [],
    sharedStrings: ofType('/sharedStrings', 'xl/sharedStrings.xml'),
    styles: ofType('/styles', 'xl/styles.xml'),
    date1904: false,
  };
  // No part is read twice: a sheet that is another sheet, or the strings or styles, is refused.
  const readAs = new Map([
    [parts.sharedStrings, '共享字符串表'],
    [parts.styles, '样式表'],
  ]);
  let listed = 0;
  await parsePart(zip, entries.get('xl/workbook.xml'), {
    open: (name, a) => {
      if (name === 'workbookPr') parts.date1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (name !== 'sheet') return;
      if (++listed > LIMITS.sheets) throw new OverLimit('sheets', { part: 'xl/workbook.xml' });
      const target = targets.get(a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '');
      if (!target) return;
      const sheet = { name: own(a.name ?? ''), visible: !a.state || a.state === 'visible', path: target.path };
      const earlier = readAs.get(sheet.path);
      if (earlier) throw new Error(`工作表“${sheet.name}”指向的“${sheet.path}”已是${earlier}`);
      readAs.set(sheet.path, `工作表“${sheet.name}”`);
      parts.sheets.push(sheet);
    },
  });
  return parts;
}

/** The text of each shared string, rich-text runs joined, phonetic guides (`rPh`) left out. */
async function sharedStrings(zip: yauzl.ZipFile, entry: yauzl.Entry | undefined): Promise<string[]> {
  const strings: string[] = [];
  let current = '';
  let chars = 0;
  let inText = false;
  let inPhonetic = false;
  const where = { part: entry?.fileName ?? '' };
  await parsePart(zip, entry, {
    open: (name) => {
      if (name === 'si') current = '';
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't') inText = !inPhonetic;
    },
    close: (name) => {
      if (name === 'si') {
        if (strings.push(own(current)) > LIMITS.sharedStrings) throw new OverLimit('sharedStrings', where);
      } else if (name === 'rPh') inPhonetic = false;
      else if (name === 't') inText = false;
    },
    text: (text) => {
      if (!inText) return;
      current += text;
      if (current.length > LIMITS.textChars) throw new OverLimit('textChars', where);
      if ((chars += text.length) > LIMITS.sharedStringChars) throw new OverLimit('sharedStringChars', where);
    },
  });
  return strings;
}

/** The number format of each cell style (`s` of a cell), built-in formats by their id. */
async function cellFormats(zip: yauzl.ZipFile, entry: yauzl.Entry | undefined): Promise<(string | undefined)[]> {
  const custom = new Map<string, string>();
  const ids: string[] = [];
  let inCellXfs = false;
  const count = () => {
    if (custom.size + ids.length > LIMITS.styles) throw new OverLimit('styles', { part: entry?.fileName ?? '' });
  };
  await parsePart(zip, entry, {
    open: (name, a) => {
      if (name === 'numFmt' && a.numFmtId) {
        custom.set(own(a.numFmtId), own(a.formatCode ?? ''));
        count();
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        ids.push(own(a.numFmtId ?? '0'));
        count();
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return ids.map((id) => custom.get(id) ?? defaultNumFormats[id]?.f);
}

const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;

function columnNumber(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    n = n * 26 + code - 64;
  }
  return n;
}

interface SheetContext {
  strings: string[];
  formats: (string | undefined)[];
  date1904: boolean;
  /** So far in the workbook: filled and merged cells (against LIMITS.cells), and the sheets' spans (LIMITS.area). */
  counts: { cells: number; area: number };
}

function cellValue(type: string | undefined, text: string, numFmt: string | undefined, context: SheetContext): CellValue | undefined {
  if (text === '' && type !== 'str' && type !== 'inlineStr') return undefined;
  switch (type) {
    case 's':
      return context.strings[Number(text)];
    case 'str':
    case 'inlineStr':
    case 'e':
      return own(text);
    case 'b':
      return Number(text) !== 0;
    case 'd':
      return new Date(text);
    default: {
      const number = Number(text);
      return excelUtils.isDateFmt(numFmt) ? excelUtils.excelToDate(number, context.date1904) : number;
    }
  }
}

async function readSheet(zip: yauzl.ZipFile, entry: yauzl.Entry | undefined, sheetName: string, context: SheetContext): Promise<Sheet> {
  const result: Sheet = { name: sheetName, rowCount: 0, columnCount: 0, rows: [], merges: [] };
  const where = { sheet: sheetName };
  // Rows and columns are checked against Excel's as they come: the sheet's span is what the reader looks at.
  const span = (rowNumber: number, col: number) => {
    if (rowNumber > EXCEL_ROWS || col > EXCEL_COLUMNS) throw new Error(`工作表“${sheetName}”的单元格地址超出 Excel 的范围`);
    result.rowCount = Math.max(result.rowCount, rowNumber);
    result.columnCount = Math.max(result.columnCount, col);
  };
  let rowNumber = 0;
  let rowsRead = 0;
  let col = 0;
  let type: string | undefined;
  let numFmt: string | undefined;
  let text = '';
  let hasValue = false;
  let collecting = false;
  let inPhonetic = false;
  await parsePart(
    zip,
    entry,
    {
      open: (name, a) => {
        switch (name) {
          case 'row':
            rowNumber = a.r ? Number(a.r) : rowNumber + 1;
            if (++rowsRead > LIMITS.rows) throw new OverLimit('rows', where);
            span(rowNumber, 0);
            col = 0;
            break;
          case 'c':
            col = a.r ? columnNumber(a.r) : col + 1;
            span(rowNumber, col);
            type = a.t;
            numFmt = a.s ? context.formats[Number(a.s)] : undefined;
            text = '';
            hasValue = false;
            break;
          case 'v':
            collecting = hasValue = true;
            break;
          case 'is':
            hasValue = true;
            break;
          case 't':
            collecting = !inPhonetic;
            break;
          case 'rPh':
            inPhonetic = true;
            break;
          case 'mergeCell': {
            const [, c1, r1, c2, r2] = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(a.ref ?? '') ?? [];
            if (!c1 || !r1 || !c2 || !r2) break;
            // The reader maps every merged cell to its area's first one: merged cells count as cells, as each merge comes.
            context.counts.cells += (Math.abs(Number(r2) - Number(r1)) + 1) * (Math.abs(columnNumber(c2) - columnNumber(c1)) + 1);
            if (context.counts.cells > LIMITS.cells) throw new OverLimit('cells', where);
            span(Number(r2), columnNumber(c2));
            result.merges.push(own(a.ref!));
            break;
          }
        }
      },
      close: (name) => {
        if (name === 'v' || name === 't') collecting = false;
        else if (name === 'rPh') inPhonetic = false;
        else if (name === 'c' && hasValue) {
          const value = cellValue(type, text, numFmt, context);
          if (value === undefined) return;
          if (++context.counts.cells > LIMITS.cells) throw new OverLimit('cells', where);
          // A row's cells are kept only when it has any: a sheet may hold the limit's rows, all empty.
          (result.rows[rowNumber] ??= [])[col] = numFmt === undefined ? { value } : { value, numFmt };
        }
      },
      text: (chunk) => {
        if (!collecting) return;
        text += chunk;
        if (text.length > LIMITS.textChars) throw new OverLimit('textChars', where);
      },
    },
    sheetName,
  );
  // Every row is looked at across the sheet's width.
  context.counts.area += result.rowCount * result.columnCount;
  if (context.counts.area > LIMITS.area) throw new OverLimit('area', where);
  return result;
}

/** Every visible sheet of the workbook in its order, read one after the other (hidden sheets are not read). */
export async function* readSheets(bytes: Buffer): AsyncGenerator<Sheet> {
  const { zip, entries } = await openZip(bytes);
  try {
    const parts = await workbookParts(zip, entries);
    const context: SheetContext = {
      strings: await sharedStrings(zip, entries.get(parts.sharedStrings)),
      formats: await cellFormats(zip, entries.get(parts.styles)),
      date1904: parts.date1904,
      counts: { cells: 0, area: 0 },
    };
    for (const sheet of parts.sheets) if (sheet.visible) yield await readSheet(zip, entries.get(sheet.path), sheet.name, context);
  } finally {
    zip.close();
  }
}
