/** The bytes of a prepared export: plain data in, a file out, so that it can run in a worker thread. */
import { writeFormsDocument, type DocumentPlan } from './docxDocument';
import { writeFormsWorkbook, type FormsWorkbook } from './xlsxWorkbook';

export type ExportPlan = { kind: 'xlsx'; workbook: FormsWorkbook } | { kind: 'docx'; document: DocumentPlan } | { kind: 'json'; text: string };

export interface PreparedExport {
  fileName: string;
  mimeType: string;
  /** Projects with 错误 findings: the file marks them 草稿. */
  draftProjects: string[];
  plan: ExportPlan;
}

export async function renderExport(plan: ExportPlan, onProgress?: (done: number, total: number) => void): Promise<Buffer> {
  if (plan.kind === 'xlsx') return writeFormsWorkbook(plan.workbook, onProgress);
  if (plan.kind === 'docx') return writeFormsDocument(plan.document, onProgress);
  onProgress?.(1, 1);
  return Buffer.from(plan.text, 'utf8');
}
