/** What the import preview says of a file, and the unit slip taken or left as the clerk chooses. */
import { afterAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/services/workspace';
import { departmentWith } from '../helpers/departments';
import { previewWorkbook } from '../helpers/importCases';
import { runJob } from '../helpers/jobs';

const open: Workspace[] = [];
afterAll(() => open.forEach((w) => w.close()));

describe('the import preview', () => {
  const dept = departmentWith('某旗档案馆', '本级部门', []);
  open.push(dept.workspace);
  const { api, departmentFile } = dept;
  const file = async () => ({ fileName: '档案.xlsx', base64: (await previewWorkbook()).toString('base64') });

  it('names per table where it stands, the fields not found, the fields kept as 其他信息, a missing year, a doubtful amount and the 部门整体 table', async () => {
    const preview = await runJob(api, { kind: 'preview', departmentFile, year: null, ...(await file()) });
    const [slip, noYear] = preview.tables;
    expect(slip).toMatchObject({
      projectName: '档案数字化设备购置',
      year: 2024,
      sheet: '设备购置',
      row: 2,
      missing: ['项目属性', '项目期', '项目总额'],
      otherInfo: [{ label: '项目负责人', value: '张三' }],
      unitSlip: { annual: 3000, corrected: 0.3, evidence: '成本指标合计 0.3 万元' },
    });
    expect(noYear).toMatchObject({ projectName: '档案保管经费', year: null, sheet: '无年度', row: 2, missing: [], unitSlip: null });
    expect(preview.tables[2]).toMatchObject({
      index: 2,
      kind: '部门整体支出绩效目标表',
      projectName: '某旗档案馆',
      year: 2024,
      indicatorCount: 1,
      taskCount: 1,
      conflict: false,
      sheet: '部门整体',
      row: 2,
    });
    expect(preview.unplaced).toEqual([{ sheet: '通讯录', reason: '没有找到“项目名称”等表头，不像是绩效表' }]);
  });

  it('stores the amounts divided by 10,000 where the clerk accepts the correction, and as written where not', async () => {
    const accepted = await runJob(api, {
      kind: 'import',
      departmentFile,
      year: 2024,
      choices: [{ index: 0, onConflict: 'skip', acceptUnitSlip: true }],
      ...(await file()),
    });
    const asWritten = await runJob(api, { kind: 'import', departmentFile, year: 2025, choices: [{ index: 0, onConflict: 'skip' }], ...(await file()) });
    expect([accepted, asWritten].map(([o]) => o!.action)).toEqual(['created', 'created']);
    const stored = (year: number) => api.getProject({ departmentFile, id: api.listProjects({ departmentFile, year })[0]!.id });
    expect(stored(2024).annualFunds).toBe(300_000);
    expect(stored(2025).annualFunds).toBe(3_000_000_000);
  });
});
