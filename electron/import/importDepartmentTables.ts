/**
 * Writing imported 部门整体支出绩效目标表 and 自评表 into a department file, which holds one of each per
 * year: a year without one gets it; a year that has one keeps it unless the clerk chose to replace it (there
 * is no second table of a year to keep beside it, so 两份都保留 leaves it as it is). One
 * transaction with the rest of the import.
 */
import type { Database } from 'better-sqlite3';
import type { ImportOutcome } from '../../shared/api/contract';
import { fromDepartmentEvaluation } from '../../shared/department/evaluation';
import { fromDepartmentTable } from '../../shared/department/interchange';
import type { DepartmentEvaluation, DepartmentTable } from '../../shared/interchange/departmentTable';
import { departmentEvaluations, departmentTables } from '../db/departmentTables';
import type { ImportChoice } from './importTables';

/** A kind of table the department file holds one of a year. */
interface YearDocument<Table, Content> {
  content: (table: Table) => Content;
  store: { get: (db: Database, year: number) => Content | null; write: (db: Database, year: number, content: Content) => void };
}

function importYearDocuments<Table extends { departmentName: string }, Content>(
  db: Database,
  choices: ImportChoice<Table>[],
  kind: YearDocument<Table, Content>,
): ImportOutcome[] {
  return db.transaction(() =>
    choices.map(({ table, year, onConflict }): ImportOutcome => {
      const name = table.departmentName.trim();
      const had = kind.store.get(db, year) !== null;
      if (had && onConflict !== 'replace') return { name, year, action: 'skipped', storedAs: name };
      kind.store.write(db, year, kind.content(table));
      return { name, year, action: had ? 'replaced' : 'created', storedAs: name };
    }),
  )();
}

export const importDepartmentTables = (db: Database, choices: ImportChoice<DepartmentTable>[]) =>
  importYearDocuments(db, choices, { content: (table) => fromDepartmentTable(table).content, store: departmentTables });

export const importDepartmentEvaluations = (db: Database, choices: ImportChoice<DepartmentEvaluation>[]) =>
  importYearDocuments(db, choices, { content: (table) => fromDepartmentEvaluation(table).content, store: departmentEvaluations });
