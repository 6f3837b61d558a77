/**
 * A year's project list, as the app shows it on opening: the projects' columns from one query,
 * their check counts, 自评表 scores and 执行监控表 lights from review_cache (migration 7). Only the projects without
 * a row made by these rules are checked, and their rows are kept for the next opening.
 */
import type { Database } from 'better-sqlite3';
import type { LayoutDef } from '../../shared/layouts';
import type { RuleProfile } from '../../shared/profiles/profile';
import type { ProjectStatus, ProjectSummary } from '../../shared/project';
import { summarizeProject } from '../../shared/review';
import { evaluationsOfYear } from './evaluations';
import { monitoringOfYear } from './monitoring';
import { projectsOfYear } from './projects';
import { stmt } from './statements';

/** The rules' fingerprint, given by the build (electron/build/rulesFingerprint.mjs). */
declare const __RULES_FINGERPRINT__: string;

type Checked = Pick<ProjectSummary, 'errors' | 'warnings' | 'selfEvaluation' | 'monitoring'>;

interface ListRow {
  id: number;
  year: number;
  name: string;
  attribute: string;
  annual_funds: number | null;
  status: ProjectStatus;
  updated_at: string;
  revision: number;
  indicator_count: number;
  summary: string | null;
}

export function projectList(db: Database, year: number, layout: LayoutDef, profile: RuleProfile): ProjectSummary[] {
  const rows = stmt(
    db,
    `SELECT p.id, p.year, p.name, p.attribute, p.annual_funds, p.status, p.updated_at, p.revision,
            (SELECT count(*) FROM indicator i WHERE i.project_id = p.id) AS indicator_count, r.summary
       FROM project p LEFT JOIN review_cache r ON r.project_id = p.id AND r.rules = ?
      WHERE p.year = ? AND p.deleted_at IS NULL ORDER BY p.id`,
  ).all(__RULES_FINGERPRINT__, year) as ListRow[];
  const checked = new Map<number, Checked>();
  for (const row of rows) if (row.summary !== null) checked.set(row.id, JSON.parse(row.summary) as Checked);
  if (checked.size < rows.length) {
    const evaluations = evaluationsOfYear(db, year);
    const monitoring = monitoringOfYear(db, year);
    const fresh = projectsOfYear(db, year)
      .filter((p) => !checked.has(p.id))
      .map((p) => {
        const summary = summarizeProject(p, layout, profile, evaluations.get(p.id) ?? null, monitoring.get(p.id) ?? null);
        return {
          id: p.id,
          summary: { errors: summary.errors, warnings: summary.warnings, selfEvaluation: summary.selfEvaluation, monitoring: summary.monitoring },
        };
      });
    for (const { id, summary } of fresh) checked.set(id, summary);
    // A file opened only for reading (the CLI beside the app) is not written to.
    if (!db.readonly) {
      const keep = stmt(db, 'INSERT OR REPLACE INTO review_cache (project_id, rules, summary) VALUES (?, ?, ?)');
      db.transaction(() => fresh.forEach(({ id, summary }) => keep.run(id, __RULES_FINGERPRINT__, JSON.stringify(summary))))();
    }
  }
  return rows.map((row) => ({
    id: row.id,
    year: row.year,
    name: row.name,
    attribute: row.attribute,
    annualFunds: row.annual_funds,
    indicatorCount: row.indicator_count,
    status: row.status,
    updatedAt: row.updated_at,
    revision: row.revision,
    ...checked.get(row.id)!,
  }));
}
