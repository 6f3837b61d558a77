import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_FOLDER, backupBeside, KEEP_BACKUPS, listBackups } from '../../electron/db/backups';
import { lockPath } from '../../electron/db/fileLock';
import { createHandlers } from '../../electron/services/handlers';
import { Workspace } from '../../electron/services/workspace';
import type { TargetTable } from '../../shared/interchange';
import { startWebApp } from '../e2e/webApp';
import { damage, departmentWith } from '../helpers/departments';
import { ROOT, readJson, tempDir } from '../helpers/paths';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test/fixtures/clean-target-table.json'));
const jixiao = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'electron', 'cli', 'jixiao.cjs'), ...args], { encoding: 'utf8' });

const open: Workspace[] = [];
afterEach(() => {
  for (const w of open.splice(0)) w.close();
});

function setup(folder = tempDir()) {
  const workspace = new Workspace(folder);
  open.push(workspace);
  return { folder, workspace, api: createHandlers(workspace) };
}

function withProject() {
  const made = departmentWith('备份测试单位', '本级部门', [CLEAN]);
  open.push(made.workspace);
  return { ...made, folder: made.workspace.path, id: made.ids[0]!, file: made.path };
}

describe('backups', () => {
  it('the first opening of a day leaves one backup; at most 20 are kept, the newest', () => {
    const { folder, department, workspace, file } = withProject();
    workspace.close();
    const reopened = setup(folder);
    reopened.api.listProjects({ department, year: 2024 });
    expect(listBackups(file).map((b) => b.reason)).toEqual(['每日']);
    reopened.workspace.close();
    setup(folder).api.listProjects({ department, year: 2024 });
    expect(listBackups(file)).toHaveLength(1);

    const db = open.at(-1)!.db(department);
    for (let day = 1; day <= 25; day++) backupBeside(db, file, '导入前', new Date(2030, 0, day, 9, 0, 0));
    const kept = listBackups(file);
    expect(kept).toHaveLength(KEEP_BACKUPS);
    expect(kept[0]!.time).toBe('2030-01-25 09:00:00');
    expect(kept.at(-1)!.time).toBe('2030-01-06 09:00:00');
  });

  it('a backup is restored after the current state is kept as one', () => {
    const { api, department, id, workspace, file } = withProject();
    backupBeside(workspace.db(department), file, '导入前', new Date(2030, 0, 1, 9, 0, 0));
    api.renameProject({ department, id, name: '改过的名字' });
    const [backup] = api.listBackups({ department });
    expect(backup).toMatchObject({ time: '2030-01-01 09:00:00', reason: '导入前', bytes: expect.any(Number) });
    const result = api.restoreBackup({ department, backup: backup!.file });
    expect(result.restored).toEqual(backup);
    expect(result.kept).toMatch(/\.恢复前\.jixiao\.db$/);
    expect(api.getProject({ department, id }).name).toBe('办公家具设备购置');
    expect(api.listBackups({ department }).map((b) => b.reason).sort()).toEqual(['导入前', '恢复前']);
    expect(() => api.restoreBackup({ department, backup: '../备份测试单位.jixiao.db' })).toThrow(/不存在/);
  });

  it('a damaged file is not written to, and the latest good backup restores it', () => {
    const { folder, department, workspace, file } = withProject();
    backupBeside(workspace.db(department), file, '导入前');
    workspace.close();
    damage(file);
    const damaged = fs.readFileSync(file);
    const { api } = setup(folder);
    expect(api.getWorkspace().problems).toEqual([{ file: department, message: expect.stringContaining('已损坏（完整性检查未通过），为免损失不再写入') }]);
    expect(() => api.listProjects({ department, year: 2024 })).toThrow(/已损坏/);
    expect(fs.readFileSync(file).equals(damaged)).toBe(true);
    expect(fs.existsSync(lockPath(file))).toBe(false);

    const [latest] = api.listBackups({ department });
    expect(api.restoreBackup({ department, backup: latest!.file }).kept).toMatch(/\.损坏\.jixiao\.db$/);
    expect(api.listProjects({ department, year: 2024 }).map((p) => p.name)).toEqual(['办公家具设备购置']);
    expect(fs.readdirSync(path.join(folder, BACKUP_FOLDER)).some((f) => f.endsWith('.损坏.jixiao.db'))).toBe(true);
  });
});

describe('two processes on one department file', () => {
  it('the second gets a clear message, reading beside the writer works, and the lock of a killed writer is taken over', async () => {
    const { folder, department, workspace, file } = withProject();
    const refused = jixiao('carry', file, '--from', '2024', '--to', '2025');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`已在另一个窗口或程序中打开（进程 ${process.pid}）`);
    const reading = jixiao('check', file);
    expect([reading.status, reading.stderr]).toEqual([0, '']);
    workspace.close();

    const app = await startWebApp(folder);
    try {
      const token = new URL(app.url).searchParams.get('token')!;
      const reply = await fetch(new URL('/api/listProjects', app.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-jixiao-token': token },
        body: JSON.stringify({ department, year: 2024 }),
      });
      expect(((await reply.json()) as { ok: boolean }).ok).toBe(true);
      const { pid } = JSON.parse(fs.readFileSync(lockPath(file), 'utf8')) as { pid: number };
      expect(pid).not.toBe(process.pid);
      const mine = setup(folder);
      expect(() => mine.api.listProjects({ department, year: 2024 })).toThrow(`已在另一个窗口或程序中打开（进程 ${pid}）`);

      process.kill(pid, 'SIGKILL');
      await expect.poll(() => {
        try {
          process.kill(pid, 0);
          return 'running';
        } catch {
          return 'gone';
        }
      }).toBe('gone');
      expect(mine.api.listProjects({ department, year: 2024 }).map((p) => p.name)).toEqual(['办公家具设备购置']);
    } finally {
      await app.stop();
    }
  }, 150_000);
});
