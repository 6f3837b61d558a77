import { afterAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../electron/import/readWorkbook';
import type { Workspace } from '../../electron/services/workspace';
import { toTargetTable } from '../../shared/interchange/targetTable';
import { sortIndicators } from '../../shared/indicatorGrid';
import { contentOf } from '../../shared/project';
import { departmentWith } from '../helpers/departments';
import { exportCases } from '../export/exportCases';
import { runJob } from '../helpers/jobs';

const open: Workspace[] = [];
afterAll(() => open.forEach((w) => w.close()));

describe.each(exportCases().map((c) => [c.layout, c] as const))('a workbook Jixiao exported in the %s layout', (_layout, c) => {
  it.each([false, true])('imports back to exactly what was exported (stacked=%s)', async (stacked) => {
    const dept = departmentWith(c.name, c.layout, c.tables);
    open.push(dept.workspace);
    const file = await runJob(dept.api, { kind: 'export', departmentFile: dept.departmentFile, year: c.year, format: 'xlsx', stacked });
    const result = await readWorkbook(Buffer.from(file.base64, 'base64'), file.fileName);
    const exported = dept.ids.map((id) => {
      const project = dept.api.getProject({ departmentFile: dept.departmentFile, id });
      const content = contentOf(project);
      return toTargetTable(c.layout, project.year, { ...content, indicators: sortIndicators(content.indicators) });
    });
    expect(result.warnings).toEqual([]);
    expect(result.selfEvaluations).toEqual([]);
    // The title of a table with 错误 says 草稿; the table itself is the same.
    expect(result.targetTables).toEqual(exported);
  });
});
