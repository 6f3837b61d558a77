import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/handlers';
import { Workspace, defaultWorkspacePath, departmentFileName } from '../../electron/services/workspace';
import type { ProjectContent } from '../../shared/project';
import { tempDir } from '../helpers/paths';

const open: Workspace[] = [];
function setup(folder = tempDir()) {
  const workspace = new Workspace(folder);
  open.push(workspace);
  return { folder, workspace, api: createHandlers(workspace) };
}
afterEach(() => {
  for (const w of open.splice(0)) w.close();
});

describe('services over a workspace folder', () => {
  it('lists, creates and reopens departments, one file each', async () => {
    const { folder, api } = setup();
    expect(api.getWorkspace()).toEqual({ path: folder, departments: [], problems: [] });
    const dept = api.createDepartment({ name: '自治区发展改革委', code: '301', supervisor: '自治区发展改革委', layout: '本级部门' });
    expect(dept.file).toBe('自治区发展改革委.jixiao.db');
    expect(fs.existsSync(path.join(folder, dept.file))).toBe(true);
    expect(() => api.createDepartment({ name: '自治区发展改革委', code: '', supervisor: '', layout: '本级部门' })).toThrow(/已有单位文件/);
    fs.writeFileSync(path.join(folder, 'broken.jixiao.db'), 'not a database');
    // A department file has one writer at a time: the first window closes before the next opens it.
    open[0]!.close();
    const { api: again } = setup(folder);
    const info = again.getWorkspace();
    expect(info.departments).toEqual([dept]);
    expect(info.problems).toEqual([{ file: 'broken.jixiao.db', message: expect.stringContaining('不是绩效填报助手的单位文件') }]);
  });

  it('keeps a year of projects through edits, renames, copies, deletion and undo', async () => {
    const { folder, api } = setup();
    const { file: departmentFile } = api.createDepartment({ name: '某县工信局', code: '', supervisor: '某县政府', layout: '县级部门' });
    const project = api.createProject({ departmentFile, year: 2024, name: ' 工业经济运行等工作经费 ' });
    expect(project).toMatchObject({ name: '工业经济运行等工作经费', department: '某县政府', implementingUnit: '某县工信局', status: '草稿' });
    expect(() => api.createProject({ departmentFile, year: 2024, name: '工业经济运行等工作经费' })).toThrow(/已有名为/);

    const { id, year: _y, updatedAt: _u, revision, ...rest } = project;
    const content: ProjectContent = {
      ...rest,
      attribute: '一年期项目',
      period: '1 年',
      annualFunds: 36_000_000,
      funds: { 财政拨款: 36_000_000 },
      overallGoal: '目标1：节能监察≥20 户',
      indicators: [
        { level1: '产出指标', level2: '数量指标', name: '节能监察', value: '≧20 户' },
        { level1: '满意度指标', level2: '服务对象满意度指标', name: '企业满意度', value: '≥95%' },
      ],
    };
    const saved = api.saveProject({ departmentFile, id, revision, content });
    expect(saved).toMatchObject(content);
    expect(api.listProjects({ departmentFile, year: 2024 })).toMatchObject([{ id, annualFunds: 36_000_000, indicatorCount: 2 }]);

    const copy = api.duplicateProject({ departmentFile, id });
    expect(copy.name).toBe('工业经济运行等工作经费（副本）');
    expect(copy.indicators).toEqual(content.indicators);
    expect(api.duplicateProject({ departmentFile, id }).name).toBe('工业经济运行等工作经费（副本）（2）');
    const renamed = api.renameProject({ departmentFile, id: copy.id, revision: copy.revision, name: '节能监察专项' });
    expect(renamed.name).toBe('节能监察专项');
    expect(() => api.renameProject({ departmentFile, id: copy.id, revision: renamed.revision, name: '工业经济运行等工作经费' })).toThrow(/已有名为/);

    api.deleteProject({ departmentFile, id });
    expect(api.listProjects({ departmentFile, year: 2024 }).map((p) => p.id)).not.toContain(id);
    expect(() => api.getProject({ departmentFile, id })).toThrow(/找不到项目/);
    expect(api.restoreProject({ departmentFile, id })).toMatchObject(content);
    expect(api.listYears({ departmentFile })).toEqual([2024]);

    // Everything is on disk: a new process (here, a new workspace object) sees it.
    open[0]!.close();
    const { api: reopened } = setup(folder);
    expect(reopened.getProject({ departmentFile, id })).toMatchObject(content);
    expect(reopened.listProjects({ departmentFile, year: 2024 })).toHaveLength(3);
  });

  it('refuses paths that leave the workspace', () => {
    const { api } = setup();
    expect(() => api.listYears({ departmentFile: '../x.jixiao.db' })).toThrow(/不是工作文件夹中的单位文件/);
  });

  it('names files safely and finds the default folder', () => {
    expect(departmentFileName('a/b:c*?')).toBe('a_b_c__.jixiao.db');
    expect(defaultWorkspacePath({ JIXIAO_WORKSPACE: '/tmp/x' })).toBe('/tmp/x');
    expect(path.basename(defaultWorkspacePath({}))).toBe('Jixiao');
  });
});
