import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertDepartment } from '../../electron/db/department';
import { createDepartmentDb, openDepartmentDb } from '../../electron/db/open';
import { projectsOfYear } from '../../electron/db/projects';
import { importTables } from '../../electron/import/importTables';
import type { TargetTable } from '../../shared/interchange/targetTable';
import { FIXTURES, ROOT, readJson, tempDir } from '../helpers/paths';

const jixiao = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'electron', 'cli', 'jixiao.cjs'), ...args], { encoding: 'utf8' });
const fixture = (name: string) => path.join(FIXTURES, name);
const T004 = readJson<TargetTable[]>(fixture('targets-004.truth.json'));

describe('jixiao import', () => {
  it('prints what a workbook holds as JSON and writes nothing', () => {
    const folder = tempDir();
    const copy = path.join(folder, 'targets-003.xlsx');
    fs.copyFileSync(fixture('targets-003.xlsx'), copy);
    const run = jixiao('import', copy, '--json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      targetTables: readJson(fixture('targets-003.truth.json')),
      selfEvaluations: [],
      monitoring: [],
      unplaced: [],
      warnings: [],
    });
    expect(fs.readdirSync(folder)).toEqual(['targets-003.xlsx']);
    const selfEval = JSON.parse(jixiao('import', fixture('selfeval-002-a.xlsx'), '--json').stdout);
    expect(selfEval.selfEvaluations).toEqual(readJson(fixture('selfeval-002-a.truth.json')));
  });

  it('reports the messy workbook’s repairs as warnings', () => {
    const { warnings } = JSON.parse(jixiao('import', fixture('targets-001-messy.xlsx'), '--json').stdout);
    expect(warnings).toEqual(['targets-001-messy.xlsx：工作表“服务企业创新系列活动”第 24 行：“0 | 0”行没有写明二级指标，按表样顺序归入经济效益指标']);
  });

  it('creates a department file from the tables, and handles names already there', () => {
    const file = path.join(tempDir(), '发改委.jixiao.db');
    const first = jixiao('import', fixture('targets-004-stacked.xlsx'), '--into', file);
    expect(first.status).toBe(0);
    expect(first.stderr).toContain('已新建单位文件');
    expect(first.stdout.split('\n').filter(Boolean)).toHaveLength(15);
    for (const [policy, action, count] of [
      ['skip', '跳过', 15],
      ['replace', '替换', 15],
      ['keep', '另存', 15],
    ] as const) {
      const run = jixiao('import', fixture('targets-004-stacked.xlsx'), '--into', file, '--on-conflict', policy);
      expect(run.stdout.split('\n').filter((l) => l.startsWith(action))).toHaveLength(count);
    }
    const db = openDepartmentDb(file);
    const stored = projectsOfYear(db, 2024);
    db.close();
    expect(stored).toHaveLength(30);
    expect(stored.filter((p) => p.name.endsWith('（2）'))).toHaveLength(15);
    expect(stored.find((p) => p.name === '办公家具设备购置')!.indicators).toEqual(T004.find((t) => t.projectName === '办公家具设备购置')!.indicators);
    // Every import into an existing file was preceded by a backup.
    expect(fs.readdirSync(path.join(path.dirname(file), '备份')).filter((f) => f.includes('导入前'))).toHaveLength(3);
  });

  it('imports into another year, and a JSON data package from jixiao export', () => {
    const folder = tempDir();
    const file = path.join(folder, 'a.jixiao.db');
    expect(jixiao('import', fixture('targets-003.xlsx'), '--into', file, '--year', '2024', '--name', '平罗县工信局').status).toBe(0);
    const pack = path.join(folder, 'pack.json');
    expect(jixiao('export', file, '--year', '2024', '--format', 'json', '--out', pack).status).toBe(0);
    const other = path.join(folder, 'b.jixiao.db');
    expect(jixiao('import', pack, '--into', other).status).toBe(0);
    const a = openDepartmentDb(file);
    const b = openDepartmentDb(other);
    const strip = (db: Database.Database) => projectsOfYear(db, 2024).map(({ id: _i, updatedAt: _u, ...p }) => p);
    expect(strip(b)).toEqual(strip(a));
    a.close();
    b.close();
  });

  it('says what is wrong with the call', () => {
    expect(jixiao('import', fixture('targets-003.xlsx'), '--into', path.join(tempDir(), 'x.jixiao.db'), '--on-conflict', 'merge').stderr).toContain(
      '--on-conflict 应为 replace、keep、skip 之一',
    );
    expect(jixiao('import', path.join(tempDir(), 'missing.xlsx'), '--json').stderr).toContain('找不到文件“missing.xlsx”');
    const empty = path.join(tempDir(), 'empty.json');
    fs.writeFileSync(empty, JSON.stringify({ targetTables: [], selfEvaluations: [] }));
    expect(jixiao('import', empty, '--into', path.join(tempDir(), 'x.jixiao.db')).stderr).toContain('文件中没有绩效目标表或自评表可以写入');
  });

  it('takes for a new department what 新增单位 takes, and makes no file where the name is refused', () => {
    const file = path.join(tempDir(), 'x.jixiao.db');
    const run = jixiao('import', fixture('targets-003.xlsx'), '--into', file, '--name', '  ');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('--name：单位名称不能为空\n');
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('an import lands whole or not at all', () => {
  it('leaves the department unchanged when a table fails midway', () => {
    const file = path.join(tempDir(), 'a.jixiao.db');
    const db = createDepartmentDb(file, (d) => insertDepartment(d, { name: '某单位', code: '', supervisor: '', layout: '本级部门' }));
    const good = T004[0]!;
    const bad = { ...T004[1]!, funds: { 财政拨款: -1 } };
    expect(() =>
      importTables(db, [
        { table: good, year: 2024, onConflict: 'skip' },
        { table: bad, year: 2024, onConflict: 'skip' },
      ]),
    ).toThrow();
    expect(projectsOfYear(db, 2024)).toEqual([]);
    db.close();
  });
});
