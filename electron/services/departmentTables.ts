/**
 * The 部门整体支出绩效目标表 and 自评表 of a department file as the editors open and save them: each
 * with the revision it was read at (a save naming an older one is refused, as a project's is) and what
 * the checks find in the year's tables.
 */
import type { Database } from 'better-sqlite3';
import type { DepartmentDocument } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import type { Finding } from '../../shared/checker/types';
import type { StoredDocument } from '../db/projectDocuments';

/** One of the year documents of electron/db/departmentTables.ts. */
interface YearDocuments<C> {
  stored(db: Database, year: number): StoredDocument<C>;
  write(db: Database, year: number, content: C): void;
}

/** What the checks find in the year's 部门整体 tables. */
function yearFindings(): Finding[] {
  return [];
}

/** The year's document as an editor opens it. */
export function openDocument<C>(db: Database, year: number, documents: YearDocuments<C>): DepartmentDocument<C> {
  return { ...documents.stored(db, year), findings: yearFindings() };
}

/** Writes the year's document where `revision` is the stored one; `stale` (naming `what`) where another tab or window has saved since. */
export function saveDocument<C>(
  db: Database,
  year: number,
  documents: YearDocuments<C>,
  write: { revision: number; content: C; stale: string },
): DepartmentDocument<C> & { updatedAt: string } {
  if (documents.stored(db, year).revision !== write.revision) throw new AppError('stale', write.stale);
  documents.write(db, year, write.content);
  const saved = openDocument(db, year, documents);
  return { ...saved, updatedAt: saved.updatedAt! };
}
