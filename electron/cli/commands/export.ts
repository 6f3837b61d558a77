/**
 * `jixiao export DEPT_FILE --year N --format xlsx|docx|json --out FILE
 * [--form targets|self-evaluations|monitoring|department|department-evaluation] [--layout …] [--stacked] [--project NAME]…`:
 * writes the year's 绩效目标表 (or 自评表, or 执行监控表, or the 部门整体支出绩效目标表 or 自评表) to a file; says on
 * stderr which tables are 草稿.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { exportFormat, layoutId } from '../../../shared/api/schemas';
import { inDepartmentFile } from '../../services/departmentFile';
import { exportHere } from '../../services/export';
import { choiceOption } from '../options';
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

/** The forms by their names on the command line, and as the API names them. */
const FORM_NAMES = z.enum(['targets', 'self-evaluations', 'monitoring', 'department', 'department-evaluation']);
const FORMS = {
  targets: 'targets',
  'self-evaluations': 'selfEvaluations',
  monitoring: 'monitoring',
  department: 'department',
  'department-evaluation': 'departmentEvaluation',
} as const;

export async function exportCommand(file: string, options: ExportOptions): Promise<CommandOutput> {
  const { year } = options;
  if (year === undefined) throw new CliError('请用 --year 指定年度');
  const format = choiceOption('--format', exportFormat, options.format);
  if (!options.out) throw new CliError('请用 --out 指定输出文件');
  const layout = options.layout === undefined ? undefined : choiceOption('--layout', layoutId, options.layout);
  const form = FORMS[choiceOption('--form', FORM_NAMES, options.form ?? 'targets')];
  const departmentWide = form === 'department' || form === 'departmentEvaluation';
  // The department's own table is one per year, in no project layout: options choosing projects or a layout say nothing of it.
  if (departmentWide && (options.projects.length || layout)) throw new CliError(`--form ${options.form} 导出部门整体的表，不能与 --project 或 --layout 同用`);
  const result = await inDepartmentFile(file, 'read', (db) =>
    exportHere(db, {
      year,
      format,
      stacked: options.stacked,
      form,
      ...(layout ? { layout } : {}),
      ...(options.projects.length ? { projectNames: options.projects } : {}),
    }),
  );
  // Written beside the target and renamed into place, so that a failed write never leaves half a file.
  const out = path.resolve(options.out);
  const partial = `${out}.part`;
  fs.writeFileSync(partial, result.bytes);
  fs.renameSync(partial, out);
  const draft = !result.draftProjects.length
    ? ''
    : departmentWide
      ? `注意：${result.draftProjects[0]}尚未确认或有审核错误，已在文件中标为草稿\n`
      : `注意：${result.draftProjects.length} 个项目有审核错误，已在文件中标为草稿：${result.draftProjects.join('、')}\n`;
  return { stdout: '', stderr: `${draft}已导出到 ${out}\n`, status: 0 };
}
