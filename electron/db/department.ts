import type { Database } from 'better-sqlite3';
import type { LayoutId } from '../../shared/layouts';
import type { DepartmentInfo } from '../../shared/project';
import { AppError } from '../../shared/api/errors';
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
