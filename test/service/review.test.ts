import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/handlers';
import { Workspace } from '../../electron/services/workspace';
import { fromTargetTable, type TargetTable } from '../../shared/interchange/targetTable';
import { revisionOf } from '../helpers/departments';
import { ROOT, readJson, tempDir } from '../helpers/paths';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test', 'fixtures', 'clean-target-table.json'));
const workspaces: Workspace[] = [];
afterEach(() => workspaces.splice(0).forEach((w) => w.close()));

function setup() {
  const workspace = new Workspace(tempDir());
  workspaces.push(workspace);
  const api = createHandlers(workspace);
  const { file: departmentFile } = api.createDepartment({ name: '自治区发展和改革委员会', code: '', supervisor: '', layout: '本级部门' });
  const { id } = api.createProject({ departmentFile, year: 2024, name: CLEAN.projectName });
  return { api, departmentFile, id };
}

describe('review in the services', () => {
  it('counts open findings per project in the year list', () => {
    const { api, departmentFile, id } = setup();
    const { content } = fromTargetTable(CLEAN);
    api.saveProject({ departmentFile, id, revision: revisionOf(api, departmentFile, id), content });
    expect(api.listProjects({ departmentFile, year: 2024 })).toMatchObject([{ id, errors: 0, warnings: 0 }]);
    const broken = {
      ...content,
      indicators: content.indicators.map((i) =>
        i.level2 === '时效指标' ? { ...i, value: '2023年3月底' } : i.level2 === '社会效益指标' ? { ...i, value: '持续提高' } : i,
      ),
    };
    api.saveProject({ departmentFile, id, revision: revisionOf(api, departmentFile, id), content: broken });
    expect(api.listProjects({ departmentFile, year: 2024 })).toMatchObject([{ id, errors: 1, warnings: 1 }]);
  });

  it('keeps an acknowledged 提醒 with its 说明, and refuses to acknowledge an 错误', () => {
    const { api, departmentFile, id } = setup();
    const { content } = fromTargetTable(CLEAN);
    const vague = { ...content, indicators: content.indicators.map((i) => (i.level2 === '社会效益指标' ? { ...i, value: '持续提高' } : i)) };
    api.saveProject({ departmentFile, id, revision: revisionOf(api, departmentFile, id), content: vague });
    const key = 'value.vague|社会效益指标|办公设备完好率|value';
    const acknowledged = api.acknowledgeFinding({ departmentFile, id, key, note: ' 主管部门要求保留原表述 ' });
    expect(acknowledged.acknowledgements).toEqual({ [key]: '主管部门要求保留原表述' });
    expect(api.listProjects({ departmentFile, year: 2024 })).toMatchObject([{ warnings: 0 }]);
    // Saving again keeps it; it is stored beside the content, not in it.
    api.saveProject({ departmentFile, id, revision: revisionOf(api, departmentFile, id), content: vague });
    expect(api.getProject({ departmentFile, id }).acknowledgements).toEqual({ [key]: '主管部门要求保留原表述' });

    const late = { ...vague, indicators: vague.indicators.map((i) => (i.level2 === '时效指标' ? { ...i, value: '2023年3月底' } : i)) };
    api.saveProject({ departmentFile, id, revision: revisionOf(api, departmentFile, id), content: late });
    expect(() => api.acknowledgeFinding({ departmentFile, id, key: 'value.date-in-year|时效指标|采购完成时间|value', note: '已知' })).toThrow(/只有“提醒”可以/);
    expect(() => api.acknowledgeFinding({ departmentFile, id, key: 'value.vague|社会效益指标|不存在|value', note: '已知' })).toThrow(/已不存在/);

    expect(api.withdrawAcknowledgement({ departmentFile, id, key }).acknowledgements).toEqual({});
    expect(api.listProjects({ departmentFile, year: 2024 })).toMatchObject([{ errors: 1, warnings: 1 }]);
  });
});
