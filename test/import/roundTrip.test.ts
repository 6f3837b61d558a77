import { afterAll, describe, expect, it } from 'vitest';
import { readImportFile } from '../../electron/import/readImportFile';
import { readWorkbook } from '../../electron/import/readWorkbook';
import type { Workspace } from '../../electron/services/workspace';
import { toTargetTable, type TargetTable } from '../../shared/interchange/targetTable';
import { sortIndicators } from '../../shared/indicatorGrid';
import { LAYOUTS, type LayoutId } from '../../shared/layouts';
import { contentOf } from '../../shared/project';
import { departmentWith } from '../helpers/departments';
import { exportCases } from '../export/exportCases';
import { runJob } from '../helpers/jobs';
import { DEFAULT_PROFILE } from '../../shared/profiles/shipped';

const open: Workspace[] = [];
afterAll(() => open.forEach((w) => w.close()));

/** The department's stored tables as the interchange has them, indicators in form order as the forms print them. */
function storedTables(dept: ReturnType<typeof departmentWith>, layout: LayoutId): TargetTable[] {
  return dept.ids.map((id) => {
    const project = dept.api.getProject({ departmentFile: dept.departmentFile, id });
    const content = contentOf(project);
    return toTargetTable(layout, project.year, { ...content, indicators: sortIndicators(content.indicators, DEFAULT_PROFILE.framework) });
  });
}

describe.each(exportCases().map((c) => [c.layout, c] as const))('a workbook Jixiao exported in the %s layout', (_layout, c) => {
  it.each([false, true])('imports back to exactly what was exported (stacked=%s)', async (stacked) => {
    const dept = departmentWith(c.name, c.layout, c.tables);
    open.push(dept.workspace);
    const file = await runJob(dept.api, { kind: 'export', departmentFile: dept.departmentFile, year: c.year, format: 'xlsx', stacked });
    const result = await readWorkbook(Buffer.from(file.base64, 'base64'), file.fileName);
    expect(result.warnings).toEqual([]);
    expect(result.selfEvaluations).toEqual([]);
    // The title of a table with 错误 says 草稿; the table itself is the same.
    expect(result.targetTables).toEqual(storedTables(dept, c.layout));
  });
});

/** What a table of another region brought: a 项目编码, a 主管部门 with its code, and fields of 其他信息, one of many lines, one under a label of the region's own. */
function withOtherRegionsFields(table: TargetTable, n: number): TargetTable {
  return {
    ...table,
    code: `64010022T00000${1000 + n}`,
    departmentCode: '105',
    otherInfo: [
      { label: '项目负责人', value: `张${n}` },
      { label: '测算依据', value: `设备 ${n} 台 × 7850 元\n＝${n * 7850} 元` },
      { label: '资金管理办法', value: '《自治区本级专项资金管理办法》' },
    ],
  };
}

describe.each(exportCases().map((c) => [c.layout, c] as const))('the 项目编码, 主管部门 code and 其他信息 of a project in the %s layout', (layout, c) => {
  // Only a label that asks for it (县级部门: 主管部门及代码) prints the code of the 主管部门.
  const printsDepartmentCode = LAYOUTS[layout].headerFields.some((f) => f.key === 'department' && f.label.endsWith('及代码'));
  const expected = (tables: TargetTable[]) => tables.map(({ departmentCode, ...table }) => (printsDepartmentCode ? { ...table, departmentCode } : table));

  it.each([
    ['Excel, a sheet per project', 'xlsx', false],
    ['Excel, stacked', 'xlsx', true],
    ['Word', 'docx', false],
  ] as const)('come back from its export as %s', async (_kind, format, stacked) => {
    const dept = departmentWith(
      c.name,
      c.layout,
      c.tables.map((t, i) => withOtherRegionsFields(t, i + 1)),
    );
    open.push(dept.workspace);
    const file = await runJob(dept.api, { kind: 'export', departmentFile: dept.departmentFile, year: c.year, format, stacked });
    const result = await readImportFile(Buffer.from(file.base64, 'base64'), file.fileName);
    expect(result.warnings).toEqual([]);
    const stored = storedTables(dept, c.layout);
    expect(stored[0]).toMatchObject({ code: '64010022T000001001', departmentCode: '105', otherInfo: withOtherRegionsFields(c.tables[0]!, 1).otherInfo });
    expect(result.targetTables).toEqual(expected(stored));
  });

  it('come back whole from its data package, with the indicators’ extra columns and the 二级 declared 不适用', async () => {
    const tables = c.tables.map((t, i) => ({
      ...withOtherRegionsFields(t, i + 1),
      notApplicable: ['社会成本指标'],
      indicators: t.indicators.map((indicator, n) =>
        n === 0 ? { ...indicator, extra: { unit: '台', weight: '10', scoring: '每少 1 台扣 2 分' } } : indicator,
      ),
    }));
    const dept = departmentWith(c.name, c.layout, tables);
    open.push(dept.workspace);
    const file = await runJob(dept.api, { kind: 'export', departmentFile: dept.departmentFile, year: c.year, format: 'json', stacked: false });
    const result = await readImportFile(Buffer.from(file.base64, 'base64'), file.fileName);
    expect(result.targetTables).toEqual(tables.map((t) => ({ ...t, year: c.year })));
  });
});
