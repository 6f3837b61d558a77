/** Layout maps kept in the workspace, and every preview and import of the workspace reading with them. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import type { Workspace } from '../../electron/services/workspace';
import { departmentWith } from '../helpers/departments';
import { clerksMap, mappedWorkbook } from '../helpers/importCases';
import { runJob } from '../helpers/jobs';

const open: Workspace[] = [];
afterAll(() => open.forEach((w) => w.close()));

describe('layout maps in the workspace', () => {
  const dept = departmentWith('某县档案局', '本级部门', []);
  open.push(dept.workspace);
  const { api, departmentFile, workspace } = dept;
  const file = async () => ({ fileName: '档案局.xlsx', base64: (await mappedWorkbook()).toString('base64') });

  it('are applied to every preview and import once saved: the sheets of their shape are read, others stay unplaced', async () => {
    const before = await runJob(api, { kind: 'preview', departmentFile, year: null, ...(await file()) });
    expect(before.tables).toEqual([]);
    expect(before.unplaced.map((u) => u.sheet)).toEqual(['一号', '二号', '三号']);
    const map = clerksMap(before.unplacedSheets[0]!.excerpt);
    expect(api.saveLayoutMap({ map, replace: false })).toEqual(map);
    expect(JSON.parse(fs.readFileSync(path.join(workspace.path, '表样', '档案局表.json'), 'utf8'))).toEqual(map);
    expect(api.listLayoutMaps()).toEqual({ maps: [map], problems: [] });

    const after = await runJob(api, { kind: 'preview', departmentFile, year: null, ...(await file()) });
    expect(after.tables.map((t) => [t.projectName, t.sheet, t.row, t.year, t.notes])).toEqual([
      ['档案数字化', '一号', 2, 2024, ['工作表“一号”第 2 行：按表样“档案局表”读取']],
      ['档案修缮', '二号', 5, 2024, ['工作表“二号”第 5 行：按表样“档案局表”读取']],
    ]);
    expect(after.unplaced.map((u) => u.sheet)).toEqual(['三号']);
    const outcomes = await runJob(api, {
      kind: 'import',
      departmentFile,
      year: null,
      choices: after.tables.map((t) => ({ index: t.index, onConflict: 'skip' as const })),
      ...(await file()),
    });
    expect(outcomes.map((o) => [o.action, o.storedAs])).toEqual([
      ['created', '档案数字化'],
      ['created', '档案修缮'],
    ]);
    const stored = api.listProjects({ departmentFile, year: 2024 }).map((p) => api.getProject({ departmentFile, id: p.id }));
    expect(stored.map((p) => [p.name, p.department, p.annualFunds, p.indicators.length])).toEqual([
      ['档案数字化', '某县档案局', 12_000_000, 4],
      ['档案修缮', '某县档案局', 8_000_000, 4],
    ]);
  });

  it('keeps a map of the same name unless asked to replace it, and refuses a name that is a path', async () => {
    const { unplacedSheets } = await runJob(api, { kind: 'preview', departmentFile, year: null, ...(await file()) });
    const map = clerksMap(unplacedSheets[0]!.excerpt, '三号表');
    expect(api.saveLayoutMap({ map, replace: false }).name).toBe('三号表');
    expect(() => api.saveLayoutMap({ map, replace: false })).toThrow('已有名为“三号表”的表样');
    expect(api.saveLayoutMap({ map, replace: true }).name).toBe('三号表');
    const refused = await dispatch(api, 'saveLayoutMap', { map: { ...map, name: '../单位' }, replace: false });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'bad-request',
        message: '参数有误（saveLayoutMap）：map.name：表样名称不能包含 \\ / : * ? " < > | 等字符，不能以点开头或结尾，也不能是 CON、NUL 等设备名',
      },
    });
    expect(() => api.saveLayoutMap({ map: { ...map, name: 'a/b' }, replace: true })).toThrow('表样名称不能包含');
    expect(fs.readdirSync(path.join(workspace.path, '表样')).sort()).toEqual(['三号表.json', '档案局表.json']);
  });

  it('names a file of the folder that is not a map, and uses the others', () => {
    const folder = path.join(workspace.path, '表样');
    fs.writeFileSync(path.join(folder, '坏的.json'), '{ "name": "坏的" ');
    fs.writeFileSync(path.join(folder, '缺列.json'), JSON.stringify({ ...api.listLayoutMaps().maps[0]!, columns: { name: 2 } }));
    const { maps, problems } = api.listLayoutMaps();
    expect(maps.map((m) => m.name)).toEqual(['档案局表', '三号表']);
    expect(problems).toEqual([
      { file: '坏的.json', message: '表样文件“坏的.json”无法使用：不是有效的 JSON' },
      { file: '缺列.json', message: '表样文件“缺列.json”无法使用：columns.value（指标值列）：无效输入：期望 数字，实际接收 undefined' },
    ]);
  });
});
