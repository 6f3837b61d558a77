/**
 * Amounts typed in 元 under a 万元 label: kept as written, named in the preview with the figure the
 * table's own costs or 测算依据 show, and read as 元 only when the clerk accepts it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/services/workspace';
import { fromTargetTable, type TargetTable } from '../../shared/interchange/targetTable';
import { unitSlip } from '../../shared/unitSlip';
import { departmentWith } from '../helpers/departments';
import { runJob } from '../helpers/jobs';
import { targetRows, workbookOf } from '../helpers/workbooks';

const open: Workspace[] = [];
afterAll(() => open.forEach((w) => w.close()));

const WAN = 1_000_000;

function table(annualFunds: number, otherInfo: TargetTable['otherInfo'] = []): TargetTable {
  return {
    layout: '本级部门',
    year: 2024,
    unit: '万元',
    projectName: '培训',
    department: '',
    implementingUnit: '',
    attribute: '',
    period: '',
    fundType: null,
    totalFunds: null,
    annualFunds,
    funds: {},
    overallGoal: '',
    indicators: [
      { level1: '产出指标', level2: '数量指标', name: '培训人次', value: '≥100人次' },
      { level1: '产出指标', level2: '成本指标', name: '培训成本', value: '≤0.3万元' },
    ],
    otherInfo,
  };
}

describe('an annual amount written in 元 under a 万元 label', () => {
  it('is shown by the table’s costs, or by its 测算依据, at exactly 10,000 times', () => {
    expect(unitSlip(fromTargetTable(table(3000)).content)).toEqual({ annual: 3000 * WAN, corrected: 0.3 * WAN, evidence: '成本指标合计 0.3 万元' });
    const withBasis = { ...table(3000), indicators: table(3000).indicators.slice(0, 1), otherInfo: [{ label: '测算依据', value: '100人次 × 30元 = 3000元' }] };
    expect(unitSlip(fromTargetTable(withBasis).content)).toEqual({ annual: 3000 * WAN, corrected: 0.3 * WAN, evidence: '测算依据中的 0.3 万元' });
    expect(unitSlip(fromTargetTable(table(0.3)).content)).toBeNull();
    expect(unitSlip(fromTargetTable(table(2999)).content)).toBeNull();
  });

  it('is named in the preview, kept as written, and read as 元 only where the clerk accepts it', async () => {
    const dept = departmentWith('单位换算测试', '本级部门', []);
    open.push(dept.workspace);
    const { api, departmentFile } = dept;
    const rows = targetRows({ annual: 100000, name: '接受' });
    const bytes = await workbookOf({ 接受: rows, 不接受: targetRows({ annual: 100000, name: '不接受' }) });
    const base64 = bytes.toString('base64');
    const preview = await runJob(api, { kind: 'preview', departmentFile, fileName: '元.xlsx', base64, year: null });
    expect(preview.tables.map((t) => t.unitSlip)).toEqual([
      { annual: 100000, corrected: 10, evidence: '成本指标合计 10 万元' },
      { annual: 100000, corrected: 10, evidence: '成本指标合计 10 万元' },
    ]);
    await runJob(api, {
      kind: 'import',
      departmentFile,
      fileName: '元.xlsx',
      base64,
      year: null,
      choices: [
        { index: 0, onConflict: 'skip', acceptUnitSlip: true },
        { index: 1, onConflict: 'skip' },
      ],
    });
    const stored = Object.fromEntries(
      api.listProjects({ departmentFile, year: 2024 }).map((p) => {
        const project = api.getProject({ departmentFile, id: p.id });
        return [p.name, [project.annualFunds, project.totalFunds]];
      }),
    );
    expect(stored).toEqual({ 接受: [10 * WAN, 10 * WAN], 不接受: [100000 * WAN, 100000 * WAN] });
  });
});
