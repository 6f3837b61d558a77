/**
 * What a failure of SQLite or of the file system under a department file means to the clerk. One
 * mapping for every way out (the API's dispatch, background jobs, the workspace list, the command
 * line), so that a damaged file, a full disk or a read-only folder is said in plain words, never
 * as 内部错误, a stack trace, 找不到 or 不是单位文件.
 */
import path from 'node:path';
import { AppError } from '../../shared/api/errors';

/** A failure's code, and the path the file system failed on (SQLite names none). */
function factsOf(error: unknown): { code: string; failedOn: string | undefined } {
  const { code, path: failedOn } = (error ?? {}) as { code?: unknown; path?: unknown };
  return { code: typeof code === 'string' ? code : '', failedOn: typeof failedOn === 'string' ? failedOn : undefined };
}

const quoted = (file: string | undefined) => (file ? `“${path.basename(file)}”` : '');

export function damagedFile(file: string | undefined, finding: string): AppError {
  return new AppError(
    'refused',
    `单位文件${quoted(file)}已损坏（${finding}），为免损失不再写入。请在“备份与恢复”中恢复最近的备份（备份在单位文件旁的“备份”文件夹中）`,
  );
}

export function readOnlyPlace(file: string | undefined): AppError {
  return new AppError(
    'refused',
    `单位文件${quoted(file)}所在的位置只读，或没有读写权限（即使只是读取，也要在它旁边写入临时文件）。请把它放到可以写入的文件夹，或取得权限后再试`,
  );
}

/** SQLite's and the file system's ways of saying that nothing may be written there. */
export function isReadOnly(error: unknown): boolean {
  const { code } = factsOf(error);
  return code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
}

/**
 * The clerk's AppError for `error`: an AppError as it is, a failure of storage in plain words
 * (naming `file`, the department file being worked on, where the failure itself names none),
 * or null for anything else, which is a fault of the program.
 */
export function storageError(error: unknown, file?: string): AppError | null {
  if (error instanceof AppError) return error;
  const { code, failedOn } = factsOf(error);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return damagedFile(file, '读取时发现损坏的数据');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') {
    const named = quoted(failedOn ?? file);
    return new AppError('refused', `磁盘已满${named && `，${named}写不下`}，这次的修改未保存。请腾出磁盘空间后再试`);
  }
  if (isReadOnly(error)) return readOnlyPlace(file ?? failedOn);
  return null;
}
