/**
 * Backups of a department file in the `备份` folder beside it: consistent copies made by SQLite
 * itself (`VACUUM INTO`, never a plain copy of a live file), named with their time and reason,
 * the last 20 kept per department.
 */
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../shared/api/contract';
import type { BackupReason } from '../../shared/departmentName';

export const BACKUP_FOLDER = '备份';
export const KEEP_BACKUPS = 20;
export const DAILY_REASON: BackupReason = '每日';

export type BackupEntry = BackupInfo;

function stamp(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
}

const baseOf = (file: string) => path.basename(file).replace(/\.jixiao\.db$/, '');
export const backupFolder = (file: string) => path.join(path.dirname(file), BACKUP_FOLDER);

/** The backups of one department file, newest first. */
export function listBackups(file: string): BackupEntry[] {
  const folder = backupFolder(file);
  if (!fs.existsSync(folder)) return [];
  const prefix = `${baseOf(file)}.`;
  return fs
    .readdirSync(folder)
    .flatMap((name): BackupEntry[] => {
      if (!name.startsWith(prefix)) return [];
      const m = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.(.+?)(?:\.\d+)?\.jixiao\.db$/.exec(name.slice(prefix.length));
      if (!m) return [];
      const [, y, mo, d, h, mi, s, reason] = m;
      return [{ file: name, time: `${y}-${mo}-${d} ${h}:${mi}:${s}`, reason: reason!, bytes: fs.statSync(path.join(folder, name)).size }];
    })
    .sort((a, b) => b.time.localeCompare(a.time) || b.file.localeCompare(a.file));
}

/** Keeps the newest KEEP_BACKUPS of a department's backups. */
function prune(file: string): void {
  for (const old of listBackups(file).slice(KEEP_BACKUPS)) fs.rmSync(path.join(backupFolder(file), old.file), { force: true });
}

/** A consistent copy of the open file in the 备份 folder beside it; returns its path. */
export function backupBeside(db: Database.Database, file: string, reason: BackupReason, now = new Date()): string {
  const folder = backupFolder(file);
  fs.mkdirSync(folder, { recursive: true });
  const first = path.join(folder, `${baseOf(file)}.${stamp(now)}.${reason}.jixiao.db`);
  let target = first;
  for (let n = 2; fs.existsSync(target); n++) target = first.replace(/\.jixiao\.db$/, `.${n}.jixiao.db`);
  db.prepare('VACUUM INTO ?').run(target);
  prune(file);
  return target;
}

/**
 * A backup, then `work` in one transaction: how every write of many projects at once goes (an
 * import, a carry, a copy, a regeneration of 自评表), so that it lands whole or not at all and the
 * state before it can be restored.
 */
export function writeAfterBackup<T>(db: Database.Database, reason: BackupReason, work: () => T): T {
  backupBeside(db, db.name, reason);
  return db.transaction(work)();
}

/** The first opening of a day leaves a backup, unless one was made that day already. */
export function dailyBackup(db: Database.Database, file: string, now = new Date()): string | null {
  const today = stamp(now).slice(0, 8);
  const time = `${today.slice(0, 4)}-${today.slice(4, 6)}-${today.slice(6)}`;
  if (listBackups(file).some((b) => b.time.startsWith(time))) return null;
  return backupBeside(db, file, DAILY_REASON, now);
}

/** A plain copy of a closed file (and its WAL), for a file SQLite cannot copy because it is damaged. */
export function copyAside(file: string, reason: BackupReason, now = new Date()): string {
  const folder = backupFolder(file);
  fs.mkdirSync(folder, { recursive: true });
  const target = path.join(folder, `${baseOf(file)}.${stamp(now)}.${reason}.jixiao.db`);
  fs.copyFileSync(file, target);
  if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${target}-wal`);
  return target;
}
