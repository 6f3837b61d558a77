/** Whatever a clerk hands to the importer: a workbook (.xlsx, .xls), a Word document (.docx), a PDF, or an interchange JSON data package. */
import path from 'node:path';
import { AppError } from '../../shared/api/errors';
import { interchangePackageSchema, targetTableListSchema } from '../../shared/interchange/schemas';
import { sourceKind } from './fileGuard';
import { readWorkbook, type ReadOptions, type ReadWorkbook } from './readWorkbook';

function readInterchange(bytes: Buffer, name: string): ReadWorkbook {
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new AppError('bad-request', `“${name}”不是有效的 JSON 数据包`);
  }
  const parsed = Array.isArray(data)
    ? targetTableListSchema
        .transform((targetTables) => ({ targetTables, selfEvaluations: [], monitoring: [], departmentTables: [], departmentEvaluations: [] }))
        .safeParse(data)
    : interchangePackageSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('bad-request', `“${name}”不是绩效填报助手的数据包：${issue.path.map(String).join('.')} ${issue.message}`);
  }
  const { targetTables, selfEvaluations, monitoring, departmentTables, departmentEvaluations } = parsed.data;
  const packageNote = () => ({ sheet: name, row: 0, warnings: [], missing: [], pages: [], doubts: [] });
  return {
    targetTables,
    selfEvaluations,
    monitoring,
    departmentTables,
    departmentEvaluations,
    unplaced: [],
    warnings: [],
    targetNotes: targetTables.map(packageNote),
    evaluationNotes: selfEvaluations.map(packageNote),
    monitoringNotes: monitoring.map(packageNote),
    departmentTableNotes: departmentTables.map(packageNote),
    departmentEvaluationNotes: departmentEvaluations.map(packageNote),
    fromPdf: false,
    unplacedSheets: [],
  };
}

/** `maps`: layout maps for the sheets of a workbook the labels do not place. */
export async function readImportFile(bytes: Buffer, fileName: string, { onProgress, maps }: Omit<ReadOptions, 'kind'> = {}): Promise<ReadWorkbook> {
  const name = path.basename(fileName);
  const kind = await sourceKind(bytes, name);
  if (kind !== 'json') return readWorkbook(bytes, fileName, { onProgress, kind, maps });
  const read = readInterchange(bytes, name);
  const count =
    read.targetTables.length + read.selfEvaluations.length + read.monitoring.length + read.departmentTables.length + read.departmentEvaluations.length;
  onProgress?.(count, count);
  return read;
}
