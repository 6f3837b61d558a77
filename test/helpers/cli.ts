/** The command line as a script runs it: `jixiao` (the package's bin) in a process of its own. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './paths';

export const JIXIAO = path.join(ROOT, 'electron', 'cli', 'jixiao.cjs');

export function jixiao(...args: string[]) {
  return spawnSync(process.execPath, [JIXIAO, ...args], { encoding: 'utf8', timeout: 60_000 });
}
