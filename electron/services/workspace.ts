/**
 * The workspace: a folder of department files, one SQLite file per department. Connections
 * are opened on first use and kept for the life of the process.
 */
import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { WorkspaceInfo } from '../../shared/api/contract';
import { DEPARTMENT_EXTENSION, DEPARTMENT_NAME_TOO_LONG, departmentNameFits } from '../../shared/departmentName';
import type { DepartmentInfo } from '../../shared/project';
import { insertDepartment, readDepartment, type DepartmentMeta } from '../db/department';
import { backupBeside, backupFolder, copyAside, dailyBackup, listBackups, type BackupEntry } from '../db/backups';
import { lockDepartmentFile } from '../db/fileLock';
import { createDepartmentDb, openDepartmentDb, verifyDepartmentFile } from '../db/open';
import { storageError } from '../db/storageErrors';

export { DEPARTMENT_EXTENSION };

/** `JIXIAO_WORKSPACE`, else a `Jixiao` folder in the user's documents. */
export function defaultWorkspacePath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.JIXIAO_WORKSPACE) return path.resolve(env.JIXIAO_WORKSPACE);
  const documents = ['Documents', '文档'].map((d) => path.join(os.homedir(), d)).find((d) => fs.existsSync(d));
  return path.join(documents ?? os.homedir(), 'Jixiao');
}

/** A file name for a department: its name, with the characters no file system accepts replaced. */
export function departmentFileName(name: string): string {
  const safe = name
    .trim()
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
    .replace(/[. ]+$/, '');
  return `${safe || '单位'}${DEPARTMENT_EXTENSION}`;
}

export class Workspace {
  private readonly open = new Map<string, Database>();

  constructor(private folder: string) {}

  get path(): string {
    return this.folder;
  }

  /** Switches to another folder, closing the files of the previous one. */
  moveTo(folder: string): void {
    const resolved = path.resolve(folder);
    if (fs.existsSync(resolved) && !fs.statSync(resolved).isDirectory()) {
      throw new AppError('bad-request', `“${resolved}”不是文件夹`);
    }
    this.close();
    this.folder = resolved;
  }

  info(): WorkspaceInfo {
    const departments: DepartmentInfo[] = [];
    const problems: WorkspaceInfo['problems'] = [];
    const files = fs.existsSync(this.folder)
      ? fs
          .readdirSync(this.folder)
          .filter((f) => f.endsWith(DEPARTMENT_EXTENSION))
          .sort((a, b) => a.localeCompare(b, 'zh-CN'))
      : [];
    for (const file of files) {
      try {
        departments.push(this.department(file));
      } catch (error) {
        problems.push({ file, message: storageError(error, this.filePath(file))?.message ?? `无法读取：${String(error)}` });
      }
    }
    return { path: this.folder, departments, problems };
  }

  department(file: string): DepartmentInfo {
    return { file, ...readDepartment(this.db(file)) };
  }

  createDepartment(meta: DepartmentMeta): DepartmentInfo {
    if (!departmentNameFits(meta.name)) throw new AppError('bad-request', DEPARTMENT_NAME_TOO_LONG);
    fs.mkdirSync(this.folder, { recursive: true });
    const file = departmentFileName(meta.name);
    const full = path.join(this.folder, file);
    if (fs.existsSync(full)) throw new AppError('conflict', `工作文件夹中已有单位文件“${file}”`);
    this.open.set(
      file,
      createDepartmentDb(full, (db) => insertDepartment(db, meta)),
    );
    return { file, ...meta };
  }

  /** Where a department file of this workspace is. */
  filePath(file: string): string {
    return path.join(this.folder, file);
  }

  /** The open connection to a department file of this workspace. */
  db(file: string): Database {
    const existing = this.open.get(file);
    if (existing) return existing;
    const full = this.checkedPath(file);
    const db = openDepartmentDb(full);
    this.open.set(file, db);
    dailyBackup(db, full);
    return db;
  }

  backups(file: string): BackupEntry[] {
    return listBackups(this.checkedPath(file));
  }

  /**
   * Puts a backup in place of the department file, after keeping the current state as a backup
   * too (a consistent copy where the file opens; a plain copy of the closed file where it is
   * damaged). The backup is checked before anything changes.
   */
  restore(file: string, backup: string): { restored: BackupEntry; kept: string } {
    const full = this.checkedPath(file);
    const entry = listBackups(full).find((b) => b.file === backup);
    if (!entry) throw new AppError('not-found', `备份“${backup}”不存在`);
    const source = path.join(backupFolder(full), entry.file);
    verifyDepartmentFile(source);
    const current = this.openUnlessDamaged(file);
    let kept = current ? backupBeside(current, full, '恢复前') : '';
    current?.close();
    this.open.delete(file);
    const release = lockDepartmentFile(full);
    try {
      if (!current) kept = copyAside(full, '损坏');
      const incoming = `${full}.restoring`;
      fs.copyFileSync(source, incoming);
      for (const leftover of [`${full}-wal`, `${full}-shm`]) fs.rmSync(leftover, { force: true });
      fs.renameSync(incoming, full);
    } finally {
      release();
    }
    this.db(file);
    return { restored: entry, kept: path.basename(kept) };
  }

  /** The open connection, or null where the file cannot be opened as it is (damaged, not ours). */
  private openUnlessDamaged(file: string): Database | null {
    try {
      return this.db(file);
    } catch (error) {
      if (error instanceof AppError && error.code === 'refused') return null;
      throw error;
    }
  }

  private checkedPath(file: string): string {
    if (!file.endsWith(DEPARTMENT_EXTENSION) || path.basename(file) !== file) {
      throw new AppError('bad-request', `“${file}”不是工作文件夹中的单位文件`);
    }
    return path.join(this.folder, file);
  }

  close(): void {
    for (const db of this.open.values()) db.close();
    this.open.clear();
  }
}
