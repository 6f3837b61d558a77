/**
 * One writer per department file: a lock file beside it names the process that has it open.
 * A second window or program gets a clear message instead of editing the same tables at the
 * same time; a lock left by a process that is gone (a crash, a power cut) is taken over.
 *
 * Processes may start in the same millisecond, so the lock must be exclusive at every step:
 * - a lock file appears whole: the owner is written to a draft and hard-linked into place (a link
 *   fails where the name exists), so no one reads a lock half-written and takes it for abandoned;
 * - an abandoned lock is removed only by the process that holds its claim (`….lock.takeover`,
 *   taken the same way), so that two processes never both take over one lock, nor remove the
 *   lock that another has just taken.
 */
import { randomBytes } from 'node:crypto';
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
const claimOf = (target: string) => `${target}.takeover`;

/** A claim of a claim is needed only where a process died while taking over; one level more is not. */
const MAX_CLAIM_DEPTH = 2;

/** Who holds a lock file: its owner, `unreadable` (not written by this version whole), or `gone` (released meanwhile). */
type Holder = Owner | 'unreadable' | 'gone';

function readHolder(target: string): Holder {
  let text: string;
  try {
    text = fs.readFileSync(target, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'gone';
    if (code === 'EISDIR')
      throw new AppError('refused', `“${path.basename(target)}”是一个文件夹，占用了单位文件的锁文件的位置。请把这个文件夹移走或改名后再打开`);
    throw error;
  }
  try {
    const owner = JSON.parse(text) as Partial<Owner>;
    if (typeof owner.pid === 'number' && typeof owner.host === 'string') return owner as Owner;
  } catch {
    // Not JSON: written in place where the file system has no links (and not finished), or not ours.
  }
  return 'unreadable';
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

/** Creates `target` holding `text`, whole, unless it exists; false where it does. */
function createWhole(target: string, text: string): boolean {
  const draft = `${target}.${randomBytes(6).toString('hex')}`;
  fs.writeFileSync(draft, text, { flag: 'wx' });
  try {
    fs.linkSync(draft, target);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    // A file system without hard links (a FAT memory stick, some network shares): created in place.
    return createInPlace(target, text);
  } finally {
    fs.rmSync(draft, { force: true });
  }
}

function createInPlace(target: string, text: string): boolean {
  try {
    fs.writeFileSync(target, text, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Removes `target` if it is still this process's (it is never another's while this one runs). */
function release(target: string, me: Owner): void {
  const holder = readHolder(target);
  if (typeof holder === 'object' && holder.pid === me.pid && holder.host === me.host && holder.since === me.since) fs.rmSync(target, { force: true });
}

/** Takes `target` for this process, taking it over from a process that is gone; otherwise returns who holds it. */
function take(target: string, me: Owner, depth: number): true | Holder {
  let holder: Holder = 'gone';
  for (let attempt = 0; attempt < 5; attempt++) {
    if (createWhole(target, JSON.stringify(me))) return true;
    holder = readHolder(target);
    if (holder === 'gone') continue;
    if (holder === 'unreadable' || running(holder) || depth === MAX_CLAIM_DEPTH) return holder;
    // Left by a process that is gone. Only the holder of the claim may remove it; whoever holds
    // the claim removes the lock only as long as it is still abandoned.
    const claim = claimOf(target);
    if (take(claim, me, depth + 1) !== true) {
      waitBriefly();
      continue;
    }
    try {
      const now = readHolder(target);
      if (typeof now === 'object' && !running(now)) fs.rmSync(target, { force: true });
    } finally {
      release(claim, me);
    }
  }
  return holder;
}

/** Another process is taking over an abandoned lock: its work is a few file operations. */
function waitBriefly(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
}

/** Takes the lock of a department file; returns its release. */
export function lockDepartmentFile(file: string): () => void {
  const me: Owner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  const lock = lockPath(file);
  const holder = take(lock, me, 0);
  if (holder === true) return () => release(lock, me);
  const name = path.basename(file);
  if (holder === 'unreadable') {
    throw new AppError(
      'conflict',
      `单位文件“${name}”已在另一个窗口或程序中打开（锁文件“${path.basename(lock)}”无法读取）。若确实没有别处打开它，请删除这个锁文件后再试`,
    );
  }
  if (holder === 'gone' || !running(holder)) throw new AppError('conflict', `无法锁定单位文件“${name}”，请稍后再试`);
  const where = holder.host === me.host ? `进程 ${holder.pid}` : `计算机“${holder.host}”上的进程 ${holder.pid}`;
  throw new AppError('conflict', `单位文件“${name}”已在另一个窗口或程序中打开（${where}）。为免两处同时修改，请先在那里关闭后再打开`);
}
