import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { BACKUP_FOLDER } from '../../electron/db/backups';
import type { Workspace } from '../../electron/services/workspace';
import type { TargetTable } from '../../shared/interchange/targetTable';
import { departmentWith } from '../helpers/departments';
import { FIXTURES, ROOT, readJson } from '../helpers/paths';
import { runJob } from '../helpers/jobs';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test/fixtures/clean-target-table.json'));
const FIRST = readJson<TargetTable[]>(path.join(FIXTURES, 'targets-001.truth.json'));
const ACTUALS = ['2台', '1台', '100%', '2024年6月20日', '7800元/台', '14300元', '98%', '5年', '96%'];

const open: Workspace[] = [];
afterEach(() => {
  for (const w of open.splice(0)) w.close();
});
function setup() {
  const dept = departmentWith('自治区发展改革委', '本级部门', [CLEAN, ...FIRST]);
  open.push(dept.workspace);
  return dept;
}

describe('自评表 in the department file', () => {
  it('are prepared from the targets in one go, kept unless replaced (after a backup)', () => {
    const { api, departmentFile, ids, workspace } = setup();
    expect(api.getSelfEvaluation({ departmentFile, id: ids[0]! })).toEqual({ content: null, revision: 0, updatedAt: null });
    const first = api.generateSelfEvaluations({ departmentFile, year: 2024, variant: '项目', replace: false });
    expect(first.map((r) => r.action)).toEqual(['created', 'created', 'created']);
    const again = api.generateSelfEvaluations({ departmentFile, year: 2024, ids: [ids[0]!], variant: '项目', replace: false });
    expect(again).toEqual([{ id: ids[0], name: '办公家具设备购置', action: 'skipped' }]);
    const replaced = api.generateSelfEvaluations({ departmentFile, year: 2024, ids: [ids[0]!], variant: '转移支付', replace: true });
    expect(replaced[0]!.action).toBe('replaced');
    expect(api.getSelfEvaluation({ departmentFile, id: ids[0]! }).content!.variant).toBe('转移支付');
    expect(fs.readdirSync(path.join(workspace.path, BACKUP_FOLDER)).some((f) => f.includes('重新生成自评表前'))).toBe(true);
  });

  it('carry the time the file holds for their last write, so that an editor shows when it was saved', () => {
    const { api, departmentFile, ids, workspace } = setup();
    const id = ids[0]!;
    expect(api.getSelfEvaluation({ departmentFile, id }).updatedAt).toBeNull();
    api.generateSelfEvaluations({ departmentFile, year: 2024, ids: [id], variant: '项目', replace: false });
    const stored = () => workspace.db(departmentFile).prepare('SELECT updated_at FROM self_evaluation WHERE project_id = ?').pluck().get(id);
    const generated = api.getSelfEvaluation({ departmentFile, id });
    expect(generated.updatedAt).toBe(stored());
    const saved = api.saveSelfEvaluation({ departmentFile, id, revision: generated.revision, content: { ...generated.content!, actualOutcome: '已完成' } });
    expect(saved.updatedAt).toBe(stored());
    expect(Date.parse(saved.updatedAt)).toBeGreaterThanOrEqual(Date.parse(generated.updatedAt!));
    expect(api.getSelfEvaluation({ departmentFile, id }).updatedAt).toBe(saved.updatedAt);
  });

  it('are saved, scored in the project list, and summed up for the 决算 report', () => {
    const { api, departmentFile, ids } = setup();
    api.generateSelfEvaluations({ departmentFile, year: 2024, ids: [ids[0]!], variant: '项目', replace: false });
    const { content: generated, revision } = api.getSelfEvaluation({ departmentFile, id: ids[0]! });
    const content = generated!;
    content.indicators.forEach((i, n) => (i.actual = ACTUALS[n]!));
    content.budget.total!.executed = 2_800_000;
    content.budget.fiscal!.executed = 2_800_000;
    content.actualOutcome = '按标准购置办公设备，保障了日常办公。';
    expect(api.saveSelfEvaluation({ departmentFile, id: ids[0]!, revision, content })).toEqual({
      content,
      revision: revision + 1,
      updatedAt: expect.any(String),
    });
    const list = api.listProjects({ departmentFile, year: 2024 });
    expect(list.map((p) => p.selfEvaluation)).toEqual([{ score: 99.33, grade: '优', errors: 0, scored: true }, null, null]);
    expect(api.selfEvaluationSummary({ departmentFile, year: 2024 })).toEqual({
      text:
        '根据年初设定的绩效目标，自治区发展改革委组织对 2024 年度项目支出开展绩效自评，共自评项目 1 个，涉及资金 3.00 万元。各项目自评得分如下：\n' +
        '（1）“办公家具设备购置”项目自评得分为 99.33 分。\n',
      missing: ['宁夏回族自治区企业服务中心工作经费', '服务企业创新系列活动'],
    });
  });

  it('refuse bad entries at the boundary with a message naming the field, and write nothing', async () => {
    const { api, departmentFile, ids, path: file } = setup();
    api.generateSelfEvaluations({ departmentFile, year: 2024, ids: [ids[0]!], variant: '项目', replace: false });
    const { content: generated, revision } = api.getSelfEvaluation({ departmentFile, id: ids[0]! });
    const content = generated!;
    content.indicators[0]!.weight = 10_001;
    const reply = await dispatch(api, 'saveSelfEvaluation', { departmentFile, id: ids[0]!, revision, content });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'bad-request', message: '参数有误（saveSelfEvaluation）：content.indicators.0.weight：分值和得分不能超过 100' },
    });
    const stored = new Database(file, { readonly: true });
    const json = stored.prepare('SELECT content FROM self_evaluation WHERE project_id = ?').pluck().get(ids[0]) as string;
    stored.close();
    expect(JSON.parse(json).indicators[0].weight).toBe(834);
  });
});

describe('自评表 through the app import', () => {
  it('are previewed beside the target tables and stored with their projects in one go', async () => {
    const { api, departmentFile, workspace } = setup();
    const base64 = fs.readFileSync(path.join(FIXTURES, 'selfeval-002-a.xlsx')).toString('base64');
    const preview = await runJob(api, { kind: 'preview', departmentFile, fileName: 'selfeval-002-a.xlsx', base64, year: null });
    expect(preview.tables).toHaveLength(15);
    expect(preview.tables[0]).toMatchObject({ index: 0, kind: '自评表', projectName: '工业稳增长及专项业务经费', year: 2022, layout: '项目', conflict: false });
    const outcomes = await runJob(api, {
      kind: 'import',
      departmentFile,
      fileName: 'selfeval-002-a.xlsx',
      base64,
      year: null,
      choices: [
        { index: 0, onConflict: 'skip' },
        { index: 5, onConflict: 'skip' },
      ],
    });
    expect(outcomes.map((o) => `${o.action} ${o.storedAs}`)).toEqual(['created 工业稳增长及专项业务经费', 'created 2022年自治区支持基础人才项目']);
    expect(api.listProjects({ departmentFile, year: 2022 }).map((p) => [p.name, p.indicatorCount, p.selfEvaluation?.score])).toEqual([
      ['工业稳增长及专项业务经费', 26, 96.7],
      ['2022年自治区支持基础人才项目', expect.any(Number), expect.any(Number)],
    ]);
    const again = await runJob(api, { kind: 'preview', departmentFile, fileName: 'selfeval-002-a.xlsx', base64, year: null });
    expect(again.tables[0]!.conflict).toBe(true);
    expect(fs.readdirSync(path.join(workspace.path, BACKUP_FOLDER)).some((f) => f.includes('导入前'))).toBe(true);
  });

  it('a 转移支付 自评表 goes through a data package and back unchanged', async () => {
    const { api, departmentFile, ids, workspace } = setup();
    api.generateSelfEvaluations({ departmentFile, year: 2024, ids: [ids[1]!], variant: '转移支付', replace: false });
    const { content: generated, revision } = api.getSelfEvaluation({ departmentFile, id: ids[1]! });
    const content = generated!;
    content.centralDepartment = '工业和信息化部';
    content.indicators.forEach((i) => (i.actual = i.target));
    content.budget.local = { initialBudget: null, fullYearBudget: 19_510_000, executed: 18_000_000 };
    content.budget.total = { initialBudget: null, fullYearBudget: 19_510_000, executed: 18_000_000 };
    content.fundManagement[0]!.explanation = '严格按照规定分配资金';
    content.remarks = '无';
    api.saveSelfEvaluation({ departmentFile, id: ids[1]!, revision, content });
    const pack = await runJob(api, { kind: 'export', departmentFile, year: 2024, format: 'json', stacked: false, form: 'selfEvaluations' });

    expect(pack.fileName).toBe('自治区发展改革委2024年项目支出绩效自评表.jxpack');
    const other = setup();
    const outcomes = await runJob(other.api, {
      kind: 'import',
      departmentFile: other.departmentFile,
      fileName: pack.fileName,
      base64: pack.base64,
      year: null,
      choices: [{ index: 0, onConflict: 'replace' }],
    });
    expect(outcomes).toEqual([{ name: '宁夏回族自治区企业服务中心工作经费', year: 2024, action: 'created', storedAs: '宁夏回族自治区企业服务中心工作经费' }]);
    expect(other.api.getSelfEvaluation({ departmentFile: other.departmentFile, id: other.ids[1]! }).content).toEqual(content);
    expect(workspace.path).not.toBe(other.workspace.path);
  });
});
