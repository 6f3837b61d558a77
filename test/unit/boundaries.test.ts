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

describe('layers of electron/', () => {
  const ELECTRON = path.join(ROOT, 'electron');
  /** The folder of electron/ a file is in (`db` for db/migrations/001-initial.ts), or null outside electron/. */
  const folderOf = (file: string) => {
    const relative = path.relative(ELECTRON, file);
    return relative.startsWith('..') ? null : relative.split(path.sep)[0]!;
  };
  /** For each folder of electron/, the other folders of electron/ its files import. */
  function folderGraph(): Map<string, Set<string>> {
    const graph = new Map<string, Set<string>>();
    for (const file of sources(ELECTRON)) {
      const from = folderOf(file)!;
      const targets = graph.get(from) ?? new Set<string>();
      graph.set(from, targets);
      for (const spec of imports(file).filter((s) => s.startsWith('.'))) {
        const to = folderOf(path.resolve(path.dirname(file), spec));
        if (to !== null && to !== from) targets.add(to);
      }
    }
    return graph;
  }

  it('db/ imports no other folder of electron/: the layers above it use it, not it them', () => {
    expect([...(folderGraph().get('db') ?? [])]).toEqual([]);
  });

  it('cli/ works on department files only through services/ (and reads workbooks with the importer, which writes nothing)', () => {
    expect([...(folderGraph().get('cli') ?? [])].sort()).toEqual(['import', 'services']);
  });

  it('no folder of electron/ reaches itself again through the folders it imports', () => {
    const graph = folderGraph();
    const cycles: string[] = [];
    const walk = (folder: string, trail: string[]) => {
      for (const next of graph.get(folder) ?? []) {
        if (next === trail[0]) cycles.push([...trail, next].join(' → '));
        else if (!trail.includes(next)) walk(next, [...trail, next]);
      }
    };
    for (const folder of graph.keys()) walk(folder, [folder]);
    expect(cycles).toEqual([]);
  });
});
