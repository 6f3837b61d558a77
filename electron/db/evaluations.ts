/** The 自评表 of a department file's projects: one JSON document per project (migration 5). */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors';
import { evaluationContent } from '../../shared/api/schemas';
import type { EvaluationContent } from '../../shared/evaluation/content';
import { toSelfEvaluation } from '../../shared/evaluation/interchange';
import { scoreEvaluation } from '../../shared/evaluation/scores';
import type { SelfEvaluation } from '../../shared/interchange/selfEvaluation';
import type { Project } from '../../shared/project';
import { projectsOfYear } from './projects';
import { stmt } from './statements';

function parse(projectId: number, json: string): EvaluationContent {
  const parsed = evaluationContent.safeParse(JSON.parse(json));
  if (!parsed.success) throw new AppError('internal', `项目（编号 ${projectId}）的自评表数据无法读取：${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

export function getEvaluation(db: Database, projectId: number): EvaluationContent | null {
  const row = stmt(db, 'SELECT content FROM self_evaluation WHERE project_id = ?').get(projectId) as { content: string } | undefined;
  return row ? parse(projectId, row.content) : null;
}

/** The 自评表 of every project of a year that has one, by project id. */
export function evaluationsOfYear(db: Database, year: number): Map<number, EvaluationContent> {
  const rows = stmt(
    db,
    'SELECT e.project_id, e.content FROM self_evaluation e JOIN project p ON p.id = e.project_id WHERE p.year = ? AND p.deleted_at IS NULL',
  ).all(year) as { project_id: number; content: string }[];
  return new Map(rows.map((r) => [r.project_id, parse(r.project_id, r.content)]));
}

/** The revision of a project's 自评表 (migration 8), 0 where it has none yet. */
export function evaluationRevision(db: Database, projectId: number): number {
  const row = stmt(db, 'SELECT revision FROM self_evaluation WHERE project_id = ?').get(projectId) as { revision: number } | undefined;
  return row?.revision ?? 0;
}

/** A project's 自评表 as an editor opens it: with its revision and the time of its last write (none yet: null, revision 0). */
export function storedEvaluation(db: Database, projectId: number): { content: EvaluationContent | null; revision: number; updatedAt: string | null } {
  const row = stmt(db, 'SELECT content, revision, updated_at FROM self_evaluation WHERE project_id = ?').get(projectId) as
    { content: string; revision: number; updated_at: string } | undefined;
  return row ? { content: parse(projectId, row.content), revision: row.revision, updatedAt: row.updated_at } : { content: null, revision: 0, updatedAt: null };
}

/** Writes a project's 自评表 whole, raising its revision. */
export function writeEvaluation(db: Database, projectId: number, content: EvaluationContent): void {
  const now = new Date().toISOString();
  stmt(
    db,
    `INSERT INTO self_evaluation (project_id, content, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (project_id) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at, revision = self_evaluation.revision + 1`,
  ).run(projectId, JSON.stringify(evaluationContent.parse(content)), now, now);
}

export interface EvaluatedProject {
  project: Project;
  content: EvaluationContent;
  /** As the form prints it, with its scores. */
  table: SelfEvaluation;
}

/** The projects of a year that have a 自评表, in list order. */
export function evaluatedProjects(db: Database, year: number): EvaluatedProject[] {
  const evaluations = evaluationsOfYear(db, year);
  return projectsOfYear(db, year).flatMap((project) => {
    const content = evaluations.get(project.id);
    return content ? [{ project, content, table: toSelfEvaluation(project.name, project.year, content, scoreEvaluation(content)) }] : [];
  });
}
