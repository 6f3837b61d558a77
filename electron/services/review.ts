/** The checker over a whole department file: every open finding of its projects, their 自评表 and their 执行监控表. */
import type { Database } from 'better-sqlite3';
import type { Finding } from '../../shared/checker';
import { reviewEvaluation } from '../../shared/evaluation/review';
import { LAYOUTS } from '../../shared/layouts';
import { reviewProject } from '../../shared/review';
import { ruleSettings } from '../../shared/profiles/apply';
import { readDepartment, readRuleProfile } from '../db/department';
import { evaluationsOfYear } from '../db/evaluations';
import { monitoringOfYear } from '../db/monitoring';
import { reviewMonitoring } from '../../shared/monitoring/review';
import { listYears, projectsOfYear } from '../db/projects';

/**
 * Of one year, or of every year; each with its project's name, those of a 自评表 or 执行监控表 saying so in their
 * location. By the department's rules, or by `profile` where given (to see how the file would check by other rules).
 */
export function departmentFindings(db: Database, year: number | undefined, profile = readRuleProfile(db)): (Finding & { project: string })[] {
  const layout = LAYOUTS[readDepartment(db).layout];
  const settings = ruleSettings(profile);
  const years = year === undefined ? listYears(db) : [year];
  return years.flatMap((y) => {
    const evaluations = evaluationsOfYear(db, y);
    const monitoring = monitoringOfYear(db, y);
    return projectsOfYear(db, y).flatMap((project) => {
      const evaluation = evaluations.get(project.id);
      const monitored = monitoring.get(project.id);
      return [
        ...reviewProject(project, layout, profile),
        ...(evaluation ? reviewEvaluation(project.name, project.year, evaluation, settings).map((f) => ({ ...f, location: `自评表 ${f.location}` })) : []),
        ...(monitored ? reviewMonitoring(project.name, project.year, monitored, profile) : []),
      ].map((f) => ({ ...f, project: project.name }));
    });
  });
}
