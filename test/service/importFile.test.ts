import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/services/workspace';
import type { TargetTable } from '../../shared/interchange/targetTable';
import { departmentWith } from '../helpers/departments';
import { FIXTURES, readJson } from '../helpers/paths';
import { runJob } from '../helpers/jobs';

const open: Workspace[] = [];
afterAll(() => open.forEach((w) => w.close()));

/** A file of the fixtures as the app sends a chosen file: its name and its bytes in base64. */
const chosen = (fileName: string) => ({ fileName, base64: fs.readFileSync(path.join(FIXTURES, fileName)).toString('base64') });

describe('import in the app: preview, then the chosen tables', () => {
  const T001 = readJson<TargetTable[]>(path.join(FIXTURES, 'targets-001.truth.json'));
  const dept = departmentWith('宁夏回族自治区企业创新服务中心', '本级部门', [T001[0]!]);
  open.push(dept.workspace);
  const { api, departmentFile } = dept;

  it('previews without writing: tables, checker counts, notes, and name conflicts in the chosen year', async () => {
    const preview = await runJob(api, { kind: 'preview', departmentFile, ...chosen('targets-001-messy.xlsx'), year: 2024 });
    expect(preview.tables.map((t) => [t.projectName, t.year, t.indicatorCount, t.conflict])).toEqual([
      ['宁夏回族自治区企业服务中心工作经费', 2024, T001[0]!.indicators.length, true],
      ['服务企业创新系列活动', 2024, T001[1]!.indicators.length, false],
    ]);
    expect(preview.tables[1]!.notes).toEqual(['工作表“服务企业创新系列活动”第 24 行：“0 | 0”行没有写明二级指标，按表样顺序归入经济效益指标']);
    expect(preview.tables[0]!.warnings).toBeGreaterThan(0);
    const into2025 = await runJob(api, { kind: 'preview', departmentFile, ...chosen('targets-001.xlsx'), year: 2025 });
    expect(into2025.tables.map((t) => t.conflict)).toEqual([false, false]);
    expect(api.listProjects({ departmentFile, year: 2024 })).toHaveLength(1);
  });

  it('writes the ticked tables with the clerk’s answer to each conflict', async () => {
    const outcomes = await runJob(api, {
      kind: 'import',
      departmentFile,
      ...chosen('targets-001.xlsx'),
      year: 2024,
      choices: [
        { index: 0, onConflict: 'keep' },
        { index: 1, onConflict: 'skip' },
      ],
    });
    expect(outcomes.map((o) => [o.action, o.storedAs])).toEqual([
      ['kept-both', '宁夏回族自治区企业服务中心工作经费（2）'],
      ['created', '服务企业创新系列活动'],
    ]);
    expect(api.listProjects({ departmentFile, year: 2024 }).map((p) => p.name)).toEqual([
      '宁夏回族自治区企业服务中心工作经费',
      '宁夏回族自治区企业服务中心工作经费（2）',
      '服务企业创新系列活动',
    ]);
    await expect(
      runJob(api, { kind: 'preview', departmentFile, fileName: 'x.xlsx', base64: Buffer.from('nope').toString('base64'), year: null }),
    ).rejects.toThrow('“x.xlsx”不是 Excel 工作簿（.xlsx、.xls）、Word 文档（.docx）、PDF 文件或数据包');
  });
});

describe('copying projects from another department of the workspace', () => {
  it('copies the chosen projects into this department’s year, keeping both where a name is taken', () => {
    const T003 = readJson<TargetTable[]>(path.join(FIXTURES, 'targets-003.truth.json'));
    const source = departmentWith('平罗县工业和信息化局', '县级部门', T003);
    open.push(source.workspace);
    const { api } = source;
    const target = api.createDepartment({ name: '平罗县发展和改革局', code: '', supervisor: '', layout: '县级部门' });
    const [first, second] = source.ids;
    const outcomes = api.copyFromDepartment({
      departmentFile: target.file,
      source: source.departmentFile,
      year: 2023,
      ids: [first!, second!],
      toYear: 2024,
      onConflict: 'keep',
    });
    expect(outcomes.map((o) => o.action)).toEqual(['created', 'created']);
    const again = api.copyFromDepartment({
      departmentFile: target.file,
      source: source.departmentFile,
      year: 2023,
      ids: [first!],
      toYear: 2024,
      onConflict: 'keep',
    });
    expect(again[0]!.storedAs).toBe('工业经济运行等工作经费（2）');
    const copied = api.listProjects({ departmentFile: target.file, year: 2024 });
    expect(copied.map((p) => p.name)).toEqual(['工业经济运行等工作经费', '2023 年一般工业固废综合利用奖补资金', '工业经济运行等工作经费（2）']);
    const original = api.getProject({ departmentFile: source.departmentFile, id: first! });
    expect(api.getProject({ departmentFile: target.file, id: copied[0]!.id }).indicators).toEqual(original.indicators);
    expect(() => api.copyFromDepartment({ departmentFile: target.file, source: target.file, year: 2024, ids: [1], toYear: 2024, onConflict: 'skip' })).toThrow(
      '请选择另一个单位',
    );
  });
});
