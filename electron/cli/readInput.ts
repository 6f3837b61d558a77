/**
 * The bytes of a workbook or data package named on the command line. Its size is looked at before it is
 * read, and no more than the import limit and one byte are read: a device (`/dev/zero`), a pipe, a folder or
 * a file over the limit is refused at once, and a file that grows while it is read cannot get past it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LIMITS, tooLargeMessage } from '../import/fileGuard';
import { CliError } from './output';

export function readInput(file: string): Buffer {
  const name = path.basename(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new CliError(`找不到文件“${name}”`);
  }
  if (!stat.isFile()) throw new CliError(`“${name}”不是普通文件（${stat.isDirectory() ? '是文件夹' : '是设备或管道'}），无法读取`);
  if (stat.size > LIMITS.fileBytes) throw new CliError(tooLargeMessage(name, stat.size));
  const chunks: Buffer[] = [];
  let read = 0;
  const fd = fs.openSync(file, 'r');
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, LIMITS.fileBytes + 1 - read));
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      read += n;
      if (read > LIMITS.fileBytes) throw new CliError(tooLargeMessage(name));
    }
  } finally {
    fs.closeSync(fd);
  }
  return Buffer.concat(chunks, read);
}
