/** The 执行监控表 of a department file's projects: one JSON document per project (migration 11). */
import type { Database } from 'better-sqlite3';
import { monitoringContent } from '../../shared/api/schemas';
import type { MonitoringTable } from '../../shared/interchange/monitoring';
import type { MonitoringContent } from '../../shared/monitoring/content';
import { toMonitoringTable } from '../../shared/monitoring/interchange';
import { projectDocuments, type DocumentedProject } from './projectDocuments';

const tables = projectDocuments<MonitoringContent>('monitoring', monitoringContent, '执行监控表');

export const getMonitoring = tables.get;

/** The 执行监控表 of every project of a year that has one, by project id. */
export const monitoringOfYear = tables.ofYear;

/** A project's 执行监控表 as an editor opens it: with its revision and the time of its last write (none yet: null, revision 0). */
export const storedMonitoring = tables.stored;

/** Writes a project's 执行监控表 whole, raising its revision. */
export const writeMonitoring = tables.write;

/** A project with its 执行监控表, as the form prints it. */
export type MonitoredProject = DocumentedProject<MonitoringContent, MonitoringTable>;

/** The projects of a year that have a 执行监控表, in list order. */
export function monitoredProjects(db: Database, year: number): MonitoredProject[] {
  return tables.projectsWith(db, year, (project, content) => toMonitoringTable(project.name, project.year, content));
}
