/**
 * `jixiao check FILE [--year N] [--json]`: the checker over a department file, or over the 绩效目标表
 * and 自评表 of a workbook or data package. One line per
 * finding (级别 项目 位置 规则 说明, tab-separated), or a JSON array; exit status 1 when any 错误.
 */
import path from 'node:path';
import { defaultFiscalYear } from '../../../shared/fiscalYear';
import { LAYOUTS } from '../../../shared/layouts';
import { reviewProject } from '../../../shared/review';
import { readDepartment } from '../../db/department';
import { openDepartmentDb } from '../../db/open';
import { listYears, projectsOfYear } from '../../db/projects';
import { evaluationsOfYear } from '../../db/evaluations';
import { reviewEvaluation } from '../../../shared/evaluation/review';
import { checkProject, type Finding } from '../../../shared/checker';
import { checkSelfEvaluation } from '../../../shared/checker/selfEvaluationRules';
import { fromTargetTable } from '../../../shared/interchange/targetTable';
import { readImportFile } from '../../import/readImportFile';
import { DEPARTMENT_EXTENSION } from '../../services/workspace';
import type { CommandOutput } from '../output';
import { readInput } from '../readInput';

export interface CheckLine {
  severity: '错误' | '提醒';
  project: string;
  location: string;
  rule: string;
  message: string;
}

export function checkDepartmentFile(file: string, year: number | undefined): CheckLine[] {
  const db = openDepartmentDb(path.resolve(file), { readonly: true });
  try {
    const layout = LAYOUTS[readDepartment(db).layout];
    const years = year === undefined ? listYears(db) : [year];
    return years.flatMap((y) => {
      const evaluations = evaluationsOfYear(db, y);
      return projectsOfYear(db, y).flatMap((project) => {
        const evaluation = evaluations.get(project.id);
        return [
          ...reviewProject(project, layout),
          // The 自评表's findings say so in their location.
          ...(evaluation ? reviewEvaluation(project.name, project.year, evaluation).map((f) => ({ ...f, location: `自评表 ${f.location}` })) : []),
        ].map(({ severity, location, rule, message }) => ({ severity, project: project.name, location, rule, message }));
      });
    });
  } finally {
    db.close();
  }
}

/** A workbook or data package: its 绩效目标表 and its 自评表, as they were filled in. */
async function checkImportFile(file: string, year: number | undefined): Promise<CheckLine[]> {
  const read = await readImportFile(readInput(file), file);
  const line = (project: string) => (f: Finding): CheckLine => ({ severity: f.severity, project, location: f.location, rule: f.rule, message: f.message });
  return [
    ...read.targetTables
      .filter((t) => year === undefined || t.year === year)
      .flatMap((t) => {
        const { layout, content } = fromTargetTable(t);
        // A table whose title names no year is checked as of the year being prepared.
        return checkProject(content, LAYOUTS[layout], t.year ?? defaultFiscalYear(new Date())).map(line(t.projectName));
      }),
    ...read.selfEvaluations.filter((t) => year === undefined || t.year === year).flatMap((t) => checkSelfEvaluation(t).map(line(t.projectName))),
  ];
}

const oneLine = (text: string) => text.replace(/[\t\r\n]+/g, ' ');

export async function check(file: string, options: { year?: number; json?: boolean }): Promise<CommandOutput> {
  const lines = file.endsWith(DEPARTMENT_EXTENSION) ? checkDepartmentFile(file, options.year) : await checkImportFile(file, options.year);
  const stdout = options.json
    ? `${JSON.stringify(lines, null, 2)}\n`
    : lines.map((l) => [l.severity, l.project, l.location, l.rule, l.message].map(oneLine).join('\t') + '\n').join('');
  return { stdout, status: lines.some((l) => l.severity === '错误') ? 1 : 0 };
}
