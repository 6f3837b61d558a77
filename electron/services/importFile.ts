/**
 * The import as the app does it: a preview of what a file holds (nothing written), then the
 * tables the clerk ticked, into the year chosen, each with its own answer to a name conflict.
 */
import type { Database } from 'better-sqlite3';
import type { ImportPreview } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import { checkProject, countFindings } from '../../shared/checker';
import { fromTargetTable } from '../../shared/interchange';
import { LAYOUTS } from '../../shared/layouts';
import { projectNameTaken } from '../db/projects';
import { importTables, type ConflictPolicy, type ImportOutcome } from '../import/importTables';
import { readImportFile } from '../import/readImportFile';

export async function previewImport(db: Database, bytes: Buffer, fileName: string, intoYear: number | null): Promise<ImportPreview> {
  const read = await readImportFile(bytes, fileName);
  return {
    tables: read.targetTables.map((table, index) => {
      const { content } = fromTargetTable(table);
      const year = intoYear ?? table.year;
      return {
        index,
        projectName: table.projectName,
        year: table.year,
        layout: table.layout,
        indicatorCount: table.indicators.length,
        ...countFindings(checkProject(content, LAYOUTS[table.layout], year)),
        notes: read.targetWarnings[index] ?? [],
        conflict: projectNameTaken(db, year, table.projectName.trim()),
      };
    }),
    selfEvaluationCount: read.selfEvaluations.length,
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
  const read = await readImportFile(bytes, fileName);
  const picked = choices.map((choice) => {
    const table = read.targetTables[choice.index];
    if (!table) throw new AppError('bad-request', `文件中没有第 ${choice.index + 1} 张表`);
    const year = intoYear ?? table.year;
    if (!year) throw new AppError('bad-request', `“${table.projectName}”没有年度，请选择导入到哪一年度`);
    return { table, year, onConflict: choice.onConflict };
  });
  return importTables(db, picked);
}
