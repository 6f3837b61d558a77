/**
 * Searching the indicator library as the clerk types a 三级 name: by contained text and by pinyin
 * initials (`jnjc` finds 节能监察). The entries of a department file are held in memory after the
 * first search and kept current by every save, so a query never waits for the disk.
 * (A save that is rolled back may leave its names suggested until the file is reopened.)
 */
import type { Database } from 'better-sqlite3';
import { libraryRows, type LibraryRow } from '../db/library';

export interface LibrarySuggestion {
  name: string;
  level2: string;
  /** The 指标值 it had when last used. */
  value: string;
  uses: number;
}

interface Entry extends LibraryRow {
  lower: string;
}

const indexes = new WeakMap<Database, Map<string, Entry>>();
const keyOf = (row: LibraryRow) => `${row.level2}|${row.name}`;
const entryOf = (row: LibraryRow): Entry => ({ ...row, lower: row.name.toLowerCase() });

function index(db: Database): Map<string, Entry> {
  let entries = indexes.get(db);
  if (!entries) {
    entries = new Map(libraryRows(db).map((r) => [keyOf(r), entryOf(r)]));
    indexes.set(db, entries);
  }
  return entries;
}

/** How well an entry matches: lower is better; null for no match. */
function rank(entry: Entry, query: string): number | null {
  if (entry.lower.startsWith(query)) return 0;
  if (entry.initials.startsWith(query)) return 1;
  if (entry.lower.includes(query)) return 2;
  if (entry.initials.includes(query)) return 3;
  return null;
}

export const libraryIndex = {
  remember(db: Database, rows: LibraryRow[]): void {
    const entries = indexes.get(db);
    if (entries) for (const row of rows) entries.set(keyOf(row), entryOf(row));
  },

  search(db: Database, text: string, level2?: string, limit = 8): LibrarySuggestion[] {
    const query = text.trim().toLowerCase();
    if (query === '') return [];
    const found: { entry: Entry; score: number }[] = [];
    for (const entry of index(db).values()) {
      const r = rank(entry, query);
      // The 二级 being filled ranks first; within a rank, the more used and the more recent.
      if (r !== null) found.push({ entry, score: r * 2 + (level2 && entry.level2 !== level2 ? 1 : 0) });
    }
    found.sort((a, b) => a.score - b.score || b.entry.uses - a.entry.uses || b.entry.last_used.localeCompare(a.entry.last_used));
    return found.slice(0, limit).map(({ entry }) => ({ name: entry.name, level2: entry.level2, value: entry.value, uses: entry.uses }));
  },
};
