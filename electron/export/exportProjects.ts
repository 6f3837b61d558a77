/** Exporting a department's 绩效目标表 of a year: Excel, Word, or the interchange JSON. */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors';
import type { ExportFormat } from '../../shared/api/schemas';
import { toTargetTable } from '../../shared/interchange/targetTable';
import { LAYOUTS, type LayoutId } from '../../shared/layouts';
import { contentOf } from '../../shared/project';
import { reviewProject } from '../../shared/review';
import { readRuleProfile, type DepartmentMeta } from '../db/department';
import { projectsOfYear } from '../db/projects';
import { targetDocumentPlan } from './docxDocument';
import type { ExportPlan, PreparedExport } from './renderExport';
import type { ExportTable } from './exportTable';
import { targetWorkbookPlan } from './xlsxWorkbook';

export interface ExportRequest {
  year: number;
  format: ExportFormat;
  /** All tables in one sheet rather than one sheet per project (Excel only). */
  stacked?: boolean;
  /** Another layout than the department's own. */
  layout?: LayoutId;
  projectIds?: number[];
  projectNames?: string[];
}

/** File extensions: a data package is `.jxpack` (JSON inside), which the installed app opens. */
export const EXTENSION: Record<ExportFormat, string> = { xlsx: 'xlsx', docx: 'docx', json: 'jxpack' };

export const MIME: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json',
};

export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
}

/** What an export will write, laid out here; the bytes are made by renderExport (in a worker thread in the app). */
export function prepareProjectsExport(db: Database, department: DepartmentMeta, request: ExportRequest): PreparedExport {
  const layoutId = request.layout ?? department.layout;
  const layout = LAYOUTS[layoutId];
  const profile = readRuleProfile(db);
  let projects = projectsOfYear(db, request.year);
  if (request.projectIds) {
    const wanted = new Set(request.projectIds);
    projects = projects.filter((p) => wanted.has(p.id));
  }
  if (request.projectNames?.length) {
    const missing = request.projectNames.filter((n) => !projects.some((p) => p.name === n));
    if (missing.length) throw new AppError('not-found', `${request.year} 年度没有项目${missing.map((n) => `“${n}”`).join('、')}`);
    projects = projects.filter((p) => request.projectNames!.includes(p.name));
  }
  if (projects.length === 0) throw new AppError('bad-request', `${request.year} 年度没有可导出的项目`);

  const tables: ExportTable[] = projects.map((p) => ({
    layout: layoutId,
    year: p.year,
    content: contentOf(p),
    profile,
    draft: reviewProject(p, layout, profile).some((f) => f.severity === '错误'),
  }));
  const draftProjects = projects.filter((_, i) => tables[i]!.draft).map((p) => p.name);
  const draft = draftProjects.length > 0 ? '（草稿）' : '';
  const base = safeFileName(`${department.name}${request.year}年项目支出绩效目标${draft}`);

  const plan: ExportPlan =
    request.format === 'xlsx'
      ? {
          kind: 'xlsx',
          workbook: targetWorkbookPlan(tables, { stacked: request.stacked ?? false, title: `${department.name}${request.year}年项目支出绩效目标表${draft}` }),
        }
      : request.format === 'docx'
        ? { kind: 'docx', document: targetDocumentPlan(tables, { departmentName: department.name, year: request.year, draft: draft !== '' }) }
        : {
            kind: 'json',
            text: `${JSON.stringify({ targetTables: tables.map((t) => toTargetTable(t.layout, t.year, t.content)), selfEvaluations: [] }, null, 2)}\n`,
          };
  return { fileName: `${base}.${EXTENSION[request.format]}`, mimeType: MIME[request.format], draftProjects, plan };
}
