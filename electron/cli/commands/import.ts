/**
 * `jixiao import FILE --json` reads a workbook or data package and prints what it holds, writing
 * nothing; `jixiao import FILE --into DEPT_FILE [--year N] [--on-conflict replace|keep|skip]
 * [--name NAME] [--layout LAYOUT]` writes its 绩效目标表, 自评表, 执行监控表 and 部门整体 tables into a
 * department file (created if needed); a year's 部门整体 table is replaced only with `--on-conflict replace`.
 * `--layout-map MAP.json` (any number of them) reads the sheets the labels do not place with those layout maps.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEPARTMENT_EXTENSION, MAX_DEPARTMENT_NAME_HANZI, departmentNameFits } from '../../../shared/departmentName';
import { fromTargetTable } from '../../../shared/interchange/targetTable';
import { describeLayoutChange, layoutChange } from '../../../shared/layoutConversion';
import { conflictPolicy, layoutId, newDepartment } from '../../../shared/api/schemas';
import { readImportFile } from '../../import/readImportFile';
import { inDepartmentFile } from '../../services/departmentFile';
import { importIntoDepartment, importIntoNewDepartment } from '../../services/importIntoDepartment';
import { readLayoutMapFile } from '../../services/layoutMaps';
import { fromSelfEvaluation } from '../../../shared/evaluation/fromInterchange';
import { fromDepartmentEvaluation } from '../../../shared/department/evaluation';
import { fromMonitoringTable } from '../../../shared/monitoring/interchange';
import type { ImportResult, ReadWorkbook } from '../../import/readWorkbook';
import { checkedOption, choiceOption } from '../options';
import { CliError, type CommandOutput } from '../output';
import { readInput } from '../readInput';

export interface ImportOptions {
  json: boolean;
  into: string | undefined;
  year: number | undefined;
  onConflict: string | undefined;
  name: string | undefined;
  layout: string | undefined;
  /** Layout map files, tried in order on each sheet the labels do not place. */
  layoutMaps: string[];
}

const ACTIONS = { created: '新建', replaced: '替换', 'kept-both': '另存', skipped: '跳过' } as const;

function summary(result: ImportResult): string {
  const lines = result.targetTables.map((t) => `绩效目标表\t${t.year ?? ''}\t${t.layout}\t${t.projectName}\t${t.indicators.length} 个指标`);
  lines.push(...result.selfEvaluations.map((s) => `自评表\t${s.year ?? ''}\t\t${s.projectName}\t${s.indicators.length} 个指标`));
  lines.push(...result.monitoring.map((m) => `执行监控表\t${m.year ?? ''}\t1-${m.month}月\t${m.projectName}\t${m.indicators.length} 个指标`));
  lines.push(
    ...result.departmentTables.map(
      (d) => `部门整体支出绩效目标表\t${d.year ?? ''}\t\t${d.departmentName}\t${d.tasks.length} 项重点工作任务\t${d.indicators.length} 个指标`,
    ),
  );
  lines.push(
    ...result.departmentEvaluations.map(
      (d) => `部门整体支出绩效自评表\t${d.year ?? ''}\t\t${d.departmentName}\t${d.tasks.length} 项主要任务\t${d.indicators.length} 个指标`,
    ),
  );
  lines.push(...result.unplaced.map((u) => `未识别\t\t\t${u.sheet}\t${u.reason}`));
  return lines.map((l) => `${l}\n`).join('');
}

async function into(result: ReadWorkbook, target: string, options: ImportOptions): Promise<CommandOutput> {
  const policy = choiceOption('--on-conflict', conflictPolicy, options.onConflict ?? 'skip');
  const layout = options.layout === undefined ? undefined : choiceOption('--layout', layoutId, options.layout);
  const { targetTables: tables, selfEvaluations, monitoring, departmentTables, departmentEvaluations } = result;
  const all = [...tables, ...selfEvaluations, ...monitoring, ...departmentTables, ...departmentEvaluations];
  if (all.length === 0) throw new CliError('文件中没有绩效目标表、自评表、执行监控表或部门整体表可以写入');
  for (const t of all) {
    if (!(options.year ?? t.year)) throw new CliError(`“${'projectName' in t ? t.projectName : t.departmentName}”没有年度，请用 --year 指定`);
  }
  const file = path.resolve(target);
  const first = tables[0] ?? selfEvaluations[0] ?? monitoring[0];
  const created = !fs.existsSync(file);
  if (created) {
    // Backups and SQLite's files beside it are named after the file: all must fit the file system.
    if (options.name !== undefined) checkedOption('--name', newDepartment.shape.name, options.name);
    if (!departmentNameFits(path.basename(file, DEPARTMENT_EXTENSION)))
      throw new CliError(`单位文件名“${path.basename(file)}”过长（最多 ${MAX_DEPARTMENT_NAME_HANZI} 个汉字）`);
  }
  const department = {
    name:
      options.name ??
      ((first ? first.implementingUnit || first.department : (departmentTables[0] ?? departmentEvaluations[0])!.departmentName) ||
        path.basename(file).replace(/\.jixiao\.db$|\.db$/, '')),
    code: '',
    supervisor: first?.department ?? '',
    layout: layout ?? tables[0]?.layout ?? '本级部门',
  };
  // Every table, each into its own year unless one is given; the target tables come back first.
  const choices = all.map((_, index) => ({ index, onConflict: policy }));
  const year = options.year ?? null;
  const written = created
    ? { outcomes: importIntoNewDepartment(file, department, result, year, choices), layout: department.layout }
    : await inDepartmentFile(file, 'write', (db, { layout }) => ({ outcomes: importIntoDepartment(db, result, year, choices), layout }));
  const { outcomes } = written;
  const targets = outcomes.slice(0, tables.length);
  const evaluations = outcomes.slice(tables.length, tables.length + selfEvaluations.length);
  const monitored = outcomes.slice(tables.length + selfEvaluations.length, tables.length + selfEvaluations.length + monitoring.length);
  const departmentFrom = tables.length + selfEvaluations.length + monitoring.length;
  const departments = outcomes.slice(departmentFrom, departmentFrom + departmentTables.length);
  const departmentEvaluated = outcomes.slice(departmentFrom + departmentTables.length);
  const lines = [
    ...targets.map((o) => `${ACTIONS[o.action]}\t${o.year}\t${o.storedAs}\n`),
    ...evaluations.map((o) => `${ACTIONS[o.action]}\t${o.year}\t${o.storedAs}\t自评表\n`),
    ...monitored.map((o) => `${ACTIONS[o.action]}\t${o.year}\t${o.storedAs}\t执行监控表\n`),
    ...departments.map((o) => `${ACTIONS[o.action]}\t${o.year}\t${o.storedAs}\t部门整体支出绩效目标表\n`),
    ...departmentEvaluated.map((o) => `${ACTIONS[o.action]}\t${o.year}\t${o.storedAs}\t部门整体支出绩效自评表\n`),
  ].join('');
  const count = (a: keyof typeof ACTIONS) => outcomes.filter((o) => o.action === a).length;
  const changes = tables.flatMap((t) => {
    const change = layoutChange(fromTargetTable(t).content, t.layout, written.layout);
    return change && change.hidden.length > 0 ? [`“${t.projectName}”：${describeLayoutChange(change)}`] : [];
  });
  const notes = [
    ...result.warnings,
    ...changes,
    ...selfEvaluations.flatMap((t) => fromSelfEvaluation(t).notes.map((n) => `自评表“${t.projectName}”：${n}`)),
    ...departmentEvaluations.flatMap((t) => fromDepartmentEvaluation(t).notes.map((n) => `部门整体支出绩效自评表“${t.departmentName}”：${n}`)),
    ...monitoring.flatMap((t) => fromMonitoringTable(t).notes.map((n) => `执行监控表“${t.projectName}”：${n}`)),
  ];
  return {
    stdout: lines,
    stderr: `${notes.map((n) => `${n}\n`).join('')}${created ? `已新建单位文件 ${file}\n` : ''}导入完成：新建 ${count('created')}，替换 ${count('replaced')}，另存 ${count('kept-both')}，跳过 ${count('skipped')}\n`,
    status: 0,
  };
}

export async function importCommand(source: string, options: ImportOptions): Promise<CommandOutput> {
  const maps = options.layoutMaps.map(readLayoutMapFile);
  const result = await readImportFile(readInput(source), source, { maps });
  if (options.into) return into(result, options.into, options);
  if (options.json) {
    const { targetTables, selfEvaluations, monitoring, departmentTables, departmentEvaluations, unplaced, warnings } = result;
    return {
      stdout: `${JSON.stringify({ targetTables, selfEvaluations, monitoring, departmentTables, departmentEvaluations, unplaced, warnings }, null, 2)}\n`,
      status: 0,
    };
  }
  return { stdout: summary(result), stderr: result.warnings.map((w) => `${w}\n`).join(''), status: 0 };
}
