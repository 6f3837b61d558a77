/**
 * How long a department's name may be. Its file, `<名称>.jixiao.db`, has files named after it
 * beside it and in its 备份 folder, and each name must fit a file system's limit on one name:
 * 255 bytes (Linux counts UTF-8 bytes, 3 for a 汉字; Windows counts UTF-16 units, 1 for a 汉字).
 */
export const DEPARTMENT_EXTENSION = '.jixiao.db';

/** Why a backup was made, as its file name and the 备份与恢复 list say. */
export const BACKUP_REASONS = [
  '每日',
  '导入前',
  '复制前',
  '结转前',
  '重新生成自评表前',
  '重新生成监控表前',
  '恢复前',
  '损坏',
  '更改审核规则前',
  '生成整体目标表前',
  '生成整体自评表前',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number] | `升级前v${number}`;

const FILE_NAME_BYTES = 255;

/** Bytes of `text` in UTF-8, as a file system counts a name. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

const longestReason = [...BACKUP_REASONS, '升级前v999'].reduce((a, b) => (utf8Length(b) > utf8Length(a) ? b : a));

/**
 * What the longest name made from a department's adds to it: a backup with the longest reason and
 * a number for a second backup within the same second, with SQLite's journal beside it
 * (`<名称>.20240101-120000.重新生成自评表前.999.jixiao.db-journal`). The file's own `-journal`,
 * `-wal` and `-shm`, its lock (`.lock`, with its claim and drafts) and `.restoring` add less.
 */
const LONGEST_ADDITION = `.20240101-120000.${longestReason}.999${DEPARTMENT_EXTENSION}-journal`;

export const MAX_DEPARTMENT_NAME_BYTES = FILE_NAME_BYTES - utf8Length(LONGEST_ADDITION);
export const MAX_DEPARTMENT_NAME_HANZI = Math.floor(MAX_DEPARTMENT_NAME_BYTES / 3);
export const DEPARTMENT_NAME_MISSING = '单位名称不能为空';
export const DEPARTMENT_NAME_TOO_LONG = `单位名称过长（最多 ${MAX_DEPARTMENT_NAME_HANZI} 个汉字）`;

/** Whether every file named after the department fits (as its file is named: without surrounding spaces). */
export function departmentNameFits(name: string): boolean {
  return utf8Length(name.trim()) <= MAX_DEPARTMENT_NAME_BYTES;
}
