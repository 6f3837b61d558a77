/** The 执行监控表 of a department file's projects: one JSON document per project (migration 11). */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors';
import { monitoringContent } from '../../shared/api/schemas';
import type { MonitoringTable } from '../../shared/interchange/monitoring';
import type { MonitoringContent } from '../../shared/monitoring/content';
import { toMonitoringTable } from '../../shared/monitoring/interchange';
import type { Project } from '../../shared/project';
import { projectsOfYear } from './projects';
import { stmt } from './statements';

function parse(projectId: number, json: string): MonitoringContent {
  const parsed = monitoringContent.safeParse(JSON.parse(json));
  if (!parsed.success) throw new AppError('internal', `项目（编号 ${projectId}）的执行监控表数据无法读取：${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

export function getMonitoring(db: Database, projectId: number): MonitoringContent | null {
  const row = stmt(db, 'SELECT content FROM monitoring WHERE project_id = ?').get(projectId) as { content: string } | undefined;
  return row ? parse(projectId, row.content) : null;
}

/** The 执行监控表 of every project of a year that has one, by project id. */
export function monitoringOfYear(db: Database, year: number): Map<number, MonitoringContent> {
  const rows = stmt(db, 'SELECT m.project_id, m.content FROM monitoring m JOIN project p ON p.id = m.project_id WHERE p.year = ? AND p.deleted_at IS NULL').all(
    year,
  ) as { project_id: number; content: string }[];
  return new Map(rows.map((r) => [r.project_id, parse(r.project_id, r.content)]));
}

/** A project's 执行监控表 as an editor opens it: with its revision and the time of its last write (none yet: null, revision 0). */
export function storedMonitoring(db: Database, projectId: number): { content: MonitoringContent | null; revision: number; updatedAt: string | null } {
  const row = stmt(db, 'SELECT content, revision, updated_at FROM monitoring WHERE project_id = ?').get(projectId) as
    { content: string; revision: number; updated_at: string } | undefined;
  return row ? { content: parse(projectId, row.content), revision: row.revision, updatedAt: row.updated_at } : { content: null, revision: 0, updatedAt: null };
}

/** Writes a project's 执行监控表 whole, raising its revision. */
export function writeMonitoring(db: Database, projectId: number, content: MonitoringContent): void {
  const now = new Date().toISOString();
  stmt(
    db,
    `INSERT INTO monitoring (project_id, content, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (project_id) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at, revision = monitoring.revision + 1`,
  ).run(projectId, JSON.stringify(monitoringContent.parse(content)), now, now);
}

export interface MonitoredProject {
  project: Project;
  content: MonitoringContent;
  /** As the form prints it. */
  table: MonitoringTable;
}

/** The projects of a year that have a 执行监控表, in list order. */
export function monitoredProjects(db: Database, year: number): MonitoredProject[] {
  const tables = monitoringOfYear(db, year);
  return projectsOfYear(db, year).flatMap((project) => {
    const content = tables.get(project.id);
    return content ? [{ project, content, table: toMonitoringTable(project.name, project.year, content) }] : [];
  });
}
