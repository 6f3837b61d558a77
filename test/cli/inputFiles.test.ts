import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { jixiao } from '../helpers/cli';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../electron/import/fileGuard';
import { tempDir } from '../helpers/paths';

/** The command in its own process; one that reads a device or waits on a pipe is stopped after 20 s, which fails the test. */

/** A file of `bytes` that takes no disk. */
function sparse(file: string, bytes: number): void {
  fs.writeFileSync(file, '');
  fs.truncateSync(file, bytes);
}

/** Every command that reads a workbook or data package named on the command line. */
const COMMANDS = [['import', '--json'], ['check'], ['score']] as const;

describe('the files a command reads are looked at before they are read', () => {
  it.each<[string, (file: string) => void, string]>([
    ['零.xlsx', (file) => fs.symlinkSync('/dev/zero', file), '“零.xlsx”不是普通文件（是设备或管道），无法读取'],
    ['管道.json', (file) => execFileSync('mkfifo', [file]), '“管道.json”不是普通文件（是设备或管道），无法读取'],
    ['文件夹.xlsx', (file) => fs.mkdirSync(file), '“文件夹.xlsx”不是普通文件（是文件夹），无法读取'],
    // A data package over the limit (its own check came only after reading it whole), and a file past what Node reads at once.
    ['大.json', (file) => sparse(file, 60 * 1024 * 1024), `“大.json”有 60 MB，超过导入上限 ${LIMITS.fileBytes / 1024 / 1024} MB`],
    ['略大.json', (file) => sparse(file, LIMITS.fileBytes + 1), `“略大.json”有 50.1 MB，超过导入上限 50 MB`],
    ['特大.xlsx', (file) => sparse(file, 3 * 1024 * 1024 * 1024), `“特大.xlsx”有 3072 MB，超过导入上限 ${LIMITS.fileBytes / 1024 / 1024} MB`],
  ])(
    '%s is refused by each command with status 2',
    (name, make, message) => {
      const file = path.join(tempDir(), name);
      make(file);
      for (const [command, ...options] of COMMANDS) {
        const run = jixiao(command, file, ...options);
        expect(run.signal, command).toBeNull();
        expect(run.status, command).toBe(2);
        expect(run.stderr, command).toBe(`${message}\n`);
        expect(run.stdout, command).toBe('');
      }
    },
    120_000,
  );

  it('a file at the limit is read', () => {
    const file = path.join(tempDir(), '满.json');
    fs.writeFileSync(file, `{"targetTables": [], "selfEvaluations": []}${' '.repeat(LIMITS.fileBytes - 43)}`);
    expect(fs.statSync(file).size).toBe(LIMITS.fileBytes);
    const run = jixiao('import', file, '--json');
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      targetTables: [],
      selfEvaluations: [],
      monitoring: [],
      departmentTables: [],
      departmentEvaluations: [],
      unplaced: [],
      warnings: [],
    });
  });
});
