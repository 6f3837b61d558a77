/** The 部门整体支出绩效目标表 between its stored shape (exact 分) and the interchange (万元). */
import type { DepartmentTable } from '../interchange/departmentTable';
import { fenToWan, wanToFen, type Fen } from '../money';
import type { DepartmentTableContent } from './content';
import { DEPARTMENT_BLOCK_IDS, FUND_GROUPS, type DepartmentBlockId, type DepartmentFundKey } from './layout';

function mapFunds<A, B>(funds: Partial<Record<DepartmentFundKey, A>>, convert: (a: A) => B): Partial<Record<DepartmentFundKey, B>> {
  return Object.fromEntries(Object.entries(funds).map(([k, v]) => [k, convert(v as A)])) as Partial<Record<DepartmentFundKey, B>>;
}

/** The optional blocks a table prints: 基本信息 where it states a count, the others where it fills one of their lines. */
export function blocksOf(table: Pick<DepartmentTable, 'staff' | 'subunits' | 'funds'>): DepartmentBlockId[] {
  return DEPARTMENT_BLOCK_IDS.filter((block) =>
    block === 'basicInfo'
      ? table.staff !== null || table.subunits !== null
      : FUND_GROUPS.some((g) => g.block === block && [g.total, ...g.parts].some((line) => line && table.funds[line.key] !== undefined)),
  );
}

export function fromDepartmentTable(table: DepartmentTable): { year: number | null; content: DepartmentTableContent } {
  return {
    year: table.year,
    content: {
      departmentName: table.departmentName,
      blocks: blocksOf(table),
      staff: table.staff,
      subunits: table.subunits,
      funds: mapFunds(table.funds, wanToFen),
      overallGoal: table.overallGoal,
      tasks: table.tasks.map((t) => ({ ...t, amount: t.amount === null ? null : wanToFen(t.amount), project: '' })),
      otherTasks: table.otherTasks,
      indicators: table.indicators.map((i) => ({ ...i })),
      notApplicable: table.notApplicable ?? [],
      drafted: [],
      status: '草稿',
    },
  };
}

export function toDepartmentTable(year: number, content: DepartmentTableContent): DepartmentTable {
  return {
    departmentName: content.departmentName,
    year,
    staff: content.staff,
    subunits: content.subunits,
    funds: mapFunds<Fen, number>(content.funds, fenToWan),
    overallGoal: content.overallGoal,
    tasks: content.tasks.map(({ name, content: text, amount, goal }) => ({ name, content: text, amount: amount === null ? null : fenToWan(amount), goal })),
    otherTasks: content.otherTasks,
    indicators: content.indicators.map((i) => ({ ...i })),
    ...(content.notApplicable.length ? { notApplicable: content.notApplicable } : {}),
  };
}
