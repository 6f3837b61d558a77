/** The 执行监控表 of a department file: preparing them from the targets, and the year's lights. */
import type { Database } from 'better-sqlite3';
import { generateMonitoring } from '../../shared/monitoring/generate';
import { lightsOf } from '../../shared/monitoring/review';
import { percentText } from '../../shared/scoring/execution';
import type { Light } from '../../shared/monitoring/lights';
import { writeAfterBackup } from '../db/backups';
import { readRuleProfile } from '../db/department';
import { monitoredProjects, monitoringOfYear, writeMonitoring } from '../db/monitoring';
import { projectsOfYear } from '../db/projects';

export interface GenerateMonitoringRequest {
  year: number;
  /** Those projects only; all of the year where absent. */
  ids?: number[];
  /** N of 1–N月. */
  month: number;
}

export type GenerateMonitoringResult = { id: number; name: string; action: 'created' | 'regenerated' }[];

/**
 * 生成监控表 for the chosen projects of a year, in one transaction: a new one from the targets, one
 * already there prepared again keeping what was entered (after a backup, as its indicators may change).
 */
export function generateMonitorings(db: Database, request: GenerateMonitoringRequest): GenerateMonitoringResult {
  const { framework } = readRuleProfile(db);
  const existing = monitoringOfYear(db, request.year);
  const wanted = request.ids ? new Set(request.ids) : null;
  const projects = projectsOfYear(db, request.year).filter((p) => !wanted || wanted.has(p.id));
  const generate = () =>
    projects.map((p) => {
      const previous = existing.get(p.id) ?? null;
      writeMonitoring(db, p.id, generateMonitoring(p, request.month, framework, previous));
      return { id: p.id, name: p.name, action: previous ? ('regenerated' as const) : ('created' as const) };
    });
  return projects.some((p) => existing.has(p.id)) ? writeAfterBackup(db, '重新生成监控表前', generate) : db.transaction(generate)();
}

/** One project's lights, as `jixiao monitor` prints them. */
export interface ProjectLights {
  projectName: string;
  month: number;
  light: Light;
  rate: string | null;
  expected: string;
  red: number;
  indicators: { name: string; light: Light }[];
}

/** The lights of a year's 执行监控表, by the department's thresholds. */
export function yearLights(db: Database, year: number): ProjectLights[] {
  const profile = readRuleProfile(db);
  return monitoredProjects(db, year).map(({ project, content }) => {
    const lights = lightsOf(project.name, project.year, content, profile);
    return {
      projectName: project.name,
      month: content.month,
      light: lights.project,
      rate: lights.rate.ok ? percentText(lights.rate.value) : null,
      expected: percentText(lights.expected),
      red: lights.red,
      indicators: content.indicators.map((i, n) => ({ name: i.name, light: lights.indicators[n]! })),
    };
  });
}
