import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { evaluationRevision } from '../../electron/db/evaluations';
import { SCHEMA_VERSION } from '../../electron/db/migrations';
import { openDepartmentDb } from '../../electron/db/open';
import { getProject } from '../../electron/db/projects';
import type { Workspace } from '../../electron/services/workspace';
import type { TargetTable } from '../../shared/interchange/targetTable';
import { contentOf } from '../../shared/project';
import { departmentWith, revisionOf } from '../helpers/departments';
import { FIXTURES, ROOT, readJson, tempDir } from '../helpers/paths';
import { runJob } from '../helpers/jobs';
import { oldDepartmentFile } from '../helpers/oldFiles';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test/fixtures/clean-target-table.json'));
const FIRST = readJson<TargetTable[]>(path.join(FIXTURES, 'targets-001.truth.json'));
const STALE_PROJECT =
  /^这个项目已在别处（另一个标签页或窗口）修改并保存，这里的不是最新内容。为免覆盖那边的修改，这次没有保存：请重新载入最新内容后再修改，或把这里的内容另存为副本。$/;
const STALE_EVALUATION = /^这个项目的自评表已在别处（另一个标签页或窗口）修改并保存/;

const open: Workspace[] = [];
afterEach(() => open.splice(0).forEach((w) => w.close()));

function setup(tables: TargetTable[] = [CLEAN]) {
  const dept = departmentWith('自治区发展和改革委员会', '本级部门', tables);
  open.push(dept.workspace);
  return { ...dept, id: dept.ids[0]! };
}

describe('the revision of a project', () => {
  it('is added at 1 to the projects and 自评表 of a version-7 file, which keeps its data', () => {
    const file = path.join(tempDir(), 'v7.jixiao.db');
    oldDepartmentFile(file, 7, "INSERT INTO self_evaluation (project_id, content, created_at, updated_at) VALUES (7, '{}', 'x', 'x')");

    const db = openDepartmentDb(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(getProject(db, 7)).toMatchObject({ name: '老项目', annualFunds: 1_950_000, revision: 1 });
    expect(evaluationRevision(db, 7)).toBe(1);
    db.close();
  });

  it('refuses a save from a tab that has not seen the last one, keeping that one; the stored revision is accepted', () => {
    const { api, departmentFile, id } = setup();
    // Two tabs open the same project.
    const first = api.getProject({ departmentFile, id });
    const second = api.getProject({ departmentFile, id });
    const saved = api.saveProject({ departmentFile, id, revision: first.revision, content: { ...contentOf(first), overallGoal: '第一个标签页的目标' } });
    expect(saved.revision).toBe(first.revision + 1);

    const stale = () =>
      api.saveProject({ departmentFile, id, revision: second.revision, content: { ...contentOf(second), overallGoal: '第二个标签页的目标' } });
    expect(stale).toThrow(STALE_PROJECT);
    expect(() => api.renameProject({ departmentFile, id, revision: second.revision, name: '第二个标签页的名称' })).toThrow(STALE_PROJECT);
    expect(api.getProject({ departmentFile, id })).toMatchObject({ overallGoal: '第一个标签页的目标', name: CLEAN.projectName, revision: saved.revision });

    // After reloading, the second tab saves.
    const reloaded = api.getProject({ departmentFile, id });
    expect(
      api.saveProject({ departmentFile, id, revision: reloaded.revision, content: { ...contentOf(reloaded), overallGoal: '第二个标签页的目标' } }).overallGoal,
    ).toBe('第二个标签页的目标');
  });

  it('reaches the transports as the code `stale`, apart from other conflicts such as a name already taken', async () => {
    const { api, departmentFile, id } = setup();
    const project = api.getProject({ departmentFile, id });
    api.renameProject({ departmentFile, id, revision: project.revision, name: '改过的名字' });
    const reply = await dispatch(api, 'saveProject', { departmentFile, id, revision: project.revision, content: contentOf(project) });
    expect(reply).toEqual({ ok: false, error: { code: 'stale', message: expect.stringMatching(STALE_PROJECT) } });
    const other = api.createProject({ departmentFile, year: 2024, name: '另一个项目' });
    const taken = await dispatch(api, 'renameProject', { departmentFile, id: other.id, revision: other.revision, name: '改过的名字' });
    expect(taken).toEqual({ ok: false, error: { code: 'conflict', message: '2024 年度已有名为“改过的名字”的项目' } });
  });

  it('is raised by every write of the project: save, rename, a carried part confirmed, a replacing import or copy', () => {
    const { api, departmentFile, id, workspace } = setup();
    const raisedBy = (write: () => unknown) => {
      const before = revisionOf(api, departmentFile, id);
      write();
      return revisionOf(api, departmentFile, id) - before;
    };
    const content = () => contentOf(api.getProject({ departmentFile, id }));
    expect(
      raisedBy(() => api.saveProject({ departmentFile, id, revision: revisionOf(api, departmentFile, id), content: { ...content(), overallGoal: '改过' } })),
    ).toBe(1);
    expect(raisedBy(() => api.renameProject({ departmentFile, id, revision: revisionOf(api, departmentFile, id), name: '改过的名字' }))).toBe(1);
    // Another department's project of the same name replaces it.
    const vague = CLEAN.indicators.map((i) => (i.level2 === '社会效益指标' ? { ...i, value: '持续提高' } : i));
    const other = departmentWith(
      '另一个单位',
      '本级部门',
      [{ ...CLEAN, projectName: '改过的名字', overallGoal: '另一个单位的目标', indicators: vague }],
      workspace,
    );
    expect(
      raisedBy(() => api.copyFromDepartment({ departmentFile, source: other.departmentFile, year: 2024, ids: other.ids, toYear: 2024, onConflict: 'replace' })),
    ).toBe(1);
    expect(api.getProject({ departmentFile, id }).overallGoal).toBe('另一个单位的目标');
    // A 提醒 (the vague 指标值) acknowledged is kept beside the content, which a save does not write: a tab's next save still goes through.
    const seen = revisionOf(api, departmentFile, id);
    api.acknowledgeFinding({ departmentFile, id, key: 'value.vague|社会效益指标|办公设备完好率|value', note: '已知' });
    expect(() => api.saveProject({ departmentFile, id, revision: seen, content: content() })).not.toThrow();

    const [carried] = api.carryForward({ departmentFile, from: 2024, to: 2025, includeOneYear: true });
    const carriedId = carried!.id!;
    const pending = api.getProject({ departmentFile, id: carriedId });
    expect(pending.revision).toBeGreaterThan(1);
    expect(() => api.confirmCarried({ departmentFile, id: carriedId, revision: pending.revision - 1, part: 'amounts' })).toThrow(STALE_PROJECT);
    expect(api.confirmCarried({ departmentFile, id: carriedId, revision: pending.revision, part: 'amounts' }).revision).toBe(pending.revision + 1);
  });

  it('keeps a refused tab’s version as a copy named like 复制 names it, with its 自评表 where given', () => {
    const { api, departmentFile, id } = setup();
    api.generateSelfEvaluations({ departmentFile, year: 2024, ids: [id], variant: '项目', replace: false });
    const stored = api.getProject({ departmentFile, id });
    const kept = api.duplicateProject({ departmentFile, id, content: { ...contentOf(stored), overallGoal: '这个标签页没能保存的目标' } });
    expect(kept).toMatchObject({ name: `${CLEAN.projectName}（副本）`, overallGoal: '这个标签页没能保存的目标', status: '草稿', revision: 1 });
    expect(api.getProject({ departmentFile, id }).overallGoal).toBe(stored.overallGoal);
    expect(api.getSelfEvaluation({ departmentFile, id: kept.id })).toEqual({ content: null, revision: 0, updatedAt: null });

    const evaluation = api.getSelfEvaluation({ departmentFile, id }).content!;
    const withEvaluation = api.duplicateProject({ departmentFile, id, selfEvaluation: { ...evaluation, remarks: '没能保存的说明' } });
    expect(withEvaluation.name).toBe(`${CLEAN.projectName}（副本）（2）`);
    expect(api.getSelfEvaluation({ departmentFile, id: withEvaluation.id })).toEqual({
      content: { ...evaluation, remarks: '没能保存的说明' },
      revision: 1,
      updatedAt: expect.any(String),
    });
  });
});

describe('the revision of a 自评表', () => {
  it('refuses a stale save, and is raised by saves, by generating again and by a replacing import', async () => {
    const { api, departmentFile, id } = setup([CLEAN, ...FIRST]);
    expect(api.getSelfEvaluation({ departmentFile, id })).toEqual({ content: null, revision: 0, updatedAt: null });
    api.generateSelfEvaluations({ departmentFile, year: 2024, ids: [id], variant: '项目', replace: false });
    const first = api.getSelfEvaluation({ departmentFile, id });
    const second = api.getSelfEvaluation({ departmentFile, id });
    expect(first.revision).toBe(1);

    const saved = api.saveSelfEvaluation({ departmentFile, id, revision: first.revision, content: { ...first.content!, remarks: '第一个标签页' } });
    expect(saved.revision).toBe(2);
    expect(() => api.saveSelfEvaluation({ departmentFile, id, revision: second.revision, content: { ...second.content!, remarks: '第二个标签页' } })).toThrow(
      STALE_EVALUATION,
    );
    expect(api.getSelfEvaluation({ departmentFile, id })).toEqual({
      content: { ...first.content!, remarks: '第一个标签页' },
      revision: 2,
      updatedAt: saved.updatedAt,
    });
    // The project's own revision is not touched: the two tables are saved apart.
    expect(revisionOf(api, departmentFile, id)).toBe(2);

    api.generateSelfEvaluations({ departmentFile, year: 2024, ids: [id], variant: '转移支付', replace: true });
    expect(api.getSelfEvaluation({ departmentFile, id }).revision).toBe(3);
    const pack = await runJob(api, { kind: 'export', departmentFile, year: 2024, format: 'json', stacked: false, form: 'selfEvaluations', ids: [id] });
    await runJob(api, {
      kind: 'import',
      departmentFile,
      fileName: pack.fileName,
      base64: pack.base64,
      year: null,
      choices: [{ index: 0, onConflict: 'replace' }],
    });
    expect(api.getSelfEvaluation({ departmentFile, id }).revision).toBe(4);
  });
});
