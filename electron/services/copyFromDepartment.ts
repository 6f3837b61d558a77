/** 从其他单位复制: projects of another department file of the workspace, into a year of this one. */
import type { Database } from 'better-sqlite3';
import type { ImportOutcome } from '../../shared/api/contract';
import type { ConflictPolicy } from '../../shared/api/schemas';
import { toTargetTable } from '../../shared/interchange/targetTable';
import { contentOf } from '../../shared/project';
import { writeAfterBackup } from '../db/backups';
import { readDepartment } from '../db/department';
import { projectsOfYear } from '../db/projects';
import { importTables } from '../import/importTables';

export interface CopyRequest {
  year: number;
  ids: number[];
  toYear: number;
  onConflict: ConflictPolicy;
}

/** Copies the chosen projects of `source`'s year as its own layout shows them, after a backup, in one transaction. */
export function copyFromDepartment(source: Database, target: Database, { year, ids, toYear, onConflict }: CopyRequest): ImportOutcome[] {
  const { layout } = readDepartment(source);
  const tables = projectsOfYear(source, year)
    .filter((p) => ids.includes(p.id))
    .map((p) => toTargetTable(layout, p.year, contentOf(p)));
  return writeAfterBackup(target, '复制前', () =>
    importTables(
      target,
      tables.map((table) => ({ table, year: toYear, onConflict })),
    ),
  );
}
