import fs from 'node:fs';
import path from 'node:path';
import { jixiao } from '../helpers/cli';
import { describe, expect, it } from 'vitest';
import type { SelfEvaluation } from '../../shared/interchange/selfEvaluation';
import { FIXTURES, readJson, tempDir } from '../helpers/paths';

describe('jixiao score', () => {
  it('prints the figures as JSON in file order and exits 1 on a disagreement', () => {
    const run = jixiao('score', path.join(FIXTURES, 'selfeval-002-a.xlsx'), '--json');
    expect(run.status).toBe(1);
    const reports = JSON.parse(run.stdout);
    expect(reports).toHaveLength(15);
    expect(reports[0]).toEqual({
      projectName: '工业稳增长及专项业务经费',
      recorded: { rate: '77.33%', executionScore: 7.7, totalScore: 96.7 },
      computed: { rate: '77.33%', executionScore: 7.73, totalScore: 96.73, grade: '优' },
      differences: [],
    });
    expect(reports[5].differences).toEqual([{ field: 'totalScore', recorded: 100, computed: 90 }]);
    expect(run.stderr).toContain('15 张自评表，5 处数字与计算不一致');
  });

  it('reads a data package, exits 0 when every figure agrees, and explains bad input', () => {
    const tables = readJson<SelfEvaluation[]>(path.join(FIXTURES, 'selfeval-002-a.truth.json'));
    const pack = path.join(tempDir(), 'pack.json');
    fs.writeFileSync(pack, JSON.stringify({ targetTables: [], selfEvaluations: [tables[0], tables[1]] }));
    const run = jixiao('score', pack);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('工业稳增长及专项业务经费\t执行率 77.33% / 77.33%\t预算执行 7.7 / 7.73\t总分 96.7 / 96.73（优）');
    expect(jixiao('score', pack, '--year', '2023', '--json').stdout).toBe('[]\n');
    expect(jixiao('score', path.join(tempDir(), 'none.xlsx')).stderr).toContain('找不到文件“none.xlsx”');
  });
});
