/** Exporting a department's 执行监控表 of a year: Excel (with the 汇总 sheet of the lights), Word, or the interchange JSON. */
import type { Database } from 'better-sqlite3';
import { checkMonitoring } from '../../shared/checker/monitoringRules';
import { monitoringForm } from '../../shared/forms/monitoringForm';
import { monitoringSummaryTable } from '../../shared/forms/summary';
import { monitoringLights } from '../../shared/monitoring/lights';
import { ruleSettings } from '../../shared/profiles/apply';
import { monitoringThresholds } from '../../shared/profiles/profile';
import { readRuleProfile, type DepartmentMeta } from '../db/department';
import { monitoredProjects } from '../db/monitoring';
import { chosenTables, prepareFormsExport } from './exportEvaluations';
import type { ExportRequest } from './exportProjects';
import type { PreparedExport } from './renderExport';

export function prepareMonitoringExport(db: Database, department: DepartmentMeta, request: ExportRequest): PreparedExport {
  const monitored = chosenTables(monitoredProjects(db, request.year), request, '执行监控表');
  const profile = readRuleProfile(db);
  const thresholds = monitoringThresholds(profile);
  const tables = monitored.map((m) => m.table);
  const drafts = tables.map((t) => checkMonitoring(t, thresholds, ruleSettings(profile)).some((f) => f.severity === '错误'));
  const title = `${department.name}${request.year}年项目支出绩效目标执行监控表`;
  return prepareFormsExport(request, tables, drafts, {
    fileTitle: title,
    documentTitle: title,
    appendixName: '项目支出绩效目标执行监控表',
    summary: monitoringSummaryTable(
      request.year,
      tables,
      tables.map((t) => monitoringLights(t, thresholds)),
    ),
    stackedSheet: '执行监控表',
    form: monitoringForm,
    interchange: { targetTables: [], selfEvaluations: [], monitoring: tables },
  });
}
