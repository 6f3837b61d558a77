/**
 * The import as the app does it: a preview of what a file holds (nothing written), then the
 * tables the clerk ticked (绩效目标表 and 自评表), into the year chosen, each with its own answer to
 * a name conflict.
 */
import type { Database } from 'better-sqlite3';
import type { ImportPreview } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import { checkProject, countFindings } from '../../shared/checker';
import { fromTargetTable } from '../../shared/interchange/targetTable';
import { LAYOUTS } from '../../shared/layouts';
import { projectIdByName, projectNameTaken } from '../db/projects';
import { getEvaluation } from '../db/evaluations';
import { readDepartment } from '../db/department';
import { layoutChange } from '../../shared/layoutConversion';
import { checkSelfEvaluation } from '../../shared/checker/selfEvaluationRules';
import { fromSelfEvaluation } from '../../shared/evaluation/fromInterchange';
import { importEvaluations } from '../import/importEvaluations';
import type { ConflictPolicy } from '../../shared/api/schemas';
import { importTables, type ImportOutcome } from '../import/importTables';
import { readImportFile } from '../import/readImportFile';
import type { ReadWorkbook } from '../import/readWorkbook';

export async function previewImport(db: Database, bytes: Buffer, fileName: string, intoYear: number | null): Promise<ImportPreview> {
  return previewOf(db, await readImportFile(bytes, fileName), intoYear);
}

/** The preview of what was read (nothing written). */
export function previewOf(db: Database, read: ReadWorkbook, intoYear: number | null): ImportPreview {
  const departmentLayout = readDepartment(db).layout;
  return {
    tables: [
      ...read.targetTables.map((table, index) => {
      const { content } = fromTargetTable(table);
      const year = intoYear ?? table.year;
      return {
        index,
        kind: '绩效目标表' as const,
        projectName: table.projectName,
        year: table.year,
        layout: table.layout,
        indicatorCount: table.indicators.length,
        ...countFindings(checkProject(content, LAYOUTS[table.layout], year)),
        notes: read.targetWarnings[index] ?? [],
        conflict: projectNameTaken(db, year, table.projectName.trim()),
        layoutChange: layoutChange(content, table.layout, departmentLayout),
      };
    }),
      ...read.selfEvaluations.map((table, i) => {
        const { content, notes } = fromSelfEvaluation(table);
        const year = intoYear ?? table.year;
        const project = projectIdByName(db, year, table.projectName.trim());
        return {
          index: read.targetTables.length + i,
          kind: '自评表' as const,
          projectName: table.projectName,
          year: table.year,
          layout: content.variant,
          indicatorCount: table.indicators.length,
          ...countFindings(checkSelfEvaluation(table)),
          notes,
          conflict: project !== null && getEvaluation(db, project) !== null,
          layoutChange: null,
        };
      }),
    ],
    warnings: read.warnings,
  };
}

export async function importChosen(
  db: Database,
  bytes: Buffer,
  fileName: string,
  intoYear: number | null,
  choices: { index: number; onConflict: ConflictPolicy }[],
): Promise<ImportOutcome[]> {
  return writeChosen(db, await readImportFile(bytes, fileName), intoYear, choices);
}

/** Writes the chosen tables of what was read, in one transaction. */
export function writeChosen(db: Database, read: ReadWorkbook, intoYear: number | null, choices: { index: number; onConflict: ConflictPolicy }[]): ImportOutcome[] {
  const all = [...read.targetTables, ...read.selfEvaluations];
  const picked = choices.map((choice) => {
    const table = all[choice.index];
    if (!table) throw new AppError('bad-request', `文件中没有第 ${choice.index + 1} 张表`);
    const year = intoYear ?? table.year;
    if (!year) throw new AppError('bad-request', `“${table.projectName}”没有年度，请选择导入到哪一年度`);
    return { index: choice.index, year, onConflict: choice.onConflict };
  });
  const targets = picked.flatMap((p) => (p.index < read.targetTables.length ? [{ ...p, table: read.targetTables[p.index]! }] : []));
  const evaluations = picked.flatMap((p) => (p.index >= read.targetTables.length ? [{ ...p, table: read.selfEvaluations[p.index - read.targetTables.length]! }] : []));
  // One transaction: the target tables first, so that each 自评表 finds its project.
  return db.transaction(() => [...importTables(db, targets), ...importEvaluations(db, evaluations)])();
}
