/** Department files as an earlier version of the app left them, for what opening them does. */
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../electron/db/migrations';
import { APPLICATION_ID } from '../../electron/db/open';

/**
 * A file of data version `version` (its first migrations) holding the department 某单位 and its
 * 2024 project 老项目 (id 7, 年度资金 195 万元), then the rows `rows` insert.
 */
export function oldDepartmentFile(file: string, version: number, ...rows: string[]): void {
  const old = new Database(file);
  for (const migration of MIGRATIONS.slice(0, version)) old.exec(migration);
  old.pragma(`application_id = ${APPLICATION_ID}`);
  old.pragma(`user_version = ${version}`);
  for (const sql of [
    "INSERT INTO department VALUES (1, '某单位', '1', '某主管', '本级部门', '2024-01-01T00:00:00Z')",
    "INSERT INTO project (id, year, name, department, implementing_unit, attribute, period, fund_type, total_funds, annual_funds, overall_goal, status, created_at, updated_at) VALUES (7, 2024, '老项目', '', '', '', '', '', NULL, 1950000, '', '草稿', 'x', 'x')",
    ...rows,
  ]) {
    old.prepare(sql).run();
  }
  old.close();
}
