import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import JSZip from 'jszip';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../electron/import/fileGuard';
import { readImportFile } from '../../electron/import/readImportFile';
import { FIXTURES, ROOT, tempDir } from '../helpers/paths';
import { FONT, pageTree, pdfOf, streamObject, textContent } from '../helpers/pdfFiles';
import { repeated, zipParts, type PartSource } from '../helpers/zipParts';

const GOOD = fs.readFileSync(path.join(FIXTURES, 'targets-001.xlsx'));
/** The start of an OLE compound file, which legacy .xls/.doc and encrypted .xlsx all are. */
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(504).fill(0)]);

async function refusal(bytes: Buffer, name: string): Promise<string> {
  try {
    await readImportFile(bytes, name);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${name} was accepted`);
}

async function zipOf(parts: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('files that are not a readable form', () => {
  it.each<[string, () => Promise<Buffer> | Buffer, string]>([
    ['空.xlsx', () => Buffer.alloc(0), '“空.xlsx”是空文件'],
    ['坏.xls', () => OLE, '“坏.xls”已损坏，或不是 Excel 97–2003 工作簿（.xls），无法读取'],
    [
      '改名.xlsx',
      () => Buffer.concat([OLE, Buffer.from('WordDocument', 'utf16le')]),
      '“改名.xlsx”是旧版 Word 文档（.doc）；请在 Word 或 WPS 中另存为 .docx 后再导入',
    ],
    [
      '加密.xlsx',
      () => Buffer.concat([OLE, Buffer.from('EncryptionInfo', 'utf16le'), Buffer.from('EncryptedPackage', 'utf16le')]),
      '“加密.xlsx”设有打开密码，无法读取',
    ],
    ['表格.et', () => OLE, '“表格.et”是 WPS 表格格式（.et），无法直接读取；请在 WPS 中“另存为” Excel 工作簿（.xlsx）后再导入'],
    ['截断.pdf', () => Buffer.from('%PDF-1.7\n'), '“截断.pdf”无法作为 PDF 文件读取'],
    ['截断.xlsx', () => GOOD.subarray(0, Math.floor(GOOD.length / 2)), '“截断.xlsx”已损坏或不完整'],
    ['压缩包.xlsx', () => zipOf({ 'readme.txt': '说明' }), '“压缩包.xlsx”不是 Excel 工作簿（.xlsx）或 Word 文档（.docx）'],
    ['文本.xlsx', () => Buffer.from('这不是工作簿'), '“文本.xlsx”不是 Excel 工作簿（.xlsx、.xls）、Word 文档（.docx）、PDF 文件或数据包'],
    [
      '炸弹.xlsx',
      () => zipOf({ 'xl/workbook.xml': '<workbook/>', 'xl/worksheets/sheet1.xml': Buffer.alloc(64 * 1024 * 1024, 0x20) }),
      '“炸弹.xlsx”中的“xl/worksheets/sheet1.xml”压缩比异常',
    ],
    ['过大.xlsx', () => Buffer.concat([Buffer.from('PK'), Buffer.alloc(LIMITS.fileBytes)]), '超过导入上限 50 MB'],
    ['坏.json', () => Buffer.from('{"targetTables": [{"layout": "省级"}]}'), '“坏.json”不是绩效填报助手的数据包：targetTables.0.layout'],
    ['半截.json', () => Buffer.from('{"targetTables": ['), '“半截.json”不是有效的 JSON 数据包'],
    // Sheets whose few cells would make the reader look at billions: a merge over the whole sheet, a cell at the last column in many rows, an address past Excel's.
    [
      '全表合并.xlsx',
      () => workbookWithSheet(sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>', '<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>')),
      `“全表合并.xlsx”的单元格超过 ${LIMITS.cells} 个`,
    ],
    [
      '极宽.xlsx',
      () => workbookWithSheet(sheetXml(Array.from({ length: 2_000 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`).join(''))),
      `“极宽.xlsx”的工作表范围（行数 × 列数）合计超过 ${LIMITS.area} 格`,
    ],
    [
      '越界.xlsx',
      () => workbookWithSheet(sheetXml('<row r="1"><c r="ZZZZ1"><v>1</v></c></row>')),
      '“越界.xlsx”无法作为 Excel 工作簿读取（工作表“宁夏回族自治区企业服务中心工作经费”的单元格地址超出 Excel 的范围）',
    ],
    // Parts whose shape no workbook has: sheets listed without parts, one part listed twice, thousands of relationships, XML nested a thousand deep.
    [
      '五千零一表.xlsx',
      () =>
        goodWith({
          'xl/workbook.xml': workbookXml(
            Array.from({ length: LIMITS.sheets + 1 }, (_, i) => `<sheet name="表${i}" sheetId="${i + 1}" r:id="rX${i}"/>`).join(''),
          ),
        }),
      `“五千零一表.xlsx”列出的工作表超过 ${LIMITS.sheets} 个，不像是绩效表，已拒绝`,
    ],
    [
      '重复部件.xlsx',
      () => goodWith({ 'xl/workbook.xml': workbookXml('<sheet name="甲" sheetId="1" r:id="rId4"/><sheet name="乙" sheetId="2" r:id="rId4"/>') }),
      '“重复部件.xlsx”无法作为 Excel 工作簿读取（工作表“乙”指向的“xl/worksheets/sheet1.xml”已是工作表“甲”）',
    ],
    [
      '关系过多.xlsx',
      () =>
        goodWith({
          'xl/_rels/workbook.xml.rels': relsXml(
            Array.from(
              { length: LIMITS.relationships + 1 },
              (_, i) => `<Relationship Id="rX${i}" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`,
            ).join(''),
          ),
        }),
      `“关系过多.xlsx”的部件关系（xl/_rels/workbook.xml.rels）超过 ${LIMITS.relationships} 条，不像是绩效表，已拒绝`,
    ],
    [
      '深层嵌套.xlsx',
      () => workbookWithSheet(sheetXml('', `${'<x>'.repeat(1_000)}${'</x>'.repeat(1_000)}`)),
      `“深层嵌套.xlsx”的工作表“宁夏回族自治区企业服务中心工作经费”中 XML 嵌套超过 ${LIMITS.depth} 层，不像是绩效表，已拒绝`,
    ],
  ])('%s is refused with a clear message', async (name, make, message) => {
    expect(await refusal(await make(), name)).toContain(message);
  });

  it('a workbook with no recognisable table: its sheets listed as unplaced, with the reason', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['姓名', '电话']);
    wb.addWorksheet('空表');
    const read = await readImportFile(Buffer.from(await wb.xlsx.writeBuffer()), '通讯录.xlsx');
    expect(read.targetTables).toEqual([]);
    expect(read.unplaced).toEqual([{ sheet: 'Sheet1', reason: '没有找到“项目名称”等表头，不像是绩效表' }]);
  });

  it('reads no hidden sheet, and takes a 项目名称 without an indicator table for no table', async () => {
    const wb = new ExcelJS.Workbook();
    const hidden = wb.addWorksheet('隐藏');
    hidden.state = 'hidden';
    hidden.addRow(['项目名称', '不应读取']);
    const ws = wb.addWorksheet('表一');
    ws.addRow(['2024年自治区本级部门项目支出预算绩效目标表']);
    ws.addRow(['项目名称', '只有表头的项目']);
    const read = await readImportFile(Buffer.from(await wb.xlsx.writeBuffer()), '半张表.xlsx');
    expect(read.targetTables).toEqual([]);
    expect(read.unplaced).toEqual([{ sheet: '表一', reason: '第 2 行有“项目名称”，但下面没有指标表（“一级指标 … 三级指标 … 指标值”表头）' }]);
  });
});

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const sheetXml = (rows: string, after = '') => `<worksheet ${MAIN}><sheetData>${rows}</sheetData>${after}</worksheet>`;
const workbookXml = (sheets: string) => `<workbook ${MAIN} xmlns:r="${REL}"><sheets>${sheets}</sheets></workbook>`;
const relsXml = (relationships: string) =>
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships}</Relationships>`;

/** The fixture with some parts replaced (or added), each generated as it is zipped. */
async function goodWith(parts: Record<string, PartSource>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(GOOD);
  const all: Record<string, PartSource> = {};
  for (const file of Object.values(zip.files)) if (!file.dir) all[file.name] = await file.async('nodebuffer');
  return zipParts({ ...all, ...parts });
}

/** The fixture's shared strings (its sheets refer to them by number), then `more`. */
async function goodStringsThen(more: Iterable<string>): Promise<Iterable<string>> {
  const strings = await (await JSZip.loadAsync(GOOD)).file('xl/sharedStrings.xml')!.async('string');
  const [head] = strings.split('</sst>');
  return (function* () {
    yield head!;
    yield* more;
    yield '</sst>';
  })();
}

/** A workbook whose first sheet XML is `sheet`, the rest as a clerk's Excel writes it. */
async function workbookWithSheet(sheet: string | Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(GOOD);
  zip.file('xl/worksheets/sheet1.xml', sheet);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A Word document whose body is `body` (in a table where `inTable`). */
async function documentOf(body: string, inTable: boolean): Promise<Buffer> {
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  return zipOf({
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'word/document.xml': `<w:document ${w}><w:body>${inTable ? `<w:tbl>${body}</w:tbl>` : body}</w:body></w:document>`,
  });
}

/** An Excel 97–2003 file whose workbook stream holds `cells` cells in MULRK records (as many as a record takes). */
function biffOfCells(cells: number): Buffer {
  const perRecord = 1360;
  const records: Buffer[] = [Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, ...Array(12).fill(0)])];
  for (let row = 0, left = cells; left > 0; row++, left -= perRecord) {
    const n = Math.min(perRecord, left);
    const record = Buffer.alloc(4 + 6 + n * 6);
    record.writeUInt16LE(0x00bd, 0);
    record.writeUInt16LE(6 + n * 6, 2);
    record.writeUInt16LE(row & 0xffff, 4);
    record.writeUInt16LE(n - 1, 8 + n * 6);
    records.push(record);
  }
  const container = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(container, 'Workbook', Buffer.concat(records));
  return Buffer.from(XLSX.CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

describe('the corpus of hostile files, each in its own process under limits of memory and time', () => {
  /** `jixiao import FILE --json` with 256 MB of heap and a minute: a crash, a hang or an out-of-memory fails the test. */
  function importInChild(bytes: Buffer, name: string) {
    const file = path.join(tempDir(), name);
    fs.writeFileSync(file, bytes);
    return spawnSync(process.execPath, ['--max-old-space-size=256', path.join(ROOT, 'electron', 'cli', 'jixiao.cjs'), 'import', file, '--json'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
  }

  it.each<[string, () => Promise<Buffer>, string]>([
    [
      '百万行.xlsx',
      () => workbookWithSheet(sheetXml(Array.from({ length: 1_000_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i * 7}</v></c></row>`).join(''))),
      `“百万行.xlsx”的工作表“宁夏回族自治区企业服务中心工作经费”超过 ${LIMITS.rows} 行，不像是绩效表，已拒绝`,
    ],
    [
      '三百万格.xlsx',
      () => {
        const row = (i: number) => `<row>${Array.from({ length: 24 }, (_, j) => `<c><v>${(i * 31 + j * 7) % 9973}</v></c>`).join('')}</row>`;
        return workbookWithSheet(sheetXml(Array.from({ length: 130_000 }, (_, i) => row(i)).join('')));
      },
      `“三百万格.xlsx”的单元格超过 ${LIMITS.cells} 个（读到工作表“宁夏回族自治区企业服务中心工作经费”），不像是绩效表，已拒绝`,
    ],
    ['炸弹.xlsx', () => workbookWithSheet(Buffer.alloc(100 * 1024 * 1024, 0x20)), '“炸弹.xlsx”中的“xl/worksheets/sheet1.xml”压缩比异常'],
    [
      '坏XML.xlsx',
      () => workbookWithSheet('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData'),
      '“坏XML.xlsx”无法作为 Excel 工作簿读取',
    ],
    // A few MB each, of hundreds of MB of XML: counted as they stream and refused at the limit, never held whole.
    [
      '千万合并.xlsx',
      () =>
        goodWith({
          'xl/worksheets/sheet1.xml': repeated(
            `<worksheet ${MAIN}><sheetData/><mergeCells>`,
            12_000_000,
            (noise) => `<mergeCell ref="A1:B2"/>${noise && `<!--${noise}-->`}`,
            '</mergeCells></worksheet>',
          ),
        }),
      `“千万合并.xlsx”的单元格超过 ${LIMITS.cells} 个（读到工作表“宁夏回族自治区企业服务中心工作经费”），不像是绩效表，已拒绝`,
    ],
    [
      '千万样式.xlsx',
      () =>
        goodWith({
          'xl/styles.xml': repeated(
            `<styleSheet ${MAIN}><cellXfs>`,
            14_000_000,
            (noise) => `<xf numFmtId="0"/>${noise && `<!--${noise}-->`}`,
            '</cellXfs></styleSheet>',
          ),
        }),
      `“千万样式.xlsx”的单元格格式和数字格式（xl/styles.xml）超过 ${LIMITS.styles} 种，不像是绩效表，已拒绝`,
    ],
    [
      '千万字符串.xlsx',
      () => goodWith({ 'xl/sharedStrings.xml': repeated(`<sst ${MAIN}>`, 14_000_000, (noise) => `<si><t>指标${noise}</t></si>`, '</sst>') }),
      `“千万字符串.xlsx”的共享字符串（xl/sharedStrings.xml）超过 ${LIMITS.sharedStrings} 个，不像是绩效表，已拒绝`,
    ],
    [
      '长字符串.xlsx',
      () =>
        goodWith({ 'xl/sharedStrings.xml': repeated(`<sst ${MAIN}><si><t>`, 380_000, (noise) => `${'绩效目标'.repeat(83)}${noise}`, '</t></si></sst>', 2) }),
      `“长字符串.xlsx”的“xl/sharedStrings.xml”中有一段文字超过 ${LIMITS.textChars} 字（Excel 的单元格最多 32767 字），不像是绩效表，已拒绝`,
    ],
    [
      '字符串合计.xlsx',
      () =>
        goodWith({
          'xl/sharedStrings.xml': repeated(
            `<sst ${MAIN}><si><t>`,
            100_000,
            (noise, i) => `${i % 1000 ? '' : '</t></si><si><t>'}${'目标'.repeat(250)}${noise}`,
            '</t></si></sst>',
            1,
          ),
        }),
      `“字符串合计.xlsx”的共享字符串（xl/sharedStrings.xml）合计超过 ${LIMITS.sharedStringChars} 字，不像是绩效表，已拒绝`,
    ],
    [
      '百万次列出.xlsx',
      () =>
        goodWith({
          'xl/workbook.xml': repeated(
            `<workbook ${MAIN} xmlns:r="${REL}"><sheets>`,
            1_000_000,
            (noise) => `<sheet name="表${noise}" sheetId="1" r:id="rId4"/>`,
            '</sheets></workbook>',
            16,
          ),
        }),
      '“百万次列出.xlsx”无法作为 Excel 工作簿读取（工作表“表',
    ],
    // Legacy workbooks are built whole by SheetJS: their cells are counted from the records' headers first.
    ['三百万格.xls', () => Promise.resolve(biffOfCells(LIMITS.cells + 10_000)), `“三百万格.xls”的单元格超过 ${LIMITS.cells} 个（读到“Workbook”）`],
    [
      '三百万格的网页.xls',
      () => Promise.resolve(Buffer.from(`<html><body><table><tr>${'<td>1</td>'.repeat(LIMITS.cells + 10)}</tr></table></body></html>`)),
      `“三百万格的网页.xls”的单元格超过 ${LIMITS.cells} 个（读到“HTML/XML”）`,
    ],
    // Word documents stream as workbooks do: rows, nesting and texts counted as they come.
    [
      '二十万行.docx',
      () => documentOf(Array.from({ length: LIMITS.rows + 1 }, (_, i) => `<w:tr><w:tc><w:p><w:r><w:t>${i}</w:t></w:r></w:p></w:tc></w:tr>`).join(''), true),
      `“二十万行.docx”的工作表“文档”超过 ${LIMITS.rows} 行`,
    ],
    [
      '层层嵌套.docx',
      () => documentOf('<w:tbl><w:tr><w:tc>'.repeat(60) + '<w:p/>' + '</w:tc></w:tr></w:tbl>'.repeat(60), false),
      `“层层嵌套.docx”的工作表“文档”中 XML 嵌套超过 ${LIMITS.depth} 层`,
    ],
    [
      '一段长文.docx',
      () => documentOf(`<w:p><w:r><w:t>${Array.from({ length: 150_000 }, (_, i) => `${i * 7919}`.padStart(8, '0')).join('')}</w:t></w:r></w:p>`, false),
      `“一段长文.docx”的工作表“文档”中有一段文字超过 ${LIMITS.textChars} 字`,
    ],
    // PDFs are read by a library that builds what it reads whole: pages, nesting and inflated streams are bounded before or as it does.
    [
      '十万页.pdf',
      () => Promise.resolve(pdfOf([...pageTree(100_000, FONT), streamObject(textContent('x'))])),
      `“十万页.pdf”有 100000 页，超过 ${LIMITS.pdfPages} 页`,
    ],
    [
      '深层嵌套.pdf',
      () => Promise.resolve(pdfOf([...pageTree(1, '5 0 R'), streamObject(textContent('x')), '['.repeat(200_000) + ']'.repeat(200_000)])),
      '“深层嵌套.pdf”中的对象嵌套过深，不像是绩效表，已拒绝',
    ],
    [
      '压缩炸弹.pdf',
      () => Promise.resolve(pdfOf([...pageTree(1, FONT), streamObject(Buffer.alloc(1024 * 1024 * 1024, 0x20), '', true)])),
      `“压缩炸弹.pdf”中有一个数据流解压后超过 64 MB（压缩炸弹），已拒绝`,
    ],
    [
      '扫描件.pdf',
      () =>
        Promise.resolve(
          pdfOf([
            ...pageTree(1, '<< /XObject << /Im1 5 0 R >> >>'),
            streamObject(Buffer.from('q 500 0 0 700 40 60 cm /Im1 Do Q')),
            streamObject(
              Buffer.alloc(300 * 400, 0x80),
              '/Type /XObject /Subtype /Image /Width 300 /Height 400 /ColorSpace /DeviceGray /BitsPerComponent 8',
              true,
            ),
          ]),
        ),
      '“扫描件.pdf”中没有文字，像是扫描件或图片',
    ],
  ])(
    '%s',
    async (name, make, message) => {
      const run = importInChild(await make(), name);
      expect(run.signal).toBeNull();
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stdout).toBe('');
    },
    120_000,
  );

  it('a PDF whose cross-reference table points nowhere is read from its objects, and its page without a table listed as unplaced', () => {
    const run = importInChild(pdfOf([...pageTree(1, FONT), streamObject(textContent('Hello'))], { xref: false }), '坏索引.pdf');
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).unplaced).toEqual([{ sheet: '第 1 页', reason: '没有找到“项目名称”等表头，不像是绩效表' }]);
  });

  // Within every limit, and read in full: what the reader keeps costs what it is, however the XML is laid out.
  it.each<[string, () => Promise<Buffer>]>([
    // Strings a chunk of the stream apart, each of which, kept as the parser hands it over, would keep its whole chunk alive.
    [
      '稀疏字符串.xlsx',
      async () =>
        goodWith({
          'xl/sharedStrings.xml': await goodStringsThen(
            repeated(
              '',
              2_000_000,
              (noise, i) =>
                (i % 100 ? '' : `<si><t>第${i / 100}号项目的绩效目标说明</t><rPh><t>`) + 'a'.repeat(160) + noise + (i % 100 === 99 ? '</t></rPh></si>' : ''),
              '',
              8,
            ),
          ),
        }),
    ],
    // Sheets of empty rows, as many as the row limit allows in each.
    [
      '空行.xlsx',
      () => {
        const sheets = Array.from({ length: 80 }, (_, i) => i);
        return goodWith({
          'xl/workbook.xml': workbookXml(
            `<sheet name="表" sheetId="1" r:id="rId5"/>${sheets.map((i) => `<sheet name="空${i}" sheetId="${i + 2}" r:id="rE${i}"/>`).join('')}`,
          ),
          'xl/_rels/workbook.xml.rels': relsXml(
            `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId5" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/>` +
              sheets.map((i) => `<Relationship Id="rE${i}" Type="${REL}/worksheet" Target="worksheets/empty${i}.xml"/>`).join(''),
          ),
          ...Object.fromEntries(
            sheets.map((i) => [
              `xl/worksheets/empty${i}.xml`,
              repeated(`<worksheet ${MAIN}><sheetData>`, LIMITS.rows, (noise) => `<row${noise && ` spans="${noise}"`}/>`, '</sheetData></worksheet>', 256),
            ]),
          ),
        });
      },
    ],
    // A sheet nearly as large as the area limit allows, and one of merges nearly as many cells as the cell limit allows.
    [
      '宽表.xlsx',
      () =>
        goodWith({
          'xl/worksheets/sheet1.xml': sheetXml(
            Array.from({ length: Math.floor(LIMITS.area / 16_384) - 30 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`).join(''),
          ),
        }),
    ],
    [
      '合并近限.xlsx',
      () => {
        const rows = (LIMITS.cells - 20_000) / 2;
        return goodWith({
          'xl/worksheets/sheet1.xml': repeated(
            `<worksheet ${MAIN}><sheetData/><mergeCells>`,
            rows,
            (_noise, i) => (i < 1_000_000 ? `<mergeCell ref="A${i + 1}:B${i + 1}"/>` : `<mergeCell ref="C${i - 999_999}:D${i - 999_999}"/>`),
            '</mergeCells></worksheet>',
          ),
        });
      },
    ],
  ])(
    '%s',
    async (name, make) => {
      const run = importInChild(await make(), name);
      expect(run.signal).toBeNull();
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout).targetTables.map((t: { projectName: string }) => t.projectName)).toContain('服务企业创新系列活动');
    },
    120_000,
  );
});
