/**
 * 从上年结转 within a department file: this year's projects made from last year's, after a
 * backup, in one transaction. One-year projects (一年期) are left out unless chosen; a project the
 * clerk ticked for it takes its name with the years moved on (`2023年…` → `2024年…`); a name the
 * target year already has is skipped.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors';
import { CARRIED_PARTS, carriedName, carryContent, isOneYearProject } from '../../shared/carry';
import { contentOf } from '../../shared/project';
import { writeAfterBackup } from '../db/backups';
import { insertProject, markCarried, projectsOfYear } from '../db/projects';

export interface CarryRequest {
  from: number;
  to: number;
  /** Chosen projects (by id or name); chosen one-year projects are carried too. */
  ids?: number[];
  names?: string[];
  /** Projects (by id) whose name's years move on with the table's. */
  renamed?: number[];
  includeOneYear?: boolean;
}

export interface CarryOutcome {
  name: string;
  action: 'carried' | 'skipped';
  reason?: string;
  id?: number;
}

export function carryForward(db: Database, request: CarryRequest): CarryOutcome[] {
  const { from, to } = request;
  if (to <= from) throw new AppError('bad-request', `只能从上年结转到以后的年度（${from} → ${to}）`);
  const source = projectsOfYear(db, from);
  if (source.length === 0) throw new AppError('bad-request', `${from} 年度没有项目可以结转`);
  const missing = (request.names ?? []).filter((n) => !source.some((p) => p.name === n));
  if (missing.length) throw new AppError('not-found', `${from} 年度没有项目${missing.map((n) => `“${n}”`).join('、')}`);
  const chosen = request.ids || request.names?.length;
  const selected = source.filter((p) =>
    chosen ? request.ids?.includes(p.id) || request.names?.includes(p.name) : request.includeOneYear || !isOneYearProject(p.attribute),
  );
  return writeAfterBackup(db, '结转前', () => {
    const taken = new Set(projectsOfYear(db, to).map((p) => p.name));
    return selected.map((project): CarryOutcome => {
      const name = (request.renamed?.includes(project.id) && carriedName(project.name, from, to)) || project.name;
      if (taken.has(name)) return { name, action: 'skipped', reason: `${to} 年度已有同名项目` };
      const id = insertProject(db, to, { ...carryContent(contentOf(project), from, to), name });
      markCarried(db, id, from, [...CARRIED_PARTS]);
      taken.add(name);
      return { name, action: 'carried', id };
    });
  });
}
