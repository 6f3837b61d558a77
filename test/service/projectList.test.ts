import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDepartmentDb } from '../../electron/db/open';
import { projectList } from '../../electron/db/projectList';
import type { Workspace } from '../../electron/services/workspace';
import type { TargetTable } from '../../shared/interchange/targetTable';
import { LAYOUTS } from '../../shared/layouts';
import { summarizeProject } from '../../shared/review';
import { contentOf } from '../../shared/project';
import { departmentWith, revisionOf } from '../helpers/departments';
import { ROOT, readJson } from '../helpers/paths';
import { DEFAULT_PROFILE } from '../../shared/profiles/shipped';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test', 'fixtures', 'clean-target-table.json'));
const open: Workspace[] = [];
afterEach(() => open.splice(0).forEach((w) => w.close()));

/** Three projects: clean, with a vague 指标值 (提醒), and with a date outside the year (错误). */
function department() {
  const vague = { ...CLEAN, projectName: '含糊', indicators: CLEAN.indicators.map((i) => (i.level2 === '社会效益指标' ? { ...i, value: '持续提高' } : i)) };
  const late = { ...CLEAN, projectName: '超期', indicators: CLEAN.indicators.map((i) => (i.level2 === '时效指标' ? { ...i, value: '2023年3月底' } : i)) };
  const dept = departmentWith('自治区发展和改革委员会', '本级部门', [CLEAN, vague, late]);
  open.push(dept.workspace);
  const db = dept.workspace.db(dept.departmentFile);
  const cached = () => (db.prepare('SELECT project_id FROM review_cache ORDER BY project_id').all() as { project_id: number }[]).map((r) => r.project_id);
  /** The list as computed from the whole projects, without the stored counts. */
  const computed = () => {
    const evaluations = new Map(dept.ids.map((id) => [id, dept.api.getSelfEvaluation({ departmentFile: dept.departmentFile, id }).content]));
    return dept.ids.map((id) =>
      summarizeProject(dept.api.getProject({ departmentFile: dept.departmentFile, id }), LAYOUTS['本级部门'], DEFAULT_PROFILE, evaluations.get(id) ?? null),
    );
  };
  const list = () => dept.api.listProjects({ departmentFile: dept.departmentFile, year: 2024 });
  return { ...dept, db, cached, computed, list };
}

describe('the project list’s stored counts', () => {
  it('are stored on the first listing and give the same list as checking every project', () => {
    const d = department();
    expect(d.cached()).toEqual([]);
    const first = d.list();
    expect(first.map((p) => [p.name, p.errors, p.warnings])).toEqual([
      [CLEAN.projectName, 0, 0],
      ['含糊', 0, 1],
      ['超期', 1, 0],
    ]);
    expect(d.cached()).toEqual(d.ids);
    expect(d.list()).toEqual(first);
    expect(first).toEqual(d.computed());
  });

  it('are dropped for a project whenever what its checks read changes, by the app or by hand', () => {
    const d = department();
    const [clean, vague, late] = d.ids as [number, number, number];
    const changes: [string, () => void, number][] = [
      [
        'saving',
        () =>
          d.api.saveProject({
            departmentFile: d.departmentFile,
            id: clean,
            revision: revisionOf(d.api, d.departmentFile, clean),
            content: { ...contentOf(d.api.getProject({ departmentFile: d.departmentFile, id: clean })), overallGoal: '' },
          }),
        clean,
      ],
      [
        'acknowledging',
        () =>
          d.api.acknowledgeFinding({
            departmentFile: d.departmentFile,
            id: vague,
            key: 'value.vague|社会效益指标|办公设备完好率|value',
            note: '主管部门要求保留',
          }),
        vague,
      ],
      [
        'an indicator changed in place',
        () => d.db.prepare("UPDATE indicator SET value = '2024年6月底' WHERE project_id = ? AND level2 = '时效指标'").run(late),
        late,
      ],
      ['an amount changed in place', () => d.db.prepare('UPDATE project_fund SET amount = amount + 1 WHERE project_id = ?').run(clean), clean],
      [
        'generating its 自评表',
        () => d.api.generateSelfEvaluations({ departmentFile: d.departmentFile, year: 2024, ids: [vague], variant: '项目', replace: false }),
        vague,
      ],
    ];
    for (const [what, change, id] of changes) {
      d.list();
      change();
      expect(d.cached(), what).toEqual(d.ids.filter((other) => other !== id));
      expect(d.list(), what).toEqual(d.computed());
    }
    // The clean project lost its goal; the vague one's 提醒 is acknowledged; the late date is mended.
    const [first, second, third] = d.list();
    expect(first!.errors).toBeGreaterThan(0);
    expect([second!.errors, second!.warnings, third!.errors, third!.warnings]).toEqual([0, 0, 0, 0]);
    expect(second!.selfEvaluation).not.toBeNull();
  });

  it('are not trusted when made by other rules', () => {
    const d = department();
    const right = d.list();
    d.db.prepare(`UPDATE review_cache SET rules = 'older', summary = '{"errors":9,"warnings":9,"selfEvaluation":null}'`).run();
    expect(d.list()).toEqual(right);
    expect(d.db.prepare(`SELECT count(*) AS n FROM review_cache WHERE rules = 'older'`).get()).toEqual({ n: 0 });
  });

  it('are not written to a file opened for reading', () => {
    const d = department();
    const right = d.list();
    d.db.prepare('DELETE FROM review_cache').run();
    d.workspace.close();
    const reader = openDepartmentDb(d.path, { readonly: true });
    try {
      expect(projectList(reader, 2024, LAYOUTS['本级部门'], DEFAULT_PROFILE)).toEqual(right);
      expect(reader.prepare('SELECT count(*) AS n FROM review_cache').get()).toEqual({ n: 0 });
    } finally {
      reader.close();
    }
  });
});
