/**
 * Exporting a year of a department file: the 绩效目标表, or the 自评表 or 执行监控表 of the projects that have one,
 * or the department's own 部门整体支出绩效目标表 or 自评表.
 */
import type { Database } from 'better-sqlite3';
import { readDepartment } from '../db/department';
import { exportDepartment, type DepartmentFormName } from '../export/exportDepartment';
import { prepareEvaluationsExport } from '../export/exportEvaluations';
import { prepareMonitoringExport } from '../export/exportMonitoring';
import { prepareProjectsExport, type ExportRequest } from '../export/exportProjects';
import { renderExport, type PreparedExport } from '../export/renderExport';

export interface FormExportRequest extends ExportRequest {
  form?: 'targets' | 'selfEvaluations' | 'monitoring' | DepartmentFormName;
}

export { exportDepartment };

/** What the export will write, laid out; the bytes are made by renderExport, in a worker thread in the app. */
export function prepareExport(db: Database, request: FormExportRequest): PreparedExport {
  if (request.form === 'department' || request.form === 'departmentEvaluation') return exportDepartment(db, request.year, request.form, request.format);
  const prepare =
    request.form === 'selfEvaluations' ? prepareEvaluationsExport : request.form === 'monitoring' ? prepareMonitoringExport : prepareProjectsExport;
  return prepare(db, readDepartment(db), request);
}

/** The export with its bytes, made in this thread (the command line). */
export async function exportHere(db: Database, request: FormExportRequest): Promise<Omit<PreparedExport, 'plan'> & { bytes: Buffer }> {
  const { plan, ...file } = prepareExport(db, request);
  return { ...file, bytes: await renderExport(plan) };
}
