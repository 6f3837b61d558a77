import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/api/errors';
import { insertDepartment, readDepartment } from '../../electron/db/department';
import { SCHEMA_VERSION } from '../../electron/db/migrations';
import { BACKUP_FOLDER } from '../../electron/db/backups';
import { APPLICATION_ID, createDepartmentDb, openDepartmentDb } from '../../electron/db/open';
import { getProject, insertProject, projectsOfYear, updateProject } from '../../electron/db/projects';
import { emptyContent } from '../../shared/project';
import { Workspace } from '../../electron/services/workspace';
import { oldDepartmentFile } from '../helpers/oldFiles';
import { tempDir } from '../helpers/paths';

const META = { name: '平罗县工业和信息化局', code: '101001', supervisor: '平罗县工业和信息化局', layout: '县级部门' as const };

function refusal(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('department file', () => {
  it('is created with its schema, identity and safe pragmas, and reopens with its data', () => {
    const file = path.join(tempDir(), 'a.jixiao.db');
    const db = createDepartmentDb(file, (d) => insertDepartment(d, META));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const id = insertProject(db, 2024, {
      ...emptyContent('工业经济运行等工作经费', { file: 'a.jixiao.db', ...META }),
      annualFunds: 36_000_000,
      funds: { 财政拨款: 36_000_000 },
      indicators: [{ level1: '产出指标', level2: '数量指标', name: '节能监察', value: '≧20 户' }],
    });
    db.close();

    const reopened = openDepartmentDb(file);
    expect(reopened.pragma('synchronous', { simple: true })).toBe(2);
    expect(reopened.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(reopened.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(readDepartment(reopened)).toEqual(META);
    const project = getProject(reopened, id);
    expect(project).toMatchObject({ year: 2024, annualFunds: 36_000_000, funds: { 财政拨款: 36_000_000 } });
    expect(project.indicators).toEqual([{ level1: '产出指标', level2: '数量指标', name: '节能监察', value: '≧20 户' }]);
    expect(projectsOfYear(reopened, 2024)).toMatchObject([{ id, funds: { 财政拨款: 36_000_000 }, indicators: [{ name: '节能监察' }], acknowledgements: {} }]);
    expect(projectsOfYear(reopened, 2025)).toEqual([]);
    reopened.close();
  });

  it('writes a project whole or not at all', () => {
    const file = path.join(tempDir(), 'a.jixiao.db');
    const db = createDepartmentDb(file, (d) => insertDepartment(d, META));
    const content = emptyContent('项目', { file: 'a.jixiao.db', ...META });
    const id = insertProject(db, 2024, { ...content, indicators: [{ level1: '产出指标', level2: '数量指标', name: 'a', value: '1' }] });
    // A negative amount violates a CHECK after the indicators were already replaced: nothing may change.
    expect(() => updateProject(db, id, { ...content, funds: { 财政拨款: -1 }, indicators: [] })).toThrow();
    expect(getProject(db, id).indicators).toHaveLength(1);
    db.close();
  });

  it('lists an empty file (0 bytes, or a database without tables) as a problem, and leaves it as it is', () => {
    const folder = tempDir();
    const empty = path.join(folder, '空文件.jixiao.db');
    fs.writeFileSync(empty, '');
    const tableless = path.join(folder, '无表.jixiao.db');
    const db = new Database(tableless);
    db.exec('CREATE TABLE t (a); DROP TABLE t');
    db.close();
    const before = fs.readFileSync(tableless);

    const workspace = new Workspace(folder);
    const { departments, problems } = workspace.info();
    expect(departments).toEqual([]);
    const notOurs = (file: string) => `“${file}”不是绩效填报助手的单位文件，文件未被改动`;
    expect(Object.fromEntries(problems.map((p) => [p.file, p.message]))).toEqual({
      '空文件.jixiao.db': notOurs('空文件.jixiao.db'),
      '无表.jixiao.db': notOurs('无表.jixiao.db'),
    });
    workspace.close();
    expect(fs.statSync(empty).size).toBe(0);
    expect(fs.readFileSync(tableless).equals(before)).toBe(true);
    expect(fs.readdirSync(folder).sort()).toEqual(['无表.jixiao.db', '空文件.jixiao.db'].sort());
  });

  it('migrates a version-1 file, keeping its projects, after a backup', () => {
    const folder = tempDir();
    const file = path.join(folder, 'v1.jixiao.db');
    oldDepartmentFile(
      file,
      1,
      "INSERT INTO indicator (project_id, position, level1, level2, name, value) VALUES (7, 0, '产出指标', '数量指标', '节能监察', '≧20 户')",
    );

    const db = openDepartmentDb(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(getProject(db, 7)).toMatchObject({ name: '老项目', annualFunds: 1_950_000, indicators: [{ value: '≧20 户' }], acknowledgements: {} });
    db.close();
    expect(fs.readdirSync(path.join(folder, BACKUP_FOLDER))).toEqual([expect.stringMatching(/^v1\..*\.升级前v1\.jixiao\.db$/)]);
  });

  it('refuses a file from a newer version and leaves it byte for byte', () => {
    const file = path.join(tempDir(), 'new.jixiao.db');
    const db = createDepartmentDb(file, (d) => insertDepartment(d, META));
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = fs.readFileSync(file);
    const error = refusal(() => openDepartmentDb(file));
    expect(error.message).toContain('更新版本');
    expect(error.message).toContain('new.jixiao.db');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not SQLite, and leaves it byte for byte', () => {
    const file = path.join(tempDir(), 'fake.jixiao.db');
    fs.writeFileSync(file, 'PK\u0003\u0004 this is a renamed workbook, not a database'.repeat(40));
    const before = fs.readFileSync(file);
    const error = refusal(() => openDepartmentDb(file));
    expect(error.message).toContain('不是绩效填报助手的单位文件');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses another program’s SQLite database, and leaves it byte for byte', () => {
    const file = path.join(tempDir(), 'other.jixiao.db');
    const other = new Database(file);
    other.exec('CREATE TABLE notes (body TEXT)');
    other.close();
    const before = fs.readFileSync(file);
    expect(refusal(() => openDepartmentDb(file)).message).toContain('不是绩效填报助手的单位文件');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('will not create over an existing file', () => {
    const file = path.join(tempDir(), 'a.jixiao.db');
    fs.writeFileSync(file, 'keep me');
    expect(refusal(() => createDepartmentDb(file, () => {})).code).toBe('conflict');
    expect(fs.readFileSync(file, 'utf8')).toBe('keep me');
  });
});
