/**
 * Searching the indicator library as the clerk types a 三级 name: by contained text and by pinyin
 * initials (`jnjc` finds 节能监察). The entries of a department file are held in memory after the
 * first search and kept current by every save, so a query never waits for the disk.
 * (A save that is rolled back may leave its names suggested until the file is reopened.)
 */
import type { Database } from 'better-sqlite3';
import { libraryRows, watchLibrary, type LibraryRow } from '../db/library';

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

/**
 * The entries, and for each character pair (and each single character) of a name or its initials
 * the entries containing it, most used first: a query only looks at the entries that hold its
 * rarest pair, and stops once nothing further down can rank higher.
 */
interface Posting {
  holders: Set<Entry>;
  /** The holders, most used and most recent first; rebuilt when the set changed. */
  ordered: Entry[] | null;
}

interface Index {
  entries: Map<string, Entry>;
  /** Grams of the names, and grams of the initials. */
  names: Map<string, Posting>;
  initials: Map<string, Posting>;
}

const FIELDS = [
  { grams: 'names', text: (e: Entry) => e.lower, bestRank: 0 },
  { grams: 'initials', text: (e: Entry) => e.initials, bestRank: 1 },
] as const;

const indexes = new WeakMap<Database, Index>();
const keyOf = (row: LibraryRow) => `${row.level2}|${row.name}`;
const entryOf = (row: LibraryRow): Entry => ({ ...row, lower: row.name.toLowerCase() });

function gramsOf(text: string): string[] {
  const chars = [...text];
  return [...chars, ...chars.slice(1).map((c, i) => chars[i] + c)];
}

function add(index: Index, entry: Entry): void {
  const key = keyOf(entry);
  const previous = index.entries.get(key);
  for (const field of FIELDS) {
    const grams = index[field.grams];
    if (previous) {
      for (const gram of new Set(gramsOf(field.text(previous)))) {
        const posting = grams.get(gram);
        if (posting) {
          posting.holders.delete(previous);
          posting.ordered = null;
        }
      }
    }
    for (const gram of new Set(gramsOf(field.text(entry)))) {
      let posting = grams.get(gram);
      if (!posting) grams.set(gram, (posting = { holders: new Set(), ordered: null }));
      posting.holders.add(entry);
      posting.ordered = null;
    }
  }
  index.entries.set(key, entry);
}

const byUse = (a: Entry, b: Entry) => b.uses - a.uses || b.last_used.localeCompare(a.last_used);

function index(db: Database): Index {
  const existing = indexes.get(db);
  if (existing) return existing;
  const built: Index = { entries: new Map(), names: new Map(), initials: new Map() };
  for (const row of libraryRows(db)) add(built, entryOf(row));
  watchLibrary(db, (rows) => rows.forEach((row) => add(built, entryOf(row))));
  indexes.set(db, built);
  return built;
}

/** The entries whose name (or initials) can hold the query, most used first: those holding its rarest character pair (or character). */
function candidates(postings: Map<string, Posting>, query: string): Entry[] {
  const grams = [...query].length === 1 ? [query] : gramsOf(query).filter((g) => [...g].length === 2);
  let best: Posting | undefined;
  for (const gram of grams) {
    const posting = postings.get(gram);
    if (!posting) return [];
    if (!best || posting.holders.size < best.holders.size) best = posting;
  }
  if (!best) return [];
  return (best.ordered ??= [...best.holders].sort(byUse));
}

/** How well an entry matches: lower is better; null for no match. */
function rank(entry: Entry, query: string): number | null {
  if (entry.lower.startsWith(query)) return 0;
  if (entry.initials.startsWith(query)) return 1;
  if (entry.lower.includes(query)) return 2;
  if (entry.initials.includes(query)) return 3;
  return null;
}

type Found = { entry: Entry; score: number };
const better = (a: Found, b: Found) => a.score - b.score || byUse(a.entry, b.entry);

export const libraryIndex = {
  search(db: Database, text: string, level2?: string, limit = 8): LibrarySuggestion[] {
    const query = text.trim().toLowerCase();
    if (query === '') return [];
    // The best `limit` so far, kept sorted: no sort of every match.
    const top: Found[] = [];
    const seen = new Set<Entry>();
    const library = index(db);
    for (const field of FIELDS) {
      for (const entry of candidates(library[field.grams], query)) {
        // Candidates come most used first: once `limit` are found that nothing later in this list can beat, stop.
        if (top.length === limit && top[limit - 1]!.score <= field.bestRank * 2) break;
        if (seen.has(entry)) continue;
        seen.add(entry);
        const r = rank(entry, query);
        if (r === null) continue;
        // The 二级 being filled ranks first; within a rank, the more used and the more recent.
        const found = { entry, score: r * 2 + (level2 && entry.level2 !== level2 ? 1 : 0) };
        if (top.length === limit && better(found, top[limit - 1]!) >= 0) continue;
        const at = top.findIndex((t) => better(found, t) < 0);
        top.splice(at < 0 ? top.length : at, 0, found);
        if (top.length > limit) top.pop();
      }
    }
    return top.map(({ entry }) => ({ name: entry.name, level2: entry.level2, value: entry.value, uses: entry.uses }));
  },
};
