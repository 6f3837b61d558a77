/**
 * A process that opens a department file for writing at the moment the lock test gives on stdin
 * (all starters wait for the same millisecond), says `opened` or `refused<TAB>message`, and holds
 * the file for a while before closing it. Bundled and run as a child process by test/service/fileLock.test.ts.
 */
import fs from 'node:fs';
import { openDepartmentDb } from '../../electron/db/open';

const [file, holdMs] = process.argv.slice(2);
process.stdout.write('ready\n');
const startAt = Number(fs.readFileSync(0, 'utf8'));
while (Date.now() < startAt) {
  // Waiting without yielding, so that every starter leaves this loop in the same millisecond.
}
try {
  const db = openDepartmentDb(file!);
  process.stdout.write('opened\n');
  setTimeout(() => db.close(), Number(holdMs));
} catch (error) {
  process.stdout.write(`refused\t${error instanceof Error ? error.message : String(error)}\n`);
}
