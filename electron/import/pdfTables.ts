/**
 * A printed page as rows of cells: the ruled tables rebuilt from the page's ruling lines (a cell
 * where rulings close a box, merged where a ruling is missing), each cell's text from the text runs
 * inside it; the text outside the tables as lines. Coordinates are the page's, in points, y up.
 */

/** A piece of text as the page draws it: `y` is its baseline. */
export interface Run {
  x: number;
  y: number;
  width: number;
  /** Font size: what the tolerances below are measured in. */
  size: number;
  text: string;
  /** The page wrote a space before it (as a space of its own, which carries no position worth keeping). */
  space?: boolean;
}

/** A ruling: a stroked line, or a thin filled rectangle. */
export interface Segment {
  horizontal: boolean;
  /** y of a horizontal ruling, x of a vertical one. */
  at: number;
  from: number;
  to: number;
}

export interface TableCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
}

/** A ruled table: its column edges (left to right), its rows' count, and its cells (a merged cell once). */
export interface PageTable {
  kind: 'table';
  top: number;
  bottom: number;
  xs: number[];
  /** Its row edges, top to bottom. */
  ys: number[];
  rows: number;
  cells: TableCell[];
  /** What the rulings left in doubt (a merged area that is no rectangle), said of the table's row (0-based). */
  doubts: { row: number; text: string }[];
  /** Columns without a ruling along the table's top, or its foot: where a cell runs on from the page before, or onto the next. */
  openTop: boolean[];
  openBottom: boolean[];
}

/** A line of text outside the tables: its pieces, split where a gap wider than two characters stands, with where each starts. */
export interface PageLine {
  kind: 'line';
  top: number;
  bottom: number;
  pieces: { x: number; text: string }[];
}

export type PageBlock = PageTable | PageLine;

/** Points: two rulings this close are one, a ruling must reach this close to a box's corner to close it. */
const SNAP = 2;
/** A filled rectangle this thin is a ruling. */
const THIN = 2.5;

/** Rulings of one row or column joined where they touch, so that a table drawn cell by cell has whole lines. */
function joined(segments: Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Segment[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.at - s.at) <= SNAP && s.from <= last.to + SNAP) last.to = Math.max(last.to, s.to);
    else out.push({ ...s });
  }
  return out;
}

/** A filled path's box as a ruling, where it is thin in one direction. */
export function rulingOfBox(x1: number, y1: number, x2: number, y2: number): Segment | null {
  const [left, right, bottom, top] = [Math.min(x1, x2), Math.max(x1, x2), Math.min(y1, y2), Math.max(y1, y2)];
  if (top - bottom <= THIN && right - left > THIN) return { horizontal: true, at: (top + bottom) / 2, from: left, to: right };
  if (right - left <= THIN && top - bottom > THIN) return { horizontal: false, at: (left + right) / 2, from: bottom, to: top };
  return null;
}

/** Positions this close together are one edge. */
function edges(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - out[out.length - 1]! > SNAP) out.push(v);
  return out;
}

class Sets {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  join(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

const crosses = (h: Segment, v: Segment) => v.at >= h.from - SNAP && v.at <= h.to + SNAP && h.at >= v.from - SNAP && h.at <= v.to + SNAP;

/** The rulings of a page grouped by the table they draw: those that cross or touch are of one table. */
function rulingGroups(segments: Segment[]): { h: Segment[]; v: Segment[] }[] {
  const h = joined(segments.filter((s) => s.horizontal));
  const v = joined(segments.filter((s) => !s.horizontal));
  const sets = new Sets(h.length + v.length);
  h.forEach((a, i) => v.forEach((b, j) => crosses(a, b) && sets.join(i, h.length + j)));
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  const group = (i: number) => groups.get(sets.find(i)) ?? groups.set(sets.find(i), { h: [], v: [] }).get(sets.find(i))!;
  h.forEach((s, i) => group(i).h.push(s));
  v.forEach((s, j) => group(h.length + j).v.push(s));
  return [...groups.values()].filter((g) => g.h.length >= 2 && g.v.length >= 2);
}

const covers = (lines: Segment[], at: number, from: number, to: number) =>
  lines.some((s) => Math.abs(s.at - at) <= SNAP && s.from <= from + SNAP && s.to >= to - SNAP);

/** Latin letters and digits on both sides of a line break: a wrapped line lost its space there. */
const ASCII_WORD = /[A-Za-z0-9]$/;

/**
 * The text of runs that stand in one box: lines top to bottom, pieces of a line left to right. A line
 * wrapped by the box's width continues the text; a line that stopped short of the edge with room
 * for the next line's first word was broken by its writer, and the break is kept.
 */
export function boxText(runs: Run[], width: number): string {
  const lines = textLines(runs);
  let text = '';
  lines.forEach((line, i) => {
    const words = lineText(line);
    if (i > 0) {
      const previous = lines[i - 1]!;
      const used = previous[previous.length - 1]!.x + previous[previous.length - 1]!.width - previous[0]!.x;
      const first = line[0]!;
      const firstWord = /^\S+/.exec(first.text)?.[0] ?? '';
      const firstWidth = first.text.length > 0 ? (first.width * firstWord.length) / first.text.length : first.size;
      const room = width - used;
      if (room > firstWidth + first.size * 1.5) text += '\n';
      else if (ASCII_WORD.test(text) && /^[A-Za-z0-9]/.test(words)) text += ' ';
    }
    text += words;
  });
  return text.trim();
}

/** Runs grouped by baseline, top line first, each line left to right. */
export function textLines(runs: Run[]): Run[][] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Run[][] = [];
  for (const run of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.y - run.y) <= Math.max(line[0]!.size, run.size) * 0.5) line.push(run);
    else lines.push([run]);
  }
  for (const line of lines) line.sort((a, b) => a.x - b.x);
  return lines;
}

/** A line's runs joined: a space where a gap as wide as a third of a character stands. */
function lineText(line: Run[]): string {
  let text = '';
  let end = -Infinity;
  for (const run of line) {
    if (text !== '' && (run.space || run.x - end > run.size * 0.3) && !/\s$/.test(text)) text += ' ';
    text += run.text;
    end = run.x + run.width;
  }
  return text.trim();
}

/** A page's tables and lines, top to bottom. */
export function pageBlocks(runs: Run[], segments: Segment[]): PageBlock[] {
  const tables = rulingGroups(segments).map((group) => tableOf(group));
  const inTable = new Map<PageTable, Run[][]>(tables.map((t) => [t, []]));
  const free: Run[] = [];
  for (const run of runs) {
    const cx = run.x + run.width / 2;
    const cy = run.y + run.size * 0.3;
    const table = tables.find((t) => cy <= t.top && cy >= t.bottom && cx >= t.xs[0]! && cx <= t.xs[t.xs.length - 1]!);
    if (table) cellRuns(table, inTable.get(table)!, run);
    else free.push(run);
  }
  for (const [table, byCell] of inTable) fillTable(table, byCell);
  const lines: PageLine[] = textLines(free).map((line) => ({
    kind: 'line',
    top: Math.max(...line.map((r) => r.y + r.size)),
    bottom: Math.min(...line.map((r) => r.y - r.size * 0.25)),
    pieces: linePieces(line),
  }));
  return [...tables.filter((t) => t.cells.some((c) => c.text !== '') || t.rows > 1), ...lines].sort((a, b) => b.top - a.top);
}

/** A line's pieces: runs joined, split where a gap wider than two characters stands (a title's `单位：万元` at the right). */
function linePieces(line: Run[]): { x: number; text: string }[] {
  const pieces: { x: number; runs: Run[] }[] = [];
  for (const run of line) {
    const last = pieces[pieces.length - 1];
    const end = last ? Math.max(...last.runs.map((r) => r.x + r.width)) : -Infinity;
    if (last && run.x - end <= run.size * 2) last.runs.push(run);
    else pieces.push({ x: run.x, runs: [run] });
  }
  return pieces.map((p) => ({ x: p.x, text: lineText(p.runs) })).filter((p) => p.text !== '');
}

interface Box {
  /** Per cell of the table, its box's edges. */
  bounds: { left: number; right: number; top: number; bottom: number }[];
  /** The cell each grid position belongs to. */
  at: number[][];
}

const boxes = new WeakMap<PageTable, Box>();

/** A table's grid from its rulings: edges where rulings stand, boxes merged across each ruling that is missing. */
function tableOf({ h, v }: { h: Segment[]; v: Segment[] }): PageTable {
  // Where the page cuts a table, a merged cell has no ruling along the cut: the columns' rulings still reach it.
  const ys = edges([...h.map((s) => s.at), Math.min(...v.map((s) => s.from)), Math.max(...v.map((s) => s.to))]).reverse();
  const xs = edges(v.map((s) => s.at));
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const sets = new Sets(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !covers(v, xs[c + 1]!, ys[r + 1]!, ys[r]!)) sets.join(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !covers(h, ys[r + 1]!, xs[c]!, xs[c + 1]!)) sets.join(r * cols + c, (r + 1) * cols + c);
    }
  }
  const open = (y: number) => xs.slice(1).map((x, c) => !covers(h, y, xs[c]!, x));
  const table: PageTable = {
    kind: 'table',
    top: ys[0]!,
    bottom: ys[rows]!,
    xs,
    ys,
    rows,
    cells: [],
    doubts: [],
    openTop: open(ys[0]!),
    openBottom: open(ys[rows]!),
  };
  const byRoot = new Map<number, { r1: number; c1: number; r2: number; c2: number; count: number }>();
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const root = sets.find(r * cols + c);
      const area = byRoot.get(root);
      if (!area) byRoot.set(root, { r1: r, c1: c, r2: r, c2: c, count: 1 });
      else
        Object.assign(area, { r1: Math.min(area.r1, r), c1: Math.min(area.c1, c), r2: Math.max(area.r2, r), c2: Math.max(area.c2, c), count: area.count + 1 });
    }
  const at = Array.from({ length: rows }, () => Array<number>(cols).fill(-1));
  const bounds: Box['bounds'] = [];
  for (const area of [...byRoot.values()].sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1)) {
    const rowSpan = area.r2 - area.r1 + 1;
    const colSpan = area.c2 - area.c1 + 1;
    // A box that is no rectangle: a ruling broken off inside the table. Its cells are read as the rectangle around them.
    if (area.count !== rowSpan * colSpan) table.doubts.push({ row: area.r1, text: '表格线不完整，几个单元格按合并读取' });
    const index = table.cells.length;
    let taken = false;
    for (let r = area.r1; r <= area.r2; r++)
      for (let c = area.c1; c <= area.c2; c++) {
        if (at[r]![c]! >= 0) taken = true;
        else at[r]![c] = index;
      }
    if (taken) continue;
    table.cells.push({ row: area.r1, col: area.c1, rowSpan, colSpan, text: '' });
    bounds.push({ left: xs[area.c1]!, right: xs[area.c2 + 1]!, top: ys[area.r1]!, bottom: ys[area.r2 + 1]! });
  }
  boxes.set(table, { bounds, at });
  return table;
}

/** Where a run goes: the cell holding its middle, but text that spills out of its cell into empty ones belongs to the cell it starts (or ends) in. */
function cellRuns(table: PageTable, byCell: Run[][], run: Run): void {
  const box = boxes.get(table)!;
  const cellAt = (x: number, y: number): number => {
    const c = table.xs.findIndex((edge, i) => i + 1 < table.xs.length && x >= edge && x <= table.xs[i + 1]!);
    const r = table.ys.findIndex((edge, i) => i + 1 < table.ys.length && y <= edge && y >= table.ys[i + 1]!);
    return r < 0 || c < 0 ? -1 : box.at[r]![c]!;
  };
  const y = run.y + run.size * 0.3;
  const start = cellAt(run.x + 0.5, y);
  const end = cellAt(run.x + run.width - 0.5, y);
  // The library joins texts that stand close into one run, a space between: two cells' texts where one ends at a ruling and the next starts after it.
  if (start !== end && /\S\s+\S/.test(run.text)) {
    for (const word of words(run)) cellRuns(table, byCell, word);
    return;
  }
  let cell = cellAt(run.x + run.width / 2, y);
  if (start !== end && start >= 0 && run.x - box.bounds[start]!.left < run.size) cell = start;
  else if (start !== end && end >= 0 && box.bounds[end]!.right - (run.x + run.width) < run.size) cell = end;
  if (cell < 0) return;
  (byCell[cell] ??= []).push(run);
}

/** Latin letters, digits and punctuation print about half as wide as a Chinese character. */
const widthOf = (text: string) => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x2e80 ? 0.55 : 1), 0);

/** A run's words, each where it would stand if the run's width were shared out by the characters' widths. */
function words(run: Run): Run[] {
  const total = widthOf(run.text);
  const out: Run[] = [];
  let at = 0;
  for (const m of run.text.matchAll(/\S+|\s+/g)) {
    const width = (widthOf(m[0]) / total) * run.width;
    if (m[0].trim() !== '') out.push({ ...run, x: run.x + at, width, text: m[0], space: out.length > 0 || run.space });
    at += width;
  }
  return out;
}

function fillTable(table: PageTable, byCell: Run[][]): void {
  const { bounds } = boxes.get(table)!;
  table.cells.forEach((cell, i) => {
    const runs = byCell[i];
    if (runs) cell.text = boxText(runs, bounds[i]!.right - bounds[i]!.left - 2);
  });
}
