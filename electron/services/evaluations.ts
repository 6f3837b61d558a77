/** The 自评表 of a department file: preparing them from the targets, and the 决算 report's paragraph on them. */
import type { Database } from 'better-sqlite3';
import type { Variant } from '../../shared/evaluation/content';
import { generateEvaluation } from '../../shared/evaluation/generate';
import { summaryText } from '../../shared/evaluation/summaryText';
import { writeAfterBackup } from '../db/backups';
import { readDepartment, readRuleProfile } from '../db/department';
import { evaluatedProjects, evaluationsOfYear, writeEvaluation } from '../db/evaluations';
import type { SelfEvaluation } from '../../shared/interchange/selfEvaluation';
import { monitoringOfYear } from '../db/monitoring';
import { departmentEvaluations } from '../db/departmentTables';
import { toNumber } from '../../shared/decimal';
import { scoreDepartmentEvaluation } from '../../shared/department/evaluation';
import { SCORE_DECIMALS } from '../../shared/scoring/execution';
import { listYears, projectsOfYear } from '../db/projects';

export interface GenerateRequest {
  year: number;
  /** Those projects only; all of the year where absent. */
  ids?: number[];
  variant: Variant;
  /** Prepare again where a 自评表 exists (what was entered is lost: a backup is made first). */
  replace: boolean;
}

export type GenerateResult = { id: number; name: string; action: 'created' | 'replaced' | 'skipped' }[];

/** 生成自评表 for the chosen projects of a year (偏差原因 drafted from their 执行监控表), in one transaction (after a backup where they replace what is there). */
export function generateEvaluations(db: Database, request: GenerateRequest): GenerateResult {
  const profile = readRuleProfile(db);
  const generate = () => {
    const existing = evaluationsOfYear(db, request.year);
    const monitoring = monitoringOfYear(db, request.year);
    const wanted = request.ids ? new Set(request.ids) : null;
    return projectsOfYear(db, request.year)
      .filter((p) => !wanted || wanted.has(p.id))
      .map((p) => {
        const had = existing.has(p.id);
        if (had && !request.replace) return { id: p.id, name: p.name, action: 'skipped' as const };
        writeEvaluation(db, p.id, generateEvaluation(p, request.variant, profile, monitoring.get(p.id) ?? null));
        return { id: p.id, name: p.name, action: had ? ('replaced' as const) : ('created' as const) };
      });
  };
  return request.replace ? writeAfterBackup(db, '重新生成自评表前', generate) : db.transaction(generate)();
}

/** The 决算 report's paragraph on a year's self-evaluation results (the 部门整体自评表's among them, where there is one), and the projects not yet evaluated. */
export function yearSummary(db: Database, year: number): { text: string; missing: string[] } {
  const evaluated = evaluatedProjects(db, year);
  const done = new Set(evaluated.map((e) => e.project.id));
  const lines = evaluated.map(({ project, content, table }) => ({
    name: project.name,
    score: table.totalScore ?? 0,
    budget: content.budget.total?.fullYearBudget ?? null,
  }));
  const own = departmentEvaluations.get(db, year);
  const department = own && { score: toNumber(scoreDepartmentEvaluation(own).total, SCORE_DECIMALS) };
  return {
    text: summaryText(readDepartment(db).name, year, lines, department),
    missing: projectsOfYear(db, year)
      .filter((p) => !done.has(p.id))
      .map((p) => p.name),
  };
}

/** A department file's 自评表 as they print (scores as entered or suggested), of one year or of every year. */
export function evaluationTables(db: Database, year: number | undefined): SelfEvaluation[] {
  return (year === undefined ? listYears(db) : [year]).flatMap((y) => evaluatedProjects(db, y).map((e) => e.table));
}
