/**
 * The interchange JSON of a 绩效目标表 (docs/ARCHITECTURE.md, "The interchange JSON"): what the CLI prints, data packages carry
 * and the fixtures' truth files hold. Amounts there are 万元 as JSON numbers; here they become
 * exact 分 and back.
 */
import type { FundKey, LayoutId } from '../layouts';
import { fenToWan, wanToFen } from '../money';
import type { Indicator, OtherInfo, ProjectContent } from '../project';

export interface TargetTable {
  layout: LayoutId;
  /** The fiscal year its title names; null where none is written (the import asks for it). */
  year: number | null;
  unit: '万元';
  projectName: string;
  department: string;
  implementingUnit: string;
  attribute: string;
  period: string;
  fundType: string | null;
  totalFunds: number | null;
  annualFunds: number | null;
  funds: Partial<Record<FundKey, number>>;
  overallGoal: string;
  indicators: Indicator[];
  /** What tables from other regions carry; present only where filled. */
  code?: string;
  departmentCode?: string;
  otherInfo?: OtherInfo[];
  notApplicable?: string[];
}

const toFen = (wan: number | null) => (wan === null ? null : wanToFen(wan));
const toWan = (fen: number | null) => (fen === null ? null : fenToWan(fen));

function mapFunds<A, B>(funds: Partial<Record<FundKey, A>>, convert: (a: A) => B): Partial<Record<FundKey, B>> {
  return Object.fromEntries(Object.entries(funds).map(([k, v]) => [k, convert(v as A)])) as Partial<Record<FundKey, B>>;
}

export function fromTargetTable(table: TargetTable): { layout: LayoutId; year: number | null; content: ProjectContent } {
  return {
    layout: table.layout,
    year: table.year,
    content: {
      name: table.projectName,
      code: table.code ?? '',
      department: table.department,
      departmentCode: table.departmentCode ?? '',
      implementingUnit: table.implementingUnit,
      attribute: table.attribute,
      period: table.period,
      fundType: table.fundType ?? '',
      totalFunds: toFen(table.totalFunds),
      annualFunds: toFen(table.annualFunds),
      funds: mapFunds(table.funds, wanToFen),
      overallGoal: table.overallGoal,
      indicators: table.indicators.map(({ level1, level2, name, value, extra }) => ({
        level1,
        level2,
        name,
        value,
        ...(extra && Object.keys(extra).length ? { extra } : {}),
      })),
      otherInfo: table.otherInfo ?? [],
      notApplicable: table.notApplicable ?? [],
      status: '草稿',
    },
  };
}

export function toTargetTable(layout: LayoutId, year: number, content: ProjectContent): TargetTable {
  return {
    layout,
    year,
    unit: '万元',
    projectName: content.name,
    department: content.department,
    implementingUnit: content.implementingUnit,
    attribute: content.attribute,
    period: content.period,
    fundType: content.fundType === '' ? null : content.fundType,
    totalFunds: toWan(content.totalFunds),
    annualFunds: toWan(content.annualFunds),
    funds: mapFunds(content.funds, fenToWan),
    overallGoal: content.overallGoal,
    indicators: content.indicators.map((i) => ({ ...i })),
    ...(content.code ? { code: content.code } : {}),
    ...(content.departmentCode ? { departmentCode: content.departmentCode } : {}),
    ...(content.otherInfo.length ? { otherInfo: content.otherInfo } : {}),
    ...(content.notApplicable.length ? { notApplicable: content.notApplicable } : {}),
  };
}
