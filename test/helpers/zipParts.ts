/**
 * A zip written from parts generated piece by piece and deflated as they come: a hostile workbook of
 * hundreds of MB of XML is a few MB here, and the XML is never held whole in the test process.
 */
import zlib from 'node:zlib';
import { seeded } from '../../bench/province';

export type PartSource = string | Buffer | Iterable<string>;

interface Deflated {
  name: Buffer;
  crc: number;
  size: number;
  data: Buffer;
}

async function deflate(name: string, source: PartSource): Promise<Deflated> {
  const deflater = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = new Promise((resolve, reject) => deflater.on('end', resolve).on('error', reject));
  let crc = 0;
  let size = 0;
  for (const piece of typeof source === 'string' || Buffer.isBuffer(source) ? [source] : source) {
    const bytes = Buffer.isBuffer(piece) ? piece : Buffer.from(piece);
    crc = zlib.crc32(bytes, crc);
    size += bytes.length;
    if (!deflater.write(bytes)) await new Promise((resolve) => deflater.once('drain', resolve));
  }
  deflater.end();
  await ended;
  return { name: Buffer.from(name), crc, size, data: Buffer.concat(out) };
}

/** The parts, in order, as a zip (deflated, UTF-8 names, no zip64: each part under 4 GB). */
export async function zipParts(parts: Record<string, PartSource>): Promise<Buffer> {
  const files: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, source] of Object.entries(parts)) {
    const part = await deflate(name, source);
    // Version 2.0, UTF-8 names, deflate, 1980-01-01 00:00.
    const common = (header: Buffer, at: number) => {
      header.writeUInt16LE(0x0800, at);
      header.writeUInt16LE(8, at + 2);
      header.writeUInt16LE(0, at + 4);
      header.writeUInt16LE(0x21, at + 6);
      header.writeUInt32LE(part.crc, at + 8);
      header.writeUInt32LE(part.data.length, at + 12);
      header.writeUInt32LE(part.size, at + 16);
      header.writeUInt16LE(part.name.length, at + 20);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    common(local, 6);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    common(central, 8);
    central.writeUInt32LE(offset, 42);
    files.push(local, part.name, part.data);
    directory.push(central, part.name);
    offset += local.length + part.name.length + part.data.length;
  }
  const size = directory.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(directory.length / 2, 8);
  end.writeUInt16LE(directory.length / 2, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...files, ...directory, end]);
}

/**
 * `head`, `count` units (`unit(noise, i)`), then `tail`, in pieces of about a megabyte. Every `every`th unit gets a
 * few random characters (`noise`): a long run of one unit deflates more than 1,000-fold, which the zip-bomb
 * check refuses before the reader is reached; the noise keeps a part under that ratio, as a hostile file would.
 */
export function* repeated(head: string, count: number, unit: (noise: string, i: number) => string, tail: string, every = 64): Generator<string> {
  const random = seeded(count);
  let piece = head;
  for (let i = 0; i < count; i++) {
    piece += unit(i % every === 0 ? random.int(1e9).toString(36) : '', i);
    if (piece.length >= 1 << 20) {
      yield piece;
      piece = '';
    }
  }
  yield piece + tail;
}
