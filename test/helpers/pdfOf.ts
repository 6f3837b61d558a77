/**
 * PDFs printed by LibreOffice from the tests' workbooks and documents, as a department prints its tables for the
 * published 部门预算: each sheet fitted to the page's width (a table cut into pages of columns is no table), and
 * where a workbook has no borders of its own, its tables' rows ruled as published tables are.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { areaOf, tableRows } from './docxOf';
import { tempDir } from './paths';
import type { SheetSpec } from './shapes';
import type { Row } from './workbooks';

const THIN = { style: 'thin' } as const;
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Width of a ruled sheet's columns, in Excel's units. */
const COLUMN = 24;

/** The workbook made ready to print: every sheet one page wide; the rows of the tables of `ruled` sheets (by name) boxed cell by cell. */
export async function printable(xlsx: Buffer, ruled: SheetSpec[] = []): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  wb.eachSheet((ws) => {
    ws.pageSetup = { ...ws.pageSetup, paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
    const spec = ruled.find((s) => s.name === ws.name);
    if (!spec) {
      // Columns wide enough for a long text that does not wrap (LibreOffice cuts it at the cell's edge): the page is scaled to fit them;
      // rows as tall as the lines their cells break (a row too short prints its text over the row below).
      ws.columns.forEach((column) => (column.width = Math.max(column.width ?? 9, 40)));
      ws.eachRow((row) => {
        let lines = 1;
        row.eachCell((cell) => (lines = Math.max(lines, typeof cell.value === 'string' ? cell.value.split('\n').length : 1)));
        if (lines > 1) row.height = Math.max(row.height ?? 0, lines * 15 + 4);
      });
      return;
    }
    const areas = (spec.merges ?? []).map(areaOf);
    const width = Math.max(...spec.rows.map((row) => row.length), ...areas.map((a) => a.right));
    tableRows(spec.rows, areas).forEach((inTable, r) => {
      if (inTable) for (let c = 1; c <= width; c++) ws.getCell(r + 1, c).border = BOX;
    });
    // Long texts wrap in their cells, as a printed table's do, instead of running on past the page; LibreOffice does
    // not grow a row for a merged cell's lines, so each row is made as tall as its cells' lines (a Chinese character is two units wide).
    ws.columns.forEach((column) => (column.width = COLUMN));
    spec.rows.forEach((row, r) => {
      let lines = 1;
      row.forEach((value, c) => {
        const area = areas.find((a) => a.top <= r + 1 && r + 1 <= a.bottom && a.left <= c + 1 && c + 1 <= a.right);
        const units = COLUMN * (area ? area.right - area.left + 1 : 1) - 2;
        const text = value === null ? '' : String(value);
        const needed = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(([...line].length * 2) / units)), 0);
        lines = Math.max(lines, Math.ceil(needed / (area ? area.bottom - area.top + 1 : 1)));
      });
      ws.getRow(r + 1).height = lines * 15 + 4;
    });
    ws.eachRow((row) => row.eachCell((cell) => (cell.alignment = { wrapText: true, vertical: 'middle' })));
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** PDFs of the files (.xlsx, .docx), printed by LibreOffice in one run (it starts slowly), by the files' names. */
export function printToPdf(files: Record<string, Buffer>): Map<string, Buffer> {
  const dir = tempDir('jixiao-print-');
  for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), bytes);
  const out = tempDir('jixiao-pdf-');
  const profile = `file://${tempDir('jixiao-soffice-')}`;
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...Object.keys(files).map((n) => path.join(dir, n))],
    {
      stdio: 'ignore',
      timeout: 600_000,
    },
  );
  return new Map(Object.keys(files).map((name) => [name, fs.readFileSync(path.join(out, `${path.parse(name).name}.pdf`))]));
}

/** A table whose 年度绩效目标 runs over two pages (merged over B:D): Word breaks its row there, twice. */
export const LONG_GOAL: Row[] = [
  ['2024年项目支出绩效目标表'],
  ['项目名称', '农村公路养护'],
  ['主管部门', '交通运输局', '实施单位', '公路养护中心'],
  ['年度绩效目标', '完成农村公路养护任务，保障群众安全便捷出行。'.repeat(150)],
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '养护农村公路里程', '1200公里'],
];
