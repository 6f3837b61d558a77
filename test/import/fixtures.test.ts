import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../electron/import/readImportFile';
import { readWorkbook } from '../../electron/import/readWorkbook';
import { FIXTURES, readJson } from '../helpers/paths';

const CASES: [workbook: string, truth: string, kind: 'targetTables' | 'selfEvaluations'][] = [
  ['targets-001.xlsx', 'targets-001.truth.json', 'targetTables'],
  ['targets-001-messy.xlsx', 'targets-001.truth.json', 'targetTables'],
  ['targets-003.xlsx', 'targets-003.truth.json', 'targetTables'],
  ['targets-004-stacked.xlsx', 'targets-004.truth.json', 'targetTables'],
  ['selfeval-002-a.xlsx', 'selfeval-002-a.truth.json', 'selfEvaluations'],
];

describe('importing the fixtures', () => {
  it('has a case for every fixture workbook', () => {
    expect(CASES.map((c) => c[0]).sort()).toEqual(
      fs
        .readdirSync(FIXTURES)
        .filter((f) => f.endsWith('.xlsx'))
        .sort(),
    );
  });

  it.each(CASES)('%s imports to exactly %s', async (workbook, truthFile, kind) => {
    const file = path.join(FIXTURES, workbook);
    const result = await readWorkbook(fs.readFileSync(file), file);
    const truth = readJson<unknown[]>(path.join(FIXTURES, truthFile));
    expect(result[kind]).toHaveLength(truth.length);
    result[kind].forEach((table, i) => expect(table, `${workbook} table ${i + 1}`).toEqual(truth[i]));
    expect(result[kind === 'targetTables' ? 'selfEvaluations' : 'targetTables']).toEqual([]);
  });

  it.each(['targets-001.truth.json', 'targets-003.truth.json', 'targets-004.truth.json'])('the truth file %s imports as a data package', async (truthFile) => {
    const file = path.join(FIXTURES, truthFile);
    const result = await readImportFile(fs.readFileSync(file), file);
    const targetTables = readJson<unknown[]>(file);
    expect(result).toMatchObject({ targetTables, selfEvaluations: [], monitoring: [], unplaced: [], warnings: [] });
  });
});
