/** Matching the labels of real workbooks: spacing, colons, `其中：` and bracket styles vary. */
import { LAYOUTS, type FundKey, type HeaderKey } from '../../shared/layouts';

export function normLabel(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/^其中[:：]/, '')
    .replace(/[:：]$/, '');
}

const FIELD_BY_LABEL = new Map<string, HeaderKey>();
for (const layout of Object.values(LAYOUTS)) {
  for (const f of layout.headerFields) for (const label of [f.label, ...f.aliases]) FIELD_BY_LABEL.set(normLabel(label), f.key);
}

export function headerFieldOf(label: string): HeaderKey | null {
  return FIELD_BY_LABEL.get(normLabel(label)) ?? null;
}

export interface FundGroupMatch {
  parts: Map<string, FundKey>;
}

const GROUPS = new Map<string, FundGroupMatch>();
for (const layout of Object.values(LAYOUTS)) {
  for (const g of layout.funding) {
    const parts = new Map<string, FundKey>();
    for (const p of g.parts) for (const label of [p.label, ...p.aliases]) parts.set(normLabel(label), p.key);
    GROUPS.set(normLabel(g.label), { parts: new Map([...(GROUPS.get(normLabel(g.label))?.parts ?? []), ...parts]) });
  }
}

/** A funding group label (`其中：本级资金`, `项目资金（万元）`) and the parts under it. */
export function fundGroupOf(label: string): FundGroupMatch | null {
  return GROUPS.get(normLabel(label)) ?? null;
}

export const TITLE_HINT = /绩效目标表|自评表|年度|单位[:：]|附件/;
