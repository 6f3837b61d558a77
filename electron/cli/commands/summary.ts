/** `jixiao summary DEPT_FILE --year N`: the 决算 report's paragraph on the year's self-evaluation results. */
import path from 'node:path';
import { readDepartment } from '../../db/department';
import { openDepartmentDb } from '../../db/open';
import { yearSummary } from '../../services/evaluations';
import type { CommandOutput } from '../output';

export function summaryCommand(file: string, year: number): CommandOutput {
  const db = openDepartmentDb(path.resolve(file), { readonly: true });
  try {
    const { text, missing } = yearSummary(db, readDepartment(db).name, year);
    return { stdout: text, stderr: missing.length ? `注意：${missing.length} 个项目还没有自评表：${missing.join('、')}\n` : '', status: 0 };
  } finally {
    db.close();
  }
}
