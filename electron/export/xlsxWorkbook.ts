/**
 * Print-ready workbooks: paper forms (shared/forms) drawn cell by cell, one project per sheet or
 * all stacked in one, and a 汇总 sheet first.
 */
import ExcelJS from 'exceljs';
import '../excel/linearMerges';
import { LAYOUTS } from '../../shared/layouts';
import { fenToWan } from '../../shared/money';
import { lineCount, type CellRole, type FormCell, type PaperForm } from '../../shared/forms/paperForm';
import { targetForm } from '../../shared/forms/targetForm';
import { sheetNames } from '../../shared/forms/sheetNames';
import { summaryTable, type SummaryTable, type SummaryValue } from '../../shared/forms/summary';
import type { ExportTable } from './exportTable';

const FONT = '宋体';
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const LINE_HEIGHT = 14.5;

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

/** Sets value and style of a cell, and of every cell its span covers (Excel draws borders per cell). */
function drawCell(ws: ExcelJS.Worksheet, top: number, cell: FormCell, moneyFormat: string): void {
  const style = STYLE[cell.role];
  const row = top + cell.row + 1;
  const col = cell.col + 1;
  for (let r = row; r < row + cell.rowSpan; r++) {
    for (let c = col; c < col + cell.colSpan; c++) {
      const target = ws.getCell(r, c);
      target.font = style.font;
      target.alignment = style.alignment;
      if (style.boxed) target.border = BOX;
    }
  }
  const master = ws.getCell(row, col);
  if (cell.role === 'money') {
    master.value = cell.fen === null || cell.fen === undefined ? null : fenToWan(cell.fen);
    master.numFmt = moneyFormat;
  } else if (cell.figure !== undefined && cell.figure !== null) {
    master.value = cell.figure;
  } else {
    // Stored as a shared string and formatted as text: a value beginning with `=` stays text.
    master.value = cell.text;
    master.numFmt = '@';
  }
  if (cell.rowSpan > 1 || cell.colSpan > 1) ws.mergeCells(row, col, row + cell.rowSpan - 1, col + cell.colSpan - 1);
}

/** Row heights that show the whole wrapped text, estimated from the text and the column widths. */
function setRowHeights(ws: ExcelJS.Worksheet, top: number, form: PaperForm): void {
  for (let r = 0; r < form.rows; r++) {
    const cells = form.cells.filter((c) => c.row === r && c.rowSpan === 1);
    if (cells.some((c) => c.role === 'title')) {
      ws.getRow(top + r + 1).height = 30;
      continue;
    }
    const lines = Math.max(1, ...cells.map((c) => (c.role === 'money' ? 1 : lineCount(c.text, spanWidth(form.widths, c.col, c.colSpan)))));
    ws.getRow(top + r + 1).height = lines * LINE_HEIGHT + 5;
  }
}

function drawForm(ws: ExcelJS.Worksheet, top: number, form: PaperForm, moneyFormat: string): void {
  for (const cell of form.cells) drawCell(ws, top, cell, moneyFormat);
  setRowHeights(ws, top, form);
}

function printSetup(ws: ExcelJS.Worksheet, orientation: 'portrait' | 'landscape', titleRows?: string): void {
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(titleRows ? { printTitlesRow: titleRows } : {}),
  };
  ws.headerFooter = { oddFooter: '第 &P 页，共 &N 页' };
}

function summaryCell(value: SummaryValue, moneyFormat: string, target: ExcelJS.Cell): void {
  if (typeof value === 'object') {
    target.value = value.fen === null ? null : fenToWan(value.fen);
    target.numFmt = moneyFormat;
  } else {
    target.value = value;
    if (typeof value === 'string') target.numFmt = '@';
  }
}

function drawSummary(ws: ExcelJS.Worksheet, summary: SummaryTable, moneyFormat: string): void {
  ws.columns = summary.columns.map((c) => ({ width: c.width }));
  ws.mergeCells(1, 1, 1, summary.columns.length);
  Object.assign(ws.getCell(1, 1), { value: summary.title, font: STYLE.title.font, alignment: STYLE.title.alignment });
  ws.getRow(1).height = 30;
  const header = ws.getRow(2);
  summary.columns.forEach((c, i) => Object.assign(header.getCell(i + 1), { value: c.label, font: STYLE.header.font, alignment: STYLE.header.alignment, border: BOX }));
  [...summary.rows, summary.totals].forEach((values, r) => {
    const row = ws.getRow(3 + r);
    const isTotal = r === summary.rows.length;
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      summaryCell(value, moneyFormat, cell);
      cell.border = BOX;
      cell.font = { ...STYLE.text.font, bold: isTotal };
      cell.alignment = summary.columns[i]!.kind === 'text' ? STYLE.text.alignment : { horizontal: summary.columns[i]!.kind === 'index' ? 'center' : 'right', vertical: 'middle' };
    });
    row.height = Math.max(1, lineCount(String(values[1] ?? ''), summary.columns[1]!.width)) * LINE_HEIGHT + 5;
  });
  printSetup(ws, 'landscape', '1:2');
}

export const SUMMARY_SHEET = '汇总';
export const STACKED_SHEET = '绩效目标表';

export interface FormsWorkbook {
  title: string;
  summary: SummaryTable;
  /** Amounts' number format (`0.00` or as the layout prints them). */
  moneyFormat: string;
  /** All forms in one sheet of this name rather than one sheet per form. */
  stackedSheet: string | null;
  forms: { name: string; form: PaperForm }[];
}

/** `onProgress` hears forms drawn / forms. */
export async function writeFormsWorkbook(plan: FormsWorkbook, onProgress?: (done: number, total: number) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '绩效填报助手';
  wb.title = plan.title;
  wb.created = new Date();
  drawSummary(wb.addWorksheet(SUMMARY_SHEET), plan.summary, plan.moneyFormat);
  const setColumns = (ws: ExcelJS.Worksheet, form: PaperForm) => (ws.columns = form.widths.map((width) => ({ width })));
  if (plan.stackedSheet) {
    const ws = wb.addWorksheet(plan.stackedSheet);
    let top = 0;
    plan.forms.forEach(({ form }, i) => {
      drawForm(ws, top, form, plan.moneyFormat);
      if (i === 0) setColumns(ws, form);
      top += form.rows;
      // Each table starts on a new printed page.
      if (i < plan.forms.length - 1) ws.getRow(top).addPageBreak();
      top += 1;
      onProgress?.(i + 1, plan.forms.length);
    });
    printSetup(ws, 'portrait');
  } else {
    const names = sheetNames(plan.forms.map((f) => f.name), [SUMMARY_SHEET]);
    plan.forms.forEach(({ form }, i) => {
      const ws = wb.addWorksheet(names[i]!);
      drawForm(ws, 0, form, plan.moneyFormat);
      setColumns(ws, form);
      printSetup(ws, 'portrait', `${form.indicatorHeaderRow + 1}:${form.indicatorHeaderRow + 1}`);
      onProgress?.(i + 1, plan.forms.length);
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function targetWorkbookPlan(tables: ExportTable[], options: { stacked: boolean; title: string }): FormsWorkbook {
  const first = tables[0]!;
  return {
    title: options.title,
    summary: summaryTable(first.layout, first.year, tables.map((t) => t.content)),
    moneyFormat: LAYOUTS[first.layout].moneyFormat,
    stackedSheet: options.stacked ? STACKED_SHEET : null,
    forms: tables.map((t) => ({ name: t.content.name, form: targetForm(t.layout, t.year, t.content, { draft: t.draft }) })),
  };
}

export async function writeTargetWorkbook(tables: ExportTable[], options: { stacked: boolean; title: string }): Promise<Buffer> {
  return writeFormsWorkbook(targetWorkbookPlan(tables, options));
}
