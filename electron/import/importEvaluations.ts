/**
 * Writing imported 自评表 and 执行监控表 into a department file, each to the project of the same name
 * and year. A project known only from such a table is created with the targets the table shows.
 * Where the project already has one, the clerk's choice applies: replace it, keep both (a second
 * project), or skip. One transaction with the rest of the import.
 */
import type { Database } from 'better-sqlite3';
import { fromSelfEvaluation, targetsFromEvaluation } from '../../shared/evaluation/fromInterchange';
import type { MonitoringTable } from '../../shared/interchange/monitoring';
import type { SelfEvaluation } from '../../shared/interchange/selfEvaluation';
import { fromMonitoringTable, targetsFromMonitoring } from '../../shared/monitoring/interchange';
import type { ProjectContent } from '../../shared/project';
import { getEvaluation, writeEvaluation } from '../db/evaluations';
import { getMonitoring, writeMonitoring } from '../db/monitoring';
import { freeProjectName, insertProject, projectIdByName } from '../db/projects';
import type { ImportOutcome } from '../../shared/api/contract';
import type { ImportChoice } from './importTables';

/** A kind of table that belongs to a project: how it is stored, and the targets it shows. */
interface Attached<Table, Content> {
  content: (table: Table) => Content;
  has: (db: Database, projectId: number) => boolean;
  write: (db: Database, projectId: number, content: Content) => void;
  targets: (name: string, content: Content) => ProjectContent;
}

function importAttached<Table extends { projectName: string }, Content>(
  db: Database,
  choices: ImportChoice<Table>[],
  kind: Attached<Table, Content>,
): ImportOutcome[] {
  return db.transaction(() =>
    choices.map(({ table, year, onConflict }): ImportOutcome => {
      const content = kind.content(table);
      const name = table.projectName.trim();
      const existing = projectIdByName(db, year, name);
      const withNewProject = (storedAs: string, action: ImportOutcome['action']): ImportOutcome => {
        kind.write(db, insertProject(db, year, kind.targets(storedAs, content)), content);
        return { name, year, action, storedAs };
      };
      if (existing === null) return withNewProject(name, 'created');
      const had = kind.has(db, existing);
      if (!had || onConflict === 'replace') {
        kind.write(db, existing, content);
        return { name, year, action: had ? 'replaced' : 'created', storedAs: name };
      }
      if (onConflict === 'skip') return { name, year, action: 'skipped', storedAs: name };
      return withNewProject(freeProjectName(db, year, name), 'kept-both');
    }),
  )();
}

export const importEvaluations = (db: Database, choices: ImportChoice<SelfEvaluation>[]) =>
  importAttached(db, choices, {
    content: (table) => fromSelfEvaluation(table).content,
    has: (d, id) => getEvaluation(d, id) !== null,
    write: writeEvaluation,
    targets: targetsFromEvaluation,
  });

export const importMonitoring = (db: Database, choices: ImportChoice<MonitoringTable>[]) =>
  importAttached(db, choices, {
    content: (table) => fromMonitoringTable(table).content,
    has: (d, id) => getMonitoring(d, id) !== null,
    write: writeMonitoring,
    targets: targetsFromMonitoring,
  });
