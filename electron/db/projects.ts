/** Projects of a department file: one row each, with their funds and indicators beside them. */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors';
import type { FundKey } from '../../shared/layouts';
import type { Indicator, OtherInfo, Project, ProjectContent } from '../../shared/project';
import type { CarriedPart } from '../../shared/carry';
import { readAcknowledgements } from './acknowledgements';
import { recordIndicators } from './library';
import { stmt } from './statements';

interface ProjectRow {
  id: number;
  year: number;
  name: string;
  department: string;
  implementing_unit: string;
  attribute: string;
  period: string;
  fund_type: string;
  total_funds: number | null;
  annual_funds: number | null;
  overall_goal: string;
  status: Project['status'];
  updated_at: string;
  carried_from: number | null;
  review_pending: string;
  revision: number;
  code: string;
  department_code: string;
  other_info: string;
  not_applicable: string;
}

const PROJECT_COLUMNS =
  'id, year, name, department, implementing_unit, attribute, period, fund_type, total_funds, annual_funds, overall_goal, status, updated_at, carried_from, review_pending, revision, code, department_code, other_info, not_applicable';

interface IndicatorRow {
  level1: string;
  level2: string;
  name: string;
  value: string;
  extra: string | null;
}

function toIndicator({ extra, ...indicator }: IndicatorRow): Indicator {
  return extra === null ? indicator : { ...indicator, extra: JSON.parse(extra) as Indicator['extra'] };
}

export function listYears(db: Database): number[] {
  return (stmt(db, 'SELECT DISTINCT year FROM project WHERE deleted_at IS NULL ORDER BY year').all() as { year: number }[]).map((r) => r.year);
}

function toProject(row: ProjectRow, funds: Partial<Record<FundKey, number>>, indicators: Indicator[], acknowledgements: Record<string, string>): Project {
  return {
    id: row.id,
    year: row.year,
    updatedAt: row.updated_at,
    revision: row.revision,
    name: row.name,
    code: row.code,
    department: row.department,
    departmentCode: row.department_code,
    implementingUnit: row.implementing_unit,
    attribute: row.attribute,
    period: row.period,
    fundType: row.fund_type,
    totalFunds: row.total_funds,
    annualFunds: row.annual_funds,
    funds,
    overallGoal: row.overall_goal,
    indicators,
    otherInfo: JSON.parse(row.other_info) as OtherInfo[],
    notApplicable: JSON.parse(row.not_applicable) as string[],
    status: row.status,
    acknowledgements,
    carriedFrom: row.carried_from,
    pendingReview: JSON.parse(row.review_pending) as CarriedPart[],
  };
}

export function getProject(db: Database, id: number): Project {
  const row = stmt(db, `SELECT ${PROJECT_COLUMNS} FROM project WHERE id = ? AND deleted_at IS NULL`).get(id) as ProjectRow | undefined;
  if (!row) throw new AppError('not-found', `找不到项目（编号 ${id}），它可能已被删除`);
  const funds: Partial<Record<FundKey, number>> = {};
  for (const f of stmt(db, 'SELECT fund, amount FROM project_fund WHERE project_id = ?').all(id) as { fund: FundKey; amount: number }[]) {
    funds[f.fund] = f.amount;
  }
  const indicators = (
    stmt(db, 'SELECT level1, level2, name, value, extra FROM indicator WHERE project_id = ? ORDER BY position').all(id) as IndicatorRow[]
  ).map(toIndicator);
  return toProject(row, funds, indicators, readAcknowledgements(db, id));
}

/** Every project of a year with all its content, in three queries rather than three per project. */
export function projectsOfYear(db: Database, year: number): Project[] {
  const rows = stmt(db, `SELECT ${PROJECT_COLUMNS} FROM project WHERE year = ? AND deleted_at IS NULL ORDER BY id`).all(year) as ProjectRow[];
  const funds = new Map<number, Partial<Record<FundKey, number>>>();
  const indicators = new Map<number, Indicator[]>();
  const acknowledgements = new Map<number, Record<string, string>>();
  const inYear = 'SELECT id FROM project WHERE year = ? AND deleted_at IS NULL';
  for (const f of stmt(db, `SELECT project_id, fund, amount FROM project_fund WHERE project_id IN (${inYear})`).all(year) as {
    project_id: number;
    fund: FundKey;
    amount: number;
  }[]) {
    funds.set(f.project_id, { ...funds.get(f.project_id), [f.fund]: f.amount });
  }
  for (const i of stmt(
    db,
    `SELECT project_id, level1, level2, name, value, extra FROM indicator WHERE project_id IN (${inYear}) ORDER BY project_id, position`,
  ).all(year) as (IndicatorRow & { project_id: number })[]) {
    const { project_id, ...row } = i;
    const list = indicators.get(project_id) ?? [];
    list.push(toIndicator(row));
    indicators.set(project_id, list);
  }
  for (const a of stmt(db, `SELECT project_id, finding_key, note FROM acknowledgement WHERE project_id IN (${inYear})`).all(year) as {
    project_id: number;
    finding_key: string;
    note: string;
  }[]) {
    acknowledgements.set(a.project_id, { ...acknowledgements.get(a.project_id), [a.finding_key]: a.note });
  }
  return rows.map((r) => toProject(r, funds.get(r.id) ?? {}, indicators.get(r.id) ?? [], acknowledgements.get(r.id) ?? {}));
}

function writeDetails(db: Database, id: number, content: ProjectContent, now: string): void {
  stmt(db, 'DELETE FROM project_fund WHERE project_id = ?').run(id);
  stmt(db, 'DELETE FROM indicator WHERE project_id = ?').run(id);
  const insertFund = stmt(db, 'INSERT INTO project_fund (project_id, fund, amount) VALUES (?, ?, ?)');
  for (const [fund, amount] of Object.entries(content.funds)) insertFund.run(id, fund, amount);
  const insertIndicator = stmt(db, 'INSERT INTO indicator (project_id, position, level1, level2, name, value, extra) VALUES (?, ?, ?, ?, ?, ?, ?)');
  content.indicators.forEach((i, position) =>
    insertIndicator.run(id, position, i.level1, i.level2, i.name, i.value, i.extra && Object.keys(i.extra).length > 0 ? JSON.stringify(i.extra) : null),
  );
  recordIndicators(db, content.indicators, now);
}

function contentParams(content: ProjectContent) {
  return {
    name: content.name,
    code: content.code,
    department: content.department,
    department_code: content.departmentCode,
    other_info: JSON.stringify(content.otherInfo),
    not_applicable: JSON.stringify(content.notApplicable),
    implementing_unit: content.implementingUnit,
    attribute: content.attribute,
    period: content.period,
    fund_type: content.fundType,
    total_funds: content.totalFunds,
    annual_funds: content.annualFunds,
    overall_goal: content.overallGoal,
    status: content.status,
    now: new Date().toISOString(),
  };
}

/** Inserts a project with everything in it, as one transaction. */
export function insertProject(db: Database, year: number, content: ProjectContent): number {
  const params = contentParams(content);
  return db.transaction(() => {
    const { lastInsertRowid } = stmt(
      db,
      `INSERT INTO project (year, name, code, department, department_code, implementing_unit, attribute, period, fund_type, total_funds, annual_funds, overall_goal,
         other_info, not_applicable, status, created_at, updated_at)
       VALUES (@year, @name, @code, @department, @department_code, @implementing_unit, @attribute, @period, @fund_type, @total_funds, @annual_funds, @overall_goal,
         @other_info, @not_applicable, @status, @now, @now)`,
    ).run({ year, ...params });
    const id = Number(lastInsertRowid);
    writeDetails(db, id, content, params.now);
    return id;
  })();
}

/** Replaces a project's whole content, as one transaction, raising its revision. */
export function updateProject(db: Database, id: number, content: ProjectContent): void {
  const params = contentParams(content);
  db.transaction(() => {
    const { changes } = stmt(
      db,
      `UPDATE project SET name = @name, code = @code, department = @department, department_code = @department_code,
         implementing_unit = @implementing_unit, attribute = @attribute, other_info = @other_info, not_applicable = @not_applicable,
         period = @period, fund_type = @fund_type, total_funds = @total_funds, annual_funds = @annual_funds,
         overall_goal = @overall_goal, status = @status, updated_at = @now, revision = revision + 1
       WHERE id = @id AND deleted_at IS NULL`,
    ).run({ id, ...params });
    if (changes === 0) throw new AppError('not-found', `找不到项目（编号 ${id}），它可能已被删除`);
    writeDetails(db, id, content, params.now);
  })();
}

/** Deleting keeps the row, marked, so that the clerk can undo it. */
export function markDeleted(db: Database, id: number): void {
  const { changes } = stmt(db, 'UPDATE project SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(new Date().toISOString(), id);
  if (changes === 0) throw new AppError('not-found', `找不到项目（编号 ${id}），它可能已被删除`);
}

export function unmarkDeleted(db: Database, id: number): void {
  const { changes } = stmt(db, 'UPDATE project SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id);
  if (changes === 0) throw new AppError('not-found', `没有可恢复的项目（编号 ${id}）`);
}

/** The project of that name in a year, by an indexed lookup (imports of thousands of tables ask it for each). */
export function projectIdByName(db: Database, year: number, name: string): number | null {
  const row = stmt(db, 'SELECT id FROM project WHERE year = ? AND name = ? AND deleted_at IS NULL').get(year, name) as { id: number } | undefined;
  return row?.id ?? null;
}

export function projectNameTaken(db: Database, year: number, name: string, exceptId?: number): boolean {
  return (
    stmt(db, 'SELECT 1 FROM project WHERE year = ? AND name = ? AND deleted_at IS NULL AND id IS NOT ? LIMIT 1').get(year, name, exceptId ?? null) !== undefined
  );
}

/** `base`, or where the year has a project of that name, `base（2）`, `base（3）` …: the name a second project of the same name gets. */
export function freeProjectName(db: Database, year: number, base: string): string {
  if (!projectNameTaken(db, year, base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}（${n}）`;
    if (!projectNameTaken(db, year, candidate)) return candidate;
  }
}

/** Marks a project as carried from a year, with the parts the clerk must review. */
export function markCarried(db: Database, id: number, from: number, pending: CarriedPart[]): void {
  stmt(db, 'UPDATE project SET carried_from = ?, review_pending = ?, revision = revision + 1 WHERE id = ?').run(from, JSON.stringify(pending), id);
}

export function setPendingReview(db: Database, id: number, pending: CarriedPart[]): void {
  const { changes } = stmt(db, 'UPDATE project SET review_pending = ?, revision = revision + 1 WHERE id = ? AND deleted_at IS NULL').run(
    JSON.stringify(pending),
    id,
  );
  if (changes === 0) throw new AppError('not-found', `找不到项目（编号 ${id}），它可能已被删除`);
}
