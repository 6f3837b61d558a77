/**
 * A 绩效目标表 laid out as the paper form of its layout, built from the layout definition alone,
 * so a layout is described once, here and in layouts.ts.
 */
import { LAYOUTS, type FieldDef, type HeaderKey, type LayoutDef, type LayoutId } from '../layouts';
import type { ProjectContent } from '../project';
import { sortIndicators } from '../indicatorGrid';
import { Grid, type PaperForm } from './paperForm';

export const FORM_COLUMNS = 6;
export const FORM_WIDTHS = [13, 17, 13, 13, 17, 24];

function fieldCell(grid: Grid, field: FieldDef<HeaderKey>, content: ProjectContent, col: number, colSpan: number): void {
  grid.put(col, 1, 'label', field.label);
  if (field.kind === 'money') {
    const fen = content[field.key as 'totalFunds' | 'annualFunds'];
    grid.put(col + 1, colSpan, 'money', '', 1, fen);
  } else grid.put(col + 1, colSpan, field.kind === 'multiline' ? 'longText' : 'text', String(content[field.key] ?? ''));
}

function headerFields(grid: Grid, layout: LayoutDef, content: ProjectContent): void {
  const fields = layout.headerFields.filter((f) => f.kind !== 'multiline');
  const pending: FieldDef<HeaderKey>[] = [];
  const flush = () => {
    if (pending.length === 2) {
      fieldCell(grid, pending[0]!, content, 0, 2);
      fieldCell(grid, pending[1]!, content, 3, 2);
    } else if (pending.length === 1) fieldCell(grid, pending[0]!, content, 0, FORM_COLUMNS - 1);
    if (pending.length) grid.next();
    pending.length = 0;
  };
  for (const field of fields) {
    if (field.key === 'name') {
      flush();
      fieldCell(grid, field, content, 0, FORM_COLUMNS - 1);
      grid.next();
      continue;
    }
    pending.push(field);
    if (pending.length === 2) flush();
  }
  flush();
}

/** The funding groups side by side: group label merged down, then part label and amount. */
function funding(grid: Grid, layout: LayoutDef, content: ProjectContent): void {
  if (layout.funding.length === 0) return;
  const height = Math.max(...layout.funding.map((g) => g.parts.length));
  const top = grid.row;
  [0, 1].forEach((side) => {
    const group = layout.funding[side];
    const col = side * 3;
    grid.row = top;
    if (!group) {
      for (let r = 0; r < height; r++, grid.row++) grid.put(col, 3, 'text', '');
      return;
    }
    grid.put(col, 1, 'label', group.label, height);
    for (let r = 0; r < height; r++, grid.row++) {
      const part = group.parts[r];
      if (part) {
        grid.put(col + 1, 1, 'label', part.label);
        grid.put(col + 2, 1, 'money', '', 1, content.funds[part.key] ?? null);
      } else grid.put(col + 1, 2, 'text', '');
    }
  });
  grid.row = top + height;
}

function indicators(grid: Grid, layout: LayoutDef, content: ProjectContent): void {
  grid.put(0, 1, 'header', '一级指标');
  grid.put(1, 1, 'header', '二级指标');
  grid.put(2, 3, 'header', '三级指标');
  grid.put(5, 1, 'header', layout.valueColumnLabel);
  grid.next();
  const sorted = sortIndicators(content.indicators);
  sorted.forEach((indicator, i) => {
    const first1 = i === 0 || sorted[i - 1]!.level1 !== indicator.level1;
    const first2 = i === 0 || sorted[i - 1]!.level2 !== indicator.level2;
    const runOf = (same: (o: typeof indicator) => boolean) => {
      let n = 0;
      while (i + n < sorted.length && same(sorted[i + n]!)) n++;
      return n;
    };
    if (first1) grid.put(0, 1, 'level', layout.level1Label(indicator.level1), runOf((o) => o.level1 === indicator.level1));
    if (first2) grid.put(1, 1, 'level', layout.level2Label(indicator.level2), runOf((o) => o.level2 === indicator.level2));
    grid.put(2, 3, 'text', indicator.name);
    grid.put(5, 1, 'text', indicator.value);
    grid.next();
  });
}

export interface FormOptions {
  /** Marks the title: the table has 错误 findings. */
  draft?: boolean;
}

export function targetForm(layoutId: LayoutId, year: number, content: ProjectContent, options: FormOptions = {}): PaperForm {
  const layout = LAYOUTS[layoutId];
  const grid = new Grid();
  grid.put(0, FORM_COLUMNS, 'title', `${layout.title(year)}${options.draft ? '（草稿）' : ''}`);
  grid.next();
  grid.put(0, FORM_COLUMNS, 'subtitle', layout.subtitle(year));
  grid.next();
  grid.put(0, FORM_COLUMNS, 'unit', layout.unitNote);
  grid.next();
  const titleRows = grid.row;
  headerFields(grid, layout, content);
  funding(grid, layout, content);
  const goal = layout.headerFields.find((f) => f.kind === 'multiline');
  if (goal) {
    fieldCell(grid, goal, content, 0, FORM_COLUMNS - 1);
    grid.next();
  }
  const indicatorHeaderRow = grid.row;
  indicators(grid, layout, content);
  return grid.form(FORM_WIDTHS, titleRows, indicatorHeaderRow);
}
