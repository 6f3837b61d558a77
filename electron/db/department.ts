import type { Database } from 'better-sqlite3';
import type { LayoutId } from '../../shared/layouts';
import type { DepartmentInfo } from '../../shared/project';
import { AppError } from '../../shared/api/errors';
import type { RuleProfile } from '../../shared/profiles/profile';
import { profileProblem, ruleProfileSchema } from '../../shared/profiles/schema';
import { DEFAULT_PROFILE } from '../../shared/profiles/shipped';
import { stmt } from './statements';

export type DepartmentMeta = Omit<DepartmentInfo, 'file'>;

export function insertDepartment(db: Database, meta: DepartmentMeta): void {
  stmt(db, 'INSERT INTO department (id, name, code, supervisor, layout, created_at) VALUES (1, ?, ?, ?, ?, ?)').run(
    meta.name,
    meta.code,
    meta.supervisor,
    meta.layout,
    new Date().toISOString(),
  );
}

export function readDepartment(db: Database): DepartmentMeta {
  const row = stmt(db, 'SELECT name, code, supervisor, layout FROM department WHERE id = 1').get() as
    { name: string; code: string; supervisor: string; layout: LayoutId } | undefined;
  if (!row) throw new AppError('refused', '单位文件缺少单位信息');
  return row;
}

/**
 * The department's rules: the profile the file holds, checked as the API checks one; a file that
 * holds none (made before profiles) reads the shipped default, by which it always checked.
 */
export function readRuleProfile(db: Database): RuleProfile {
  const row = stmt(db, 'SELECT rule_profile FROM department WHERE id = 1').get() as { rule_profile: string | null } | undefined;
  if (!row) throw new AppError('refused', '单位文件缺少单位信息');
  if (row.rule_profile === null) return DEFAULT_PROFILE;
  const parsed = ruleProfileSchema.safeParse(JSON.parse(row.rule_profile));
  if (!parsed.success) throw new AppError('refused', `单位文件中保存的审核规则有误，${profileProblem(parsed.error)}；请在“审核规则”中重新选用`);
  return parsed.data;
}

/** Keeps the department's rules (inside the caller's transaction); the project list's counts, made by the rules before, go with them. */
export function writeRuleProfile(db: Database, profile: RuleProfile): void {
  stmt(db, 'UPDATE department SET rule_profile = ? WHERE id = 1').run(JSON.stringify(profile));
  stmt(db, 'DELETE FROM review_cache').run();
}
