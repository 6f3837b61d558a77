/**
 * Opening a department file: refuse what is not ours or is newer than this version (leaving
 * the file untouched), back up and migrate what is older, and set the pragmas every
 * connection needs.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/errors';
import { backupBeside } from './backups';
import { lockDepartmentFile } from './fileLock';
import { damagedFile, isReadOnly, readOnlyPlace, storageError } from './storageErrors';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';

/** `PRAGMA application_id` of a Jixiao department file ("JXDB"). */
export const APPLICATION_ID = 0x4a584442;

/** The desktop app's own build of better-sqlite3 (Electron ABI); plain Node uses the one in node_modules. */
let nativeBinding: string | undefined;

export function useNativeBinding(file: string): void {
  nativeBinding = file;
}

interface FileHeader {
  applicationId: number;
  userVersion: number;
}

function readHeader(file: string): FileHeader {
  const name = path.basename(file);
  let probe: Database.Database | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    return {
      applicationId: probe.pragma('application_id', { simple: true }) as number,
      userVersion: probe.pragma('user_version', { simple: true }) as number,
    };
  } catch (error) {
    if (!fs.existsSync(file)) throw new AppError('not-found', `找不到单位文件“${name}”`);
    // Where SQLite may not open the file or write beside it, that is the reason, not the file's content.
    if (isReadOnly(error) || ((error as { code?: string }).code === 'SQLITE_CANTOPEN' && !mayRead(file))) throw readOnlyPlace(file);
    throw new AppError('refused', `“${name}”不是绩效填报助手的单位文件（无法作为数据库读取），文件未被改动`);
  } finally {
    probe?.close();
  }
}

function mayRead(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks, without writing, that a file is a department file this version can open. Only
 * createDepartmentDb makes new ones: an empty file (0 bytes, or a database without tables) is
 * not ours either, and is left as it is.
 */
function checkHeader(file: string, header: FileHeader): void {
  const name = path.basename(file);
  if (header.applicationId !== APPLICATION_ID) {
    throw new AppError('refused', `“${name}”不是绩效填报助手的单位文件，文件未被改动`);
  }
  if (header.userVersion > SCHEMA_VERSION) {
    throw new AppError(
      'refused',
      `“${name}”由更新版本的绩效填报助手保存（数据版本 ${header.userVersion}，本程序支持到 ${SCHEMA_VERSION}），请升级后再打开；文件未被改动`,
    );
  }
}

function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  // better-sqlite3's build makes WAL default to NORMAL, which can lose the last commits on power loss.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  if (db.pragma('synchronous', { simple: true }) !== 2 || db.pragma('foreign_keys', { simple: true }) !== 1) {
    throw new AppError('internal', '无法以安全写入模式打开单位文件');
  }
}

/** All pending migrations, and `then` where given, in one transaction: the file moves whole or not at all. */
function migrate(db: Database.Database, from: number, then?: (db: Database.Database) => void): void {
  db.transaction(() => {
    for (let version = from; version < SCHEMA_VERSION; version++) db.exec(MIGRATIONS[version]!);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    then?.(db);
  })();
}

/** A connection for reading, to a file that passes the integrity check. */
function soundForReading(file: string): Database.Database {
  const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    checkIntegrity(db, file);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Checks, without writing, that a file (a backup) is a sound department file this version can open. */
export function verifyDepartmentFile(file: string): void {
  checkHeader(file, readHeader(file));
  soundForReading(file).close();
}

/** Releases the file's lock when the connection closes. */
function releasingOnClose(db: Database.Database, release: () => void): Database.Database {
  const close = db.close.bind(db);
  db.close = () => {
    try {
      return close();
    } finally {
      release();
    }
  };
  return db;
}

/**
 * A file that fails SQLite's integrity check is not written to (nor read from); the clerk is pointed
 * to the backups. `quick_check` reads every page, b-tree and record as `integrity_check` does, in a
 * third of the time (it opens within the list's 100 ms); it leaves out whether each index matches its table.
 */
function checkIntegrity(db: Database.Database, file: string): void {
  let result: unknown;
  try {
    result = db.pragma('quick_check', { simple: true });
  } catch (error) {
    // A file damaged badly enough makes the check itself fail (SQLITE_CORRUPT).
    result = error;
  }
  if (result !== 'ok') throw damagedFile(file, '完整性检查未通过');
}

/**
 * Opens an existing department file for writing (one process at a time, see fileLock.ts), after
 * an integrity check, migrating it (after a backup) where its schema is older. `readonly` opens
 * it for reading beside a writer, without lock or migration. A failure of the file or of the disk
 * is said in plain words (storageErrors.ts).
 */
export function openDepartmentDb(file: string, options: { readonly?: boolean } = {}): Database.Database {
  try {
    const header = readHeader(file);
    checkHeader(file, header);
    if (!options.readonly) return openForWriting(file, header);
    if (header.userVersion < SCHEMA_VERSION) {
      throw new AppError('refused', `“${path.basename(file)}”是旧版本的单位文件，请先用绩效填报助手打开一次（会先备份再升级）`);
    }
    return soundForReading(file);
  } catch (error) {
    throw storageError(error, file) ?? error;
  }
}

function openForWriting(file: string, header: FileHeader): Database.Database {
  const release = lockDepartmentFile(file);
  let db: Database.Database | undefined;
  try {
    // SQLite would open a file it may not write for reading only, without a word: the first save would fail.
    fs.accessSync(file, fs.constants.W_OK);
    db = new Database(file, { fileMustExist: true, nativeBinding });
    checkIntegrity(db, file);
    if (header.userVersion < SCHEMA_VERSION) backupBeside(db, file, `升级前v${header.userVersion}`);
    configure(db);
    if (header.userVersion < SCHEMA_VERSION) migrate(db, header.userVersion);
    return releasingOnClose(db, release);
  } catch (error) {
    db?.close();
    release();
    throw error;
  }
}

/** Creates a new department file and fills it with `init`; refuses to touch an existing file. */
export function createDepartmentDb(file: string, init: (db: Database.Database) => void): Database.Database {
  try {
    const release = lockDepartmentFile(file);
    // Checked under the lock: another process may have created it a moment ago.
    if (fs.existsSync(file)) {
      release();
      throw new AppError('conflict', `单位文件“${path.basename(file)}”已存在`);
    }
    const db = new Database(file, { nativeBinding });
    try {
      configure(db);
      migrate(db, 0, init);
      return releasingOnClose(db, release);
    } catch (error) {
      db.close();
      fs.rmSync(file, { force: true });
      release();
      throw error;
    }
  } catch (error) {
    throw storageError(error, file) ?? error;
  }
}
