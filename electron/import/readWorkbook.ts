/**
 * Reading a workbook of 绩效目标表 and 自评表, whatever its layout: every visible sheet, every
 * table in it (one per sheet or stacked). Nothing is written; the caller decides what to keep.
 */
import path from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { TargetTable } from '../../shared/interchange';
import type { SelfEvaluation } from '../../shared/selfEvaluation';
import { guardWorkbook, LIMITS } from './fileGuard';
import { normLabel } from './labels';
import { readSelfEvaluation } from './readSelfEvaluation';
import { readTargetTable } from './readTargetTable';
import { SheetGrid } from './sheetGrid';
import { tableRegions, type TableRegion } from './tableRegions';
import { readSheets, SheetTooLarge } from './xlsxSheets';

/** Work done / work there is, for a progress bar. */
export type Progress = (done: number, total: number) => void;

export interface ImportResult {
  targetTables: TargetTable[];
  selfEvaluations: SelfEvaluation[];
  warnings: string[];
}

/** What the import preview shows beside the result: the warnings of each target table. */
export interface ReadWorkbook extends ImportResult {
  targetWarnings: string[][];
}

function isSelfEvaluation(grid: SheetGrid, region: TableRegion): boolean {
  if (region.title.includes('自评表')) return true;
  for (let r = region.start; r <= Math.min(region.end, region.start + 6); r++) {
    if (grid.visible(r).some((c) => ['年初预算数', '全年预算数(A)', '全年预算数'].includes(normLabel(c.text)))) return true;
  }
  return false;
}

/** `onProgress` hears tables read / tables found. */
export async function readWorkbook(bytes: Buffer, fileName: string, onProgress?: Progress): Promise<ReadWorkbook> {
  const name = path.basename(fileName);
  await guardWorkbook(bytes, name);
  const grids: SheetGrid[] = [];
  try {
    for await (const sheet of readSheets(bytes)) grids.push(new SheetGrid(sheet));
  } catch (error) {
    if (error instanceof SheetTooLarge) {
      throw new AppError(
        'bad-request',
        {
          rows: `“${name}”的工作表“${error.sheet}”超过 ${LIMITS.rows} 行，不像是绩效表，已拒绝`,
          cells: `“${name}”的单元格超过 ${LIMITS.cells} 个（读到工作表“${error.sheet}”），不像是绩效表，已拒绝`,
          area: `“${name}”的工作表范围（行数 × 列数）合计超过 ${LIMITS.area} 格（读到工作表“${error.sheet}”），不像是绩效表，已拒绝`,
        }[error.limit],
      );
    }
    throw new AppError('bad-request', `“${name}”无法作为 Excel 工作簿读取（${error instanceof Error ? error.message.slice(0, 120) : '格式错误'}）`);
  }
  // Every table is found first, so that progress can say how many there are.
  const found = grids.flatMap((grid) => tableRegions(grid).map((region) => ({ grid, region })));
  const result: ReadWorkbook = { targetTables: [], selfEvaluations: [], warnings: [], targetWarnings: [] };
  let current: string[] = [];
  const warn = (message: string) => {
    result.warnings.push(`${name}：${message}`);
    current.push(message);
  };
  found.forEach(({ grid, region }, index) => {
    current = [];
    if (isSelfEvaluation(grid, region)) {
      const table = readSelfEvaluation(grid, region, warn);
      if (table) result.selfEvaluations.push(table);
    } else {
      const table = readTargetTable(grid, region, warn);
      if (table) {
        result.targetTables.push(table);
        result.targetWarnings.push(current);
      }
    }
    onProgress?.(index + 1, found.length);
  });
  if (result.targetTables.length === 0 && result.selfEvaluations.length === 0) {
    throw new AppError('bad-request', `“${name}”中没有找到绩效目标表或自评表（没有“项目名称”和指标表）`);
  }
  return result;
}
