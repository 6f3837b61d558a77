/** The indicator library's rows: written on every save and import, read by the search index (electron/library/). */
import type { Database } from 'better-sqlite3';
import { pinyin } from 'pinyin-pro';
import type { Indicator } from '../../shared/project';
import { stmt } from './statements';

export interface LibraryRow {
  level2: string;
  name: string;
  value: string;
  initials: string;
  uses: number;
  last_used: string;
}

/** Pinyin initials of a name, for finding `节能监察` by typing `jnjc`; letters and digits stay. */
export function initialsOf(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Who keeps the entries of a file in memory (the search index), told of each entry as it is
 * written: the store does not know the index, the index asks to be told.
 */
const watchers = new WeakMap<Database, (rows: LibraryRow[]) => void>();

export function watchLibrary(db: Database, onWrite: (rows: LibraryRow[]) => void): void {
  watchers.set(db, onWrite);
}

/** Records a project's indicators; called inside the transaction that stores them. */
export function recordIndicators(db: Database, indicators: Indicator[], now: string): void {
  const upsert = stmt(
    db,
    `INSERT INTO library_entry (level2, name, value, initials, uses, last_used) VALUES (?, ?, ?, ?, 1, ?)
     ON CONFLICT (level2, name) DO UPDATE SET value = excluded.value, uses = uses + 1, last_used = excluded.last_used
     RETURNING level2, name, value, initials, uses, last_used`,
  );
  const rows = indicators
    .filter((i) => !['', '0'].includes(i.name.trim()))
    .map((i) => upsert.get(i.level2, i.name.trim(), i.value, initialsOf(i.name.trim()), now) as LibraryRow);
  watchers.get(db)?.(rows);
}

/** All entries, first spelling the initials of those copied in by the migration. */
export function libraryRows(db: Database): LibraryRow[] {
  const missing = stmt(db, "SELECT level2, name FROM library_entry WHERE initials = ''").all() as { level2: string; name: string }[];
  if (missing.length) {
    const update = stmt(db, 'UPDATE library_entry SET initials = ? WHERE level2 = ? AND name = ?');
    db.transaction(() => missing.forEach((m) => update.run(initialsOf(m.name) || '-', m.level2, m.name)))();
  }
  return stmt(db, 'SELECT level2, name, value, initials, uses, last_used FROM library_entry').all() as LibraryRow[];
}
