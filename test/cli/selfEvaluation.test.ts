import fs from 'node:fs';
import path from 'node:path';
import { jixiao } from '../helpers/cli';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/handlers';
import { Workspace } from '../../electron/services/workspace';
import { fromTargetTable, type TargetTable } from '../../shared/interchange/targetTable';
import { FIXTURES, ROOT, readJson, tempDir } from '../helpers/paths';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test', 'fixtures', 'clean-target-table.json'));
const ACTUALS = ['2台', '1台', '100%', '2024年6月20日', '7800元/台', '14300元', '98%', '5年', '96%'];

/** Two 2024 projects with a 自评表 each: one sound, one whose 预算执行 score was overridden to 9 (computed 9.33). */
function departmentFile(): string {
  const workspace = new Workspace(tempDir());
  const api = createHandlers(workspace);
  const { file: departmentFile } = api.createDepartment({ name: '自评测试单位', code: '', supervisor: '', layout: '本级部门' });
  const { content } = fromTargetTable(CLEAN);
  for (const name of ['办公家具设备购置', '档案数字化']) {
    const { id, revision } = api.createProject({ departmentFile, year: 2024, name });
    api.saveProject({ departmentFile, id, revision, content: { ...content, name } });
    api.generateSelfEvaluations({ departmentFile, year: 2024, ids: [id], variant: '项目', replace: false });
    const generated = api.getSelfEvaluation({ departmentFile, id });
    const evaluation = generated.content!;
    evaluation.indicators.forEach((i, n) => (i.actual = ACTUALS[n]!));
    evaluation.budget.total!.executed = 2_800_000;
    if (name === '档案数字化') evaluation.executionOverride = { score: 900, reason: '按主管部门口径' };
    api.saveSelfEvaluation({ departmentFile, id, revision: generated.revision, content: evaluation });
  }
  workspace.close();
  return path.join(workspace.path, departmentFile);
}

describe('jixiao and the 自评表 of a department file', () => {
  const file = departmentFile();

  it('score: recorded against computed, exit 1 on the overridden 预算执行 score', () => {
    const run = jixiao('score', file, '--year', '2024', '--json');
    expect(run.status).toBe(1);
    const reports = JSON.parse(run.stdout);
    expect(reports[0]).toEqual({
      projectName: '办公家具设备购置',
      recorded: { rate: '93.33%', executionScore: 9.33, totalScore: 99.33 },
      computed: { rate: '93.33%', executionScore: 9.33, totalScore: 99.33, grade: '优' },
      differences: [],
    });
    expect(reports[1].differences).toEqual([
      { field: 'executionScore', recorded: 9, computed: 9.33 },
      { field: 'totalScore', recorded: 99, computed: 99.33 },
    ]);
    expect(run.stderr).toBe('2 张自评表，2 处数字与计算不一致\n');
  });

  it('check: the 自评表 findings beside the target table ones', () => {
    const lines = jixiao('check', file)
      .stdout.split('\n')
      .filter((l) => l.includes('自评表'));
    expect(lines).toEqual(['错误\t档案数字化\t自评表 预算执行得分\tse.execution\t表上为 9，按全年执行数 ÷ 全年预算数计算应为 9.33']);
  });

  it('export --form self-evaluations writes the 自评表, marking the faulty one 草稿', () => {
    const out = path.join(tempDir(), '自评表.xlsx');
    const run = jixiao('export', file, '--year', '2024', '--format', 'xlsx', '--form', 'self-evaluations', '--out', out);
    expect(run.stderr).toBe(`注意：1 个项目有审核错误，已在文件中标为草稿：档案数字化\n已导出到 ${out}\n`);
    expect(fs.statSync(out).size).toBeGreaterThan(5000);
    expect(jixiao('export', file, '--year', '2024', '--format', 'xlsx', '--form', 'x', '--out', out).stderr).toBe(
      '--form 应为 targets、self-evaluations、monitoring、department、department-evaluation 之一\n',
    );
    expect(jixiao('export', file, '--year', '2025', '--format', 'xlsx', '--form', 'self-evaluations', '--out', out).stderr).toBe(
      '2025 年度还没有自评表，请先生成自评表\n',
    );
  });

  it('summary: the 决算 paragraph', () => {
    const run = jixiao('summary', file, '--year', '2024');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      '根据年初设定的绩效目标，自评测试单位组织对 2024 年度项目支出开展绩效自评，共自评项目 2 个，涉及资金 6.00 万元。各项目自评得分如下：\n' +
        '（1）“办公家具设备购置”项目自评得分为 99.33 分；（2）“档案数字化”项目自评得分为 99 分。\n',
    );
  });
});

describe('jixiao import of 自评表 into a department file', () => {
  it('stores each 自评表 with its project, keeps the printed scores, and answers a second import as told', () => {
    const file = path.join(tempDir(), '工信厅.jixiao.db');
    const workbook = path.join(FIXTURES, 'selfeval-002-a.xlsx');
    const first = jixiao('import', workbook, '--into', file, '--name', '自治区工业和信息化厅');
    expect(first.status).toBe(0);
    const lines = first.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(15);
    expect(lines[0]).toBe('新建\t2022\t工业稳增长及专项业务经费\t自评表');
    expect(first.stderr).toContain('自评表“2022年自治区支持基础人才项目”：「企业经营管理人素质提升工程」表上没有得分，请补填');

    const reports = JSON.parse(jixiao('score', file, '--year', '2022', '--json').stdout);
    expect(reports).toHaveLength(15);
    expect(reports[0].recorded).toEqual({ rate: '77.33%', executionScore: 7.7, totalScore: 96.7 });
    expect(reports[0].differences).toEqual([]);
    expect(jixiao('summary', file, '--year', '2022').stdout).toContain('（1）“工业稳增长及专项业务经费”项目自评得分为 96.7 分；');

    const again = jixiao('import', workbook, '--into', file);
    expect(again.stdout.split('\n')[0]).toBe('跳过\t2022\t工业稳增长及专项业务经费\t自评表');
    const replaced = jixiao('import', workbook, '--into', file, '--on-conflict', 'replace');
    expect(replaced.stdout.split('\n')[0]).toBe('替换\t2022\t工业稳增长及专项业务经费\t自评表');
  });
});
