/**
 * `jixiao check FILE [--year N] [--json]`: the checker over a department file. One line per
 * finding (级别 项目 位置 规则 说明, tab-separated), or a JSON array; exit status 1 when any 错误.
 */
import path from 'node:path';
import { LAYOUTS } from '../../../shared/layouts';
import { reviewProject } from '../../../shared/review';
import { readDepartment } from '../../db/department';
import { openDepartmentDb } from '../../db/open';
import { listYears, projectsOfYear } from '../../db/projects';
import { CliError, type CommandOutput } from '../output';

export interface CheckLine {
  severity: '错误' | '提醒';
  project: string;
  location: string;
  rule: string;
  message: string;
}

export function checkDepartmentFile(file: string, year: number | undefined): CheckLine[] {
  if (/\.xlsx$/i.test(file)) throw new CliError(`“${path.basename(file)}”是 Excel 工作簿；本版本只能审核单位文件（.jixiao.db）`);
  const db = openDepartmentDb(path.resolve(file));
  try {
    const layout = LAYOUTS[readDepartment(db).layout];
    const years = year === undefined ? listYears(db) : [year];
    return years.flatMap((y) =>
      projectsOfYear(db, y).flatMap((project) =>
        reviewProject(project, layout).map(({ severity, location, rule, message }) => ({ severity, project: project.name, location, rule, message })),
      ),
    );
  } finally {
    db.close();
  }
}

const oneLine = (text: string) => text.replace(/[\t\r\n]+/g, ' ');

export function check(file: string, options: { year?: number; json?: boolean }): CommandOutput {
  const lines = checkDepartmentFile(file, options.year);
  const stdout = options.json
    ? `${JSON.stringify(lines, null, 2)}\n`
    : lines.map((l) => [l.severity, l.project, l.location, l.rule, l.message].map(oneLine).join('\t') + '\n').join('');
  return { stdout, status: lines.some((l) => l.severity === '错误') ? 1 : 0 };
}
