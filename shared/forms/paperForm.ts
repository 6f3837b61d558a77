/**
 * A printed form as a grid of cells with their spans and roles. The Excel and Word writers both
 * render this model, so each form (绩效目标表 of every layout, 自评表 and its variant) is laid out
 * once, in its own module.
 */
import type { Fen } from '../money';

export type CellRole = 'title' | 'subtitle' | 'unit' | 'label' | 'text' | 'longText' | 'money' | 'figure' | 'header' | 'level';

export interface FormCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  role: CellRole;
  /** What the cell shows (for a figure, as printed). */
  text: string;
  /** For amounts: the exact value, written as a number in 万元. */
  fen?: Fen | null;
  /** For figures (weights, scores): the number written into a workbook. */
  figure?: number | null;
}

export interface PaperForm {
  columns: number;
  /** Column widths in Excel character units. */
  widths: number[];
  rows: number;
  cells: FormCell[];
  /** Rows of the title (printed as paragraphs in Word). */
  titleRows: number;
  /** The (first) header row of the indicator table: repeated on every printed page. */
  indicatorHeaderRow: number;
  /** How many rows the indicator header has (the 执行监控表's two): 1 where absent. */
  indicatorHeaderRows?: number;
}

/** Builds a form row by row. */
export class Grid {
  readonly cells: FormCell[] = [];
  row = 0;

  put(col: number, colSpan: number, role: CellRole, text: string, rowSpan = 1, fen?: Fen | null): void {
    this.cells.push({ row: this.row, col, rowSpan, colSpan, role, text, ...(fen !== undefined ? { fen } : {}) });
  }

  /** A weight or score: shown as `text`, written as the number. */
  figure(col: number, colSpan: number, value: number | null, text = value === null ? '' : String(value)): void {
    this.cells.push({ row: this.row, col, rowSpan: 1, colSpan, role: 'figure', text, figure: value });
  }

  next(): void {
    this.row++;
  }

  /**
   * The 一级 and 二级 cells of indicator `i` of a 自评表 or 执行监控表, at `col` and the next: each on the first row of
   * its run of indicators only, merged down over it. `level1Text` and `level2Text` are what the cells say (the 一级's
   * weight added, a framework's code).
   */
  levels<I extends { level1: string; level2: string }>(
    col: number,
    list: I[],
    i: number,
    level1Text = (level1: string) => level1,
    level2Text = (level2: string) => level2,
  ): void {
    const indicator = list[i]!;
    const runOf = (same: (o: I) => boolean) => {
      let n = 0;
      while (i + n < list.length && same(list[i + n]!)) n++;
      return n;
    };
    if (i === 0 || list[i - 1]!.level1 !== indicator.level1)
      this.put(
        col,
        1,
        'level',
        level1Text(indicator.level1),
        runOf((o) => o.level1 === indicator.level1),
      );
    if (i === 0 || list[i - 1]!.level1 !== indicator.level1 || list[i - 1]!.level2 !== indicator.level2)
      this.put(
        col + 1,
        1,
        'level',
        level2Text(indicator.level2),
        runOf((o) => o.level1 === indicator.level1 && o.level2 === indicator.level2),
      );
  }

  form(widths: number[], titleRows: number, indicatorHeaderRow: number, indicatorHeaderRows = 1): PaperForm {
    return { columns: widths.length, widths, rows: this.row, cells: this.cells, titleRows, indicatorHeaderRow, indicatorHeaderRows };
  }
}

/** Display width of text: CJK and full-width characters count two units, others one. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 2 : 1;
  return width;
}

/** How many lines text wraps to in a column `width` units wide. */
export function lineCount(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / usable)), 0);
}
