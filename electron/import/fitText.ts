/**
 * Text read from a cell held to the limit the editor's saves enforce (shared/api/schemas.ts), so
 * that whatever is imported can be saved. A longer text is cut, with a warning naming the cell.
 */
import { cutText } from '../../shared/text';
import type { SheetGrid } from './sheetGrid';

export type Warn = (message: string) => void;

/** Excel's name of a cell: column letters and row (`C12`). */
export function cellAddress(row: number, col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

/** A cell's text within `max` characters; `field` names it in the warning (`项目名称`). */
export function fittedText(grid: SheetGrid, row: number, col: number, max: number, field: string, warn: Warn): string {
  const text = grid.text(row, col);
  if (text.length <= max) return text;
  warn(`工作表“${grid.name}”单元格 ${cellAddress(row, col)}（${field}）有 ${text.length} 个字符，超过上限 ${max}，已截断为前 ${max} 个字符`);
  return cutText(text, max);
}
