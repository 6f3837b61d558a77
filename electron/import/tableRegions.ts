/** Where the tables of a sheet are: each starts at a `项目名称` row, its title block just above. */
import { normLabel, TITLE_HINT } from './labels';
import type { SheetGrid } from './sheetGrid';

export interface TableRegion {
  /** First row of the title block (or the 项目名称 row where there is none). */
  top: number;
  /** The 项目名称 row. */
  start: number;
  /** Last row that belongs to this table. */
  end: number;
  /** Text of the title block, for the year and the kind of table. */
  title: string;
}

/** The label a table's first row leads with (转移支付 自评表: 转移支付（项目）名称). */
const START_LABELS = new Set(['项目名称', '转移支付(项目)名称']);

function isTitleRow(grid: SheetGrid, row: number): boolean {
  const texts = grid
    .visible(row)
    .map((c) => c.text)
    .filter(Boolean);
  return texts.length > 0 && texts.length <= 2 && texts.some((t) => TITLE_HINT.test(t));
}

export function tableRegions(grid: SheetGrid): TableRegion[] {
  const starts: number[] = [];
  // A table starts where 项目名称 leads its row (in a list, such as the 汇总 sheet, it is a column heading).
  for (let r = 1; r <= grid.rows; r++) {
    const first = grid.visible(r).find((c) => c.text !== '');
    if (first && START_LABELS.has(normLabel(first.text)) && grid.master(r, first.col)[0] === r) starts.push(r);
  }
  const regions = starts.map((start) => {
    let top = start;
    while (top > 1 && start - top < 4 && isTitleRow(grid, top - 1)) top--;
    const title = Array.from({ length: start - top }, (_, i) =>
      grid
        .visible(top + i)
        .map((c) => c.text)
        .join(' '),
    ).join('\n');
    return { top, start, end: grid.rows, title };
  });
  regions.forEach((region, i) => {
    const next = regions[i + 1];
    if (next) region.end = next.top - 1;
  });
  return regions;
}

/** The fiscal year a title names: `(2024年度)`, `( 2023 年度)`, else the first `2024年`. */
export function yearOf(title: string): number | null {
  const m = /(\d{4})\s*年度/.exec(title) ?? /(\d{4})\s*年/.exec(title);
  return m ? Number(m[1]) : null;
}
