/** Exporting a department's 自评表 of a year: Excel, the Word appendix, or the interchange JSON. */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors';
import { reviewEvaluation } from '../../shared/evaluation/review';
import { ruleSettings } from '../../shared/profiles/apply';
import type { PaperForm } from '../../shared/forms/paperForm';
import { selfEvaluationForm } from '../../shared/forms/selfEvaluationForm';
import type { FormOptions } from '../../shared/forms/targetForm';
import { evaluationSummaryTable, type SummaryTable } from '../../shared/forms/summary';
import { readRuleProfile, type DepartmentMeta } from '../db/department';
import { evaluatedProjects } from '../db/evaluations';
import { EXTENSION, MIME, safeFileName, type ExportRequest } from './exportProjects';
import type { ExportPlan, PreparedExport } from './renderExport';

/** The projects' tables of one form (自评表, 执行监控表) the request names: by id, or by name (each must have one), else all. */
export function chosenTables<T extends { project: { id: number; name: string } }>(all: T[], request: ExportRequest, form: '自评表' | '执行监控表'): T[] {
  let chosen = all;
  if (request.projectIds) {
    const wanted = new Set(request.projectIds);
    chosen = chosen.filter((e) => wanted.has(e.project.id));
  }
  if (request.projectNames?.length) {
    const missing = request.projectNames.filter((n) => !chosen.some((e) => e.project.name === n));
    if (missing.length) throw new AppError('not-found', `${request.year} 年度没有项目${missing.map((n) => `“${n}”`).join('、')}的${form}`);
    chosen = chosen.filter((e) => request.projectNames!.includes(e.project.name));
  }
  if (chosen.length === 0) throw new AppError('bad-request', `${request.year} 年度还没有${form}，请先生成${form === '自评表' ? '自评表' : '监控表'}`);
  return chosen;
}

/** How one form's tables export: their titles (without the 草稿 mark), the 汇总 sheet, the form's printing, the interchange JSON. */
export interface FormsExport<T> {
  fileTitle: string;
  documentTitle: string;
  /** The form's name in the Word appendix's opening line, after the year. */
  appendixName: string;
  summary: SummaryTable;
  stackedSheet: string;
  form: (table: T, options: FormOptions) => PaperForm;
  interchange: object;
}

/** The export of one form's tables, those with 错误 (`drafts`) marked 草稿, the file named after the 草稿 it holds. */
export function prepareFormsExport<T extends { projectName: string }>(
  request: ExportRequest,
  tables: T[],
  drafts: boolean[],
  how: FormsExport<T>,
): PreparedExport {
  const draftProjects = tables.filter((_, i) => drafts[i]).map((t) => t.projectName);
  const draft = draftProjects.length > 0 ? '（草稿）' : '';
  const forms = tables.map((t, i) => how.form(t, { draft: drafts[i]! }));
  const plan: ExportPlan =
    request.format === 'xlsx'
      ? {
          kind: 'xlsx',
          workbook: {
            title: `${how.fileTitle}${draft}`,
            summary: how.summary,
            moneyFormat: '0.00',
            stackedSheet: request.stacked ? how.stackedSheet : null,
            forms: tables.map((t, i) => ({ name: t.projectName, form: forms[i]! })),
          },
        }
      : request.format === 'docx'
        ? {
            kind: 'docx',
            document: { title: `${how.documentTitle}${draft}`, opening: [`附件：${request.year}年度${how.appendixName}（${tables.length} 个）`], forms },
          }
        : { kind: 'json', text: `${JSON.stringify(how.interchange, null, 2)}\n` };
  return { fileName: `${safeFileName(`${how.fileTitle}${draft}`)}.${EXTENSION[request.format]}`, mimeType: MIME[request.format], draftProjects, plan };
}

export function prepareEvaluationsExport(db: Database, department: DepartmentMeta, request: ExportRequest): PreparedExport {
  const evaluated = chosenTables(evaluatedProjects(db, request.year), request, '自评表');
  const settings = ruleSettings(readRuleProfile(db));
  const drafts = evaluated.map((e) => reviewEvaluation(e.project.name, e.project.year, e.content, settings).some((f) => f.severity === '错误'));
  const tables = evaluated.map((e) => e.table);
  return prepareFormsExport(request, tables, drafts, {
    fileTitle: `${department.name}${request.year}年项目支出绩效自评表`,
    documentTitle: `${department.name}${request.year}年度项目支出绩效自评表`,
    appendixName: '项目支出绩效自评表',
    summary: evaluationSummaryTable(request.year, tables),
    stackedSheet: '绩效自评表',
    form: selfEvaluationForm,
    interchange: { targetTables: [], selfEvaluations: tables },
  });
}
