import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { cellText, SheetGrid } from '../../electron/import/sheetGrid';
import { readSheets, type Sheet } from '../../electron/import/xlsxSheets';

async function sheetsOf(bytes: Buffer): Promise<Sheet[]> {
  const sheets: Sheet[] = [];
  for await (const sheet of readSheets(bytes)) sheets.push(sheet);
  return sheets;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook as other programs write it: prefixed elements, cells without `r`, parts named by its relationships. */
async function handWritten(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    'xl/workbook.xml',
    `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:workbookPr date1904="1"/><x:sheets>
    <x:sheet name="隐藏" sheetId="1" state="hidden" r:id="rA"/><x:sheet name="表一" sheetId="2" r:id="rB"/></x:sheets></x:workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
    <Relationship Id="rA" Type="${REL}/worksheet" Target="worksheets/a.xml"/>
    <Relationship Id="rB" Type="${REL}/worksheet" Target="/xl/worksheets/b.xml"/>
    <Relationship Id="rS" Type="${REL}/sharedStrings" Target="strings.xml"/>
    <Relationship Id="rT" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file(
    'xl/strings.xml',
    `<x:sst xmlns:x="${MAIN}"><x:si><x:t>项目名称</x:t></x:si>
    <x:si><x:r><x:rPr><x:b/></x:rPr><x:t>≧20 </x:t></x:r><x:r><x:t xml:space="preserve">户</x:t></x:r><x:rPh sb="0" eb="1"><x:t>コ</x:t></x:rPh></x:si></x:sst>`,
  );
  zip.file(
    'xl/styles.xml',
    `<x:styleSheet xmlns:x="${MAIN}"><x:numFmts><x:numFmt numFmtId="164" formatCode="0.0%"/></x:numFmts>
    <x:cellStyleXfs><x:xf numFmtId="10"/></x:cellStyleXfs><x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="9"/><x:xf numFmtId="164"/><x:xf numFmtId="14"/></x:cellXfs></x:styleSheet>`,
  );
  zip.file('xl/worksheets/a.xml', `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row><x:c t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`);
  zip.file(
    'xl/worksheets/b.xml',
    `<x:worksheet xmlns:x="${MAIN}"><x:sheetData>
    <x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t>&lt;甲&amp;乙&gt;</x:t></x:is></x:c></x:row>
    <x:row r="3"><x:c r="B3" s="1"><x:v>0.95</x:v></x:c><x:c s="2"><x:v>0.125</x:v></x:c><x:c s="3"><x:v>0</x:v></x:c><x:c r="F3" s="1"/></x:row>
    <x:row><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><x:c t="str"><x:f>A1&amp;"x"</x:f><x:v>项目名称x</x:v></x:c><x:c><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row>
    </x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A5:C6"/></x:mergeCells></x:worksheet>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('the sheet reader', () => {
  it('reads what other programs write: prefixes, cells without addresses, rich and inline text, formats, formulas, merges; no hidden sheet', async () => {
    const sheets = await sheetsOf(await handWritten());
    expect(sheets.map((s) => s.name)).toEqual(['表一']);
    const grid = new SheetGrid(sheets[0]!);
    expect([grid.text(1, 1), grid.text(1, 2), grid.text(1, 3)]).toEqual(['项目名称', '≧20 户', '<甲&乙>']);
    // Row 3 follows row 1 by its `r`; row 4 follows row 3 without one.
    expect([grid.text(3, 2), grid.text(3, 3), grid.text(3, 4)]).toEqual(['95%', '12.5%', '1904-01-01']);
    expect([grid.value(4, 1), grid.text(4, 2), grid.text(4, 3), grid.value(4, 4)]).toEqual([true, '#N/A', '项目名称x', 2]);
    // The merge reaches past the last cell: rows and columns count it, and its cells read as A5.
    expect([grid.rows, grid.cols]).toEqual([6, 6]);
    expect(grid.master(6, 3)).toEqual([5, 1]);
    expect(grid.visible(5).map((c) => c.col)).toEqual([1, 4, 5, 6]);
  });

  it('reads an exceljs workbook as exceljs itself reads it', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表');
    ws.getCell('A1').value = { richText: [{ text: '年度' }, { text: '目标', font: { bold: true } }] };
    Object.assign(ws.getCell('B2'), { value: 0.5, numFmt: '0.00%' });
    ws.getCell('C2').value = new Date(Date.UTC(2025, 0, 31));
    ws.getCell('D3').value = 57.25;
    ws.mergeCells('A2:A4');
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const [sheet] = await sheetsOf(bytes);
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(bytes as unknown as ArrayBuffer);
    const theirs = loaded.worksheets[0]!;
    const grid = new SheetGrid(sheet!);
    expect([grid.rows, grid.cols]).toEqual([theirs.rowCount, theirs.columnCount]);
    expect(sheet!.merges).toEqual(['A2:A4']);
    for (let r = 1; r <= grid.rows; r++) {
      for (let c = 1; c <= grid.cols; c++) {
        const [mr, mc] = grid.master(r, c);
        const cell = theirs.getCell(mr, mc);
        expect(grid.text(r, c), `${r}:${c}`).toBe(cellText(cell.value, cell.numFmt).trim());
      }
    }
    expect(grid.text(2, 2)).toBe('50.00%');
  });
});
