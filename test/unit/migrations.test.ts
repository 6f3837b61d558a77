import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/db/migrations';
import { ROOT } from '../helpers/paths';

const FOLDER = path.join(ROOT, 'electron', 'db', 'migrations');

describe('schema migrations', () => {
  // Entry N of the list brings a file from user_version N to N+1: a file out of place would run at the wrong version.
  it('each file NNN-name.ts is entry NNN of the list, numbered from 1 without gaps', async () => {
    const files = fs
      .readdirSync(FOLDER)
      .filter((f) => f !== 'index.ts')
      .sort();
    expect(
      files.every((f) => /^\d{3}-[a-z0-9-]+\.ts$/.test(f)),
      files.join(', '),
    ).toBe(true);
    expect(files.map((f) => Number(f.slice(0, 3)))).toEqual(MIGRATIONS.map((_, i) => i + 1));
    for (const file of files) {
      const { default: sql } = (await import(path.join(FOLDER, file))) as { default: string };
      expect(MIGRATIONS.indexOf(sql), file).toBe(Number(file.slice(0, 3)) - 1);
    }
  });
});
