/**
 * A PDF (a published 部门预算 or 决算 document, a printed workbook) as one sheet, so that the readers
 * of workbooks read it: each page's ruled tables rebuilt as rows of cells (pdfTables.ts), its other
 * text as rows of one piece each, page after page; a table that runs on at the top of the next page,
 * with the same columns, goes on in the same rows (its header, if repeated, once). Tables drawn
 * without rulings are split into columns where their texts line up, which the preview names as a doubt.
 */
import { AppError } from '../../shared/api/errors';
import { LIMITS } from './fileGuard';
import { cellAddress } from './fitText';
import { guardPdfStreams } from './pdfGuard';
import { pageBlocks, rulingOfBox, type PageBlock, type PageLine, type PageTable, type Run, type Segment, type TableCell } from './pdfTables';
import type { Sheet, SheetCell } from './xlsxSheets';
import { OverLimit, own } from './zipXml';

type Matrix = [number, number, number, number, number, number];

/** `m` applied within `ctm`: the transformation a `cm` operator makes current. */
const times = (ctm: Matrix, m: Matrix): Matrix => [
  ctm[0] * m[0] + ctm[2] * m[1],
  ctm[1] * m[0] + ctm[3] * m[1],
  ctm[0] * m[2] + ctm[2] * m[3],
  ctm[1] * m[2] + ctm[3] * m[3],
  ctm[0] * m[4] + ctm[2] * m[5] + ctm[4],
  ctm[1] * m[4] + ctm[3] * m[5] + ctm[5],
];

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** A page's rulings from its drawing operations: stroked straight lines, and thin filled rectangles. */
function rulings(pdfjs: PdfJs, fnArray: number[], argsArray: unknown[]): Segment[] {
  const { OPS } = pdfjs;
  const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const FILLS = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const segments: Segment[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const saved: Matrix[] = [];
  const line = (a: [number, number], b: [number, number]) => {
    if (Math.abs(a[1] - b[1]) < 0.5) segments.push({ horizontal: true, at: a[1], from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]) });
    else if (Math.abs(a[0] - b[0]) < 0.5) segments.push({ horizontal: false, at: a[0], from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]) });
  };
  fnArray.forEach((fn, i) => {
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save) saved.push(ctm);
    else if (fn === OPS.restore) ctm = saved.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = times(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      saved.push(ctm);
      if (Array.isArray(args?.[0]) || ArrayBuffer.isView(args?.[0])) ctm = times(ctm, Array.from(args[0] as ArrayLike<number>) as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = saved.pop() ?? ctm;
    else if (fn === OPS.constructPath && args) {
      const paint = args[0] as number;
      const path = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!path || (!STROKES.has(paint) && !FILLS.has(paint))) return;
      // Subpaths of straight lines only, as points; a curve ends the subpath's use as a ruling.
      const subpaths: [number, number][][] = [];
      let current: [number, number][] = [];
      for (let k = 0; k < path.length;) {
        const op = path[k]!;
        if (op === 0) {
          if (current.length) subpaths.push(current);
          current = [apply(ctm, path[k + 1]!, path[k + 2]!)];
          k += 3;
        } else if (op === 1) {
          current.push(apply(ctm, path[k + 1]!, path[k + 2]!));
          k += 3;
        } else if (op === 4) {
          if (current.length) current.push(current[0]!);
          k += 1;
        } else {
          current = [];
          k += op === 2 ? 7 : 5;
        }
      }
      if (current.length) subpaths.push(current);
      for (const points of subpaths) {
        if (STROKES.has(paint)) for (let k = 1; k < points.length; k++) line(points[k - 1]!, points[k]!);
        if (FILLS.has(paint) && points.length > 1) {
          const xs = points.map((p) => p[0]);
          const ys = points.map((p) => p[1]);
          const ruling = rulingOfBox(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
          if (ruling) segments.push(ruling);
        }
      }
    }
  });
  return segments;
}

/** A lone page number at the top or foot of a page: `第 3 页`, `- 3 -`, `3/12`, `Page 3`. */
const PAGE_NUMBER = /^(第\s*\d+\s*页(\s*[,，]?\s*共\s*\d+\s*页)?|[-—–]?\s*\d{1,4}\s*[-—–]?|page\s*\d+(\s*(of|\/)\s*\d+)?|\d+\s*\/\s*\d+)$/i;

/** Lines of text in a row that stand in columns: placed by where their pieces start. */
const ALIGNED_LINES = 3;
/** Points: pieces of such lines that start this close stand in one column (a character or so of a printed table's text). */
const COLUMN_SNAP = 12;

/** What the sheet of a PDF keeps beside the cells: the page of each row, and the doubts of the reading, by row. */
export interface PdfNotes {
  /** By row: a row a page broke is on two. */
  pages: number[][];
  doubts: { row: number; text: string }[];
}

class SheetWriter {
  readonly sheet: Sheet = { name: '', rowCount: 0, columnCount: 0, rows: [], merges: [] };
  readonly notes: PdfNotes = { pages: [], doubts: [] };
  private cells = 0;
  page = 0;

  newRow(): number {
    if (++this.sheet.rowCount > LIMITS.rows) throw new OverLimit('rows', { sheet: this.sheet.name });
    this.notes.pages[this.sheet.rowCount] = [this.page];
    return this.sheet.rowCount;
  }

  put(row: number, col: number, text: string): void {
    this.sheet.columnCount = Math.max(this.sheet.columnCount, col);
    if (text === '') return;
    if (++this.cells > LIMITS.cells) throw new OverLimit('cells', { sheet: this.sheet.name });
    (this.sheet.rows[row] ??= [])[col] = { value: own(text) } satisfies SheetCell;
  }

  /** Merged areas by their first cell: a cell cut by a page grows once the next page is read. */
  private readonly merges = new Map<string, string>();

  merge(row: number, col: number, rowSpan: number, colSpan: number): void {
    if (rowSpan > 1 || colSpan > 1) this.merges.set(`${row}:${col}`, `${cellAddress(row, col)}:${cellAddress(row + rowSpan - 1, col + colSpan - 1)}`);
  }

  finish(): { sheet: Sheet; notes: PdfNotes } {
    this.sheet.merges = [...this.merges.values()];
    return { sheet: this.sheet, notes: this.notes };
  }

  /** A row written on the page before that goes on on this one. */
  goesOn(row: number): void {
    const pages = this.notes.pages[row]!;
    if (!pages.includes(this.page)) pages.push(this.page);
  }

  doubt(row: number, text: string): void {
    this.notes.doubts.push({ row, text: `第 ${this.notes.pages[row]?.[0] ?? this.page} 页：${text}` });
  }
}

/** A cell as the sheet holds it: where, how far it spans, its text. */
interface Placed {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
}

/** A table written on: its columns, its rows' texts (to know a repeated header), and the cells along its foot that the page cut (no ruling under them). */
interface OpenTable {
  xs: number[];
  /** Where its part on the page before ends. */
  bottom: number;
  texts: string[];
  cut: Placed[];
  /** The cells of its last row that are of that row alone. */
  last: Placed[];
}

const SPLIT_CELL = '有单元格跨页，两页上的文字已接为一段，请核对';

/**
 * A row Word broke over the page (its part on the page before reaching the page's foot, `filled`): the top row here
 * has the same cells as the last one there, empty where that one's text fitted. Its texts are joined to that row's.
 */
function joinSplitRow(out: SheetWriter, table: PageTable, open: OpenTable, filled: boolean): boolean {
  const first = table.cells.filter((c) => c.row === 0);
  const match = (c: TableCell) => open.last.find((p) => p.col === c.col + 1 && p.colSpan === c.colSpan);
  const split =
    filled &&
    !table.openTop.some(Boolean) &&
    first.length === open.last.length &&
    first.every((c) => c.rowSpan === 1 && match(c)) &&
    first.some((c) => c.text === '' && match(c)!.text !== '') &&
    first.some((c) => c.text !== '');
  if (!split) return false;
  for (const c of first.filter((c) => c.text !== '')) {
    const above = match(c)!;
    above.text = joinText(above.text, c.text);
    out.put(above.row, above.col, above.text);
  }
  out.goesOn(open.last[0]!.row);
  out.doubt(open.last[0]!.row, SPLIT_CELL);
  return true;
}

/** Two pieces of one text: Latin words part at a space, Chinese runs on. */
const joinText = (a: string, b: string) => (a === '' || b === '' ? a + b : /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b);

const rowTexts = (table: PageTable, row: number) =>
  table.xs.slice(1).map((_, col) => table.cells.find((c) => c.row <= row && c.row + c.rowSpan > row && c.col <= col && c.col + c.colSpan > col)?.text ?? '');

const edgeOf = (xs: number[], x: number) => xs.findIndex((e) => Math.abs(e - x) <= 2);

/** Columns of a table part that are those of the part before, or some of them (a row of merged cells draws no ruling inside it). */
const sameColumns = (before: number[], xs: number[]) =>
  edgeOf(before, xs[0]!) === 0 && edgeOf(before, xs[xs.length - 1]!) === before.length - 1 && xs.every((x) => edgeOf(before, x) >= 0);

/** The table on the columns of the part before it (`xs`, which has all its edges and perhaps more). */
function onColumns(table: PageTable, xs: number[]): PageTable {
  const at = table.xs.map((x) => edgeOf(xs, x));
  const spread = (open: boolean[]) => xs.slice(1).map((_, c) => open[at.findLastIndex((e) => e <= c)]!);
  return {
    ...table,
    xs,
    cells: table.cells.map((cell) => ({ ...cell, col: at[cell.col]!, colSpan: at[cell.col + cell.colSpan]! - at[cell.col]! })),
    openTop: spread(table.openTop),
    openBottom: spread(table.openBottom),
  };
}

/**
 * Whether a table at the top of a page goes on with the one the page before ended with: the same columns, and that
 * one reaching so near the foot of its page (`floor`, the lowest any page prints, within the lowest quarter of the
 * page `before`) that the next rows had no room there.
 */
function continuesFrom(open: OpenTable | null, table: PageTable, floor: number, before: PageView): open is OpenTable {
  if (!open || !sameColumns(open.xs, table.xs)) return false;
  const nextRows = Math.max(...table.ys.slice(0, 3).map((y, i, ys) => (i === 0 ? 0 : ys[i - 1]! - y)));
  return open.bottom - floor < nextRows + 4 && open.bottom - before.bottom < before.height / 4;
}

/** Where a page's box stands, y up. */
interface PageView {
  bottom: number;
  height: number;
}

/** Writes a page's table, or goes on with the one the previous page ended with (`open`, `filled` where it reached the page's foot). */
function writeTable(out: SheetWriter, part: PageTable, open: OpenTable | null, filled: boolean): OpenTable {
  const continues = open !== null;
  const table = continues ? onColumns(part, open.xs) : part;
  let skip = continues && joinSplitRow(out, table, open, filled) ? 1 : 0;
  // A header printed again at the top of the page: rows that say what a row above them already said.
  while (
    continues &&
    skip === 0 &&
    skip < Math.min(3, table.rows - 1) &&
    rowTexts(table, skip).some(Boolean) &&
    open.texts.includes(rowTexts(table, skip).join('\t'))
  )
    skip++;
  const base = out.sheet.rowCount + 1 - skip;
  for (let r = skip; r < table.rows; r++) out.newRow();
  const cut: Placed[] = [];
  const last: Placed[] = [];
  for (const cell of table.cells) {
    if (cell.row < skip) continue;
    // A cell the page cut: no ruling under it on the page before, none over it here. A merged cell's text is printed on both pages, a row Word breaks has its text in two.
    const above =
      continues && skip === 0 && cell.row === 0 && table.openTop[cell.col]
        ? open.cut.find((p) => p.col === cell.col + 1 && p.colSpan === cell.colSpan)
        : undefined;
    let placed: Placed;
    if (above) {
      placed = above;
      placed.rowSpan += cell.rowSpan;
      out.goesOn(above.row);
      if (cell.text !== '' && cell.text !== above.text) {
        if (above.text !== '') out.doubt(base, SPLIT_CELL);
        placed.text = joinText(above.text, cell.text);
        out.put(placed.row, placed.col, placed.text);
      }
    } else {
      placed = { row: base + cell.row, col: cell.col + 1, rowSpan: cell.rowSpan, colSpan: cell.colSpan, text: cell.text };
      out.put(placed.row, placed.col, cell.text);
    }
    out.merge(placed.row, placed.col, placed.rowSpan, placed.colSpan);
    if (cell.row + cell.rowSpan === table.rows && table.openBottom[cell.col]) cut.push(placed);
    else if (cell.row === table.rows - 1 && placed.rowSpan === 1) last.push(placed);
  }
  for (const { row, text } of table.doubts) if (row >= skip) out.doubt(base + row, text);
  const texts = [...(continues ? open.texts : []), ...Array.from({ length: table.rows }, (_, r) => rowTexts(table, r).join('\t'))];
  // A page holding nothing but the middle of a broken row leaves that row the last one.
  return { xs: table.xs, bottom: table.bottom, texts, cut, last: continues && skip === table.rows ? open.last : last };
}

/** Lines outside the tables: a run of lines of several pieces each is a table without rulings, its pieces put in columns where they line up. */
function writeLines(out: SheetWriter, lines: PageLine[]): void {
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && lines[j]!.pieces.length >= 2) j++;
    if (j - i >= ALIGNED_LINES) {
      const group = lines.slice(i, j);
      const starts: number[] = [];
      for (const x of group.flatMap((l) => l.pieces.map((p) => p.x)).sort((a, b) => a - b))
        if (!starts.length || x - starts[starts.length - 1]! > COLUMN_SNAP) starts.push(x);
      group.forEach((line, k) => {
        const row = out.newRow();
        if (k === 0) out.doubt(row, '这里的表格没有表格线，按文字对齐分列，可能有错位；若读得不对，可在下方指认各栏位置');
        for (const piece of line.pieces) out.put(row, starts.filter((x) => x <= piece.x + COLUMN_SNAP / 2).length || 1, piece.text);
      });
      i = j;
      continue;
    }
    const row = out.newRow();
    lines[i]!.pieces.forEach((piece, k) => out.put(row, k + 1, piece.text));
    i++;
  }
}

/** Copied out of the file's buffer: the library takes the bytes it is handed for its own. */
function documentOf(pdfjs: PdfJs, bytes: Buffer) {
  return pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    // Images are not decoded: only text and rulings are read.
    maxImageSize: 1,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
}

export async function readPdf(bytes: Buffer, name: string): Promise<{ sheet: Sheet; notes: PdfNotes }> {
  guardPdfStreams(bytes, name);
  const deadline = Date.now() + LIMITS.pdfSeconds * 1000;
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = documentOf(pdfjs, bytes);
  try {
    const pdf = await task.promise;
    if (pdf.numPages > LIMITS.pdfPages) throw new OverLimit('pdfPages', { part: String(pdf.numPages) });
    const out = new SheetWriter();
    out.sheet.name = pdf.numPages === 1 ? '第 1 页' : `第 1–${pdf.numPages} 页`;
    // Every page is looked at before any is written: where a table goes on over a page depends on how low the pages print.
    const pages: PageBlock[][] = [];
    const views: PageView[] = [];
    let textRuns = 0;
    for (let number = 1; number <= pdf.numPages; number++) {
      if (Date.now() > deadline) throw new OverLimit('pdfSeconds', { part: `第 ${number} 页` });
      const page = await pdf.getPage(number);
      const [, bottom = 0, , top = 0] = page.view;
      views.push({ bottom: Math.min(bottom, top), height: Math.abs(top - bottom) });
      const operations = await page.getOperatorList();
      if (operations.fnArray.length > LIMITS.pdfOperations) throw new OverLimit('pdfOperations', { part: `第 ${number} 页` });
      const content = await page.getTextContent();
      const runs: Run[] = [];
      let space = false;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [, , c, d, x, y] = item.transform as Matrix;
        const size = Math.hypot(c, d) || item.height || 10;
        if (item.str.trim() === '') {
          // A space as wide as a character or two stands between words; a wider one spans the gap between cells.
          space = item.str !== '' && item.width < size * 1.5;
          continue;
        }
        if (++textRuns > LIMITS.cells) throw new OverLimit('cells', { part: `第 ${number} 页` });
        runs.push({ x, y, width: item.width, size, text: item.str, ...(space ? { space } : {}) });
        space = false;
      }
      const blocks = pageBlocks(runs, rulings(pdfjs, operations.fnArray, operations.argsArray));
      page.cleanup();
      pages.push(
        blocks.filter((b, i) => !(b.kind === 'line' && (i === 0 || i === blocks.length - 1) && b.pieces.length === 1 && PAGE_NUMBER.test(b.pieces[0]!.text))),
      );
    }
    const floor = Math.min(...pages.flat().map((b) => b.bottom));
    let open: OpenTable | null = null;
    pages.forEach((blocks, index) => {
      out.page = index + 1;
      let lines: PageLine[] = [];
      blocks.forEach((block, i) => {
        if (block.kind === 'line') return void lines.push(block);
        writeLines(out, lines);
        lines = [];
        const continued = i === 0 && continuesFrom(open, block, floor, views[index - 1]!);
        open = writeTable(out, block, continued ? open : null, continued && open!.bottom - floor < 2);
      });
      writeLines(out, lines);
      if (blocks[blocks.length - 1]?.kind !== 'table') open = null;
    });
    if (textRuns === 0) throw new AppError('bad-request', `“${name}”中没有文字，像是扫描件或图片；请找到可复制文字的 PDF，或对照着录入`);
    return out.finish();
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') throw new AppError('bad-request', `“${name}”设有打开密码，无法读取；请取消密码后再导入`);
    // The library reads nested arrays and dictionaries by recursion: a file nested deeper than the stack is no form.
    if (error instanceof Error && /Maximum call stack/.test(error.message))
      throw new AppError('bad-request', `“${name}”中的对象嵌套过深，不像是绩效表，已拒绝`);
    throw error;
  } finally {
    await task.destroy();
  }
}
