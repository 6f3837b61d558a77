/** `jixiao summary DEPT_FILE --year N`: the 决算 report's paragraph on the year's self-evaluation results. */
import { inDepartmentFile } from '../../services/departmentFile';
import { yearSummary } from '../../services/evaluations';
import type { CommandOutput } from '../output';

export async function summaryCommand(file: string, year: number): Promise<CommandOutput> {
  const { text, missing } = await inDepartmentFile(file, 'read', (db) => yearSummary(db, year));
  return { stdout: text, stderr: missing.length ? `注意：${missing.length} 个项目还没有自评表：${missing.join('、')}\n` : '', status: 0 };
}
