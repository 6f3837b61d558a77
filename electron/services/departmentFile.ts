/**
 * A department file named by its path, as the command line names it: open for one piece of work
 * and closed after it, for writing (one process at a time, see db/fileLock.ts) or for reading
 * beside a writer.
 */
import type { Database } from 'better-sqlite3';
import path from 'node:path';
import { readDepartment, type DepartmentMeta } from '../db/department';
import { openDepartmentDb } from '../db/open';

/** A failure of the file or the disk in plain words, as the app says it: the command line says it the same way. */
export { storageError } from '../db/storageErrors';

export async function inDepartmentFile<T>(
  file: string,
  mode: 'read' | 'write',
  work: (db: Database, department: DepartmentMeta) => T | Promise<T>,
): Promise<T> {
  const db = openDepartmentDb(path.resolve(file), { readonly: mode === 'read' });
  try {
    return await work(db, readDepartment(db));
  } finally {
    db.close();
  }
}
