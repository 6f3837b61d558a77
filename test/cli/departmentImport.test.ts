/** `jixiao import` and the 部门整体 tables: printed under their own keys in the interchange shapes, listed, and written --into a department file. */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { departmentEvaluations, departmentTables } from '../../electron/db/departmentTables';
import { openDepartmentDb } from '../../electron/db/open';
import { toDepartmentTable } from '../../shared/department/interchange';
import { departmentEvaluationSchema, departmentTableSchema } from '../../shared/interchange/schemas';
import { jixiao } from '../helpers/cli';
import { DEPARTMENT_CASES } from '../helpers/departmentWorkbooks';
import { tempDir } from '../helpers/paths';
import { asXlsx } from '../helpers/shapes';

const caseOf = (id: string) => DEPARTMENT_CASES.find((c) => c.id === id)!;
const folder = tempDir('jixiao-cli-department-');
const file = (id: string) => path.join(folder, `${id}.xlsx`);

beforeAll(async () => {
  for (const c of DEPARTMENT_CASES) fs.writeFileSync(file(c.id), await asXlsx(c));
});

describe('jixiao import and the 部门整体 tables', () => {
  it('prints departmentTables and departmentEvaluations in the interchange shapes, beside the project tables', () => {
    const run = jixiao('import', file('dept-with-project'), '--json');
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(Object.keys(printed)).toEqual([
      'targetTables',
      'selfEvaluations',
      'monitoring',
      'departmentTables',
      'departmentEvaluations',
      'unplaced',
      'warnings',
    ]);
    expect(printed.targetTables.map((t: { projectName: string }) => t.projectName)).toEqual(['档案数字化']);
    expect(printed.departmentTables).toEqual(caseOf('dept-with-project').expected.departmentTables);
    expect(Object.keys(printed.departmentTables[0])).toEqual([
      'departmentName',
      'year',
      'staff',
      'subunits',
      'funds',
      'overallGoal',
      'tasks',
      'otherTasks',
      'indicators',
      'notApplicable',
    ]);
    expect(departmentTableSchema.safeParse(printed.departmentTables[0]).success).toBe(true);

    const evaluation = JSON.parse(jixiao('import', file('dept-eval-central'), '--json').stdout);
    expect(evaluation.departmentEvaluations).toEqual(caseOf('dept-eval-central').expected.departmentEvaluations);
    expect(departmentEvaluationSchema.safeParse(evaluation.departmentEvaluations[0]).success).toBe(true);
  });

  it('reads them back from a data package as it printed them', () => {
    const printed = JSON.parse(jixiao('import', file('dept-a-full'), '--json').stdout);
    const evaluation = JSON.parse(jixiao('import', file('dept-eval-other-words'), '--json').stdout);
    const data = path.join(folder, '部门整体.json');
    fs.writeFileSync(
      data,
      JSON.stringify({ targetTables: [], departmentTables: printed.departmentTables, departmentEvaluations: evaluation.departmentEvaluations }),
    );
    const again = JSON.parse(jixiao('import', data, '--json').stdout);
    expect(again.departmentTables).toEqual(printed.departmentTables);
    expect(again.departmentEvaluations).toEqual(evaluation.departmentEvaluations);
  });

  it('lists them with their department, year and counts, instead of naming them not imported', () => {
    const run = jixiao('import', file('dept-a-full'));
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('部门整体支出绩效目标表\t2025\t\t兴和县农牧和科技局\t4 项重点工作任务\t6 个指标\n');
    expect(run.stderr).toBe('');
    expect(jixiao('import', file('dept-eval-central')).stdout).toBe('部门整体支出绩效自评表\t2024\t\t兴和县农牧和科技局\t3 项主要任务\t6 个指标\n');
  });

  it('writes the target table --into a department file for its year, replacing one only with --on-conflict replace', () => {
    const target = path.join(tempDir(), '农牧和科技局.jixiao.db');
    const run = jixiao('import', file('dept-a-full'), '--into', target);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('新建\t2025\t兴和县农牧和科技局\t部门整体支出绩效目标表\n');
    const skipped = jixiao('import', file('dept-b-other-words'), '--into', target);
    expect(skipped.stdout).toBe('跳过\t2025\t乌兰察布市档案馆\t部门整体支出绩效目标表\n');
    const storedName = () => {
      const db = openDepartmentDb(target, { readonly: true });
      try {
        return toDepartmentTable(2025, departmentTables.get(db, 2025)!);
      } finally {
        db.close();
      }
    };
    expect(storedName()).toEqual(caseOf('dept-a-full').expected.departmentTables[0]);
    const replaced = jixiao('import', file('dept-b-other-words'), '--into', target, '--on-conflict', 'replace');
    expect(replaced.stdout).toBe('替换\t2025\t乌兰察布市档案馆\t部门整体支出绩效目标表\n');
    expect(storedName()).toEqual(caseOf('dept-b-other-words').expected.departmentTables[0]);
  });

  it('writes a 自评表 --into a department file for its year', () => {
    const target = path.join(tempDir(), '农牧和科技局.jixiao.db');
    const run = jixiao('import', file('dept-eval-central'), '--into', target);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('新建\t2024\t兴和县农牧和科技局\t部门整体支出绩效自评表\n');
    const db = openDepartmentDb(target, { readonly: true });
    try {
      expect(departmentEvaluations.get(db, 2024)).toMatchObject({ departmentName: '兴和县农牧和科技局', plannedGoal: '完成高标准农田建设，稳定畜牧业生产。' });
    } finally {
      db.close();
    }
  });
});
