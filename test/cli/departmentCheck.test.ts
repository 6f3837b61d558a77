import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDepartmentDb } from '../../electron/db/open';
import { departmentEvaluations, departmentTables } from '../../electron/db/departmentTables';
import { createHandlers } from '../../electron/services/handlers';
import { reviewDepartmentYear } from '../../electron/services/review';
import { Workspace } from '../../electron/services/workspace';
import { draftDepartmentTable } from '../../shared/department/draft';
import { generateDepartmentEvaluation, scoreDepartmentEvaluation } from '../../shared/department/evaluation';
import { toNumber } from '../../shared/decimal';
import { fromTargetTable, type TargetTable } from '../../shared/interchange/targetTable';
import { DEFAULT_PROFILE } from '../../shared/profiles/shipped';
import type { CheckLine } from '../../electron/cli/commands/check';
import { jixiao } from '../helpers/cli';
import { DEPARTMENT_CASES } from '../helpers/departmentWorkbooks';
import { asXlsx } from '../helpers/shapes';
import { ROOT, readJson, tempDir } from '../helpers/paths';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test', 'fixtures', 'clean-target-table.json'));

/** A department file with two sound 2024 projects and its 2024 部门整体 tables: drafted from them, then edited by the clerk. */
function departmentFile(): string {
  const workspace = new Workspace(tempDir());
  const api = createHandlers(workspace);
  const { file: departmentFile } = api.createDepartment({ name: '整体审核单位', code: '', supervisor: '', layout: '本级部门' });
  const { content } = fromTargetTable(CLEAN);
  const projects = [
    { ...content, name: '办公家具设备购置', annualFunds: 3_000_000, funds: { ...content.funds, 本级资金总额: 3_000_000, 财政拨款: 3_000_000 } },
    { ...content, name: '信息化运维', annualFunds: 4_500_000, funds: { ...content.funds, 本级资金总额: 4_500_000, 财政拨款: 4_500_000 } },
  ];
  for (const project of projects) {
    const { id, revision } = api.createProject({ departmentFile, year: 2024, name: project.name });
    api.saveProject({ departmentFile, id, revision, content: project });
  }
  workspace.close();
  const file = path.join(workspace.path, departmentFile);
  const db = openDepartmentDb(file);
  try {
    const drafted = draftDepartmentTable({ departmentName: '整体审核单位', year: 2024, projects, previous: null, profile: DEFAULT_PROFILE });
    // The clerk completes the lines and the goal and confirms all but the indicators; one task's money is then mistyped.
    const table = {
      ...drafted,
      funds: { ...drafted.funds, expenditure: 10_000_000, basic: 2_500_000, income: 10_000_000, fiscal: 9_000_000, other: 1_000_000 },
      overallGoal: '目标1：保障机关运转。',
      tasks: drafted.tasks.map((t, n) => (n === 1 ? { ...t, amount: 2_900_000 } : t)),
      drafted: ['indicators' as const],
    };
    departmentTables.write(db, 2024, table);
    const evaluation = generateDepartmentEvaluation(table, DEFAULT_PROFILE);
    evaluation.budget.total!.executed = 9_500_000;
    departmentEvaluations.write(db, 2024, evaluation);
  } finally {
    db.close();
  }
  return file;
}

describe('jixiao check over the 部门整体 tables', () => {
  const file = departmentFile();

  it('joins their findings to the projects’, under the department’s name, located under 部门整体', () => {
    const run = jixiao('check', file, '--year', '2024', '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const findings = JSON.parse(run.stdout) as { severity: string; project: string; location: string; rule: string; message: string }[];
    expect(findings.every((f) => Object.keys(f).join() === 'severity,project,location,rule,message')).toBe(true);
    expect(findings.filter((f) => f.project !== '整体审核单位')).toEqual([]);
    const indicators = [
      '产出指标/数量指标「便携式计算机」',
      '产出指标/数量指标「打印机」',
      '产出指标/质量指标「设备验收合格率」',
      '满意度指标/服务对象满意度指标「使用人员满意度」',
    ];
    expect(findings.map((f) => [f.severity, f.location, f.rule])).toEqual([
      ['提醒', '部门整体目标表 年度重点工作任务 第2行 拟投入的资金', 'department.task-funds'],
      ['提醒', '部门整体目标表 绩效指标', 'department.drafted'],
      // The drafted indicators are the projects' 数量, 质量 and 满意度 ones: the profile's other demands are the clerk's to meet.
      ['错误', '部门整体目标表 绩效指标 效益指标', 'tree.level1'],
      ['错误', '部门整体目标表 绩效指标 时效指标', 'tree.required'],
      ['错误', '部门整体目标表 绩效指标 成本指标', 'tree.required'],
      ['错误', '部门整体目标表 绩效指标 效益指标', 'tree.required'],
      ...indicators.map((i) => ['错误', `部门整体自评表 ${i}`, 'se.unscored']),
      ['错误', '部门整体自评表 分值', 'se.weights'],
      ['错误', '部门整体自评表 效益指标', 'se.weights'],
      ...indicators.map((i) => ['提醒', `部门整体自评表 ${i}`, 'se.actual-number']),
    ]);
    expect(findings[0]!.message).toBe('拟投入的资金 2.9 万元与项目“办公家具设备购置”的资金 3 万元不一致，相差 0.1 万元');
  });

  it('prints them as tab-separated lines as it does the projects’', () => {
    const lines = jixiao('check', file).stdout.split('\n').filter(Boolean);
    expect(lines[0]).toBe(
      '提醒\t整体审核单位\t部门整体目标表 年度重点工作任务 第2行 拟投入的资金\tdepartment.task-funds\t拟投入的资金 2.9 万元与项目“办公家具设备购置”的资金 3 万元不一致，相差 0.1 万元',
    );
    expect(lines).toHaveLength(16);
  });

  it('opens the 决算 paragraph with the department’s own score', () => {
    const db = openDepartmentDb(file, { readonly: true });
    const score = toNumber(scoreDepartmentEvaluation(departmentEvaluations.get(db, 2024)!).total, 2);
    db.close();
    const run = jixiao('summary', file, '--year', '2024');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(`整体审核单位 2024 年度部门整体支出绩效自评得分为 ${score} 分（差）。`);
    expect(score).toBe(9.5);
    expect(jixiao('summary', file, '--year', '2023').stdout).not.toContain('部门整体');
  });

  it('gives the app a year’s findings of each table', () => {
    const db = openDepartmentDb(file, { readonly: true });
    try {
      const { table, evaluation } = reviewDepartmentYear(db, 2024);
      expect(table.map((f) => f.rule)).toEqual([
        'department.task-funds',
        'department.drafted',
        'tree.level1',
        'tree.required',
        'tree.required',
        'tree.required',
      ]);
      expect(evaluation.map((f) => f.rule)).toEqual([...Array(4).fill('se.unscored'), 'se.weights', 'se.weights', ...Array(4).fill('se.actual-number')]);
      expect(reviewDepartmentYear(db, 2023)).toEqual({ table: [], evaluation: [] });
    } finally {
      db.close();
    }
  });

  it('checks the 部门整体 tables of a workbook or data package, the target table against the project tables beside it', async () => {
    const folder = tempDir('jixiao-check-department-');
    const workbook = path.join(folder, 'dept-with-project.xlsx');
    fs.writeFileSync(workbook, await asXlsx(DEPARTMENT_CASES.find((c) => c.id === 'dept-with-project')!));
    const run = jixiao('check', workbook, '--json');
    const lines = JSON.parse(run.stdout) as CheckLine[];
    const department = lines.filter((l) => l.project === '乌兰察布市档案馆');
    expect(department.every((l) => l.location.startsWith('部门整体目标表'))).toBe(true);
    expect(department.find((l) => l.rule === 'department.project-sum')?.message).toBe(
      '项目支出 339.75 万元与本年度 1 个项目绩效目标表的资金之和 10 万元不一致，相差 329.75 万元',
    );
    expect(department.find((l) => l.rule === 'department.task-funds')?.location).toBe('部门整体目标表 年度重点工作任务 第1行 拟投入的资金');
    expect(run.status).toBe(1);
    expect(JSON.parse(jixiao('check', workbook, '--json', '--year', '2023').stdout)).toEqual([]);

    // A 自评表 read from a package: a score above its weight is found, under 部门整体自评表.
    const evaluationBook = path.join(folder, 'dept-eval-central.xlsx');
    fs.writeFileSync(evaluationBook, await asXlsx(DEPARTMENT_CASES.find((c) => c.id === 'dept-eval-central')!));
    expect(JSON.parse(jixiao('check', evaluationBook, '--json').stdout)).toEqual([]);
    const printed = JSON.parse(jixiao('import', evaluationBook, '--json').stdout);
    printed.departmentEvaluations[0].indicators[0].score = 30;
    const pack = path.join(folder, 'evaluation.json');
    fs.writeFileSync(pack, JSON.stringify(printed));
    const found = JSON.parse(jixiao('check', pack, '--json').stdout) as CheckLine[];
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((l) => l.project === printed.departmentEvaluations[0].departmentName && l.location.startsWith('部门整体自评表'))).toBe(true);
  });
});
