/**
 * Importing PDFs: the corpus of real-world shapes, the fixtures of published tables and the app's own exports,
 * printed to PDF by LibreOffice, each import to what the workbook (or Word document) it was printed from imports to.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readImportFile } from '../../electron/import/readImportFile';
import type { ImportResult } from '../../electron/import/readWorkbook';
import { FIXTURES } from '../helpers/paths';
import { printable, printToPdf } from '../helpers/pdfOf';
import { SHAPES, asDocx, asXlsx } from '../helpers/shapes';

/** A source and the name its PDF is printed under. */
const sources = new Map<string, Buffer>();
let pdfs = new Map<string, Buffer>();

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
  pdfs = printToPdf(printed);
}, 600_000);

/** What an import gives, texts with their spaces as print keeps them: a space where a line wraps is not printed, and cannot be read back. */
function comparable({ targetTables, selfEvaluations }: ImportResult): unknown {
  return JSON.parse(JSON.stringify({ targetTables, selfEvaluations }), (_, value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, '') : value));
}

/** A case about a workbook's sheets (a second sheet of values only, under the first's table): a PDF has pages, and prints it as the table's next rows. */
const SHEETS_ONLY = new Set(['11-values-only-sheet']);

describe('PDFs printed from workbooks and Word documents', () => {
  const names = [
    ...SHAPES.filter((c) => !SHEETS_ONLY.has(c.id)).flatMap((c) => [`${c.id}-xlsx.xlsx`, ...(c.formats.includes('docx') ? [`${c.id}-docx.docx`] : [])]),
    ...FIXTURE_FILES,
  ];
  it.each(names)('%s printed to PDF imports to what the file itself imports to', async (name) => {
    const source = await readImportFile(sources.get(name)!, name);
    const pdfName = `${path.parse(name).name}.pdf`;
    const read = await readImportFile(pdfs.get(name)!, pdfName);
    expect(read.fromPdf).toBe(true);
    expect(comparable(read)).toEqual(comparable(source));
    expect(read.otherKinds.map((o) => o.kind)).toEqual(source.otherKinds.map((o) => o.kind));
    expect(read.targetNotes.every((n) => n.pages.length > 0)).toBe(true);
  });
});
