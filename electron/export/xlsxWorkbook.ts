/**
 * Print-ready workbooks: paper forms (shared/forms) drawn cell by cell, one project per sheet or
 * all stacked in one, and a 汇总 sheet first.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import '../excel/linearMerges';
import { LAYOUTS } from '../../shared/layouts';
import { fenToWan } from '../../shared/money';
import { lineCount, type CellRole, type FormCell, type PaperForm } from '../../shared/forms/paperForm';
import { printedPages, type PagedForm } from '../../shared/forms/pages';
import { targetForm } from '../../shared/forms/targetForm';
import { sheetNames } from '../../shared/forms/sheetNames';
import { summaryTable, type SummaryTable, type SummaryValue } from '../../shared/forms/summary';
import type { ExportTable } from './exportTable';

const FONT = '宋体';
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const LINE_HEIGHT = 14.5;
/** Page margins, in inches. */
const MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
/** A4 in points. */
const A4 = { width: 595.3, height: 841.9 };
/** Space above and below a cell's lines, in points. */
const ROW_PADDING = 3;

const STYLE: Record<CellRole, { font: Partial<ExcelJS.Font>; alignment: Partial<ExcelJS.Alignment>; boxed: boolean }> = {
  title: { font: { name: FONT, size: 16, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' }, boxed: false },
  subtitle: { font: { name: FONT, size: 11 }, alignment: { horizontal: 'center', vertical: 'middle' }, boxed: false },
  unit: { font: { name: FONT, size: 10 }, alignment: { horizontal: 'right', vertical: 'middle' }, boxed: false },
  label: { font: { name: FONT, size: 10, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, boxed: true },
  header: { font: { name: FONT, size: 10, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, boxed: true },
  level: { font: { name: FONT, size: 10 }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, boxed: true },
  text: { font: { name: FONT, size: 10 }, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true }, boxed: true },
  longText: { font: { name: FONT, size: 10 }, alignment: { horizontal: 'left', vertical: 'top', wrapText: true }, boxed: true },
  money: { font: { name: FONT, size: 10 }, alignment: { horizontal: 'right', vertical: 'middle' }, boxed: true },
  figure: { font: { name: FONT, size: 10 }, alignment: { horizontal: 'center', vertical: 'middle' }, boxed: true },
};

function spanWidth(widths: number[], col: number, span: number): number {
  return widths.slice(col, col + span).reduce((a, b) => a + b, 0);
}

/**
 * One style object per kind of cell, shared by every cell of that kind: the writer recognises a
 * style object it has seen, so a province's 600,000 cells are not each compared with the styles
 * before them. Never changed once made.
 */
const sharedStyles = new Map<string, Partial<ExcelJS.Style>>();
function sharedStyle(key: string, make: () => Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  let style = sharedStyles.get(key);
  if (!style) sharedStyles.set(key, (style = make()));
  return style;
}

function cellStyle(role: CellRole, numFmt: string | undefined): Partial<ExcelJS.Style> {
  return sharedStyle(`${role}\n${numFmt ?? ''}`, () => {
    const { font, alignment, boxed } = STYLE[role];
    return { font, alignment, ...(boxed ? { border: BOX } : {}), ...(numFmt ? { numFmt } : {}) };
  });
}

/** A row's own style (none): one object for all rows, for the same reason. */
const NO_STYLE: Partial<ExcelJS.Style> = {};

/**
 * Sets value and style of a cell and merges its span: the covered cells take the style of the
 * area's first cell when merged (Excel draws borders per cell).
 */
function drawCell(ws: ExcelJS.Worksheet, top: number, cell: FormCell, moneyFormat: string): void {
  const row = top + cell.row + 1;
  const col = cell.col + 1;
  const master = ws.getCell(row, col);
  if (cell.role === 'money') {
    master.value = cell.fen === null || cell.fen === undefined ? null : fenToWan(cell.fen);
    master.style = cellStyle(cell.role, moneyFormat);
  } else if (cell.figure !== undefined && cell.figure !== null) {
    master.value = cell.figure;
    master.style = cellStyle(cell.role, undefined);
  } else {
    // Stored as a shared string and formatted as text: a value beginning with `=` stays text.
    master.value = cell.text;
    master.style = cellStyle(cell.role, '@');
  }
  if (cell.rowSpan > 1 || cell.colSpan > 1) ws.mergeCells(row, col, row + cell.rowSpan - 1, col + cell.colSpan - 1);
}

/** Row heights (points) that show the whole wrapped text, estimated from the text and the column widths. */
function rowHeights(form: PaperForm): number[] {
  const byRow = Array.from({ length: form.rows }, (): FormCell[] => []);
  for (const cell of form.cells) if (cell.rowSpan === 1) byRow[cell.row]!.push(cell);
  return byRow.map((cells) =>
    cells.some((c) => c.role === 'title')
      ? 30
      : Math.max(1, ...cells.map((c) => (c.role === 'money' ? 1 : lineCount(c.text, spanWidth(form.widths, c.col, c.colSpan))))) * LINE_HEIGHT + ROW_PADDING,
  );
}

function drawForm(ws: ExcelJS.Worksheet, top: number, form: PaperForm, moneyFormat: string): void {
  for (const cell of form.cells) drawCell(ws, top, cell, moneyFormat);
  rowHeights(form).forEach((height, r) => {
    const row = ws.getRow(top + r + 1);
    (row as unknown as { style: Partial<ExcelJS.Style> }).style = NO_STYLE; // not in exceljs's typings
    row.height = height;
  });
}

/**
 * The height a page holds, in points of row height: A4 less the top and bottom margins, at the
 * scale Excel prints a sheet of these columns to fit the width (a column of width w is
 * trunc(7w + 0.5) pixels in its default font), less a little for the rounding of row heights to
 * whole pixels. A program whose default font is wider shrinks the sheet more and so has more room.
 */
function pageRoom(widths: number[]): number {
  const points = widths.reduce((sum, w) => sum + Math.trunc(7 * w + 0.5), 0) * 0.75;
  const scale = Math.min(100, Math.floor((100 * (A4.width - (MARGINS.left + MARGINS.right) * 72)) / points)) / 100;
  return (0.99 * (A4.height - (MARGINS.top + MARGINS.bottom) * 72)) / scale;
}

/**
 * A form cut into printed pages, with manual page breaks: where its indicator table runs onto a
 * new page, the labels of the rows it continues are repeated there, and with `repeatHeader` (a
 * sheet of many tables, where print titles cannot serve) a copy of the indicator header row too.
 */
export function paged(form: PaperForm, repeatHeader: boolean): PagedForm {
  const room = pageRoom(form.widths);
  return printedPages(form, rowHeights, { first: room, next: room }, repeatHeader);
}

/** Draws a paged form from row `top` (0-based) and breaks the page above each of its page starts. */
function drawPaged(ws: ExcelJS.Worksheet, top: number, { form, pageStarts }: PagedForm, moneyFormat: string): void {
  drawForm(ws, top, form, moneyFormat);
  for (const start of pageStarts) ws.getRow(top + start).addPageBreak();
}

/** Page setup and footer of a sheet: a streamed sheet writes them as it opens, so they are given when it is added. */
function printed(orientation: 'portrait' | 'landscape', titleRows?: string): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    pageSetup: {
      paperSize: 9, // A4
      orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: MARGINS,
      ...(titleRows ? { printTitlesRow: titleRows } : {}),
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  };
}

function summaryCell(value: SummaryValue, column: SummaryTable['columns'][number], bold: boolean, moneyFormat: string, target: ExcelJS.Cell): void {
  const numFmt = typeof value === 'object' ? moneyFormat : typeof value === 'string' ? '@' : undefined;
  target.value = typeof value === 'object' ? (value.fen === null ? null : fenToWan(value.fen)) : value;
  target.style = sharedStyle(`汇总\n${column.kind}\n${bold}\n${numFmt ?? ''}`, () => ({
    font: { ...STYLE.text.font, bold },
    alignment: column.kind === 'text' ? STYLE.text.alignment : { horizontal: column.kind === 'index' ? 'center' : 'right', vertical: 'middle' },
    border: BOX,
    ...(numFmt ? { numFmt } : {}),
  }));
}

function drawSummary(ws: ExcelJS.Worksheet, summary: SummaryTable, moneyFormat: string): void {
  ws.columns = summary.columns.map((c) => ({ width: c.width }));
  ws.mergeCells(1, 1, 1, summary.columns.length);
  Object.assign(ws.getCell(1, 1), { value: summary.title, font: STYLE.title.font, alignment: STYLE.title.alignment });
  ws.getRow(1).height = 30;
  const header = ws.getRow(2);
  summary.columns.forEach((c, i) =>
    Object.assign(header.getCell(i + 1), { value: c.label, font: STYLE.header.font, alignment: STYLE.header.alignment, border: BOX }),
  );
  [...summary.rows, summary.totals].forEach((values, r) => {
    const row = ws.getRow(3 + r);
    const isTotal = r === summary.rows.length;
    values.forEach((value, i) => summaryCell(value, summary.columns[i]!, isTotal, moneyFormat, row.getCell(i + 1)));
    row.height = Math.max(1, lineCount(String(values[1] ?? ''), summary.columns[1]!.width)) * LINE_HEIGHT + ROW_PADDING;
  });
  ws.commit();
}

export const SUMMARY_SHEET = '汇总';
export const STACKED_SHEET = '绩效目标表';

export interface FormsWorkbook {
  title: string;
  /** The 汇总 sheet first; null for a file of one table (the 部门整体 forms). */
  summary: SummaryTable | null;
  /** Amounts' number format (`0.00` or as the layout prints them). */
  moneyFormat: string;
  /** All forms in one sheet of this name rather than one sheet per form. */
  stackedSheet: string | null;
  forms: { name: string; form: PaperForm }[];
}

/** Lets the zip take what has been written, so that a sheet's rows do not pile up in memory. */
const drain = () => new Promise((resolve) => setImmediate(resolve));

/**
 * The workbook is streamed: each form's rows are written out once drawn, so a province's 2,000
 * tables never sit in memory as cell objects. `onProgress` hears forms drawn / forms.
 */
export async function writeFormsWorkbook(plan: FormsWorkbook, onProgress?: (done: number, total: number) => void): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  wb.creator = '绩效填报助手';
  wb.title = plan.title;
  if (plan.summary) drawSummary(wb.addWorksheet(SUMMARY_SHEET, printed('landscape', '1:2')), plan.summary, plan.moneyFormat);
  const widths = (form: PaperForm) => form.widths.map((width) => ({ width }));
  if (plan.stackedSheet) {
    const ws = wb.addWorksheet(plan.stackedSheet, printed('portrait'));
    let top = 0;
    for (const [i, { form }] of plan.forms.entries()) {
      if (i === 0) ws.columns = widths(form);
      const pages = paged(form, true);
      drawPaged(ws, top, pages, plan.moneyFormat);
      top += pages.form.rows;
      // Each table starts on a new printed page.
      if (i < plan.forms.length - 1) ws.getRow(top).addPageBreak();
      ws.getRow(top).commit();
      top += 1;
      onProgress?.(i + 1, plan.forms.length);
      await drain();
    }
    ws.commit();
  } else {
    const names = sheetNames(
      plan.forms.map((f) => f.name),
      [SUMMARY_SHEET],
    );
    for (const [i, { form }] of plan.forms.entries()) {
      const ws = wb.addWorksheet(names[i]!, printed('portrait', `${form.indicatorHeaderRow + 1}:${form.indicatorHeaderRow + (form.indicatorHeaderRows ?? 1)}`));
      ws.columns = widths(form);
      drawPaged(ws, 0, paged(form, false), plan.moneyFormat);
      ws.commit();
      onProgress?.(i + 1, plan.forms.length);
      await drain();
    }
  }
  await wb.commit();
  return Buffer.concat(chunks);
}

export function targetWorkbookPlan(tables: ExportTable[], options: { stacked: boolean; title: string }): FormsWorkbook {
  const first = tables[0]!;
  return {
    title: options.title,
    summary: summaryTable(
      first.layout,
      first.year,
      tables.map((t) => t.content),
    ),
    moneyFormat: LAYOUTS[first.layout].moneyFormat,
    stackedSheet: options.stacked ? STACKED_SHEET : null,
    forms: tables.map((t) => ({ name: t.content.name, form: targetForm(t.layout, t.year, t.content, { draft: t.draft, profile: t.profile }) })),
  };
}

export async function writeTargetWorkbook(tables: ExportTable[], options: { stacked: boolean; title: string }): Promise<Buffer> {
  return writeFormsWorkbook(targetWorkbookPlan(tables, options));
}
