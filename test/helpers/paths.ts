import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Workbooks made from the published tables, with the interchange JSON each must import to (see its README). */
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');
/** Texts of the published documents the fixtures were made from. */
export const SEEDS = path.join(FIXTURES, 'seeds');
export const TEST_OUTPUT = path.join(ROOT, 'test-output');

/** A fresh folder under the system temp directory. */
export function tempDir(prefix = 'jixiao-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}
