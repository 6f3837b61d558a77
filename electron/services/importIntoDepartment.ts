/**
 * The import as the app and the command line do it: a preview of what a file holds (nothing
 * written), then the tables chosen (绩效目标表, 自评表, 执行监控表 and the 部门整体 tables), each into its own year or the one
 * chosen, with its own answer to a name conflict, in one transaction after a backup.
 */
import type { Database } from 'better-sqlite3';
import type { ImportOutcome, ImportPreview, PreviewFinding } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import type { ConflictPolicy } from '../../shared/api/schemas';
import { checkProject, countFindings, type Finding } from '../../shared/checker';
import { fromTargetTable, toTargetTable, type TargetTable } from '../../shared/interchange/targetTable';
import { defaultFiscalYear } from '../../shared/fiscalYear';
import { fenToWan } from '../../shared/money';
import { unitSlip, withUnitSlipCorrected } from '../../shared/unitSlip';
import { LAYOUTS } from '../../shared/layouts';
import { ruleSettings } from '../../shared/profiles/apply';
import { writeAfterBackup } from '../db/backups';
import { insertDepartment, readDepartment, readRuleProfile, type DepartmentMeta } from '../db/department';
import { getEvaluation } from '../db/evaluations';
import { createDepartmentDb } from '../db/open';
import { projectIdByName, projectNameTaken, projectsOfYear } from '../db/projects';
import { layoutChange } from '../../shared/layoutConversion';
import { checkSelfEvaluation } from '../../shared/checker/selfEvaluationRules';
import { fromSelfEvaluation } from '../../shared/evaluation/fromInterchange';
import { importEvaluations, importMonitoring } from '../import/importEvaluations';
import { checkMonitoring } from '../../shared/checker/monitoringRules';
import { fromMonitoringTable } from '../../shared/monitoring/interchange';
import { monitoringThresholds } from '../../shared/profiles/profile';
import { getMonitoring } from '../db/monitoring';
import { importTables } from '../import/importTables';
import { importDepartmentEvaluations, importDepartmentTables } from '../import/importDepartmentTables';
import { departmentEvaluations, departmentTables } from '../db/departmentTables';
import { fromDepartmentTable } from '../../shared/department/interchange';
import { fromDepartmentEvaluation } from '../../shared/department/evaluation';
import { reviewDepartmentEvaluation, reviewDepartmentTable } from '../../shared/department/review';
import { contentOf } from '../../shared/project';
import type { ReadWorkbook, TableNote } from '../import/readWorkbook';

export type ImportChoices = { index: number; onConflict: ConflictPolicy; acceptUnitSlip?: boolean }[];

/** A table's findings for the preview: their counts, and each as the checks panel words it. */
function findingsOf(findings: Finding[]): { errors: number; warnings: number; findings: PreviewFinding[] } {
  return { ...countFindings(findings), findings: findings.map(({ severity, location, message }) => ({ severity, location, message })) };
}

/** The preview of what was read (nothing written). */
export function previewImport(db: Database, read: ReadWorkbook, intoYear: number | null): ImportPreview {
  const departmentLayout = readDepartment(db).layout;
  // Checked by the department's rules, as they will be once imported.
  const profile = readRuleProfile(db);
  // A table without a year is checked, and looked up, as of the year being prepared until the clerk chooses one.
  const lookupYear = (year: number | null) => intoYear ?? year ?? defaultFiscalYear(new Date());
  /** A 自评表 or 执行监控表: read from a region of its own, it names no place and changes no layout; it conflicts with the one its project already has. */
  const formPreview = (
    index: number,
    kind: '自评表' | '执行监控表',
    table: { projectName: string; year: number | null; indicators: unknown[] },
    form: { layout: string; findings: Finding[]; notes: string[]; stored: (db: Database, projectId: number) => unknown; note: TableNote | undefined },
  ) => {
    const project = projectIdByName(db, lookupYear(table.year), table.projectName.trim());
    return {
      index,
      kind,
      projectName: table.projectName,
      year: table.year,
      layout: form.layout,
      indicatorCount: table.indicators.length,
      taskCount: null,
      ...findingsOf(form.findings),
      notes: form.notes,
      conflict: project !== null && form.stored(db, project) !== null,
      layoutChange: null,
      sheet: '',
      row: 0,
      pages: form.note?.pages ?? [],
      doubts: form.note?.doubts ?? [],
      missing: [],
      otherInfo: [],
      unitSlip: null,
    };
  };
  /** A 部门整体 table: the department's one of its year, which it replaces only where the clerk chooses; checked as the year's would be. */
  const departmentPreview = (
    index: number,
    kind: '部门整体支出绩效目标表' | '部门整体支出绩效自评表',
    table: { departmentName: string; year: number | null; indicators: unknown[]; tasks: unknown[] },
    form: { stored: (db: Database, year: number) => unknown; findings: (year: number) => Finding[]; notes: string[]; note: TableNote | undefined },
  ) => ({
    index,
    kind,
    projectName: table.departmentName,
    year: table.year,
    layout: '',
    indicatorCount: table.indicators.length,
    taskCount: table.tasks.length,
    ...findingsOf(form.findings(lookupYear(table.year))),
    notes: [...(form.note?.warnings ?? []), ...form.notes],
    conflict: form.stored(db, lookupYear(table.year)) !== null,
    layoutChange: null,
    sheet: form.note?.sheet ?? '',
    row: form.note?.row ?? 0,
    pages: form.note?.pages ?? [],
    doubts: form.note?.doubts ?? [],
    missing: [],
    otherInfo: [],
    unitSlip: null,
  });
  const departmentFrom = read.targetTables.length + read.selfEvaluations.length + read.monitoring.length;
  return {
    tables: [
      ...read.targetTables.map((table, index) => {
        const { content } = fromTargetTable(table);
        const year = lookupYear(table.year);
        const note = read.targetNotes[index];
        const slip = unitSlip(content);
        return {
          index,
          kind: '绩效目标表' as const,
          projectName: table.projectName,
          year: table.year,
          layout: table.layout,
          indicatorCount: table.indicators.length,
          taskCount: null,
          ...findingsOf(checkProject(content, LAYOUTS[table.layout], year, profile)),
          notes: note?.warnings ?? [],
          conflict: projectNameTaken(db, year, table.projectName.trim()),
          layoutChange: layoutChange(content, table.layout, departmentLayout),
          sheet: note?.sheet ?? '',
          row: note?.row ?? 0,
          pages: note?.pages ?? [],
          doubts: note?.doubts ?? [],
          missing: note?.missing ?? [],
          otherInfo: content.otherInfo,
          unitSlip: slip && { annual: fenToWan(slip.annual), corrected: fenToWan(slip.corrected), evidence: slip.evidence },
        };
      }),
      ...read.selfEvaluations.map((table, i) => {
        const { content, notes } = fromSelfEvaluation(table);
        const findings = checkSelfEvaluation(table, ruleSettings(profile));
        return formPreview(read.targetTables.length + i, '自评表', table, {
          layout: content.variant,
          findings,
          notes,
          stored: getEvaluation,
          note: read.evaluationNotes[i],
        });
      }),
      ...read.monitoring.map((table, i) => {
        const { notes } = fromMonitoringTable(table);
        const findings = checkMonitoring(table, monitoringThresholds(profile), ruleSettings(profile));
        const index = read.targetTables.length + read.selfEvaluations.length + i;
        return formPreview(index, '执行监控表', table, {
          layout: `1-${table.month}月`,
          findings,
          notes,
          stored: getMonitoring,
          note: read.monitoringNotes[i],
        });
      }),
      ...read.departmentTables.map((table, i) =>
        departmentPreview(departmentFrom + i, '部门整体支出绩效目标表', table, {
          stored: departmentTables.get,
          findings: (year) => reviewDepartmentTable(year, fromDepartmentTable(table).content, { projects: projectsOfYear(db, year).map(contentOf), profile }),
          notes: [],
          note: read.departmentTableNotes[i],
        }),
      ),
      ...read.departmentEvaluations.map((table, i) => {
        const { content, notes } = fromDepartmentEvaluation(table);
        return departmentPreview(departmentFrom + read.departmentTables.length + i, '部门整体支出绩效自评表', table, {
          stored: departmentEvaluations.get,
          findings: (year) => reviewDepartmentEvaluation(year, content, { profile }),
          notes,
          note: read.departmentEvaluationNotes[i],
        });
      }),
    ],
    unplaced: read.unplaced,
    fromPdf: read.fromPdf,
    unplacedSheets: read.unplacedSheets,
    warnings: read.warnings,
  };
}

/** A table with its amounts read as 元, where the clerk accepted it and they divide exactly. */
function withSlipAccepted(table: TargetTable, year: number): TargetTable {
  const { layout, content } = fromTargetTable(table);
  const corrected = withUnitSlipCorrected(content);
  return corrected ? toTargetTable(layout, year, corrected) : table;
}

/** Writes the chosen tables of what was read into a department file, after a backup, in one transaction. */
export function importIntoDepartment(db: Database, read: ReadWorkbook, intoYear: number | null, choices: ImportChoices): ImportOutcome[] {
  return writeAfterBackup(db, '导入前', () => writeChosen(db, read, intoYear, choices));
}

/** A new department file holding the chosen tables: made and filled in one transaction (there is nothing to back up). */
export function importIntoNewDepartment(
  file: string,
  department: DepartmentMeta,
  read: ReadWorkbook,
  intoYear: number | null,
  choices: ImportChoices,
): ImportOutcome[] {
  let outcomes: ImportOutcome[] = [];
  const db = createDepartmentDb(file, (created) => {
    insertDepartment(created, department);
    outcomes = writeChosen(created, read, intoYear, choices);
  });
  db.close();
  return outcomes;
}

function writeChosen(db: Database, read: ReadWorkbook, intoYear: number | null, choices: ImportChoices): ImportOutcome[] {
  const all = [...read.targetTables, ...read.selfEvaluations, ...read.monitoring, ...read.departmentTables, ...read.departmentEvaluations];
  const picked = choices.map((choice) => {
    const table = all[choice.index];
    if (!table) throw new AppError('bad-request', `文件中没有第 ${choice.index + 1} 张表`);
    const year = intoYear ?? table.year;
    if (!year) throw new AppError('bad-request', `“${'projectName' in table ? table.projectName : table.departmentName}”没有年度，请选择导入到哪一年度`);
    return { index: choice.index, year, onConflict: choice.onConflict, acceptUnitSlip: choice.acceptUnitSlip ?? false };
  });
  const targets = picked.flatMap(({ acceptUnitSlip, ...p }) => {
    const table = read.targetTables[p.index];
    return table ? [{ ...p, table: acceptUnitSlip ? withSlipAccepted(table, p.year) : table }] : [];
  });
  const evaluationsFrom = read.targetTables.length;
  const monitoringFrom = evaluationsFrom + read.selfEvaluations.length;
  const evaluations = picked.flatMap(({ acceptUnitSlip: _, ...p }) =>
    p.index >= evaluationsFrom && p.index < monitoringFrom ? [{ ...p, table: read.selfEvaluations[p.index - evaluationsFrom]! }] : [],
  );
  const departmentFrom = monitoringFrom + read.monitoring.length;
  const monitoring = picked.flatMap(({ acceptUnitSlip: _, ...p }) =>
    p.index >= monitoringFrom && p.index < departmentFrom ? [{ ...p, table: read.monitoring[p.index - monitoringFrom]! }] : [],
  );
  const departmentEvaluationsFrom = departmentFrom + read.departmentTables.length;
  const departmentTargets = picked.flatMap(({ acceptUnitSlip: _, ...p }) =>
    p.index >= departmentFrom && p.index < departmentEvaluationsFrom ? [{ ...p, table: read.departmentTables[p.index - departmentFrom]! }] : [],
  );
  const departmentEvaluated = picked.flatMap(({ acceptUnitSlip: _, ...p }) =>
    p.index >= departmentEvaluationsFrom ? [{ ...p, table: read.departmentEvaluations[p.index - departmentEvaluationsFrom]! }] : [],
  );
  // The target tables first, so that each 自评表 and 执行监控表 finds its project.
  return [
    ...importTables(db, targets),
    ...importEvaluations(db, evaluations),
    ...importMonitoring(db, monitoring),
    ...importDepartmentTables(db, departmentTargets),
    ...importDepartmentEvaluations(db, departmentEvaluated),
  ];
}
