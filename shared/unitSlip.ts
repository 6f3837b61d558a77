/**
 * An annual amount written in 元 under a 万元 label reads 10,000 times too large. The table itself
 * shows it where its 成本指标 (all of them worked out) or an amount its 测算依据 states come to the
 * annual amount divided by exactly 10,000: 3000 万元 beside costs of 0.3 万元.
 */
import { costs } from './checker/costs';
import { amountToFen, formatWan, type Fen } from './money';
import type { ProjectContent } from './project';

export const UNIT_SLIP_FACTOR = 10_000;

export interface UnitSlip {
  /** The annual amount as written, and as it would read in 元. */
  annual: Fen;
  corrected: Fen;
  /** What shows it: `成本指标合计 0.3 万元` or `测算依据中的 0.3 万元`. */
  evidence: string;
}

/** Amounts a text states in 元 or 万元 (`3000元`, `0.3万元`). */
function statedAmounts(text: string): Fen[] {
  return [...text.matchAll(/(\d+(?:\.\d+)?)\s*(万元|元)/g)].flatMap((m) => {
    const fen = amountToFen(Number(m[1]), m[2] === '万元' ? '万元' : '元');
    return fen === null || fen === 0 ? [] : [fen];
  });
}

export function unitSlip(content: ProjectContent): UnitSlip | null {
  const annual = content.annualFunds;
  if (annual === null || annual === 0 || annual % UNIT_SLIP_FACTOR !== 0) return null;
  const corrected = annual / UNIT_SLIP_FACTOR;
  const cost = costs(content);
  if (cost.count > 0 && cost.complete && cost.total === corrected) return { annual, corrected, evidence: `成本指标合计 ${formatWan(cost.total)} 万元` };
  const basis = content.otherInfo.find((o) => o.label === '测算依据');
  if (basis && statedAmounts(basis.value).includes(corrected)) return { annual, corrected, evidence: `测算依据中的 ${formatWan(corrected)} 万元` };
  return null;
}

/** The table's amounts read as 元: each divided by 10,000, where each divides exactly. */
export function withUnitSlipCorrected(content: ProjectContent): ProjectContent | null {
  const scale = (fen: Fen | null) => (fen === null || fen % UNIT_SLIP_FACTOR !== 0 ? undefined : fen / UNIT_SLIP_FACTOR);
  const funds = Object.entries(content.funds).map(([key, fen]) => [key, fen === undefined ? undefined : scale(fen)] as const);
  const annual = content.annualFunds === null ? null : scale(content.annualFunds);
  const total = content.totalFunds === null ? null : scale(content.totalFunds);
  if (annual === undefined || total === undefined || funds.some(([, f]) => f === undefined)) return null;
  return { ...content, annualFunds: annual, totalFunds: total, funds: Object.fromEntries(funds) };
}
