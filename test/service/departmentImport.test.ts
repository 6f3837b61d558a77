/** Importing 部门整体支出绩效目标表 into a department file, as the app does it: previewed, then written for its year after a backup, read back from the store. */
import { afterAll, describe, expect, it } from 'vitest';
import { departmentEvaluations, departmentTables } from '../../electron/db/departmentTables';
import { listBackups } from '../../electron/db/backups';
import type { Workspace } from '../../electron/services/workspace';
import { scoreDepartmentEvaluation, toDepartmentEvaluation } from '../../shared/department/evaluation';
import { toDepartmentTable } from '../../shared/department/interchange';
import { departmentWith } from '../helpers/departments';
import { DEPARTMENT_CASES } from '../helpers/departmentWorkbooks';
import { runJob } from '../helpers/jobs';
import { asXlsx } from '../helpers/shapes';

const open: Workspace[] = [];
afterAll(() => open.forEach((w) => w.close()));

const caseOf = (id: string) => DEPARTMENT_CASES.find((c) => c.id === id)!;

describe('importing a 部门整体支出绩效目标表', () => {
  const dept = departmentWith('兴和县农牧和科技局', '县级部门', []);
  open.push(dept.workspace);
  const { api, departmentFile } = dept;
  const file = async (id: string) => ({ fileName: `${id}.xlsx`, base64: (await asXlsx(caseOf(id))).toString('base64') });
  const stored = (year: number) => {
    const content = departmentTables.get(dept.workspace.db(departmentFile), year);
    return content && toDepartmentTable(year, content);
  };

  it('stores the table for its year after a backup, exact to the 分, and reads back what the workbook says', async () => {
    const before = listBackups(dept.path).length;
    const preview = await runJob(api, { kind: 'preview', departmentFile, year: null, ...(await file('dept-a-full')) });
    expect(preview.tables).toMatchObject([
      { index: 0, kind: '部门整体支出绩效目标表', projectName: '兴和县农牧和科技局', year: 2025, taskCount: 4, indicatorCount: 6, conflict: false },
    ]);
    // Checked as the year's table would be: the department's rules, located under 部门整体目标表.
    expect(preview.tables[0]!.findings).toContainEqual({ severity: '错误', location: '部门整体目标表 绩效指标 成本指标', message: '缺少必填的成本指标' });
    expect(preview.tables[0]!.findings.every((f) => f.location.startsWith('部门整体目标表'))).toBe(true);
    const outcomes = await runJob(api, {
      kind: 'import',
      departmentFile,
      year: null,
      choices: [{ index: 0, onConflict: 'skip' }],
      ...(await file('dept-a-full')),
    });
    expect(outcomes).toEqual([{ name: '兴和县农牧和科技局', year: 2025, action: 'created', storedAs: '兴和县农牧和科技局' }]);
    expect(listBackups(dept.path).length).toBe(before + 1);
    const [expected] = caseOf('dept-a-full').expected.departmentTables;
    expect(stored(2025)).toEqual(expected);
    const content = departmentTables.get(dept.workspace.db(departmentFile), 2025)!;
    expect(content.funds).toMatchObject({ basic: 620_250_000, project: 960_250_000, other: 80_500_000 });
    expect(content.blocks).toEqual(['basicInfo', 'development', 'level']);
    expect(content.tasks.map((t) => t.amount)).toEqual([500_000_000, 180_250_000, 200_000_000, 80_000_000]);
  });

  it('replaces a year’s table only where the clerk chose to, and says the year has one', async () => {
    const other = await file('dept-b-other-words');
    const preview = await runJob(api, { kind: 'preview', departmentFile, year: null, ...other });
    expect(preview.tables[0]).toMatchObject({ kind: '部门整体支出绩效目标表', year: 2025, conflict: true });
    for (const onConflict of ['skip', 'keep'] as const) {
      const [kept] = await runJob(api, { kind: 'import', departmentFile, year: null, choices: [{ index: 0, onConflict }], ...other });
      expect(kept!.action).toBe('skipped');
      expect(stored(2025)!.departmentName).toBe('兴和县农牧和科技局');
    }
    const [replaced] = await runJob(api, { kind: 'import', departmentFile, year: null, choices: [{ index: 0, onConflict: 'replace' }], ...other });
    expect(replaced!.action).toBe('replaced');
    expect(stored(2025)).toEqual(caseOf('dept-b-other-words').expected.departmentTables[0]);
    expect(departmentTables.stored(dept.workspace.db(departmentFile), 2025).revision).toBe(2);
  });

  it('imports a project table and the department table of one workbook together, each where it belongs', async () => {
    const both = await file('dept-with-project');
    const outcomes = await runJob(api, {
      kind: 'import',
      departmentFile,
      year: 2026,
      choices: [
        { index: 0, onConflict: 'skip' },
        { index: 1, onConflict: 'skip' },
      ],
      ...both,
    });
    expect(outcomes.map((o) => [o.name, o.year, o.action])).toEqual([
      ['档案数字化', 2026, 'created'],
      ['乌兰察布市档案馆', 2026, 'created'],
    ]);
    expect(api.listProjects({ departmentFile, year: 2026 }).map((p) => p.name)).toEqual(['档案数字化']);
    expect(stored(2026)!.departmentName).toBe('乌兰察布市档案馆');
  });

  it('asks for a year where the table’s title names none', async () => {
    const rows = caseOf('dept-b-other-words').sheets[0]!.rows.map((row) =>
      row.map((v) => (v === '2025年度部门整体支出绩效目标表' ? '部门整体支出绩效目标表' : v)),
    );
    const noYear = {
      fileName: '无年度.xlsx',
      base64: (await asXlsx({ sheets: [{ name: '整体目标', rows, merges: caseOf('dept-b-other-words').sheets[0]!.merges }] })).toString('base64'),
    };
    const preview = await runJob(api, { kind: 'preview', departmentFile, year: null, ...noYear });
    expect(preview.tables[0]).toMatchObject({ year: null, notes: expect.arrayContaining(['工作表“整体目标”第 1 行：标题中没有年度，请在导入时指定年度']) });
    await expect(runJob(api, { kind: 'import', departmentFile, year: null, choices: [{ index: 0, onConflict: 'skip' }], ...noYear })).rejects.toThrow(
      '“乌兰察布市档案馆”没有年度，请选择导入到哪一年度',
    );
  });

  it('stores a 自评表 for its year, its printed scores kept, and reads back what the workbook says', async () => {
    const evaluation = await file('dept-eval-central');
    const preview = await runJob(api, { kind: 'preview', departmentFile, year: null, ...evaluation });
    expect(preview.tables).toMatchObject([
      { index: 0, kind: '部门整体支出绩效自评表', projectName: '兴和县农牧和科技局', year: 2024, taskCount: 3, indicatorCount: 6, conflict: false },
    ]);
    const [outcome] = await runJob(api, { kind: 'import', departmentFile, year: null, choices: [{ index: 0, onConflict: 'skip' }], ...evaluation });
    expect(outcome).toEqual({ name: '兴和县农牧和科技局', year: 2024, action: 'created', storedAs: '兴和县农牧和科技局' });
    const content = departmentEvaluations.get(dept.workspace.db(departmentFile), 2024)!;
    expect(content.budget.project).toEqual({ initialBudget: 960_250_000, fullYearBudget: 980_000_000, executed: 916_700_000 });
    expect(toDepartmentEvaluation(undefined, 2024, content, scoreDepartmentEvaluation(content))).toEqual(
      caseOf('dept-eval-central').expected.departmentEvaluations[0],
    );
    const again = await runJob(api, { kind: 'preview', departmentFile, year: null, ...evaluation });
    expect(again.tables[0]!.conflict).toBe(true);
  });
});
