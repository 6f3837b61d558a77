/** Exporting a department's 部门整体支出绩效目标表 or 自评表 of a year: Excel, Word, or the interchange JSON. */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors';
import type { ExportFormat } from '../../shared/api/schemas';
import { scoreDepartmentEvaluation, toDepartmentEvaluation } from '../../shared/department/evaluation';
import { toDepartmentTable } from '../../shared/department/interchange';
import { DEPARTMENT_LABELS } from '../../shared/department/layout';
import { reviewDepartmentEvaluation, reviewDepartmentTable } from '../../shared/department/review';
import { departmentEvaluationForm } from '../../shared/forms/departmentEvaluationForm';
import { departmentForm } from '../../shared/forms/departmentForm';
import type { PaperForm } from '../../shared/forms/paperForm';
import type { RuleProfile } from '../../shared/profiles/profile';
import { contentOf } from '../../shared/project';
import { readDepartment, readRuleProfile, type DepartmentMeta } from '../db/department';
import { departmentEvaluations, departmentTables } from '../db/departmentTables';
import { projectsOfYear } from '../db/projects';
import { EXTENSION, MIME, safeFileName } from './exportProjects';
import type { ExportPlan, PreparedExport } from './renderExport';

/** The 部门整体 forms, as the API names them. */
export type DepartmentFormName = 'department' | 'departmentEvaluation';

/** One 部门整体 table laid out: its name (the sheet's), its form, the data package holding it, whether it is a 草稿. */
interface DepartmentExport {
  name: string;
  form: PaperForm;
  draft: boolean;
  interchange: object;
}

const hasErrors = (findings: { severity: string }[]) => findings.some((f) => f.severity === '错误');

function targetTableExport(db: Database, department: DepartmentMeta, profile: RuleProfile, year: number): DepartmentExport {
  const content = departmentTables.get(db, year);
  const name = DEPARTMENT_LABELS.title.label;
  if (!content) throw new AppError('not-found', `${year} 年度还没有${name}，请先生成或导入`);
  // Parts drafted from the projects and not yet confirmed by the clerk make it a 草稿 too: they are suggestions.
  const projects = projectsOfYear(db, year).map(contentOf);
  const draft = content.drafted.length > 0 || hasErrors(reviewDepartmentTable(year, content, { projects, profile }));
  const table = toDepartmentTable(year, content);
  return {
    name,
    form: departmentForm(table, content.blocks, { draft, profile, layout: department.layout }),
    draft,
    interchange: { targetTables: [], selfEvaluations: [], departmentTables: [table] },
  };
}

/** The 自评表 with the scores the rules suggest where the clerk typed none, as the project 自评表 exports. */
function evaluationExport(db: Database, profile: RuleProfile, year: number): DepartmentExport {
  const content = departmentEvaluations.get(db, year);
  const name = DEPARTMENT_LABELS.evaluationTitle.label;
  if (!content) throw new AppError('not-found', `${year} 年度还没有${name}，请先生成或导入`);
  const draft = hasErrors(reviewDepartmentEvaluation(year, content, { profile }));
  const table = toDepartmentEvaluation(undefined, year, content, scoreDepartmentEvaluation(content));
  return {
    name,
    form: departmentEvaluationForm(table, { draft }),
    draft,
    interchange: { targetTables: [], selfEvaluations: [], departmentEvaluations: [table] },
  };
}

/** The year's 部门整体 table of `form` as a file; `draftProjects` names the table where it is a 草稿. */
export function exportDepartment(db: Database, year: number, form: DepartmentFormName, format: ExportFormat): PreparedExport {
  const department = readDepartment(db);
  const profile = readRuleProfile(db);
  const table = form === 'department' ? targetTableExport(db, department, profile, year) : evaluationExport(db, profile, year);
  const draft = table.draft ? '（草稿）' : '';
  const title = `${department.name}${year}年${table.name}${draft}`;
  const plan: ExportPlan =
    format === 'xlsx'
      ? { kind: 'xlsx', workbook: { title, summary: null, moneyFormat: '0.00', stackedSheet: null, forms: [{ name: table.name, form: table.form }] } }
      : format === 'docx'
        ? { kind: 'docx', document: { title, opening: [`附件：${year}年度${table.name}`], forms: [table.form] } }
        : { kind: 'json', text: `${JSON.stringify(table.interchange, null, 2)}\n` };
  return { fileName: `${safeFileName(title)}.${EXTENSION[format]}`, mimeType: MIME[format], draftProjects: table.draft ? [table.name] : [], plan };
}
