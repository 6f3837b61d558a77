/**
 * Reading a workbook (or a Word document) of 绩效目标表, 自评表, 执行监控表 and the 部门整体 tables, whatever its layout: every
 * visible sheet, every table in it (one per sheet or stacked). Nothing is written; the caller
 * decides what to keep.
 */
import path from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { TargetTable } from '../../shared/interchange/targetTable';
import type { DepartmentEvaluation, DepartmentTable } from '../../shared/interchange/departmentTable';
import type { MonitoringTable } from '../../shared/interchange/monitoring';
import type { SelfEvaluation } from '../../shared/interchange/selfEvaluation';
import { readDocument } from './docxSheets';
import { LIMITS, sourceKind, type SourceKind } from './fileGuard';
import type { LayoutMap, SheetExcerpt } from '../../shared/forms/layoutMap';
import { readWithMaps } from './mapReader';
import { readMonitoring } from './readMonitoring';
import { readDepartmentEvaluation } from './readDepartmentEvaluation';
import { readDepartmentTable } from './readDepartmentTable';
import { readSelfEvaluation } from './readSelfEvaluation';
import { readTargetTable } from './readTargetTable';
import { sheetExcerpt } from './sheetExcerpt';
import { SheetGrid, VisibleRows } from './sheetGrid';
import { tableRegions } from './tableRegions';
import { readXls } from './xlsSheets';
import { readSheets, type Sheet } from './xlsxSheets';
import { OverLimit } from './zipXml';
import { readPdf, type PdfNotes } from './pdfSheets';

/** Work done / work there is, for a progress bar. */
export type Progress = (done: number, total: number) => void;

/** What a file holds, in the interchange shapes `jixiao import --json` prints. */
export interface ImportResult {
  targetTables: TargetTable[];
  selfEvaluations: SelfEvaluation[];
  monitoring: MonitoringTable[];
  departmentTables: DepartmentTable[];
  departmentEvaluations: DepartmentEvaluation[];
  /** Sheets with content where no table could be placed, and why. */
  unplaced: { sheet: string; reason: string }[];
  warnings: string[];
}

/** Where a table stands and what the preview says of it. */
export interface TableNote {
  sheet: string;
  row: number;
  warnings: string[];
  /** Header fields of its layout that the table does not have. */
  missing: string[];
  /** Read from a PDF: the pages it is printed on, and what the reader was unsure of in it (a broken ruling, a cell split across a page). */
  pages: number[];
  doubts: string[];
}

/** What the import preview shows beside the result. */
export interface ReadWorkbook extends ImportResult {
  /** One per target table, in order, one per 自评表, one per 执行监控表, and one per 部门整体 table. */
  targetNotes: TableNote[];
  evaluationNotes: TableNote[];
  monitoringNotes: TableNote[];
  departmentTableNotes: TableNote[];
  departmentEvaluationNotes: TableNote[];
  /** Read from a PDF: its tables rebuilt from what the pages print, which the clerk is to check against the file. */
  fromPdf: boolean;
  /** The cells of the first unplaced sheets (UNPLACED_SHOWN), for the clerk to point out a table's fields in. */
  unplacedSheets: { sheet: string; excerpt: SheetExcerpt }[];
}

/** How many unplaced sheets the preview shows the cells of: a workbook of many such sheets is no 绩效表. */
export const UNPLACED_SHOWN = 50;

export interface ReadOptions {
  /** Hears tables read / tables found. */
  onProgress?: Progress;
  /** Where the caller has already looked at the bytes. */
  kind?: Exclude<SourceKind, 'json'>;
  /** Layout maps, tried on each sheet where the labels placed no table. */
  maps?: readonly LayoutMap[];
}

/** A sheet with something in it. */
function hasContent(grid: SheetGrid): boolean {
  for (let r = 1; r <= grid.rows; r++) if (grid.visible(r).some((c) => c.text !== '')) return true;
  return false;
}

function overLimitMessage(name: string, { limit, where }: OverLimit): string {
  const place = 'sheet' in where ? `工作表“${where.sheet}”` : `“${where.part}”`;
  const part = 'part' in where ? `（${where.part}）` : '';
  const at = 'part' in where ? where.part : where.sheet;
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
    pdfPages: `有 ${at} 页，超过 ${LIMITS.pdfPages} 页`,
    pdfOperations: `的${at}绘图指令超过 ${LIMITS.pdfOperations} 条`,
    pdfSeconds: `读了 ${LIMITS.pdfSeconds} 秒仍未读完（读到${at}）`,
  }[limit];
  return `“${name}”${what}，不像是绩效表，已拒绝`;
}

/** The sheets of a file, one after the other: a Word document is one sheet of its paragraphs and tables, and so is a PDF, with its pages and doubts. */
async function* sheetsOf(kind: Exclude<SourceKind, 'json'>, bytes: Buffer, name: string): AsyncGenerator<{ sheet: Sheet; notes?: PdfNotes }> {
  if (kind === 'xlsx') for await (const sheet of readSheets(bytes)) yield { sheet };
  else if (kind === 'xls') for (const sheet of readXls(bytes)) yield { sheet };
  else if (kind === 'pdf') yield await readPdf(bytes, name);
  else yield { sheet: await readDocument(bytes) };
}

const KIND_NAMES = { xlsx: 'Excel 工作簿', xls: 'Excel 97–2003 工作簿', docx: 'Word 文档', pdf: 'PDF 文件' } as const;

/** The pages rows `from`–`to` of a PDF's sheet are printed on, and the doubts said of them. */
function pdfPlace(notes: PdfNotes | undefined, from: number, to: number): Pick<TableNote, 'pages' | 'doubts'> {
  if (!notes) return { pages: [], doubts: [] };
  const pages = new Set<number>();
  for (let r = from; r <= to; r++) for (const page of notes.pages[r] ?? []) pages.add(page);
  return { pages: [...pages].sort((a, b) => a - b), doubts: [...new Set(notes.doubts.filter((d) => d.row >= from && d.row <= to).map((d) => d.text))] };
}

export async function readWorkbook(bytes: Buffer, fileName: string, { onProgress, kind, maps = [] }: ReadOptions = {}): Promise<ReadWorkbook> {
  const name = path.basename(fileName);
  const source = kind ?? (await sourceKind(bytes, name));
  if (source === 'json') throw new AppError('bad-request', `“${name}”是数据包，不是工作簿`);
  const grids: SheetGrid[] = [];
  const pdfNotes = new Map<SheetGrid, PdfNotes>();
  const visibleRows = new VisibleRows();
  try {
    for await (const { sheet, notes } of sheetsOf(source, bytes, name)) {
      const grid = new SheetGrid(sheet, visibleRows);
      grids.push(grid);
      if (notes) pdfNotes.set(grid, notes);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof OverLimit) throw new AppError('bad-request', overLimitMessage(name, error));
    throw new AppError('bad-request', `“${name}”无法作为 ${KIND_NAMES[source]}读取（${error instanceof Error ? error.message.slice(0, 120) : '格式错误'}）`);
  }
  // Every table is found first, so that progress can say how many there are.
  const found = grids.flatMap((grid) => tableRegions(grid).map((region) => ({ grid, region })));
  const result: ReadWorkbook = {
    targetTables: [],
    selfEvaluations: [],
    monitoring: [],
    departmentTables: [],
    departmentEvaluations: [],
    unplaced: [],
    warnings: [],
    targetNotes: [],
    evaluationNotes: [],
    monitoringNotes: [],
    departmentTableNotes: [],
    departmentEvaluationNotes: [],
    fromPdf: source === 'pdf',
    unplacedSheets: [],
  };
  let current: string[] = [];
  const record = (message: string) => result.warnings.push(`${name}：${message}`);
  const warn = (message: string) => {
    record(message);
    current.push(message);
  };
  const placed = new Set<SheetGrid>();
  found.forEach(({ grid, region }, index) => {
    current = [];
    const place = pdfPlace(pdfNotes.get(grid), region.top, region.end);
    place.doubts.forEach(record);
    if (region.kind === '自评表') {
      const table = readSelfEvaluation(grid, region, warn);
      if (table) {
        placed.add(grid);
        result.selfEvaluations.push(table);
        result.evaluationNotes.push({ sheet: grid.name, row: region.start, warnings: current, missing: [], ...place });
      }
    } else if (region.kind === '执行监控表') {
      const table = readMonitoring(grid, region, warn);
      if (table) {
        placed.add(grid);
        result.monitoring.push(table);
        result.monitoringNotes.push({ sheet: grid.name, row: region.start, warnings: current, missing: [], ...place });
      }
    } else if (region.kind === '绩效目标表') {
      const read = readTargetTable(grid, region, warn);
      if (read) {
        const { missing, ...table } = read;
        placed.add(grid);
        result.targetTables.push(table);
        result.targetNotes.push({ sheet: grid.name, row: region.start, warnings: current, missing, ...place });
      } else result.unplaced.push({ sheet: grid.name, reason: `第 ${region.start} 行有“项目名称”，但下面没有指标表（“一级指标 … 三级指标 … 指标值”表头）` });
    } else if (region.kind === '部门整体支出绩效目标表') {
      placed.add(grid);
      result.departmentTables.push(readDepartmentTable(grid, region, warn));
      result.departmentTableNotes.push({ sheet: grid.name, row: region.start, warnings: current, missing: [], ...place });
    } else {
      const table = readDepartmentEvaluation(grid, region, warn);
      if (table) {
        placed.add(grid);
        result.departmentEvaluations.push(table);
        result.departmentEvaluationNotes.push({ sheet: grid.name, row: region.start, warnings: current, missing: [], ...place });
      } else result.unplaced.push({ sheet: grid.name, reason: `第 ${region.start} 行有“部门（单位）名称”，但下面没有指标表（“年度指标值”表头）` });
    }
    onProgress?.(index + 1, found.length);
  });
  for (const grid of grids) {
    if (placed.has(grid) || !hasContent(grid)) continue;
    const mapped = readWithMaps(grid, maps, record);
    for (const { table, row, warnings } of mapped) {
      const { missing, ...read } = table;
      result.targetTables.push(read);
      result.targetNotes.push({ sheet: grid.name, row, warnings, missing, ...pdfPlace(pdfNotes.get(grid), row, row) });
    }
    if (mapped.length > 0) {
      result.unplaced = result.unplaced.filter((u) => u.sheet !== grid.name);
      continue;
    }
    if (!result.unplaced.some((u) => u.sheet === grid.name)) result.unplaced.push({ sheet: grid.name, reason: '没有找到“项目名称”等表头，不像是绩效表' });
    if (result.unplacedSheets.length < UNPLACED_SHOWN) result.unplacedSheets.push({ sheet: grid.name, excerpt: sheetExcerpt(grid) });
  }
  return result;
}
