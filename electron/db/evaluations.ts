/** The 自评表 of a department file's projects: one JSON document per project (migration 5). */
import type { Database } from 'better-sqlite3';
import { evaluationContent } from '../../shared/api/schemas';
import type { EvaluationContent } from '../../shared/evaluation/content';
import { toSelfEvaluation } from '../../shared/evaluation/interchange';
import { scoreEvaluation } from '../../shared/evaluation/scores';
import type { SelfEvaluation } from '../../shared/interchange/selfEvaluation';
import { projectDocuments, type DocumentedProject } from './projectDocuments';
import { stmt } from './statements';

const evaluations = projectDocuments<EvaluationContent>('self_evaluation', evaluationContent, '自评表');

export const getEvaluation = evaluations.get;

/** The 自评表 of every project of a year that has one, by project id. */
export const evaluationsOfYear = evaluations.ofYear;

/** The revision of a project's 自评表 (migration 8), 0 where it has none yet. */
export function evaluationRevision(db: Database, projectId: number): number {
  const row = stmt(db, 'SELECT revision FROM self_evaluation WHERE project_id = ?').get(projectId) as { revision: number } | undefined;
  return row?.revision ?? 0;
}

/** A project's 自评表 as an editor opens it: with its revision and the time of its last write (none yet: null, revision 0). */
export const storedEvaluation = evaluations.stored;

/** Writes a project's 自评表 whole, raising its revision. */
export const writeEvaluation = evaluations.write;

/** A project with its 自评表, as the form prints it with its scores. */
export type EvaluatedProject = DocumentedProject<EvaluationContent, SelfEvaluation>;

/** The projects of a year that have a 自评表, in list order. */
export function evaluatedProjects(db: Database, year: number): EvaluatedProject[] {
  return evaluations.projectsWith(db, year, (project, content) => toSelfEvaluation(project.name, project.year, content, scoreEvaluation(content)));
}
