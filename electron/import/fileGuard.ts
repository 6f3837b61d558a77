/**
 * Looks at a workbook's bytes before they are read: a zip bomb is refused here, from the zip's
 * central directory (sheets, rows, cells, styles and strings are counted by the reader as each part streams).
 * Also tells apart the files clerks mistake for workbooks (a legacy .xls, an encrypted workbook,
 * a renamed .docx or .doc).
 */
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

/** Refuses, with a message naming the file, anything that is not a workbook that can safely be read. */
export async function guardWorkbook(bytes: Buffer, name: string): Promise<void> {
  if (bytes.length === 0) throw new AppError('bad-request', `“${name}”是空文件`);
  if (bytes.length > LIMITS.fileBytes) throw new AppError('bad-request', tooLargeMessage(name, bytes.length));
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    // An OLE container: an encrypted .xlsx (it holds an EncryptionInfo stream), or a legacy .xls/.doc.
    const encrypted = bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'));
    throw new AppError(
      'bad-request',
      encrypted
        ? `“${name}”设有打开密码，无法读取；请在 Excel 中取消密码后另存为 .xlsx 再导入`
        : `“${name}”是旧版 Excel（.xls）或 Word 文件；请在 Excel 或 WPS 中另存为 .xlsx 后再导入`,
    );
  }
  if (!bytes.subarray(0, 2).equals(Buffer.from('PK'))) throw new AppError('bad-request', `“${name}”不是 Excel 工作簿（.xlsx）`);
  let entries: yauzl.Entry[];
  try {
    entries = await entriesOf(bytes);
  } catch {
    throw new AppError('bad-request', `“${name}”已损坏或不完整（压缩包无法读取）`);
  }
  if (entries.length > LIMITS.entries) throw new AppError('bad-request', `“${name}”包含超过 ${LIMITS.entries} 个部件，不像是绩效表`);
  const names = entries.map((e) => e.fileName);
  if (!names.includes('xl/workbook.xml')) {
    const what = names.includes('word/document.xml') ? '是 Word 文档，不是 Excel 工作簿' : '不是 Excel 工作簿（.xlsx）';
    throw new AppError('bad-request', `“${name}”${what}`);
  }
  const total = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  if (total > LIMITS.unzippedBytes) throw new AppError('bad-request', `“${name}”解压后有 ${mb(total)}，超过上限 ${mb(LIMITS.unzippedBytes)}`);
  const bomb = entries.find((e) => e.uncompressedSize > 1024 * 1024 && e.uncompressedSize / Math.max(1, e.compressedSize) > LIMITS.ratio);
  if (bomb) throw new AppError('bad-request', `“${name}”中的“${bomb.fileName}”压缩比异常（解压后 ${mb(bomb.uncompressedSize)}），已拒绝`);
}
