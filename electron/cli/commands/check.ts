/**
 * `jixiao check FILE [--year N] [--json] [--profile RULES]`: the checker over a department file (by
 * the rules it holds; its 部门整体 tables included, under the department's name), or over the 绩效目标表, 自评表 and 执行监控表 of a workbook or data package (by the seeds'
 * region's rules), its 部门整体 tables included; `--profile` checks by the rules of a profile file instead. One line per
 * finding (级别 项目 位置 规则 说明, tab-separated), or a JSON array; exit status 1 when any 错误.
 */
import path from 'node:path';
import { defaultFiscalYear } from '../../../shared/fiscalYear';
import { LAYOUTS } from '../../../shared/layouts';
import { checkProject, type Finding } from '../../../shared/checker';
import { checkSelfEvaluation } from '../../../shared/checker/selfEvaluationRules';
import { checkMonitoring } from '../../../shared/checker/monitoringRules';
import { monitoringThresholds } from '../../../shared/profiles/profile';
import { ruleSettings } from '../../../shared/profiles/apply';
import type { RuleProfile } from '../../../shared/profiles/profile';
import { DEFAULT_PROFILE } from '../../../shared/profiles/shipped';
import { DEPARTMENT_EXTENSION } from '../../../shared/departmentName';
import { fromTargetTable } from '../../../shared/interchange/targetTable';
import { fromDepartmentEvaluation } from '../../../shared/department/evaluation';
import { fromDepartmentTable } from '../../../shared/department/interchange';
import { reviewDepartmentEvaluation, reviewDepartmentTable } from '../../../shared/department/review';
import { readImportFile } from '../../import/readImportFile';
import { inDepartmentFile } from '../../services/departmentFile';
import { departmentFindings } from '../../services/review';
import { parseRuleProfileFile } from '../../services/ruleProfiles';
import type { CommandOutput } from '../output';
import { readInput } from '../readInput';

export interface CheckLine {
  severity: '错误' | '提醒';
  project: string;
  location: string;
  rule: string;
  message: string;
}

const line =
  (project: string) =>
  (f: Finding): CheckLine => ({ severity: f.severity, project, location: f.location, rule: f.rule, message: f.message });

/** A department file: its projects, their 自评表 and 执行监控表, and its 部门整体 tables, as they are stored, less the 提醒 confirmed with a 说明. */
function checkDepartmentFile(file: string, year: number | undefined, profile: RuleProfile | undefined): Promise<CheckLine[]> {
  return inDepartmentFile(file, 'read', (db) => departmentFindings(db, year, profile).map((f) => line(f.project)(f)));
}

/** A workbook or data package: its 绩效目标表, 自评表, 执行监控表 and 部门整体 tables, as they were filled in. */
async function checkImportFile(file: string, year: number | undefined, profile = DEFAULT_PROFILE): Promise<CheckLine[]> {
  const read = await readImportFile(readInput(file), file);
  const settings = ruleSettings(profile);
  // A table whose title names no year is checked as of the year being prepared.
  const yearOf = (t: { year: number | null }) => t.year ?? defaultFiscalYear(new Date());
  return [
    ...read.targetTables
      .filter((t) => year === undefined || t.year === year)
      .flatMap((t) => {
        const { layout, content } = fromTargetTable(t);
        return checkProject(content, LAYOUTS[layout], yearOf(t), profile).map(line(t.projectName));
      }),
    ...read.selfEvaluations
      .filter((t) => year === undefined || t.year === year)
      .flatMap((t) => checkSelfEvaluation(t, ruleSettings(profile)).map(line(t.projectName))),
    ...read.monitoring
      .filter((t) => year === undefined || t.year === year)
      .flatMap((t) => checkMonitoring(t, monitoringThresholds(profile), settings).map(line(t.projectName))),
    // A 部门整体目标表 is held against the project tables of its year in the same file, where it has any.
    ...read.departmentTables
      .filter((t) => year === undefined || t.year === year)
      .flatMap((t) => {
        const projects = read.targetTables.filter((p) => p.year === t.year).map((p) => fromTargetTable(p).content);
        return reviewDepartmentTable(yearOf(t), fromDepartmentTable(t).content, { projects, profile, settings }).map(line(t.departmentName));
      }),
    ...read.departmentEvaluations
      .filter((t) => year === undefined || t.year === year)
      .flatMap((t) => reviewDepartmentEvaluation(yearOf(t), fromDepartmentEvaluation(t).content, { profile, settings }).map(line(t.departmentName))),
  ];
}

const oneLine = (text: string) => text.replace(/[\t\r\n]+/g, ' ');

export async function check(file: string, options: { year?: number; json?: boolean; profile?: string }): Promise<CommandOutput> {
  const profile = options.profile === undefined ? undefined : parseRuleProfileFile(path.basename(options.profile), readInput(options.profile));
  const lines = await (file.endsWith(DEPARTMENT_EXTENSION) ? checkDepartmentFile : checkImportFile)(file, options.year, profile);
  const stdout = options.json
    ? `${JSON.stringify(lines, null, 2)}\n`
    : lines.map((l) => [l.severity, l.project, l.location, l.rule, l.message].map(oneLine).join('\t') + '\n').join('');
  return { stdout, status: lines.some((l) => l.severity === '错误') ? 1 : 0 };
}
