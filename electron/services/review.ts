/** The checker over a whole department file: every open finding of its projects, their 自评表 and their 执行监控表, and of its 部门整体 tables. */
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
import { departmentEvaluations, departmentTables } from '../db/departmentTables';
import { reviewDepartmentEvaluation, reviewDepartmentTable } from '../../shared/department/review';
import { contentOf } from '../../shared/project';
import type { RuleProfile } from '../../shared/profiles/profile';

/** The findings of a year's 部门整体目标表 (against the year's project tables) and 部门整体自评表; none of a table not prepared. */
export function reviewDepartmentYear(db: Database, year: number, profile: RuleProfile = readRuleProfile(db)): { table: Finding[]; evaluation: Finding[] } {
  const table = departmentTables.get(db, year);
  const evaluation = departmentEvaluations.get(db, year);
  const settings = ruleSettings(profile);
  return {
    table: table ? reviewDepartmentTable(year, table, { projects: projectsOfYear(db, year).map(contentOf), profile, settings }) : [],
    evaluation: evaluation ? reviewDepartmentEvaluation(year, evaluation, { profile, settings }) : [],
  };
}

/**
 * Of one year, or of every year; each with its project's name, those of a 自评表 or 执行监控表 saying so in their
 * location, those of the 部门整体 tables with the department's name and their location starting 部门整体. By the department's rules, or by `profile` where given (to see how the file would check by other rules).
 */
export function departmentFindings(db: Database, year: number | undefined, profile = readRuleProfile(db)): (Finding & { project: string })[] {
  const meta = readDepartment(db);
  const layout = LAYOUTS[meta.layout];
  const settings = ruleSettings(profile);
  const years =
    year === undefined ? [...new Set([...listYears(db), ...departmentTables.years(db), ...departmentEvaluations.years(db)])].sort((a, b) => a - b) : [year];
  return years.flatMap((y) => {
    const evaluations = evaluationsOfYear(db, y);
    const monitoring = monitoringOfYear(db, y);
    const department = reviewDepartmentYear(db, y, profile);
    const projectFindings = projectsOfYear(db, y).flatMap((project) => {
      const evaluation = evaluations.get(project.id);
      const monitored = monitoring.get(project.id);
      return [
        ...reviewProject(project, layout, profile),
        ...(evaluation ? reviewEvaluation(project.name, project.year, evaluation, settings).map((f) => ({ ...f, location: `自评表 ${f.location}` })) : []),
        ...(monitored ? reviewMonitoring(project.name, project.year, monitored, profile) : []),
      ].map((f) => ({ ...f, project: project.name }));
    });
    // The 部门整体 tables' findings under the department's name, as a project's are under the project's.
    const ownName = departmentTables.get(db, y)?.departmentName.trim() || meta.name;
    return [...projectFindings, ...[...department.table, ...department.evaluation].map((f) => ({ ...f, project: ownName }))];
  });
}
