/**
 * Reading the XML parts of a zip (a workbook, a Word document) as a stream of elements, under the
 * reader's limits: what the parser holds at once is bounded, and whatever is kept is copied.
 */
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';
import yauzl from 'yauzl';
import { LIMITS } from './fileGuard';

/** A workbook over one of LIMITS: the reader stops at once; the caller names the file, the limit and where it was (a sheet, or else a part). */
export class OverLimit extends Error {
  constructor(
    readonly limit:
      | 'sheets'
      | 'rows'
      | 'relationships'
      | 'cells'
      | 'area'
      | 'styles'
      | 'sharedStrings'
      | 'sharedStringChars'
      | 'textChars'
      | 'depth'
      | 'pdfPages'
      | 'pdfOperations'
      | 'pdfSeconds',
    readonly where: { sheet: string } | { part: string },
  ) {
    super(`${'sheet' in where ? where.sheet : where.part}: ${limit}`);
  }
}

export interface Handlers {
  open?(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

/**
 * A copy of a string the parser made. Its texts and attribute values are slices of the chunk they came in, and a
 * slice keeps its whole chunk alive: a few characters kept from every chunk would keep the whole part. What the
 * reader keeps is copied, so that its memory is that of what it keeps.
 */
export const own = (text: string): string => Buffer.from(text, 'utf8').toString('utf8');

/** An element's name without its namespace prefix (some writers use `x:c`). */
function local(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export function openZip(bytes: Buffer): Promise<{ zip: yauzl.ZipFile; entries: Map<string, yauzl.Entry> }> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('zip'));
      const entries = new Map<string, yauzl.Entry>();
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.set(entry.fileName, entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve({ zip, entries }));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** `sheet`: the sheet the part is, for the messages of LIMITS.textChars and LIMITS.depth. */
export async function parsePart(zip: yauzl.ZipFile, entry: yauzl.Entry | undefined, handlers: Handlers, sheet?: string): Promise<void> {
  if (!entry) return;
  const where = sheet === undefined ? { part: entry.fileName } : { sheet };
  const parser = new SaxesParser();
  // The parser gathers a text, an attribute or a tag whole before it reports it: the characters written since its
  // last report bound what it holds, and the elements open bound its stack.
  let unreported = 0;
  let depth = 0;
  parser.on('opentag', (node) => {
    unreported = 0;
    if (++depth > LIMITS.depth) throw new OverLimit('depth', where);
    handlers.open?.(local(node.name), node.attributes as Record<string, string>);
  });
  parser.on('closetag', (node) => {
    unreported = 0;
    depth--;
    handlers.close?.(local(node.name));
  });
  if (handlers.text) {
    const text = (chunk: string) => {
      unreported = 0;
      handlers.text!(chunk);
    };
    parser.on('text', text);
    parser.on('cdata', text);
  }
  const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
    zip.openReadStream(entry, (error, s) => (error || !s ? reject(error ?? new Error('zip')) : resolve(s))),
  );
  const decoder = new StringDecoder('utf8');
  try {
    for await (const chunk of stream) {
      const text = decoder.write(chunk as Buffer);
      parser.write(text);
      unreported += text.length;
      if (unreported > LIMITS.textChars) throw new OverLimit('textChars', where);
    }
    parser.write(decoder.end()).close();
  } finally {
    (stream as NodeJS.ReadableStream & { destroy(): void }).destroy();
  }
}
