/**
 * One writer per department file: a lock file beside it names the process that has it open.
 * A second window or program gets a clear message instead of editing the same tables at the
 * same time; a lock left by a process that is gone (a crash, a power cut) is taken over.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/api/errors';

interface Owner {
  pid: number;
  host: string;
  since: string;
}

export const lockPath = (file: string) => `${file}.lock`;

function readOwner(file: string): Owner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(lockPath(file), 'utf8')) as Partial<Owner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? (owner as Owner) : null;
  } catch {
    return null;
  }
}

/** Whether the owner may still be running: another computer's process cannot be asked, so it is taken to be. */
function running(owner: Owner): boolean {
  if (owner.host !== os.hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock of a department file; returns its release. */
export function lockDepartmentFile(file: string): () => void {
  const me: Owner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath(file), JSON.stringify(me), { flag: 'wx' });
      return () => {
        if (readOwner(file)?.pid === me.pid) fs.rmSync(lockPath(file), { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(file);
      if (owner && running(owner)) {
        const where = owner.host === me.host ? `进程 ${owner.pid}` : `计算机“${owner.host}”上的进程 ${owner.pid}`;
        throw new AppError('conflict', `单位文件“${path.basename(file)}”已在另一个窗口或程序中打开（${where}）。为免两处同时修改，请先在那里关闭后再打开`);
      }
      // Left by a process that is gone.
      fs.rmSync(lockPath(file), { force: true });
    }
  }
  throw new AppError('conflict', `无法锁定单位文件“${path.basename(file)}”，请稍后再试`);
}
