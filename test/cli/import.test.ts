import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { jixiao } from '../helpers/cli';
import { describe, expect, it } from 'vitest';
import { insertDepartment } from '../../electron/db/department';
import { createDepartmentDb, openDepartmentDb } from '../../electron/db/open';
import { projectsOfYear } from '../../electron/db/projects';
import { importTables } from '../../electron/import/importTables';
import { readImportFile } from '../../electron/import/readImportFile';
import type { TargetTable } from '../../shared/interchange/targetTable';
import { clerksMap, mappedWorkbook } from '../helpers/importCases';
import { FIXTURES, readJson, tempDir } from '../helpers/paths';
import { printable, printToPdf } from '../helpers/pdfOf';

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
      departmentTables: [],
      departmentEvaluations: [],
      unplaced: [],
      warnings: [],
    });
    expect(fs.readdirSync(folder)).toEqual(['targets-003.xlsx']);
    const selfEval = JSON.parse(jixiao('import', fixture('selfeval-002-a.xlsx'), '--json').stdout);
    expect(selfEval.selfEvaluations).toEqual(readJson(fixture('selfeval-002-a.truth.json')));
  });

  it('prints what a PDF printed from a workbook holds as the workbook itself prints it', async () => {
    const printed = printToPdf({ 'targets-003.xlsx': await printable(fs.readFileSync(fixture('targets-003.xlsx'))) });
    const pdf = path.join(tempDir(), '部门预算.pdf');
    fs.writeFileSync(pdf, printed.get('targets-003.xlsx')!);
    const run = jixiao('import', pdf, '--json');
    expect(run.status).toBe(0);
    // Spaces aside: print keeps none where a line wraps.
    const spaceless = (json: string): unknown => JSON.parse(json, (_, value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, '') : value));
    expect(spaceless(run.stdout)).toEqual(spaceless(jixiao('import', fixture('targets-003.xlsx'), '--json').stdout));
  }, 120_000);

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
    expect(jixiao('import', empty, '--into', path.join(tempDir(), 'x.jixiao.db')).stderr).toContain(
      '文件中没有绩效目标表、自评表、执行监控表或部门整体表可以写入',
    );
  });

  it('takes for a new department what 新增单位 takes, and makes no file where the name is refused', () => {
    const file = path.join(tempDir(), 'x.jixiao.db');
    const run = jixiao('import', fixture('targets-003.xlsx'), '--into', file, '--name', '  ');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('--name：单位名称不能为空\n');
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('jixiao import --layout-map', () => {
  /** The map workbook and a map made on its first sheet, as files. */
  async function files() {
    const folder = tempDir();
    const workbook = path.join(folder, '档案局.xlsx');
    fs.writeFileSync(workbook, await mappedWorkbook());
    const { unplacedSheets } = await readImportFile(fs.readFileSync(workbook), workbook);
    const map = clerksMap(unplacedSheets[0]!.excerpt);
    const mapFile = path.join(folder, '档案局表.json');
    fs.writeFileSync(mapFile, JSON.stringify(map));
    return { folder, workbook, map, mapFile };
  }

  it('reads the sheets of the map’s shape, prints the same JSON shape, and writes them --into a department file', async () => {
    const { folder, workbook, mapFile } = await files();
    const run = jixiao('import', workbook, '--layout-map', mapFile, '--json');
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
    expect(printed.targetTables.map((t: TargetTable) => [t.projectName, t.department, t.annualFunds, t.indicators.length])).toEqual([
      ['档案数字化', '某县档案局', 12, 4],
      ['档案修缮', '某县档案局', 8, 4],
    ]);
    expect(printed.unplaced).toEqual([{ sheet: '三号', reason: '没有找到“项目名称”等表头，不像是绩效表' }]);
    expect(printed.warnings).toEqual(['档案局.xlsx：工作表“一号”第 2 行：按表样“档案局表”读取', '档案局.xlsx：工作表“二号”第 5 行：按表样“档案局表”读取']);
    const without = JSON.parse(jixiao('import', workbook, '--json').stdout);
    expect(without.targetTables).toEqual([]);

    const file = path.join(folder, '档案局.jixiao.db');
    const into = jixiao('import', workbook, '--layout-map', mapFile, '--into', file);
    expect(into.stdout).toBe('新建\t2024\t档案数字化\n新建\t2024\t档案修缮\n');
    const db = openDepartmentDb(file);
    expect(projectsOfYear(db, 2024).map((p) => [p.name, p.annualFunds])).toEqual([
      ['档案数字化', 12_000_000],
      ['档案修缮', 8_000_000],
    ]);
    db.close();
  });

  it('refuses a map file that is not a map, naming the file and the field, and reads nothing', async () => {
    const { folder, workbook, map } = await files();
    const bad = path.join(folder, '缺列.json');
    fs.writeFileSync(bad, JSON.stringify({ ...map, columns: { level1: 0, name: 2 } }));
    const run = jixiao('import', workbook, '--layout-map', bad, '--json');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('表样文件“缺列.json”无法使用：columns.value（指标值列）：无效输入：期望 数字，实际接收 undefined\n');
    const broken = path.join(folder, '半截.json');
    fs.writeFileSync(broken, '{ "fingerprint": [');
    expect(jixiao('import', workbook, '--layout-map', broken, '--json').stderr).toBe('表样文件“半截.json”无法使用：不是有效的 JSON\n');
    const missing = jixiao('import', workbook, '--layout-map', path.join(folder, '没有.json'), '--into', path.join(folder, 'x.jixiao.db'));
    expect([missing.status, missing.stderr]).toEqual([2, '表样文件“没有.json”无法使用：找不到该文件\n']);
    expect(fs.existsSync(path.join(folder, 'x.jixiao.db'))).toBe(false);
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
