/**
 * The importer against the corpus of real-world shapes (test/helpers/shapes.ts): each case's workbook, and its .xls
 * and Word renditions where the case is a plain table, must import to what its cells say.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../electron/import/docxSheets';
import { readImportFile } from '../../electron/import/readImportFile';
import { SheetGrid } from '../../electron/import/sheetGrid';
import { readXls } from '../../electron/import/xlsSheets';
import { readSheets, type Sheet, type SheetCell } from '../../electron/import/xlsxSheets';
import { fromTargetTable, type TargetTable } from '../../shared/interchange/targetTable';
import { fenToWan } from '../../shared/money';
import { unitSlip } from '../../shared/unitSlip';
import { tempDir } from '../helpers/paths';
import { SHAPES, asDocx, asXls, asXlsx, type ExpectedTable, type Format, type ShapeCase, type SheetSpec } from '../helpers/shapes';

const RUNS = SHAPES.flatMap((c) => c.formats.map((format) => [c.id, format] as [string, Format]));
const caseOf = (id: string) => SHAPES.find((c) => c.id === id)!;

/** Every rendition's bytes, by `<id>.<format>`. */
const files = new Map<string, Buffer>();

beforeAll(async () => {
  const dir = tempDir('jixiao-shapes-');
  for (const c of SHAPES) {
    const bytes = await asXlsx(c);
    fs.writeFileSync(path.join(dir, `${c.id}.xlsx`), bytes);
    files.set(`${c.id}.xlsx`, bytes);
    if (c.formats.includes('docx')) files.set(`${c.id}.docx`, await asDocx(c));
  }
  const xls = SHAPES.filter((c) => c.formats.includes('xls'));
  asXls(...xls.map((c) => path.join(dir, `${c.id}.xlsx`))).forEach((file, i) => files.set(`${xls[i]!.id}.xls`, fs.readFileSync(file)));
}, 300_000);

/** A case's sheet as the readers' sheets hold one. */
function sheetOf(spec: SheetSpec): Sheet {
  const rows: SheetCell[][] = [];
  spec.rows.forEach((row, r) => row.forEach((value, c) => value !== null && ((rows[r + 1] ??= [])[c + 1] = { value })));
  return { name: spec.name, rowCount: spec.rows.length, columnCount: Math.max(...spec.rows.map((row) => row.length)), rows, merges: spec.merges ?? [] };
}

/** What a person sees of a sheet: the texts of each row that has any, a merged area once per row. */
function shownRows(sheet: Sheet): string[][] {
  const grid = new SheetGrid(sheet);
  const rows: string[][] = [];
  for (let r = 1; r <= grid.rows; r++) {
    const texts = grid.visible(r).flatMap((cell) => (cell.text === '' ? [] : [cell.text]));
    if (texts.length > 0) rows.push(texts);
  }
  return rows;
}

async function readSheetsOf(format: Format, bytes: Buffer): Promise<Sheet[]> {
  if (format === 'xls') return readXls(bytes);
  if (format === 'docx') return [await readDocument(bytes)];
  const sheets: Sheet[] = [];
  for await (const sheet of readSheets(bytes)) sheets.push(sheet);
  return sheets;
}

describe('the corpus of real-world shapes', () => {
  it('names each case once, and has every plain-table case in all three formats', () => {
    expect(new Set(SHAPES.map((c) => c.id)).size).toBe(SHAPES.length);
    for (const prefix of ['01', '02', '03', '05', '06', '07']) {
      expect(SHAPES.find((c) => c.id.startsWith(`${prefix}-`))!.formats).toEqual(['xlsx', 'xls', 'docx']);
    }
  });

  // A rendition that lost or moved a cell would make the reader look wrong: each shows the rows its case writes.
  it.each(RUNS)('%s: the .%s rendition shows the rows the case writes', async (id, format) => {
    const visible = caseOf(id).sheets.filter((s) => !s.hidden);
    const sheets = await readSheetsOf(format, files.get(`${id}.${format}`)!);
    if (format === 'docx') expect(sheets.flatMap(shownRows)).toEqual(visible.flatMap((s) => shownRows(sheetOf(s))));
    else expect(sheets.map((s) => [s.name, shownRows(s)])).toEqual(visible.map((s) => [s.name, shownRows(sheetOf(s))]));
  });
});

const readable = ({ flags: _, ...table }: ExpectedTable) => table;

/** The amounts the preview offers to correct (an annual amount written in 元 under a 万元 label). */
function flagsOf(table: TargetTable): ExpectedTable['flags'] {
  const slip = unitSlip(fromTargetTable(table).content);
  return slip ? [{ field: 'annualFunds', corrected: fenToWan(slip.corrected) }] : undefined;
}

function expectImported(result: Awaited<ReturnType<typeof readImportFile>>, c: ShapeCase): void {
  const { targetTables, selfEvaluations = 0, monitoring = [], departmentTables = [], unplaced } = c.expected;
  expect(result.targetTables).toMatchObject(targetTables.map(readable));
  expect(result.targetTables.map(flagsOf)).toEqual(targetTables.map((t) => t.flags));
  expect(result.selfEvaluations).toHaveLength(selfEvaluations);
  expect(result.monitoring).toMatchObject(monitoring);
  expect(result.departmentTables).toEqual(departmentTables);
  if (unplaced) expect(result).toMatchObject({ unplaced });
  for (const text of c.warningsInclude ?? []) expect(result.warnings).toEqual(expect.arrayContaining([expect.stringContaining(text)]));
}

describe('importing the corpus of real-world shapes', () => {
  it.each(RUNS)('%s (.%s) imports to what its cells say', async (id, format) => {
    const c = caseOf(id);
    const result = await readImportFile(files.get(`${id}.${format}`)!, `${id}.${format}`);
    expectImported(result, c);
  });
});
