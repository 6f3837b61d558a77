/**
 * PDFs written by hand in the tests, object by object, with a cross-reference table that points at each: the shapes a
 * PDF writer would never make (a page tree of a hundred thousand pages, arrays nested a hundred thousand deep, a
 * stream that inflates to gigabytes) and those it would (a page of text, a scanned page).
 */
import zlib from 'node:zlib';

/** A PDF of these objects (numbered from 1, the first the catalogue); `xref: false` writes offsets that point nowhere. */
export function pdfOf(objects: (string | Buffer)[], { xref = true } = {}): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(length);
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(object) ? object : Buffer.from(object, 'latin1'), Buffer.from('\nendobj\n')]);
    parts.push(part);
    length += part.length;
  });
  const entries = offsets.map((o) => `${String(xref ? o : o * 7 + 13).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref ? length : length + 999}\n%%EOF\n`,
    ),
  );
  return Buffer.concat(parts);
}

/** A stream object: its dictionary's other entries, and its data (inflated with `/FlateDecode` when `deflate`). */
export function streamObject(data: Buffer, extra = '', deflate = false): Buffer {
  const bytes = deflate ? zlib.deflateSync(data, { level: 9 }) : data;
  return Buffer.concat([
    Buffer.from(`<< /Length ${bytes.length}${deflate ? ' /Filter /FlateDecode' : ''} ${extra} >>\nstream\n`),
    bytes,
    Buffer.from('\nendstream'),
  ]);
}

/** The catalogue and a page tree of `pages` pages, all the one page object 3 (its content object 4, its resources `resources`). */
export function pageTree(pages: number, resources = '<< >>'): string[] {
  return [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${' 3 0 R'.repeat(pages)}] /Count ${pages} >>`,
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources ${resources} >>`,
  ];
}

/** A page's content writing `text` (ASCII) in Helvetica. */
export const textContent = (text: string) => Buffer.from(`BT /F1 12 Tf 72 720 Td (${text}) Tj ET`);
export const FONT = '<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>';
