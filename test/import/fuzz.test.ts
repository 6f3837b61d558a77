/**
 * 1,000 random mutations of the valid fixtures and data packages through the importer: every one
 * gives a result or a clear message (an AppError), never another exception or a hang; and an
 * import into a department file that fails writes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { seeded } from '../../bench/province';
import { readImportFile } from '../../electron/import/readImportFile';
import { importIntoDepartment } from '../../electron/services/importIntoDepartment';
import { AppError } from '../../shared/api/errors';
import { departmentWith } from '../helpers/departments';
import { FIXTURES, readJson } from '../helpers/paths';

type Random = ReturnType<typeof seeded>;

const WORKBOOKS = ['targets-001.xlsx', 'targets-001-messy.xlsx', 'targets-003.xlsx', 'selfeval-002-a.xlsx'].map((f) => ({
  name: f,
  bytes: fs.readFileSync(path.join(FIXTURES, f)),
}));
const PACKAGES = [
  { targetTables: readJson<unknown[]>(path.join(FIXTURES, 'targets-001.truth.json')), selfEvaluations: [] },
  {
    targetTables: readJson<unknown[]>(path.join(FIXTURES, 'targets-003.truth.json')),
    selfEvaluations: readJson<unknown[]>(path.join(FIXTURES, 'selfeval-002-a.truth.json')).slice(0, 3),
  },
];
const NASTY = ['<', '&', '"', '=cmd|/c calc!A1', '\u0000', '𠮷', '-1e308', '99999999999999999999', '', '<row r="0">', '&#x0;', ']]>', 'NaN'];

function mutateBytes(r: Random, bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  if (r.next() < 0.4) return copy.subarray(0, r.int(copy.length));
  for (let n = 1 + r.int(20); n > 0; n--) copy[r.int(copy.length)] = r.int(256);
  return copy;
}

function mutateText(r: Random, text: string): string {
  const at = r.int(text.length);
  const span = 1 + r.int(200);
  switch (r.int(4)) {
    case 0:
      return text.slice(0, at) + text.slice(at + span);
    case 1:
      return text.slice(0, at) + text.slice(at, at + span).repeat(2 + r.int(5)) + text.slice(at);
    case 2:
      return text.slice(0, at) + r.pick(NASTY) + text.slice(at);
    default:
      return text.replace(/<v>[^<]*<\/v>/g, (v) => (r.next() < 0.1 ? `<v>${r.pick(NASTY)}</v>` : v));
  }
}

async function mutateWorkbook(r: Random, bytes: Buffer): Promise<Buffer> {
  if (r.next() < 0.35) return mutateBytes(r, bytes);
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
  for (let n = 1 + r.int(3); n > 0; n--) {
    const part = r.pick(parts);
    zip.file(part, mutateText(r, await zip.file(part)!.async('string')));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function mutateValue(r: Random, value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) {
    if (value.length && r.next() < 0.8) {
      const copy = value.slice();
      const i = r.int(copy.length);
      copy[i] = mutateValue(r, copy[i], depth + 1);
      return copy;
    }
    return r.next() < 0.5 ? [] : { length: 1 };
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length && r.next() < 0.8) {
      const [key, inner] = r.pick(entries);
      const copy: Record<string, unknown> = { ...value };
      if (r.next() < 0.15) delete copy[key];
      else copy[key] = mutateValue(r, inner, depth + 1);
      return copy;
    }
  }
  return r.pick([null, -1, 1e21, 0.1234567, 'x'.repeat(50_000), '', true, {}, [], '2024-13-45', r.pick(NASTY), 3.5, '≥20户']);
}

function mutatePackage(r: Random, pack: object): Buffer {
  if (r.next() < 0.2) return mutateBytes(r, Buffer.from(JSON.stringify(pack)));
  let value: unknown = pack;
  for (let n = 1 + r.int(4); n > 0; n--) value = mutateValue(r, value);
  return Buffer.from(JSON.stringify(value));
}

const CASES = 1_000;
const outcomes = { results: 0, messages: 0, writesChecked: 0 };
const dept = departmentWith('模糊测试单位', '本级部门', []);
afterAll(() => dept.workspace.close());

/** Every stored row, to see that a refused import wrote nothing. */
function snapshot(): string {
  const db = dept.workspace.db(dept.departmentFile);
  return JSON.stringify(['project', 'indicator', 'self_evaluation'].map((t) => db.prepare(`SELECT * FROM ${t}`).all()));
}

describe('fuzzing the importer', () => {
  it(`${CASES} mutations: a result or a message every time, and a failed import writes nothing`, async () => {
    for (let n = 0; n < CASES; n++) {
      const r = seeded(n + 1);
      const workbook = n % 5 < 3;
      const source = workbook ? r.pick(WORKBOOKS) : null;
      const bytes = source ? await mutateWorkbook(r, source.bytes) : mutatePackage(r, r.pick(PACKAGES));
      const name = source ? source.name : 'package.json';
      let read: Awaited<ReturnType<typeof readImportFile>> | undefined;
      try {
        read = await readImportFile(bytes, name);
        outcomes.results++;
      } catch (error) {
        if (!(error instanceof AppError)) throw new Error(`case ${n}: ${name} threw ${String(error)}`, { cause: error });
        expect(error.message, `case ${n}`).toMatch(/[\u4e00-\u9fff]/);
        outcomes.messages++;
      }
      // Every third readable case goes on into a department file, all of it in one import.
      if (read && outcomes.results % 3 === 0) {
        const count = read.targetTables.length + read.selfEvaluations.length;
        if (count === 0) continue;
        const before = snapshot();
        try {
          const choices = Array.from({ length: count }, (_, index) => ({ index, onConflict: 'replace' as const }));
          importIntoDepartment(dept.workspace.db(dept.departmentFile), read, null, choices);
        } catch (error) {
          if (!(error instanceof AppError)) throw new Error(`case ${n}: import threw ${String(error)}`, { cause: error });
          expect(snapshot(), `case ${n}`).toBe(before);
        }
        outcomes.writesChecked++;
      }
    }
    expect(outcomes.results + outcomes.messages).toBe(CASES);
    // Both kinds of outcome occur: the mutations neither all break the files nor all miss.
    expect(outcomes.results).toBeGreaterThan(100);
    expect(outcomes.messages).toBeGreaterThan(100);
  }, 600_000);
});
