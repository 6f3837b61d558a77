/**
 * Writing imported 自评表 into a department file, each to the project of the same name and year.
 * A project known only from its 自评表 is created with the targets the 自评表 shows. Where the
 * project already has a 自评表, the clerk's choice applies: replace it, keep both (a second
 * project), or skip. One transaction with the rest of the import.
 */
import type { Database } from 'better-sqlite3';
import { fromSelfEvaluation, targetsFromEvaluation } from '../../shared/evaluation/fromInterchange';
import type { SelfEvaluation } from '../../shared/interchange/selfEvaluation';
import { getEvaluation, writeEvaluation } from '../db/evaluations';
import { freeProjectName, insertProject, projectIdByName } from '../db/projects';
import type { ImportOutcome } from '../../shared/api/contract';
import type { ImportChoice } from './importTables';

export function importEvaluations(db: Database, choices: ImportChoice<SelfEvaluation>[]): ImportOutcome[] {
  return db.transaction(() =>
    choices.map(({ table, year, onConflict }): ImportOutcome => {
      const { content } = fromSelfEvaluation(table);
      const name = table.projectName.trim();
      const existing = projectIdByName(db, year, name);
      const withNewProject = (storedAs: string, action: ImportOutcome['action']): ImportOutcome => {
        writeEvaluation(db, insertProject(db, year, targetsFromEvaluation(storedAs, content)), content);
        return { name, year, action, storedAs };
      };
      if (existing === null) return withNewProject(name, 'created');
      if (getEvaluation(db, existing) === null || onConflict === 'replace') {
        const action = getEvaluation(db, existing) === null ? 'created' : 'replaced';
        writeEvaluation(db, existing, content);
        return { name, year, action, storedAs: name };
      }
      if (onConflict === 'skip') return { name, year, action: 'skipped', storedAs: name };
      return withNewProject(freeProjectName(db, year, name), 'kept-both');
    }),
  )();
}
