import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.(ts|tsx|mts)$/.test(e.name) && !/\.config\.mts$/.test(e.name) ? [full] : [];
  });
}

function imports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
}

describe('folder boundaries', () => {
  it('shared/ is pure: no Node, Electron, SQLite, exceljs or React', () => {
    for (const file of sources(path.join(ROOT, 'shared'))) {
      for (const spec of imports(file)) {
        expect(spec, `${path.relative(ROOT, file)} imports ${spec}`).toMatch(/^(\.|zod$)/);
      }
    }
  });

  it('renderer/ reaches the services only through the API client', () => {
    for (const file of sources(path.join(ROOT, 'renderer', 'src'))) {
      for (const spec of imports(file)) {
        const target = spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : spec;
        expect(target, `${path.relative(ROOT, file)} imports ${spec}`).not.toMatch(/[\\/]electron[\\/]|^(node:|better-sqlite3|exceljs|electron$|fs$|path$)/);
      }
    }
  });
});
