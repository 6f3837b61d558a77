/**
 * `jixiao export DEPT_FILE --year N --format xlsx|docx|json --out FILE [--form targets|self-evaluations]
 * [--layout …] [--stacked] [--project NAME]…`: writes the year's 绩效目标表 (or 自评表) to a file;
 * says on stderr which tables are 草稿.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LAYOUT_IDS, type LayoutId } from '../../../shared/layouts';
import { readDepartment } from '../../db/department';
import { openDepartmentDb } from '../../db/open';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/api/schemas';
import { exportProjects } from '../../export/exportProjects';
import { exportEvaluations } from '../../export/exportEvaluations';
import { CliError, type CommandOutput } from '../output';

export interface ExportOptions {
  year: number | undefined;
  format: string | undefined;
  out: string | undefined;
  layout: string | undefined;
  stacked: boolean;
  projects: string[];
  form: string | undefined;
}

export const EXPORT_FORMS = { targets: '绩效目标表', 'self-evaluations': '自评表' } as const;

export async function exportCommand(file: string, options: ExportOptions): Promise<CommandOutput> {
  if (options.year === undefined) throw new CliError('请用 --year 指定年度');
  if (!EXPORT_FORMATS.includes(options.format as ExportFormat)) throw new CliError(`--format 应为 ${EXPORT_FORMATS.join('、')} 之一`);
  if (!options.out) throw new CliError('请用 --out 指定输出文件');
  if (options.layout !== undefined && !LAYOUT_IDS.includes(options.layout as LayoutId)) {
    throw new CliError(`--layout 应为 ${LAYOUT_IDS.join('、')} 之一`);
  }
  const form = options.form ?? 'targets';
  if (!(form in EXPORT_FORMS)) throw new CliError(`--form 应为 ${Object.keys(EXPORT_FORMS).join('、')} 之一`);
  const db = openDepartmentDb(path.resolve(file), { readonly: true });
  try {
    const write = form === 'self-evaluations' ? exportEvaluations : exportProjects;
    const result = await write(db, readDepartment(db), {
      year: options.year,
      format: options.format as ExportFormat,
      stacked: options.stacked,
      ...(options.layout ? { layout: options.layout as LayoutId } : {}),
      ...(options.projects.length ? { projectNames: options.projects } : {}),
    });
    // Written beside the target and renamed into place, so that a failed write never leaves half a file.
    const out = path.resolve(options.out);
    const partial = `${out}.part`;
    fs.writeFileSync(partial, result.bytes);
    fs.renameSync(partial, out);
    const draft = result.draftProjects.length
      ? `注意：${result.draftProjects.length} 个项目有审核错误，已在文件中标为草稿：${result.draftProjects.join('、')}\n`
      : '';
    return { stdout: '', stderr: `${draft}已导出到 ${out}\n`, status: 0 };
  } finally {
    db.close();
  }
}
