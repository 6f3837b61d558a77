/**
 * Importing PDFs: the corpus of real-world shapes, the fixtures of published tables and the app's own exports (its
 * workbook per sheet and stacked, its Word document), printed to PDF by LibreOffice, each import to what the workbook (or Word document) it was printed from imports to.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readImportFile } from '../../electron/import/readImportFile';
import type { ImportResult } from '../../electron/import/readWorkbook';
import { targetDocumentPlan, writeFormsDocument } from '../../electron/export/docxDocument';
import { writeTargetWorkbook } from '../../electron/export/xlsxWorkbook';
import { fromTargetTable, type TargetTable } from '../../shared/interchange/targetTable';
import { DEFAULT_PROFILE } from '../../shared/profiles/shipped';
import { FIXTURES, readJson } from '../helpers/paths';
import { LONG_GOAL, printable, printToPdf } from '../helpers/pdfOf';
import { docxOf } from '../helpers/docxOf';
import { SHAPES, asDocx, asXlsx } from '../helpers/shapes';

/** A source and the name its PDF is printed under. */
const sources = new Map<string, Buffer>();
let pdfs = new Map<string, Buffer>();

const EXPORTS = ['export-per-sheet.xlsx', 'export-stacked.xlsx', 'export.docx'];
const FIXTURE_FILES = ['targets-001.xlsx', 'targets-001-messy.xlsx', 'targets-003.xlsx', 'targets-004-stacked.xlsx', 'selfeval-002-a.xlsx'];

beforeAll(async () => {
  const printed: Record<string, Buffer> = {};
  for (const c of SHAPES) {
    const xlsx = await asXlsx(c);
    sources.set(`${c.id}-xlsx.xlsx`, xlsx);
    printed[`${c.id}-xlsx.xlsx`] = await printable(xlsx, c.sheets);
    if (c.formats.includes('docx')) {
      const docx = await asDocx(c);
      sources.set(`${c.id}-docx.docx`, docx);
      printed[`${c.id}-docx.docx`] = docx;
    }
  }
  for (const name of FIXTURE_FILES) {
    const bytes = fs.readFileSync(path.join(FIXTURES, name));
    sources.set(name, bytes);
    printed[name] = await printable(bytes);
  }
  // The app's own exports of the 15 stacked tables: its workbook one sheet per table and stacked, and its Word document.
  const tables = readJson<TargetTable[]>(path.join(FIXTURES, 'targets-004.truth.json')).map((t) => ({
    ...fromTargetTable(t),
    year: t.year!,
    draft: false,
    profile: DEFAULT_PROFILE,
  }));
  const exports: Record<string, Buffer> = {
    'export-per-sheet.xlsx': await writeTargetWorkbook(tables, { stacked: false, title: '自治区发展和改革委员会' }),
    'export-stacked.xlsx': await writeTargetWorkbook(tables, { stacked: true, title: '自治区发展和改革委员会' }),
    'export.docx': await writeFormsDocument(targetDocumentPlan(tables, { departmentName: '自治区发展和改革委员会', year: 2024, draft: false })),
  };
  for (const [name, bytes] of Object.entries(exports)) {
    sources.set(name, bytes);
    printed[name] = bytes;
  }
  const split = await docxOf([{ rows: LONG_GOAL, merges: ['B2:D2', 'B4:D4'] }]);
  sources.set('long-goal.docx', split);
  printed['long-goal.docx'] = split;
  const plain = SHAPES.find((c) => c.id.startsWith('01-'))!;
  printed['unruled.xlsx'] = await printable(await asXlsx(plain));
  sources.set('unruled.xlsx', await asXlsx(plain));
  pdfs = printToPdf(printed);
}, 600_000);

/** What an import gives, texts with their spaces as print keeps them: a space where a line wraps is not printed, and cannot be read back. */
function comparable({ targetTables, selfEvaluations, departmentTables, departmentEvaluations }: ImportResult): unknown {
  return JSON.parse(JSON.stringify({ targetTables, selfEvaluations, departmentTables, departmentEvaluations }), (_, value: unknown) =>
    typeof value === 'string' ? value.replace(/\s+/g, '') : value,
  );
}

/** A case about a workbook's sheets (a second sheet of values only, under the first's table): a PDF has pages, and prints it as the table's next rows. */
const SHEETS_ONLY = new Set(['11-values-only-sheet']);

describe('PDFs printed from workbooks and Word documents', () => {
  const names = [
    ...SHAPES.filter((c) => !SHEETS_ONLY.has(c.id)).flatMap((c) => [`${c.id}-xlsx.xlsx`, ...(c.formats.includes('docx') ? [`${c.id}-docx.docx`] : [])]),
    ...FIXTURE_FILES,
    ...EXPORTS,
  ];
  it.each(names)('%s printed to PDF imports to what the file itself imports to', async (name) => {
    const source = await readImportFile(sources.get(name)!, name);
    const pdfName = `${path.parse(name).name}.pdf`;
    const read = await readImportFile(pdfs.get(name)!, pdfName);
    expect(read.fromPdf).toBe(true);
    expect(comparable(read)).toEqual(comparable(source));
    expect(read.targetNotes.every((n) => n.pages.length > 0)).toBe(true);
  });
});

describe('what the reader of a PDF is unsure of', () => {
  it('joins the two parts of a row Word breaks over a page into one text, and names it', async () => {
    const source = await readImportFile(sources.get('long-goal.docx')!, 'long-goal.docx');
    const read = await readImportFile(pdfs.get('long-goal.docx')!, '长目标.pdf');
    expect(comparable(read)).toEqual(comparable(source));
    expect(read.targetNotes[0]!.pages).toEqual([1, 2, 3]);
    expect(read.targetNotes[0]!.doubts).toEqual(['第 1 页：有单元格跨页，两页上的文字已接为一段，请核对']);
  });

  it('places a table printed without rulings by where its texts line up, and says that it did', async () => {
    const read = await readImportFile(pdfs.get('unruled.xlsx')!, '无表格线.pdf');
    expect(read.targetTables.map((t) => t.projectName)).toEqual(['自治区农村饮水安全工程维修养护']);
    expect(read.targetNotes[0]!.doubts).toEqual(['第 1 页：这里的表格没有表格线，按文字对齐分列，可能有错位；若读得不对，可在下方指认各栏位置']);
  });
});
