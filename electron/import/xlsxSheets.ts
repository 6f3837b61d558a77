/**
 * The cells and merged areas of a workbook's sheets, read by streaming each part's XML from the
 * zip. exceljs builds a whole workbook model (every cell an object with its style) and checks
 * merges in quadratic time; its streaming reader skips merges, which a form needs. A province's
 * workbook of 2,000 tables is read here in a fraction of exceljs's time and memory.
 * Values are read as exceljs reads them: shared and inline strings (rich text joined, phonetic
 * runs left out), numbers, booleans, errors, a formula's cached result, dates by number format.
 */
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';
import yauzl from 'yauzl';
import defaultNumFormats from 'exceljs/lib/xlsx/defaultnumformats';
import excelUtils from 'exceljs/lib/utils/utils';
import { LIMITS } from './fileGuard';

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
  /** `rows[r][c]`, 1-based; empty cells are absent. */
  rows: (SheetCell | undefined)[][];
  /** Merged areas as `A1:C2`. */
  merges: string[];
}

/** A sheet over a limit: the reader stops at once, the caller names the sheet and the limit. */
export class SheetTooLarge extends Error {
  constructor(
    readonly sheet: string,
    readonly limit: 'rows' | 'cells' | 'area',
  ) {
    super(`${sheet}: ${limit}`);
  }
}

interface Handlers {
  open?(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** An element's name without its namespace prefix (some writers use `x:c`). */
function local(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function openZip(bytes: Buffer): Promise<{ zip: yauzl.ZipFile; entries: Map<string, yauzl.Entry> }> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('zip'));
      const entries = new Map<string, yauzl.Entry>();
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.set(entry.fileName, entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve({ zip, entries }));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

async function parsePart(zip: yauzl.ZipFile, entry: yauzl.Entry | undefined, handlers: Handlers): Promise<void> {
  if (!entry) return;
  const parser = new SaxesParser();
  if (handlers.open) parser.on('opentag', (node) => handlers.open!(local(node.name), node.attributes as Record<string, string>));
  if (handlers.close) parser.on('closetag', (node) => handlers.close!(local(node.name)));
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
    zip.openReadStream(entry, (error, s) => (error || !s ? reject(error ?? new Error('zip')) : resolve(s))),
  );
  const decoder = new StringDecoder('utf8');
  try {
    for await (const chunk of stream) parser.write(decoder.write(chunk as Buffer));
    parser.write(decoder.end()).close();
  } finally {
    (stream as NodeJS.ReadableStream & { destroy(): void }).destroy();
  }
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
  await parsePart(zip, entries.get('xl/_rels/workbook.xml.rels'), {
    open: (name, a) => {
      if (name === 'Relationship' && a.Id && a.Target) targets.set(a.Id, { type: a.Type ?? '', path: partPath(a.Target) });
    },
  });
  const ofType = (suffix: string, fallback: string) => [...targets.values()].find((t) => t.type.endsWith(suffix))?.path ?? fallback;
  const parts: WorkbookParts = { sheets: [], sharedStrings: ofType('/sharedStrings', 'xl/sharedStrings.xml'), styles: ofType('/styles', 'xl/styles.xml'), date1904: false };
  await parsePart(zip, entries.get('xl/workbook.xml'), {
    open: (name, a) => {
      if (name === 'workbookPr') parts.date1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (name !== 'sheet') return;
      const target = targets.get(a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '');
      if (target) parts.sheets.push({ name: a.name ?? '', visible: !a.state || a.state === 'visible', path: target.path });
    },
  });
  return parts;
}

/** The text of each shared string, rich-text runs joined, phonetic guides (`rPh`) left out. */
async function sharedStrings(zip: yauzl.ZipFile, entry: yauzl.Entry | undefined): Promise<string[]> {
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let inPhonetic = false;
  await parsePart(zip, entry, {
    open: (name) => {
      if (name === 'si') current = '';
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't') inText = !inPhonetic;
    },
    close: (name) => {
      if (name === 'si') strings.push(current);
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 't') inText = false;
    },
    text: (text) => {
      if (inText) current += text;
    },
  });
  return strings;
}

/** The number format of each cell style (`s` of a cell), built-in formats by their id. */
async function cellFormats(zip: yauzl.ZipFile, entry: yauzl.Entry | undefined): Promise<(string | undefined)[]> {
  const custom = new Map<string, string>();
  const ids: string[] = [];
  let inCellXfs = false;
  await parsePart(zip, entry, {
    open: (name, a) => {
      if (name === 'numFmt' && a.numFmtId) custom.set(a.numFmtId, a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) ids.push(a.numFmtId ?? '0');
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
      return text;
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
  let row: (SheetCell | undefined)[] = [];
  let rowNumber = 0;
  let rowsRead = 0;
  let col = 0;
  let type: string | undefined;
  let numFmt: string | undefined;
  let text = '';
  let hasValue = false;
  let collecting = false;
  let inPhonetic = false;
  await parsePart(zip, entry, {
    open: (name, a) => {
      switch (name) {
        case 'row':
          rowNumber = a.r ? Number(a.r) : rowNumber + 1;
          if (++rowsRead > LIMITS.rows) throw new SheetTooLarge(sheetName, 'rows');
          row = result.rows[rowNumber] ??= [];
          result.rowCount = Math.max(result.rowCount, rowNumber);
          col = 0;
          break;
        case 'c':
          col = a.r ? columnNumber(a.r) : col + 1;
          result.columnCount = Math.max(result.columnCount, col);
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
        case 'mergeCell':
          if (a.ref?.includes(':')) result.merges.push(a.ref);
          break;
      }
    },
    close: (name) => {
      if (name === 'v' || name === 't') collecting = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'c' && hasValue) {
        const value = cellValue(type, text, numFmt, context);
        if (value === undefined) return;
        if (++context.counts.cells > LIMITS.cells) throw new SheetTooLarge(sheetName, 'cells');
        row[col] = numFmt === undefined ? { value } : { value, numFmt };
      }
    },
    text: (chunk) => {
      if (collecting) text += chunk;
    },
  });
  for (const ref of result.merges) {
    const [, c1, r1, c2, r2] = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref) ?? [];
    if (!c1 || !r1 || !c2 || !r2) continue;
    // The reader maps every merged cell to its area's first one: merged cells count as cells.
    context.counts.cells += (Math.abs(Number(r2) - Number(r1)) + 1) * (Math.abs(columnNumber(c2) - columnNumber(c1)) + 1);
    if (context.counts.cells > LIMITS.cells) throw new SheetTooLarge(sheetName, 'cells');
    result.rowCount = Math.max(result.rowCount, Number(r2));
    result.columnCount = Math.max(result.columnCount, columnNumber(c2));
  }
  if (result.rowCount > EXCEL_ROWS || result.columnCount > EXCEL_COLUMNS) throw new Error(`工作表“${sheetName}”的单元格地址超出 Excel 的范围`);
  // Every row is looked at across the sheet's width.
  context.counts.area += result.rowCount * result.columnCount;
  if (context.counts.area > LIMITS.area) throw new SheetTooLarge(sheetName, 'area');
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
