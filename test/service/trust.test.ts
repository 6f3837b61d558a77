import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_FOLDER, backupBeside, KEEP_BACKUPS, listBackups } from '../../electron/db/backups';
import { lockPath } from '../../electron/db/fileLock';
import { dispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { Workspace } from '../../electron/services/workspace';
import { DEPARTMENT_NAME_TOO_LONG, MAX_DEPARTMENT_NAME_HANZI } from '../../shared/departmentName';
import type { TargetTable } from '../../shared/interchange/targetTable';
import { startWebApp } from '../e2e/webApp';
import { damage, departmentWith, revisionOf } from '../helpers/departments';
import { ROOT, readJson, tempDir } from '../helpers/paths';
import { jixiao } from '../helpers/cli';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test/fixtures/clean-target-table.json'));

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
    const { folder, departmentFile, workspace, file } = withProject();
    workspace.close();
    const reopened = setup(folder);
    reopened.api.listProjects({ departmentFile, year: 2024 });
    expect(listBackups(file).map((b) => b.reason)).toEqual(['每日']);
    reopened.workspace.close();
    setup(folder).api.listProjects({ departmentFile, year: 2024 });
    expect(listBackups(file)).toHaveLength(1);

    const db = open.at(-1)!.db(departmentFile);
    for (let day = 1; day <= 25; day++) backupBeside(db, file, '导入前', new Date(2030, 0, day, 9, 0, 0));
    const kept = listBackups(file);
    expect(kept).toHaveLength(KEEP_BACKUPS);
    expect(kept[0]!.time).toBe('2030-01-25 09:00:00');
    expect(kept.at(-1)!.time).toBe('2030-01-06 09:00:00');
  });

  it('a backup is restored after the current state is kept as one', () => {
    const { api, departmentFile, id, workspace, file } = withProject();
    backupBeside(workspace.db(departmentFile), file, '导入前', new Date(2030, 0, 1, 9, 0, 0));
    api.renameProject({ departmentFile, id, revision: revisionOf(api, departmentFile, id), name: '改过的名字' });
    const [backup] = api.listBackups({ departmentFile });
    expect(backup).toMatchObject({ time: '2030-01-01 09:00:00', reason: '导入前', bytes: expect.any(Number) });
    const result = api.restoreBackup({ departmentFile, backup: backup!.file });
    expect(result.restored).toEqual(backup);
    expect(result.kept).toMatch(/\.恢复前\.jixiao\.db$/);
    expect(api.getProject({ departmentFile, id }).name).toBe('办公家具设备购置');
    expect(
      api
        .listBackups({ departmentFile })
        .map((b) => b.reason)
        .sort(),
    ).toEqual(['导入前', '恢复前']);
    expect(() => api.restoreBackup({ departmentFile, backup: '../备份测试单位.jixiao.db' })).toThrow(/不存在/);
  });

  it('a damaged file is not written to, and the latest good backup restores it', () => {
    const { folder, departmentFile, workspace, file } = withProject();
    backupBeside(workspace.db(departmentFile), file, '导入前');
    workspace.close();
    damage(file);
    const damaged = fs.readFileSync(file);
    const { api } = setup(folder);
    expect(api.getWorkspace().problems).toEqual([{ file: departmentFile, message: expect.stringContaining('已损坏（完整性检查未通过），为免损失不再写入') }]);
    expect(() => api.listProjects({ departmentFile, year: 2024 })).toThrow(/已损坏/);
    expect(fs.readFileSync(file).equals(damaged)).toBe(true);
    expect(fs.existsSync(lockPath(file))).toBe(false);

    const [latest] = api.listBackups({ departmentFile });
    expect(api.restoreBackup({ departmentFile, backup: latest!.file }).kept).toMatch(/\.损坏\.jixiao\.db$/);
    expect(api.listProjects({ departmentFile, year: 2024 }).map((p) => p.name)).toEqual(['办公家具设备购置']);
    expect(fs.readdirSync(path.join(folder, BACKUP_FOLDER)).some((f) => f.endsWith('.损坏.jixiao.db'))).toBe(true);
  });
});

describe('two processes on one department file', () => {
  it('the second gets a clear message, reading beside the writer works, and the lock of a killed writer is taken over', async () => {
    const { folder, departmentFile, workspace, file } = withProject();
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
        body: JSON.stringify({ departmentFile, year: 2024 }),
      });
      expect(((await reply.json()) as { ok: boolean }).ok).toBe(true);
      const { pid } = JSON.parse(fs.readFileSync(lockPath(file), 'utf8')) as { pid: number };
      expect(pid).not.toBe(process.pid);
      const mine = setup(folder);
      expect(() => mine.api.listProjects({ departmentFile, year: 2024 })).toThrow(`已在另一个窗口或程序中打开（进程 ${pid}）`);

      process.kill(pid, 'SIGKILL');
      await expect
        .poll(() => {
          try {
            process.kill(pid, 0);
            return 'running';
          } catch {
            return 'gone';
          }
        })
        .toBe('gone');
      expect(mine.api.listProjects({ departmentFile, year: 2024 }).map((p) => p.name)).toEqual(['办公家具设备购置']);
    } finally {
      await app.stop();
    }
  }, 150_000);
});

describe('the name of a department', () => {
  it('is as long as every file named after it fits: the longest is created, backed up, restored and listed again; one 汉字 more is refused', async () => {
    // 255 bytes less the longest addition, `.20240101-120000.重新生成自评表前.999.jixiao.db-journal` (63 bytes): 192, 64 汉字.
    expect(DEPARTMENT_NAME_TOO_LONG).toBe('单位名称过长（最多 64 个汉字）');
    const longest = '财'.repeat(MAX_DEPARTMENT_NAME_HANZI);
    const { folder, workspace, api } = setup();
    const { file: departmentFile } = api.createDepartment({ name: longest, code: '', supervisor: '', layout: '本级部门' });
    const { id, revision } = api.createProject({ departmentFile, year: 2024, name: '办公家具设备购置' });
    // The longest name made from it: a backup with the longest reason, the second within one second.
    const file = workspace.filePath(departmentFile);
    const now = new Date(2030, 0, 1, 9, 0, 0);
    for (let n = 0; n < 2; n++) backupBeside(workspace.db(departmentFile), file, '重新生成自评表前', now);
    api.renameProject({ departmentFile, id, revision, name: '改过的名字' });
    const second = api.listBackups({ departmentFile }).find((b) => b.file.endsWith('.重新生成自评表前.2.jixiao.db'))!;
    expect(api.restoreBackup({ departmentFile, backup: second.file }).kept).toMatch(/\.恢复前\.jixiao\.db$/);
    expect(api.getProject({ departmentFile, id }).name).toBe('办公家具设备购置');
    workspace.close();
    const reopened = setup(folder);
    expect(reopened.workspace.info()).toMatchObject({ departments: [{ file: departmentFile, name: longest }], problems: [] });

    const tooLong = `${longest}财`;
    const meta = { name: tooLong, code: '', supervisor: '', layout: '本级部门' as const };
    expect(await dispatch(reopened.api, 'createDepartment', meta)).toEqual({
      ok: false,
      error: { code: 'bad-request', message: `参数有误（createDepartment）：name：${DEPARTMENT_NAME_TOO_LONG}` },
    });
    expect(() => reopened.api.createDepartment(meta)).toThrow(DEPARTMENT_NAME_TOO_LONG);
    const pack = path.join(tempDir(), '数据包.json');
    fs.writeFileSync(pack, JSON.stringify({ targetTables: [CLEAN], selfEvaluations: [] }));
    const named = jixiao('import', pack, '--into', path.join(folder, '新单位.jixiao.db'), '--name', tooLong);
    expect([named.status, named.stderr]).toEqual([2, `--name：${DEPARTMENT_NAME_TOO_LONG}\n`]);
    const fileNamed = jixiao('import', pack, '--into', path.join(folder, `${tooLong}.jixiao.db`));
    expect([fileNamed.status, fileNamed.stderr]).toEqual([2, `单位文件名“${tooLong}.jixiao.db”过长（最多 ${MAX_DEPARTMENT_NAME_HANZI} 个汉字）\n`]);
    reopened.workspace.close();
    expect(fs.readdirSync(folder).sort()).toEqual([BACKUP_FOLDER, departmentFile].sort());
  });
});
