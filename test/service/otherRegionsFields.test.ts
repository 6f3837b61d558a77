/**
 * What tables of other regions carry (项目编码, the 主管部门's code, 其他信息, the 二级 declared 不适用,
 * an indicator's extra columns) stays with the project through a save, 从上年结转, 复制 and 从其他单位复制.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { Workspace } from '../../electron/services/workspace';
import { shiftYears } from '../../shared/carry';
import { fromTargetTable, type TargetTable } from '../../shared/interchange/targetTable';
import { contentOf, type Project, type ProjectContent } from '../../shared/project';
import { departmentWith } from '../helpers/departments';
import { fromOtherRegion } from '../helpers/otherRegions';
import { ROOT, readJson, tempDir } from '../helpers/paths';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test', 'fixtures', 'clean-target-table.json'));

const OTHER_REGIONS_TABLE = fromOtherRegion(
  CLEAN,
  { label: '中期目标', value: '2024—2026年完成全部办公设备更新。\n逐年淘汰超期服役设备。' },
  ['社会成本指标', '生态效益指标'],
  {
    explanation: '当年购置并验收的便携式计算机台数',
    symbol: '=',
    unit: '台',
    nature: '定量',
    weight: '10',
    scoring: '每少 1 台扣 2 分',
    midTermValue: '2024年底前 6 台',
  },
);
const CONTENT: ProjectContent = fromTargetTable(OTHER_REGIONS_TABLE).content;
const CARRIED_ALONG = { code: CONTENT.code, departmentCode: CONTENT.departmentCode, otherInfo: CONTENT.otherInfo, notApplicable: CONTENT.notApplicable };

const open: Workspace[] = [];
afterEach(() => {
  for (const w of open.splice(0)) w.close();
});

function department(name = '自治区发展和改革委员会', workspace?: Workspace) {
  const dept = departmentWith(name, '本级部门', [OTHER_REGIONS_TABLE], workspace);
  if (!workspace) open.push(dept.workspace);
  return dept;
}

describe('what tables of other regions carry, kept with the project', () => {
  it('is saved and read back through the API’s schemas, and is in the file for the next process', async () => {
    const folder = tempDir();
    const workspace = new Workspace(folder);
    open.push(workspace);
    const api = createHandlers(workspace);
    const { file: departmentFile } = api.createDepartment({ name: '自治区发展和改革委员会', code: '', supervisor: '', layout: '本级部门' });
    const created = api.createProject({ departmentFile, year: 2024, name: CONTENT.name });
    const saved = await dispatch(api, 'saveProject', { departmentFile, id: created.id, revision: created.revision, content: CONTENT });
    expect(saved.ok).toBe(true);
    const read = await dispatch(api, 'getProject', { departmentFile, id: created.id });
    expect(read.ok && contentOf(read.result as Project)).toEqual(CONTENT);

    workspace.close();
    const reopened = new Workspace(folder);
    open.push(reopened);
    expect(contentOf(createHandlers(reopened).getProject({ departmentFile, id: created.id }))).toEqual(CONTENT);
  });

  it('goes along when carried forward: the fields as they are, the 指标值 with its years moved on', () => {
    const { api, departmentFile } = department();
    const [outcome] = api.carryForward({ departmentFile, from: 2024, to: 2025, includeOneYear: true });
    const carried = api.getProject({ departmentFile, id: outcome!.id! });
    expect(carried).toMatchObject(CARRIED_ALONG);
    expect(carried.indicators).toEqual(CONTENT.indicators.map((i) => ({ ...i, value: shiftYears(i.value, 2024, 2025) })));
    expect(carried.indicators[0]!.extra).toEqual(OTHER_REGIONS_TABLE.indicators[0]!.extra);
  });

  it('goes along with a copy in the department, and one from another department of the workspace', () => {
    const source = department();
    const { api } = source;
    const copy = api.duplicateProject({ departmentFile: source.departmentFile, id: source.ids[0]! });
    expect(contentOf(copy)).toEqual({ ...CONTENT, name: `${CONTENT.name}（副本）` });

    const target = api.createDepartment({ name: '自治区财政厅', code: '', supervisor: '', layout: '县级部门' });
    const [outcome] = api.copyFromDepartment({
      departmentFile: target.file,
      source: source.departmentFile,
      year: 2024,
      ids: [source.ids[0]!],
      toYear: 2025,
      onConflict: 'keep',
    });
    const [copied] = api.listProjects({ departmentFile: target.file, year: 2025 });
    expect(outcome!.action).toBe('created');
    expect(contentOf(api.getProject({ departmentFile: target.file, id: copied!.id }))).toEqual(CONTENT);
  });
});
