/**
 * A table of one layout stored in a department that reports in another: the department's layout
 * is what the editor shows and the exports print, so a filled field that layout has no place for
 * would no longer be seen. The import preview names each such field and asks before importing.
 */
import { fundKeysOf, LAYOUTS, type LayoutId } from './layouts';
import { formatWan } from './money';
import type { ProjectContent } from './project';

export interface LayoutChange {
  /** The display names of the table's layout and of the department's. */
  from: string;
  to: string;
  /** Filled fields the department's layout does not show, as `资金类型“一般公共预算”`. */
  hidden: string[];
}

export function layoutChange(content: ProjectContent, from: LayoutId, to: LayoutId): LayoutChange | null {
  if (from === to) return null;
  const source = LAYOUTS[from];
  const target = LAYOUTS[to];
  const shown = new Set<string>(target.headerFields.map((f) => f.key));
  const hidden: string[] = [];
  for (const field of source.headerFields) {
    if (shown.has(field.key)) continue;
    const value = content[field.key];
    if (typeof value === 'string' && value.trim() !== '') hidden.push(`${field.label}“${value.trim()}”`);
    if (typeof value === 'number') hidden.push(`${field.label} ${formatWan(value, 2)} 万元`);
  }
  const targetFunds = new Set(fundKeysOf(target));
  for (const group of source.funding) {
    for (const part of group.parts) {
      const amount = content.funds[part.key];
      if (!targetFunds.has(part.key) && amount !== undefined) hidden.push(`${group.label}${part.label} ${formatWan(amount, 2)} 万元`);
    }
  }
  return { from: source.displayName, to: target.displayName, hidden };
}

/** The change in a sentence, for the preview and the command line. */
export function describeLayoutChange(change: LayoutChange): string {
  const layouts = `此表为“${change.from}”表样，本单位按“${change.to}”表样填报`;
  return change.hidden.length === 0
    ? `${layouts}，导入后按本单位表样显示，内容都有对应的位置`
    : `${layouts}；导入后以下内容不再显示，也不会导出：${change.hidden.join('、')}`;
}
