/**
 * A PDF's compressed streams, inflated once under a cap before the PDF library sees them: the library
 * inflates a stream whole into memory, so a few kilobytes that inflate to gigabytes (a compression
 * bomb) are refused here, as a zip's are from its directory.
 */
import zlib from 'node:zlib';
import { AppError } from '../../shared/api/errors';
import { LIMITS } from './fileGuard';

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Each `stream` keyword, with the dictionary before it (back to its `obj`) and the data after it, up to `endstream`. */
function* streams(bytes: Buffer): Generator<{ dictionary: string; data: Buffer }> {
  const text = bytes.toString('latin1');
  const keyword = /stream\r?\n/g;
  for (let m = keyword.exec(text); m !== null; m = keyword.exec(text)) {
    if (text.slice(Math.max(0, m.index - 3), m.index) === 'end') continue;
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    const head = text.lastIndexOf('obj', m.index);
    yield {
      dictionary: text.slice(head < 0 || m.index - head > 4096 ? m.index - 4096 : head, m.index),
      data: bytes.subarray(start, end < 0 ? bytes.length : end),
    };
    if (end < 0) return;
    keyword.lastIndex = end + 9;
  }
}

/** Refuses, naming the file, a PDF whose streams inflate past LIMITS.pdfStreamBytes each or LIMITS.unzippedBytes together, or are compressed twice over. */
export function guardPdfStreams(bytes: Buffer, name: string): void {
  let total = 0;
  for (const { dictionary, data } of streams(bytes)) {
    const filters = dictionary.match(/\/(FlateDecode|Fl|LZWDecode|LZW)\b/g) ?? [];
    if (filters.length === 0) continue;
    if (filters.length > 1) throw new AppError('bad-request', `“${name}”中有多重压缩的数据流，已拒绝`);
    if (/LZW/.test(filters[0]!)) {
      // LZW inflates at most about 1,400 times: its bound is known without inflating.
      if (data.length * 1_400 > LIMITS.pdfStreamBytes) throw new AppError('bad-request', `“${name}”中有过大的 LZW 压缩数据流，已拒绝`);
      continue;
    }
    let inflated: Buffer;
    try {
      inflated = zlib.inflateSync(data, { maxOutputLength: LIMITS.pdfStreamBytes + 1, finishFlush: zlib.constants.Z_SYNC_FLUSH });
    } catch (error) {
      if (error instanceof RangeError) throw new AppError('bad-request', `“${name}”中有一个数据流解压后超过 ${mb(LIMITS.pdfStreamBytes)}（压缩炸弹），已拒绝`);
      // A stream zlib cannot read is left to the library, which reads what it can of it.
      continue;
    }
    total += inflated.length;
    if (total > LIMITS.unzippedBytes) throw new AppError('bad-request', `“${name}”的数据流解压后合计超过 ${mb(LIMITS.unzippedBytes)}，已拒绝`);
  }
}
