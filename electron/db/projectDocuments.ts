/**
 * The forms kept as one JSON document per project in a table of their own (自评表, 执行监控表): each read
 * checked against its schema, each written whole raising its revision.
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { AppError } from '../../shared/api/errors';
import type { Project } from '../../shared/project';
import { projectsOfYear } from './projects';
import { stmt } from './statements';

export interface StoredDocument<C> {
  content: C | null;
  revision: number;
  updatedAt: string | null;
}

/** A project with its document and the table the form prints. */
export interface DocumentedProject<C, T> {
  project: Project;
  content: C;
  table: T;
}

export function projectDocuments<C>(table: 'self_evaluation' | 'monitoring', schema: z.ZodType<C>, formName: string) {
  function parse(projectId: number, json: string): C {
    const parsed = schema.safeParse(JSON.parse(json));
    if (!parsed.success) throw new AppError('internal', `项目（编号 ${projectId}）的${formName}数据无法读取：${parsed.error.issues[0]?.message ?? ''}`);
    return parsed.data;
  }

  function get(db: Database, projectId: number): C | null {
    const row = stmt(db, `SELECT content FROM ${table} WHERE project_id = ?`).get(projectId) as { content: string } | undefined;
    return row ? parse(projectId, row.content) : null;
  }

  /** The document of every project of a year that has one, by project id. */
  function ofYear(db: Database, year: number): Map<number, C> {
    const rows = stmt(db, `SELECT d.project_id, d.content FROM ${table} d JOIN project p ON p.id = d.project_id WHERE p.year = ? AND p.deleted_at IS NULL`).all(
      year,
    ) as { project_id: number; content: string }[];
    return new Map(rows.map((r) => [r.project_id, parse(r.project_id, r.content)]));
  }

  /** As an editor opens it: with its revision and the time of its last write (none yet: null, revision 0). */
  function stored(db: Database, projectId: number): StoredDocument<C> {
    const row = stmt(db, `SELECT content, revision, updated_at FROM ${table} WHERE project_id = ?`).get(projectId) as
      { content: string; revision: number; updated_at: string } | undefined;
    return row
      ? { content: parse(projectId, row.content), revision: row.revision, updatedAt: row.updated_at }
      : { content: null, revision: 0, updatedAt: null };
  }

  function write(db: Database, projectId: number, content: C): void {
    const now = new Date().toISOString();
    stmt(
      db,
      `INSERT INTO ${table} (project_id, content, created_at, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (project_id) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at, revision = ${table}.revision + 1`,
    ).run(projectId, JSON.stringify(schema.parse(content)), now, now);
  }

  /** The projects of a year that have the document, in list order, each with the table it prints as. */
  function projectsWith<T>(db: Database, year: number, toTable: (project: Project, content: C) => T): DocumentedProject<C, T>[] {
    const documents = ofYear(db, year);
    return projectsOfYear(db, year).flatMap((project) => {
      const content = documents.get(project.id);
      return content ? [{ project, content, table: toTable(project, content) }] : [];
    });
  }

  return { get, ofYear, stored, write, projectsWith };
}
