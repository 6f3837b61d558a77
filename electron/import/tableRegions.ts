/**
 * Where the tables of a sheet are, and what kind each is. A table is anchored at the row whose
 * label names the project (`项目名称`, `项目全称` …) or the department, wherever in the row it
 * stands; its title block is above, over blank spacer rows, `附件N` and `单位：万元` rows; labelled
 * rows just above the anchor (`项目编码`) belong to it. It runs to the next table's title block.
 */
import { FIELD_LABELS, fieldOfLabel, indicatorColumnOf, normLabel, otherOfLabel } from '../../shared/forms/labelDictionary';
import { DEPARTMENT_LABELS } from '../../shared/department/layout';
import { joinSplitLabels } from './headerFields';
import type { SheetGrid } from './sheetGrid';

/** The kinds of table a workbook may hold. */
export type TableKind = '绩效目标表' | '自评表' | '执行监控表' | '部门整体支出绩效目标表' | '部门整体支出绩效自评表';

export interface TableRegion {
  /** First row of the title block (or of the labelled rows above the anchor, or the anchor). */
  top: number;
  /** The anchor row: the 项目名称 (or 部门名称) row. */
  start: number;
  /** Last row that belongs to this table. */
  end: number;
  /** Text of the title block. */
  title: string;
  kind: TableKind;
  /** The fiscal year the title names, or the nearest title above it in the sheet; null where none does. */
  year: number | null;
}

/** The 部门（单位）名称 labels of the form (shared/department/layout.ts), but those a project table's header uses too (预算部门). */
const DEPARTMENT_ANCHORS = [DEPARTMENT_LABELS.departmentName.label, ...DEPARTMENT_LABELS.departmentName.aliases]
  .filter((l) => fieldOfLabel(l) === null)
  .map(normLabel);
/** How far above its anchor a table's title block may start. */
const TITLE_REACH = 8;
const TITLE_WORDS = /绩效|目标表|申报表|自评|监控|年度|附件|单位[:：]|万元|部门整体|项目支出/;

/** A known label of any kind: a field, a 其他信息 field, an indicator column. */
function isKnownLabel(text: string): boolean {
  return text !== '' && (fieldOfLabel(text) !== null || otherOfLabel(text) !== null || indicatorColumnOf(text) !== null);
}

const NAME_LABELS = new Set(FIELD_LABELS.name.map(normLabel));

/**
 * The anchor of a row: a name label followed by its value. In a list of projects (a 汇总 sheet),
 * `项目名称` is a column heading followed by other headings, and anchors nothing.
 */
function anchorOf(grid: SheetGrid, row: number): 'project' | 'department' | null {
  const cells = joinSplitLabels(grid.visible(row));
  for (let i = 0; i < cells.length; i++) {
    const label = normLabel(cells[i]!.text);
    const kind = NAME_LABELS.has(label) ? 'project' : DEPARTMENT_ANCHORS.includes(label) ? 'department' : null;
    if (!kind || grid.master(row, cells[i]!.col)[0] !== row) continue;
    const next = cells.slice(i + 1).find((c) => c.text !== '');
    if (!next || !isKnownLabel(next.text)) return kind;
  }
  return null;
}

/** A title, a `（2024年度）` or `单位：万元` line, an `附件2`: a few short texts naming the table. */
export function isTitleRow(grid: SheetGrid, row: number): boolean {
  const texts = grid
    .visible(row)
    .map((c) => c.text)
    .filter(Boolean);
  return texts.length > 0 && texts.length <= 3 && texts.some((t) => TITLE_WORDS.test(t)) && !texts.some(isKnownLabel);
}

function isBlank(grid: SheetGrid, row: number): boolean {
  return grid.visible(row).every((c) => c.text === '');
}

/** A row of labelled fields (`项目编码 | …`), which belongs to the table below it. */
function isLabelRow(grid: SheetGrid, row: number): boolean {
  const cells = grid.visible(row).filter((c) => c.text !== '');
  return (
    cells.length >= 2 &&
    cells.some((c) => fieldOfLabel(c.text) !== null || otherOfLabel(c.text) !== null) &&
    !cells.some((c) => indicatorColumnOf(c.text) !== null)
  );
}

/** The fiscal year a title names: `(2024年度)`, `( 2023 年度)`, else the first `2024年`. */
export function yearOf(title: string): number | null {
  const m = /(20\d{2})\s*年度/.exec(title) ?? /(20\d{2})\s*年/.exec(title);
  return m ? Number(m[1]) : null;
}

function kindOf(grid: SheetGrid, region: { start: number; end: number; title: string }, anchor: 'project' | 'department'): TableKind {
  const { title } = region;
  const labels = new Set<string>();
  for (let r = region.start; r <= Math.min(region.end, region.start + 40); r++) for (const c of grid.visible(r)) if (c.text) labels.add(normLabel(c.text));
  const has = (test: (label: string) => boolean) => [...labels].some(test);
  if (/监控/.test(title) || has((l) => /^1?-?\d{1,2}月(执行数|执行率|完成情况|实际完成)/.test(l) || l === '完成目标可能性')) return '执行监控表';
  const evaluation = /自评/.test(title) || has((l) => ['全年执行数', '实际完成值', '全年实际完成值', '全年执行数(B)'].includes(l));
  if (/部门整体/.test(title) || anchor === 'department' || has((l) => l === '年度重点工作任务' || l === '预算整体情况')) {
    return evaluation ? '部门整体支出绩效自评表' : '部门整体支出绩效目标表';
  }
  return evaluation ? '自评表' : '绩效目标表';
}

export function tableRegions(grid: SheetGrid): TableRegion[] {
  const anchors: { row: number; kind: 'project' | 'department' }[] = [];
  for (let r = 1; r <= grid.rows; r++) {
    const kind = anchorOf(grid, r);
    if (kind) anchors.push({ row: r, kind });
  }
  const regions = anchors.map(({ row, kind }, i) => ({ ...headOf(grid, row, i === 0 ? 1 : anchors[i - 1]!.row + 1), start: row, anchor: kind }));
  return regions.map(({ anchor, ...region }, i) => {
    const end = i + 1 < regions.length ? regions[i + 1]!.top - 1 : grid.rows;
    return { ...region, end, kind: kindOf(grid, { ...region, end }, anchor) };
  });
}

/**
 * What stands above a table's first row, not above `floor` (the previous table): its labelled rows,
 * spacer rows and title block, where it starts, its title, and the year the title (or the nearest title above) names.
 */
export function headOf(grid: SheetGrid, row: number, floor: number): { top: number; title: string; year: number | null } {
  let top = row;
  let titleTop = row;
  for (let r = row - 1; r >= floor && row - r <= TITLE_REACH; r--) {
    if (isBlank(grid, r)) continue;
    if (isTitleRow(grid, r)) titleTop = top = r;
    else if (isLabelRow(grid, r) && titleTop === row) top = r;
    else break;
  }
  const title = titleRows(grid, titleTop, row);
  return { top, title, year: yearOf(title) ?? yearAbove(grid, top) };
}

function titleRows(grid: SheetGrid, from: number, to: number): string {
  const lines: string[] = [];
  for (let r = from; r < to; r++)
    if (isTitleRow(grid, r))
      lines.push(
        grid
          .visible(r)
          .map((c) => c.text)
          .filter(Boolean)
          .join(' '),
      );
  return lines.join('\n');
}

/** The year of the nearest title above a table without one of its own (a sheet's title over its stacked tables). */
function yearAbove(grid: SheetGrid, row: number): number | null {
  for (let r = row - 1; r >= 1; r--) {
    if (!isTitleRow(grid, r)) continue;
    const year = yearOf(
      grid
        .visible(r)
        .map((c) => c.text)
        .join(' '),
    );
    if (year !== null) return year;
  }
  return null;
}
