/**
 * Reading a workbook (or a Word document) of 绩效目标表 and 自评表, whatever its layout: every
 * visible sheet, every table in it (one per sheet or stacked). Nothing is written; the caller
 * decides what to keep.
 */
import path from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { TargetTable } from '../../shared/interchange/targetTable';
import type { SelfEvaluation } from '../../shared/interchange/selfEvaluation';
import { readDocument } from './docxSheets';
import { LIMITS, sourceKind, type SourceKind } from './fileGuard';
import { normLabel } from './labels';
import { readSelfEvaluation } from './readSelfEvaluation';
import { readTargetTable } from './readTargetTable';
import { SheetGrid, VisibleRows } from './sheetGrid';
import { tableRegions, type TableRegion } from './tableRegions';
import { readXls } from './xlsSheets';
import { readSheets, type Sheet } from './xlsxSheets';
import { OverLimit } from './zipXml';

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

function overLimitMessage(name: string, { limit, where }: OverLimit): string {
  const place = 'sheet' in where ? `工作表“${where.sheet}”` : `“${where.part}”`;
  const part = 'part' in where ? `（${where.part}）` : '';
  const what = {
    sheets: `列出的工作表超过 ${LIMITS.sheets} 个`,
    rows: `的${place}超过 ${LIMITS.rows} 行`,
    relationships: `的部件关系${part}超过 ${LIMITS.relationships} 条`,
    cells: `的单元格超过 ${LIMITS.cells} 个（读到${place}）`,
    area: `的工作表范围（行数 × 列数）合计超过 ${LIMITS.area} 格（读到${place}）`,
    styles: `的单元格格式和数字格式${part}超过 ${LIMITS.styles} 种`,
    sharedStrings: `的共享字符串${part}超过 ${LIMITS.sharedStrings} 个`,
    sharedStringChars: `的共享字符串${part}合计超过 ${LIMITS.sharedStringChars} 字`,
    textChars: `的${place}中有一段文字超过 ${LIMITS.textChars} 字（Excel 的单元格最多 32767 字）`,
    depth: `的${place}中 XML 嵌套超过 ${LIMITS.depth} 层`,
  }[limit];
  return `“${name}”${what}，不像是绩效表，已拒绝`;
}

/** The sheets of a file, one after the other: a Word document is one sheet of its paragraphs and tables. */
async function* sheetsOf(kind: Exclude<SourceKind, 'json'>, bytes: Buffer): AsyncGenerator<Sheet> {
  if (kind === 'xlsx') yield* readSheets(bytes);
  else if (kind === 'xls') yield* readXls(bytes);
  else yield await readDocument(bytes);
}

const KIND_NAMES = { xlsx: 'Excel 工作簿', xls: 'Excel 97–2003 工作簿', docx: 'Word 文档' } as const;

/** `onProgress` hears tables read / tables found; `kind` where the caller has already looked at the bytes. */
export async function readWorkbook(bytes: Buffer, fileName: string, onProgress?: Progress, kind?: Exclude<SourceKind, 'json'>): Promise<ReadWorkbook> {
  const name = path.basename(fileName);
  const source = kind ?? (await sourceKind(bytes, name));
  if (source === 'json') throw new AppError('bad-request', `“${name}”是数据包，不是工作簿`);
  const grids: SheetGrid[] = [];
  const visibleRows = new VisibleRows();
  try {
    for await (const sheet of sheetsOf(source, bytes)) grids.push(new SheetGrid(sheet, visibleRows));
  } catch (error) {
    if (error instanceof OverLimit) throw new AppError('bad-request', overLimitMessage(name, error));
    throw new AppError('bad-request', `“${name}”无法作为 ${KIND_NAMES[source]}读取（${error instanceof Error ? error.message.slice(0, 120) : '格式错误'}）`);
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
