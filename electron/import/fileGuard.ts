/**
 * Looks at a file's bytes before it is read: what it is (.xlsx, .xls, .docx, .pdf, a data package),
 * whatever its name says, and the files that cannot be read (a .doc, an encrypted workbook, a
 * WPS .et). A zip bomb is refused here, from the zip's central directory (sheets, rows, cells,
 * styles and strings are counted by the readers as each part streams).
 */
import * as XLSX from '@e965/xlsx';
import yauzl from 'yauzl';
import { AppError } from '../../shared/api/errors';
import { MAX_IMPORT_BYTES } from '../../shared/api/limits';

export const LIMITS = {
  /** Bytes of the file itself: the API's limit, which the web host's requests are sized for. */
  fileBytes: MAX_IMPORT_BYTES,
  /** Entries in the zip. */
  entries: 5_000,
  /** Bytes of all parts once inflated. */
  unzippedBytes: 400 * 1024 * 1024,
  /** How much one part may inflate relative to its compressed size. */
  ratio: 200,
  /**
   * `<sheet>` elements in workbook.xml, and rows in a sheet (counted as each part streams: a small part can list a
   * part a million times, or hold a million rows, within the limits above).
   */
  sheets: 5_000,
  rows: 200_000,
  /** Relationships in workbook.xml.rels: one per sheet and a few more (styles, strings, theme), kept while the sheets are read. */
  relationships: 10_000,
  /** Cells holding a value or merged, in the whole workbook, merges counted as they stream: a province's 2,000 tables have about 660,000. */
  cells: 3_000_000,
  /** Rows × columns of the sheets, summed: the reader looks at each row across its sheet's width. */
  area: 30_000_000,
  /** Cell formats (`<xf>` of cellXfs) and number formats in styles.xml, together: Excel itself allows 64,000 cell formats; a province's workbook has 18. */
  styles: 64_000,
  /** Shared strings, and their characters in all: a province's 2,000 tables have about 18,000 distinct texts of 200,000 characters. */
  sharedStrings: 1_000_000,
  sharedStringChars: 20_000_000,
  /**
   * Characters of one text, attribute or tag of the XML, and of one cell's or shared string's text: Excel keeps at most
   * 32,767 in a cell (five times that escaped). The XML parser gathers each of them whole before handing it over, so
   * this is what bounds its memory on a part of one 380 MB string.
   */
  textChars: 1_000_000,
  /** Elements open at once: a worksheet nests about ten deep; the parser keeps every open one. */
  depth: 100,
  /** Pages of a PDF: a province's published 部门预算 runs to a few hundred. */
  pdfPages: 5_000,
  /** Bytes one of a PDF's streams may inflate to (a page's drawing, a font, an image): the PDF library holds each whole. */
  pdfStreamBytes: 64 * 1024 * 1024,
  /** Drawing operations of one PDF page: a page of ruled tables has a few thousand. */
  pdfOperations: 500_000,
  /** Seconds a PDF may take to read, checked between pages: what is read in the window's worker must end. */
  pdfSeconds: 45,
} as const;

/** Megabytes to a tenth, rounded up: a file a byte over the limit shows as over it (`50.1 MB`). */
const mb = (bytes: number) => `${Math.ceil((bytes / 1024 / 1024) * 10) / 10} MB`;

/** The message for a file over LIMITS.fileBytes (`bytes` where its size is known). */
export function tooLargeMessage(name: string, bytes?: number): string {
  return `“${name}”${bytes === undefined ? '' : `有 ${mb(bytes)}，`}超过导入上限 ${mb(LIMITS.fileBytes)}`;
}

function entriesOf(bytes: Buffer): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('zip'));
      const entries: yauzl.Entry[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.push(entry);
        if (entries.length > LIMITS.entries) {
          zip.close();
          resolve(entries);
        } else zip.readEntry();
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** What an OLE container (.xls, .doc, an encrypted .xlsx) holds, from its directory. */
function oleContent(bytes: Buffer): 'workbook' | 'document' | 'encrypted' | 'unknown' {
  let container: ReturnType<typeof XLSX.CFB.read>;
  try {
    container = XLSX.CFB.read(bytes, { type: 'buffer' });
  } catch {
    // A directory SheetJS cannot walk: the stream names still tell an encrypted workbook or a Word file.
    if (bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'))) return 'encrypted';
    return bytes.includes(Buffer.from('WordDocument', 'utf16le')) ? 'document' : 'unknown';
  }
  if (XLSX.CFB.find(container, 'EncryptionInfo')) return 'encrypted';
  if (XLSX.CFB.find(container, 'Workbook') || XLSX.CFB.find(container, 'Book')) return 'workbook';
  if (XLSX.CFB.find(container, 'WordDocument')) return 'document';
  return 'unknown';
}

export type SourceKind = 'xlsx' | 'xls' | 'docx' | 'pdf' | 'json';

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/**
 * What a file handed to the importer is, by its content (a clerk's file names are not to be
 * trusted: WPS saves HTML as `.xls`, a renamed `.docx` ends in `.xlsx`); refused, with a message
 * naming the file, where it is none of what can be read, or cannot be read safely.
 */
export async function sourceKind(bytes: Buffer, name: string): Promise<SourceKind> {
  if (bytes.length === 0) throw new AppError('bad-request', `“${name}”是空文件`);
  if (bytes.length > LIMITS.fileBytes) throw new AppError('bad-request', tooLargeMessage(name, bytes.length));
  if (/\.et[t]?$/i.test(name))
    throw new AppError('bad-request', `“${name}”是 WPS 表格格式（.et），无法直接读取；请在 WPS 中“另存为” Excel 工作簿（.xlsx）后再导入`);
  if (bytes.subarray(0, 4).equals(OLE)) {
    const content = oleContent(bytes);
    if (content === 'workbook') return 'xls';
    throw new AppError(
      'bad-request',
      {
        encrypted: `“${name}”设有打开密码，无法读取；请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再导入`,
        document: `“${name}”是旧版 Word 文档（.doc）；请在 Word 或 WPS 中另存为 .docx 后再导入`,
        unknown: `“${name}”已损坏，或不是 Excel 97–2003 工作簿（.xls），无法读取`,
      }[content],
    );
  }
  if (bytes.subarray(0, 2).equals(Buffer.from('PK'))) return guardZip(bytes, name);
  const start = bytes
    .subarray(0, 512)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (start.startsWith('%PDF')) return 'pdf';
  if (/^[[{]/.test(start) || /\.(json|jxpack)$/i.test(name)) return 'json';
  // Many systems export an HTML table, or an Excel 2003 XML spreadsheet, under the name `.xls`.
  if (/\.xls$/i.test(name) && /^<(\?xml|!doctype html|html|table|meta)/i.test(start)) return 'xls';
  throw new AppError('bad-request', `“${name}”不是 Excel 工作簿（.xlsx、.xls）、Word 文档（.docx）、PDF 文件或数据包`);
}

/** Refuses, with a message naming the file, a zip that is not a workbook or document that can safely be read. */
async function guardZip(bytes: Buffer, name: string): Promise<'xlsx' | 'docx'> {
  let entries: yauzl.Entry[];
  try {
    entries = await entriesOf(bytes);
  } catch {
    throw new AppError('bad-request', `“${name}”已损坏或不完整（压缩包无法读取）`);
  }
  if (entries.length > LIMITS.entries) throw new AppError('bad-request', `“${name}”包含超过 ${LIMITS.entries} 个部件，不像是绩效表`);
  const names = new Set(entries.map((e) => e.fileName));
  const kind = names.has('xl/workbook.xml') ? 'xlsx' : names.has('word/document.xml') ? 'docx' : null;
  if (!kind) throw new AppError('bad-request', `“${name}”不是 Excel 工作簿（.xlsx）或 Word 文档（.docx）`);
  const total = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  if (total > LIMITS.unzippedBytes) throw new AppError('bad-request', `“${name}”解压后有 ${mb(total)}，超过上限 ${mb(LIMITS.unzippedBytes)}`);
  const bomb = entries.find((e) => e.uncompressedSize > 1024 * 1024 && e.uncompressedSize / Math.max(1, e.compressedSize) > LIMITS.ratio);
  if (bomb) throw new AppError('bad-request', `“${name}”中的“${bomb.fileName}”压缩比异常（解压后 ${mb(bomb.uncompressedSize)}），已拒绝`);
  return kind;
}
