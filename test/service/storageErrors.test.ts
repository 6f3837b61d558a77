import Database from 'better-sqlite3';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { lockPath } from '../../electron/db/fileLock';
import { storageError } from '../../electron/db/storageErrors';
import type { Workspace } from '../../electron/services/workspace';
import type { TargetTable } from '../../shared/interchange/targetTable';
import { contentOf } from '../../shared/project';
import { damage, departmentWith } from '../helpers/departments';
import { ROOT, readJson, tempDir } from '../helpers/paths';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test/fixtures/clean-target-table.json'));
const jixiao = (args: string[], options: SpawnSyncOptions = {}) =>
  spawnSync(process.execPath, [path.join(ROOT, 'electron', 'cli', 'jixiao.cjs'), ...args], { encoding: 'utf8', ...options });

/** Each reading command of the CLI on a department file, writing its output (if any) to `out`. */
const READING = (file: string, out: string) => [
  ['check', file],
  ['score', file],
  ['summary', file, '--year', '2024'],
  ['export', file, '--year', '2024', '--format', 'json', '--out', out],
];

const open: Workspace[] = [];
afterEach(() => {
  for (const w of open.splice(0)) w.close();
});

function withProject() {
  const made = departmentWith('存储测试单位', '本级部门', [CLEAN]);
  open.push(made.workspace);
  return { ...made, id: made.ids[0]! };
}

describe('a department file that cannot be read or written', () => {
  it('damaged: each reading command exits 2 with the message and where the backups are', () => {
    const { workspace, path: file } = withProject();
    workspace.close();
    damage(file);
    const out = path.join(tempDir(), '导出.json');
    for (const args of READING(file, out)) {
      const run = jixiao(args);
      expect([args[0], run.status, run.stdout, run.stderr]).toEqual([
        args[0],
        2,
        '',
        '单位文件“存储测试单位.jixiao.db”已损坏（完整性检查未通过），为免损失不再写入。请在“备份与恢复”中恢复最近的备份（备份在单位文件旁的“备份”文件夹中）\n',
      ]);
    }
    expect(fs.existsSync(out)).toBe(false);
    // Damage met while reading, past the check at opening, is said the same way.
    const raw = new Database(file, { readonly: true });
    const failure = (() => {
      try {
        raw.prepare('SELECT * FROM indicator').all();
      } catch (error) {
        return error;
      } finally {
        raw.close();
      }
    })();
    expect(storageError(failure, file)?.message).toBe(
      '单位文件“存储测试单位.jixiao.db”已损坏（读取时发现损坏的数据），为免损失不再写入。请在“备份与恢复”中恢复最近的备份（备份在单位文件旁的“备份”文件夹中）',
    );
  });

  it('on a full disk: a save through the API says the disk is full, and the project stays as it was', async () => {
    const { api, workspace, departmentFile, id } = withProject();
    const before = api.getProject({ departmentFile, id });
    // SQLite reports a full disk (SQLITE_FULL) once the file may grow no more.
    const db = workspace.db(departmentFile);
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const reply = await dispatch(api, 'saveProject', {
      departmentFile,
      id,
      revision: before.revision,
      content: { ...contentOf(before), overallGoal: '很长的目标。'.repeat(3_000) },
    });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'refused', message: '磁盘已满，“存储测试单位.jixiao.db”写不下，这次的修改未保存。请腾出磁盘空间后再试' },
    });
    expect(api.getProject({ departmentFile, id })).toEqual(before);
  });

  it('in a read-only folder: reading and writing commands exit 2 saying so, not 找不到 or 不是单位文件', () => {
    const { workspace, path: file } = withProject();
    workspace.close();
    const folder = path.dirname(file);
    fs.chmodSync(file, 0o444);
    fs.chmodSync(folder, 0o555);
    // Root may write anywhere: the commands then run as a user the folder's permissions apply to.
    const asUser: SpawnSyncOptions = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const message =
      '单位文件“存储测试单位.jixiao.db”所在的位置只读，或没有读写权限（即使只是读取，也要在它旁边写入临时文件）。请把它放到可以写入的文件夹，或取得权限后再试\n';
    for (const args of [...READING(file, path.join(folder, '导出.json')), ['carry', file, '--from', '2024', '--to', '2025']]) {
      const run = jixiao(args, asUser);
      expect([args[0], run.status, run.stderr]).toEqual([args[0], 2, message]);
    }
    expect(fs.readdirSync(folder)).toEqual(['存储测试单位.jixiao.db']);
  });

  it('beside a folder where its lock file goes: opening it for writing names that folder, reading works', async () => {
    const { workspace, path: file, departmentFile, api } = withProject();
    workspace.close();
    fs.mkdirSync(lockPath(file));
    const message = '“存储测试单位.jixiao.db.lock”是一个文件夹，占用了单位文件的锁文件的位置。请把这个文件夹移走或改名后再打开';
    const carry = jixiao(['carry', file, '--from', '2024', '--to', '2025']);
    expect([carry.status, carry.stderr]).toEqual([2, `${message}\n`]);
    expect(jixiao(['check', file]).status).toBe(0);
    expect(workspace.info().problems).toEqual([{ file: departmentFile, message }]);
    expect(await dispatch(api, 'listProjects', { departmentFile, year: 2024 })).toEqual({ ok: false, error: { code: 'refused', message } });
    expect(fs.statSync(lockPath(file)).isDirectory()).toBe(true);
  });
});
