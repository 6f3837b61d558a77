/**
 * The 部门整体支出绩效目标表 and 自评表 of a department file as the editors open and save them: each
 * with the revision it was read at (a save naming an older one is refused, as a project's is) and what
 * the checks find in the year's tables.
 */
import type { Database } from 'better-sqlite3';
import type { DepartmentDocument } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import type { DepartmentEvaluationContent, DepartmentTableContent } from '../../shared/department/content';
import { draftDepartmentTable, indicatorCandidates, type IndicatorCandidate } from '../../shared/department/draft';
import { generateDepartmentEvaluation } from '../../shared/department/evaluation';
import { writeAfterBackup } from '../db/backups';
import { readDepartment, readRuleProfile } from '../db/department';
import { departmentEvaluations, departmentTables } from '../db/departmentTables';
import type { StoredDocument } from '../db/projectDocuments';
import { projectsOfYear } from '../db/projects';
import { reviewDepartmentYear } from './review';

/** One of the year documents of electron/db/departmentTables.ts, and which of the year's findings are its. */
interface YearDocuments<C> {
  stored(db: Database, year: number): StoredDocument<C>;
  write(db: Database, year: number, content: C): void;
  findings: keyof ReturnType<typeof reviewDepartmentYear>;
}

export const TABLE: YearDocuments<DepartmentTableContent> = { ...departmentTables, findings: 'table' };
export const EVALUATION: YearDocuments<DepartmentEvaluationContent> = { ...departmentEvaluations, findings: 'evaluation' };

/** The year's document as an editor opens it, with what the checks find in it (the 目标表 checked against the year's project tables). */
export function openDocument<C>(db: Database, year: number, documents: YearDocuments<C>): DepartmentDocument<C> {
  return { ...documents.stored(db, year), findings: reviewDepartmentYear(db, year)[documents.findings] };
}

/** Writes the year's document where `revision` is the stored one; `stale` (naming `what`) where another tab or window has saved since. */
export function saveDocument<C>(
  db: Database,
  year: number,
  documents: YearDocuments<C>,
  write: { revision: number; content: C; stale: string },
): DepartmentDocument<C> & { updatedAt: string } {
  if (documents.stored(db, year).revision !== write.revision) throw new AppError('stale', write.stale);
  documents.write(db, year, write.content);
  const saved = openDocument(db, year, documents);
  return { ...saved, updatedAt: saved.updatedAt! };
}

/** 生成部门整体目标表 from the year's projects; where the year has a table, it is backed up first and what the clerk entered stays (see draftDepartmentTable). */
export function draftYearTable(db: Database, year: number): DepartmentDocument<DepartmentTableContent> {
  const previous = departmentTables.get(db, year);
  const content = draftDepartmentTable({
    departmentName: readDepartment(db).name,
    year,
    projects: projectsOfYear(db, year),
    previous,
    profile: readRuleProfile(db),
  });
  const write = () => departmentTables.write(db, year, content);
  if (previous) writeAfterBackup(db, '生成整体目标表前', write);
  else db.transaction(write)();
  return openDocument(db, year, TABLE);
}

/** The core indicators of the year's projects, to pick from. */
export const yearIndicatorCandidates = (db: Database, year: number): IndicatorCandidate[] => indicatorCandidates(projectsOfYear(db, year), readRuleProfile(db));

/** 生成自评表 from the year's 目标表 (after a backup where the year has a 自评表); refused where there is no 目标表 to generate it from. */
export function generateYearEvaluation(db: Database, year: number): DepartmentDocument<DepartmentEvaluationContent> {
  const table = departmentTables.get(db, year);
  if (!table) throw new AppError('refused', `${year}年还没有部门整体支出绩效目标表：请先填写或生成目标表，再生成自评表。`);
  const previous = departmentEvaluations.get(db, year);
  const write = () => departmentEvaluations.write(db, year, generateDepartmentEvaluation(table, readRuleProfile(db), previous));
  if (previous) writeAfterBackup(db, '生成整体自评表前', write);
  else db.transaction(write)();
  return openDocument(db, year, EVALUATION);
}
