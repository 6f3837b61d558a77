import { spawn, spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rulesDefine } from '../../electron/build/rulesFingerprint.mjs';
import { insertDepartment } from '../../electron/db/department';
import { lockPath } from '../../electron/db/fileLock';
import { createDepartmentDb, openDepartmentDb } from '../../electron/db/open';
import { ROOT, tempDir } from '../helpers/paths';

const STARTERS = 12;
const ALREADY_OPEN = '已在另一个窗口或程序中打开';
let starter: string;

beforeAll(async () => {
  starter = path.join(tempDir(), 'openForWriting.cjs');
  await build({
    entryPoints: [path.join(ROOT, 'test/helpers/openForWriting.ts')],
    outfile: starter,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    logLevel: 'warning',
    define: rulesDefine(),
  });
});

function departmentFile(): string {
  const file = path.join(tempDir(), '锁测试单位.jixiao.db');
  createDepartmentDb(file, (db) => insertDepartment(db, { name: '锁测试单位', code: '', supervisor: '', layout: '本级部门' })).close();
  return file;
}

/** Starts the processes, lets them all try to open the file for writing in the same millisecond, and returns what each said. */
async function startTogether(file: string): Promise<string[]> {
  const children = Array.from({ length: STARTERS }, () =>
    spawn(process.execPath, [starter, file, '1000'], {
      env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
      stdio: ['pipe', 'pipe', 'inherit'],
    }),
  );
  const said = children.map((child) => {
    let out = '';
    const ready = new Promise<void>((resolve) =>
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.startsWith('ready\n')) resolve();
      }),
    );
    const exited = new Promise<string>((resolve) => child.on('close', () => resolve(out.slice('ready\n'.length).trim())));
    return { ready, exited };
  });
  await Promise.all(said.map((s) => s.ready));
  const startAt = String(Date.now() + 200);
  for (const child of children) child.stdin.end(startAt);
  return Promise.all(said.map((s) => s.exited));
}

describe('the lock of a department file', () => {
  it('goes to exactly one of a dozen processes starting in the same millisecond, also where a lock left by a dead process is to be taken over', async () => {
    const file = departmentFile();
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    for (let round = 0; round < 6; round++) {
      // Every other round starts beside a lock whose process has ended.
      if (round % 2) fs.writeFileSync(lockPath(file), JSON.stringify({ pid: gone, host: os.hostname(), since: new Date().toISOString() }));
      const said = await startTogether(file);
      expect(
        said.filter((s) => s === 'opened'),
        `round ${round}: ${said.join(' | ')}`,
      ).toHaveLength(1);
      expect(said.filter((s) => s.startsWith('refused\t') && s.includes(ALREADY_OPEN))).toHaveLength(STARTERS - 1);
    }
    // Nothing is left beside the file: no lock, claim or draft.
    expect(fs.readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
  }, 300_000);

  it('of another computer is honoured and named; one not written whole is not taken for abandoned', () => {
    const file = departmentFile();
    const theirs = JSON.stringify({ pid: 4321, host: '财政局-PC', since: '2030-01-01T09:00:00.000Z' });
    fs.writeFileSync(lockPath(file), theirs);
    expect(() => openDepartmentDb(file)).toThrow('单位文件“锁测试单位.jixiao.db”已在另一个窗口或程序中打开（计算机“财政局-PC”上的进程 4321）');
    expect(fs.readFileSync(lockPath(file), 'utf8')).toBe(theirs);
    fs.writeFileSync(lockPath(file), '');
    expect(() => openDepartmentDb(file)).toThrow('单位文件“锁测试单位.jixiao.db”已在另一个窗口或程序中打开（锁文件“锁测试单位.jixiao.db.lock”无法读取）');
    expect(fs.readFileSync(lockPath(file), 'utf8')).toBe('');
  });
});
