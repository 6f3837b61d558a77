import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../electron/import/fileGuard';
import { readImportFile } from '../../electron/import/readImportFile';
import { FIXTURES, ROOT, tempDir } from '../helpers/paths';

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
    ['旧版.xls', () => OLE, '“旧版.xls”是旧版 Excel（.xls）或 Word 文件；请在 Excel 或 WPS 中另存为 .xlsx 后再导入'],
    ['改名.xlsx', () => Buffer.concat([OLE, Buffer.from('WordDocument', 'utf16le')]), '是旧版 Excel（.xls）或 Word 文件'],
    ['加密.xlsx', () => Buffer.concat([OLE, Buffer.from('EncryptionInfo', 'utf16le'), Buffer.from('EncryptedPackage', 'utf16le')]), '“加密.xlsx”设有打开密码，无法读取'],
    ['截断.xlsx', () => GOOD.subarray(0, Math.floor(GOOD.length / 2)), '“截断.xlsx”已损坏或不完整'],
    ['文档.xlsx', () => zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), '“文档.xlsx”是 Word 文档，不是 Excel 工作簿'],
    ['文本.xlsx', () => Buffer.from('这不是工作簿'), '“文本.xlsx”不是 Excel 工作簿（.xlsx）'],
    [
      '炸弹.xlsx',
      () => zipOf({ 'xl/workbook.xml': '<workbook/>', 'xl/worksheets/sheet1.xml': Buffer.alloc(64 * 1024 * 1024, 0x20) }),
      '“炸弹.xlsx”中的“xl/worksheets/sheet1.xml”压缩比异常',
    ],
    ['过大.xlsx', () => Buffer.concat([Buffer.from('PK'), Buffer.alloc(LIMITS.fileBytes)]), '超过导入上限 50 MB'],
    ['坏.json', () => Buffer.from('{"targetTables": [{"layout": "省级"}]}'), '“坏.json”不是绩效填报助手的数据包：targetTables.0.layout'],
    ['半截.json', () => Buffer.from('{"targetTables": ['), '“半截.json”不是有效的 JSON 数据包'],
    // Sheets whose few cells would make the reader look at billions: a merge over the whole sheet, a cell at the last column in many rows, an address past Excel's.
    ['全表合并.xlsx', () => workbookWithSheet(sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>', '<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>')), `“全表合并.xlsx”的单元格超过 ${LIMITS.cells} 个`],
    [
      '极宽.xlsx',
      () => workbookWithSheet(sheetXml(Array.from({ length: 2_000 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`).join(''))),
      `“极宽.xlsx”的工作表范围（行数 × 列数）合计超过 ${LIMITS.area} 格`,
    ],
    ['越界.xlsx', () => workbookWithSheet(sheetXml('<row r="1"><c r="ZZZZ1"><v>1</v></c></row>')), '“越界.xlsx”无法作为 Excel 工作簿读取（工作表“宁夏回族自治区企业服务中心工作经费”的单元格地址超出 Excel 的范围）'],
  ])('%s is refused with a clear message', async (name, make, message) => {
    expect(await refusal(await make(), name)).toContain(message);
  });

  it('a workbook with no recognisable table', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['姓名', '电话']);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    expect(await refusal(bytes, '通讯录.xlsx')).toBe('“通讯录.xlsx”中没有找到绩效目标表或自评表（没有“项目名称”和指标表）');
  });

  it('reads no hidden sheet, and takes a 项目名称 without an indicator table for no table', async () => {
    const wb = new ExcelJS.Workbook();
    const hidden = wb.addWorksheet('隐藏');
    hidden.state = 'hidden';
    hidden.addRow(['项目名称', '不应读取']);
    const ws = wb.addWorksheet('表一');
    ws.addRow(['2024年自治区本级部门项目支出预算绩效目标表']);
    ws.addRow(['项目名称', '只有表头的项目']);
    const message = await refusal(Buffer.from(await wb.xlsx.writeBuffer()), '半张表.xlsx');
    expect(message).toContain('没有找到绩效目标表');
  });
});

const sheetXml = (rows: string, after = '') => `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${after}</worksheet>`;

/** A workbook whose first sheet XML is `sheet`, the rest as a clerk's Excel writes it. */
async function workbookWithSheet(sheet: string | Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(GOOD);
  zip.file('xl/worksheets/sheet1.xml', sheet);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('the corpus of hostile files, each in its own process under limits of memory and time', () => {
  /** `jixiao import FILE --json` with 256 MB of heap and a minute: a crash, a hang or an out-of-memory fails the test. */
  function importInChild(bytes: Buffer, name: string) {
    const file = path.join(tempDir(), name);
    fs.writeFileSync(file, bytes);
    return spawnSync(process.execPath, ['--max-old-space-size=256', path.join(ROOT, 'electron', 'cli', 'jixiao.cjs'), 'import', file, '--json'], { encoding: 'utf8', timeout: 60_000 });
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
    ['坏XML.xlsx', () => workbookWithSheet('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData'), '“坏XML.xlsx”无法作为 Excel 工作簿读取'],
  ])('%s', async (name, make, message) => {
    const run = importInChild(await make(), name);
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
  }, 120_000);
});
