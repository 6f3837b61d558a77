/**
 * The top-left part of a sheet the reader could not place, for the clerk to point out its fields
 * in (shared/forms/layoutMap.ts): enough rows and columns to hold a table's header and its first
 * indicators, each text cut to what a grid cell shows (a label is far shorter).
 */
import { MAP_LIMITS, type SheetExcerpt } from '../../shared/forms/layoutMap';
import { cutText } from '../../shared/text';
import type { SheetGrid } from './sheetGrid';

export const EXCERPT = { rows: 60, cols: 12, chars: 2 * MAP_LIMITS.label } as const;

export function sheetExcerpt(grid: SheetGrid): SheetExcerpt {
  const rows = Math.min(grid.rows, EXCERPT.rows);
  const cols = Math.min(grid.cols, EXCERPT.cols);
  const texts: string[][] = [];
  const merges: SheetExcerpt['merges'] = [];
  const isMaster = (row: number, col: number) => {
    const [r, c] = grid.master(row, col);
    return r === row && c === col;
  };
  for (let r = 1; r <= rows; r++) {
    const line: string[] = [];
    for (let c = 1; c <= cols; c++) {
      if (!isMaster(r, c)) {
        line.push('');
        continue;
      }
      line.push(cutText(grid.text(r, c), EXCERPT.chars));
      // A merged area, as far as the excerpt shows it.
      let across = 1;
      while (c + across <= cols && grid.master(r, c + across).join() === `${r},${c}`) across++;
      let down = 1;
      while (r + down <= rows && grid.master(r + down, c).join() === `${r},${c}`) down++;
      if (across > 1 || down > 1) merges.push({ row: r, col: c, rows: down, cols: across });
    }
    texts.push(line);
  }
  return { texts, merges };
}
