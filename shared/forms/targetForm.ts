/**
 * A 绩效目标表 laid out as the paper form of its layout, built from the layout definition alone,
 * so a layout is described once, here and in layouts.ts.
 */
import { LAYOUTS, headerBlockFields, printedLabel, type FieldDef, type FundGroup, type HeaderKey, type LayoutDef, type LayoutId } from '../layouts';
import type { Indicator, ProjectContent } from '../project';
import { sortIndicators } from '../indicatorGrid';
import type { RuleProfile } from '../profiles/profile';
import { DEFAULT_PROFILE } from '../profiles/shipped';
import { otherOfLabel } from './labelDictionary';
import { Grid, type PaperForm } from './paperForm';

export const FORM_COLUMNS = 6;
const FORM_WIDTHS = [13, 17, 13, 13, 17, 24];
/** With a first column naming the indicator table, the level columns are narrower and 二级 (`…（必填硬性指标）`) wider. */
const WIDTHS_WITH_INDICATOR_COLUMN = [12, 12, 20, 14, 16, 24];

/** A text field as printed: where the label asks for the 主管部门's code too (`主管部门及代码`), it stands before the name, `[105]教育部`. */
function fieldText(field: FieldDef<HeaderKey>, content: ProjectContent): string {
  if (field.key === 'department' && content.departmentCode !== '' && printedLabel(field).endsWith('及代码')) {
    return `[${content.departmentCode}]${content.department}`;
  }
  return String(content[field.key] ?? '');
}

function fieldCell(grid: Grid, field: FieldDef<HeaderKey>, content: ProjectContent, col: number, colSpan: number): void {
  grid.put(col, 1, 'label', printedLabel(field));
  if (field.kind === 'money') {
    const fen = content[field.key as 'totalFunds' | 'annualFunds'];
    grid.put(col + 1, colSpan, 'money', '', 1, fen);
  } else grid.put(col + 1, colSpan, field.kind === 'multiline' ? 'longText' : 'text', fieldText(field, content));
}

/** A row of a label and its value across the rest of the form. */
function labelledRow(grid: Grid, label: string, value: string): void {
  grid.put(0, 1, 'label', label);
  grid.put(1, FORM_COLUMNS - 1, 'text', value);
  grid.next();
}

function headerFields(grid: Grid, layout: LayoutDef, content: ProjectContent): void {
  const fields = headerBlockFields(layout);
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
      if (content.code !== '') labelledRow(grid, '项目编码', content.code);
      fieldCell(grid, field, content, 0, FORM_COLUMNS - 1);
      grid.next();
      continue;
    }
    pending.push(field);
    if (pending.length === 2) flush();
  }
  flush();
}

/** A group's lines: its opening header amount, if any, then its parts. */
function fundLines(group: FundGroup, content: ProjectContent): { label: string; fen: number | null }[] {
  return [
    ...(group.opening ? [{ label: printedLabel(group.opening), fen: content.annualFunds }] : []),
    ...group.parts.map((p) => ({ label: printedLabel(p), fen: content.funds[p.key] ?? null })),
  ];
}

/**
 * The funding groups side by side (one alone spans the form): group label merged down, then
 * line label and amount.
 */
function funding(grid: Grid, layout: LayoutDef, content: ProjectContent): void {
  if (layout.funding.length === 0) return;
  const lines = layout.funding.map((g) => fundLines(g, content));
  const height = Math.max(...lines.map((l) => l.length));
  const width = FORM_COLUMNS / layout.funding.length;
  const labelSpan = Math.floor((width - 1) / 2);
  const top = grid.row;
  layout.funding.forEach((group, side) => {
    const col = side * width;
    grid.row = top;
    grid.put(col, 1, 'label', printedLabel(group), height);
    for (let r = 0; r < height; r++, grid.row++) {
      const line = lines[side]![r];
      if (line) {
        grid.put(col + 1, labelSpan, 'label', line.label);
        grid.put(col + 1 + labelSpan, width - 1 - labelSpan, 'money', '', 1, line.fen);
      } else grid.put(col + 1, width - 1, 'text', '');
    }
  });
  grid.row = top + height;
}

/**
 * How a field of 其他信息 is labelled: as kept where the label dictionary knows it (政策依据), else
 * with a colon, which marks it as a label to whoever reads the table back, Jixiao's importer too.
 */
function otherInfoLabel(label: string): string {
  const bare = label.replace(/[:：\s]+$/, '');
  return bare === '' || otherOfLabel(bare) !== null ? bare : `${bare}：`;
}

/** The fields of 其他信息 that have a value, a row each, in their order (one without is a row added in the editor and not filled in). */
function otherInfo(grid: Grid, content: ProjectContent): void {
  for (const { label, value } of content.otherInfo) if (value.trim() !== '') labelledRow(grid, otherInfoLabel(label), value);
}

/**
 * The rows of an indicator table in the framework's order. Where the department's rules mark a
 * 二级 not used as 不适用, each of the framework's 二级 without an indicator has a row saying so;
 * so has each 二级 the table itself declares 不适用 (`declared`, the 部门整体 table's).
 */
export function printedIndicators(indicators: Indicator[], profile: RuleProfile, declared: string[] = []): Indicator[] {
  // A 二级 with any row (a `0 | 0` one too, which the checker names) is not unused.
  const used = new Set(indicators.map((i) => i.level2));
  const unused = profile.framework.level2
    .filter((l) => !used.has(l.name) && (profile.unusedLevel2 === '不适用' || declared.includes(l.name)))
    .map((l) => ({ level1: l.level1, level2: l.name, name: '不适用', value: '不适用' }));
  return sortIndicators([...indicators, ...unused], profile.framework);
}

function indicators(grid: Grid, layout: LayoutDef, content: ProjectContent, profile: RuleProfile): void {
  const side = layout.indicatorColumn;
  // The level columns, after the naming column where there is one; 三级 fills up to the value column.
  const level = side ? 1 : 0;
  if (side) grid.put(0, 1, 'header', side.heading);
  grid.put(level, 1, 'header', '一级指标');
  grid.put(level + 1, 1, 'header', '二级指标');
  grid.put(level + 2, 3 - level, 'header', '三级指标');
  grid.put(5, 1, 'header', layout.valueColumnLabel);
  grid.next();
  const sorted = printedIndicators(content.indicators, profile);
  if (side && sorted.length > 0) grid.put(0, 1, 'label', side.label, sorted.length);
  sorted.forEach((indicator, i) => {
    const first1 = i === 0 || sorted[i - 1]!.level1 !== indicator.level1;
    const first2 = i === 0 || sorted[i - 1]!.level2 !== indicator.level2;
    const runOf = (same: (o: typeof indicator) => boolean) => {
      let n = 0;
      while (i + n < sorted.length && same(sorted[i + n]!)) n++;
      return n;
    };
    if (first1)
      grid.put(
        level,
        1,
        'level',
        layout.level1Label(indicator.level1, profile.framework),
        runOf((o) => o.level1 === indicator.level1),
      );
    if (first2)
      grid.put(
        level + 1,
        1,
        'level',
        layout.level2Label(indicator.level2, profile.framework),
        runOf((o) => o.level2 === indicator.level2),
      );
    grid.put(level + 2, 3 - level, 'text', indicator.name);
    grid.put(5, 1, 'text', indicator.value);
    grid.next();
  });
}

export interface FormOptions {
  /** Marks the title: the table has 错误 findings. */
  draft?: boolean;
  /** The department's rules: the framework's level labels and order, and how unused 二级 are written. */
  profile?: RuleProfile;
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
  otherInfo(grid, content);
  const indicatorHeaderRow = grid.row;
  indicators(grid, layout, content, options.profile ?? DEFAULT_PROFILE);
  return grid.form(layout.indicatorColumn ? WIDTHS_WITH_INDICATOR_COLUMN : FORM_WIDTHS, titleRows, indicatorHeaderRow);
}
