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
import { chosenTables } from './exportEvaluations';
import { EXTENSION, MIME, safeFileName, type ExportRequest } from './exportProjects';
import type { ExportPlan, PreparedExport } from './renderExport';

export function prepareMonitoringExport(db: Database, department: DepartmentMeta, request: ExportRequest): PreparedExport {
  const monitored = chosenTables(monitoredProjects(db, request.year), request, '执行监控表');
  const profile = readRuleProfile(db);
  const thresholds = monitoringThresholds(profile);
  const tables = monitored.map((m) => m.table);
  const drafts = tables.map((t) => checkMonitoring(t, thresholds, ruleSettings(profile)).some((f) => f.severity === '错误'));
  const draftProjects = tables.filter((_, i) => drafts[i]).map((t) => t.projectName);
  const draft = draftProjects.length > 0 ? '（草稿）' : '';
  const title = `${department.name}${request.year}年项目支出绩效目标执行监控表${draft}`;
  const forms = tables.map((t, i) => monitoringForm(t, { draft: drafts[i]! }));

  const plan: ExportPlan =
    request.format === 'xlsx'
      ? {
          kind: 'xlsx',
          workbook: {
            title,
            summary: monitoringSummaryTable(
              request.year,
              tables,
              tables.map((t) => monitoringLights(t, thresholds)),
            ),
            moneyFormat: '0.00',
            stackedSheet: request.stacked ? '执行监控表' : null,
            forms: tables.map((t, i) => ({ name: t.projectName, form: forms[i]! })),
          },
        }
      : request.format === 'docx'
        ? { kind: 'docx', document: { title, opening: [`附件：${request.year}年度项目支出绩效目标执行监控表（${tables.length} 个）`], forms } }
        : { kind: 'json', text: `${JSON.stringify({ targetTables: [], selfEvaluations: [], monitoring: tables }, null, 2)}\n` };
  return { fileName: `${safeFileName(title)}.${EXTENSION[request.format]}`, mimeType: MIME[request.format], draftProjects, plan };
}
