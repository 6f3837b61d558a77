/**
 * Writing imported 绩效目标表 into a department file: one transaction for the whole import, so
 * it lands whole or not at all. A project of the same name and year is replaced, kept beside the
 * new one, or left as it is, as the clerk chose for each table.
 */
import type { Database } from 'better-sqlite3';
import { fromTargetTable, type TargetTable } from '../../shared/interchange/targetTable';
import type { ImportOutcome } from '../../shared/api/contract';
import type { ConflictPolicy } from '../../shared/api/schemas';
import { freeProjectName, insertProject, projectIdByName, updateProject } from '../db/projects';

/** A table read (a 绩效目标表, or a 自评表), where it goes, and what to do with a name already there. */
export interface ImportChoice<Table = TargetTable> {
  table: Table;
  /** The year to import into (last year's table can go into this year). */
  year: number;
  onConflict: ConflictPolicy;
}

export function importTables(db: Database, choices: ImportChoice[]): ImportOutcome[] {
  return db.transaction(() =>
    choices.map(({ table, year, onConflict }): ImportOutcome => {
      const { content } = fromTargetTable(table);
      const name = content.name.trim();
      const existing = projectIdByName(db, year, name);
      if (existing === null) {
        insertProject(db, year, { ...content, name });
        return { name, year, action: 'created', storedAs: name };
      }
      if (onConflict === 'skip') return { name, year, action: 'skipped', storedAs: name };
      if (onConflict === 'replace') {
        updateProject(db, existing, { ...content, name });
        return { name, year, action: 'replaced', storedAs: name };
      }
      const storedAs = freeProjectName(db, year, name);
      insertProject(db, year, { ...content, name: storedAs });
      return { name, year, action: 'kept-both', storedAs };
    }),
  )();
}
