import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import type { TargetTable } from '../../shared/interchange/targetTable';
import { departmentWith } from '../helpers/departments';
import { ROOT, readJson } from '../helpers/paths';
import { runJob } from '../helpers/jobs';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test/fixtures/clean-target-table.json'));
/** What a spreadsheet would run as a formula if it were written as one. */
const HOSTILE = ['=HYPERLINK("http://x","点击")', '+1+cmd|" /C calc"!A0', '-2+3', '@SUM(A1:A9)', '=1+1'];

const dept = departmentWith('公式测试单位', '本级部门', [
  {
    ...CLEAN,
    projectName: '=2+5',
    overallGoal: '@目标',
    indicators: CLEAN.indicators.map((i, n) => ({ ...i, value: HOSTILE[n % HOSTILE.length]! })),
  },
]);
afterAll(() => dept.workspace.close());

async function formulasIn(base64: string): Promise<{ formulas: number; texts: string[] }> {
  const bytes = Buffer.from(base64, 'base64');
  const zip = await JSZip.loadAsync(bytes);
  const sheets = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))
      .map((n) => zip.file(n)!.async('string')),
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const texts: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        // The other cells of a merge show their master's value.
        if (cell.type !== ExcelJS.ValueType.Merge && /^[=+\-@]/.test(String(cell.value)))
          texts.push(`${cell.type === ExcelJS.ValueType.String ? 'text' : 'NOT TEXT'} ${String(cell.value)}`);
      }),
    ),
  );
  return { formulas: sheets.reduce((n, xml) => n + (xml.match(/<f[ >]/g)?.length ?? 0), 0), texts };
}

describe('text the clerk typed stays text', () => {
  it('values starting with = + - @ are written as strings, never formulas, in both forms', async () => {
    const { departmentFile, ids, api } = dept;
    const targets = await runJob(api, { kind: 'export', departmentFile, year: 2024, format: 'xlsx', stacked: false });
    const found = await formulasIn(targets.base64);
    expect(found.formulas).toBe(0);
    expect(found.texts).toEqual(expect.arrayContaining(['text =2+5', 'text @目标', ...HOSTILE.map((h) => `text ${h}`)]));
    expect(found.texts.filter((t) => !t.startsWith('text '))).toEqual([]);

    api.generateSelfEvaluations({ departmentFile, year: 2024, variant: '项目', replace: false });
    const { content: generated, revision } = api.getSelfEvaluation({ departmentFile, id: ids[0]! });
    const content = generated!;
    content.indicators.forEach((i, n) => Object.assign(i, { actual: HOSTILE[n % HOSTILE.length]!, deviation: '-未完成' }));
    api.saveSelfEvaluation({ departmentFile, id: ids[0]!, revision, content });
    const evaluation = await formulasIn(
      (await runJob(api, { kind: 'export', departmentFile, year: 2024, format: 'xlsx', stacked: true, form: 'selfEvaluations' })).base64,
    );
    expect(evaluation.formulas).toBe(0);
    expect(evaluation.texts).toEqual(expect.arrayContaining(['text -未完成', ...HOSTILE.map((h) => `text ${h}`)]));
    expect(evaluation.texts.filter((t) => !t.startsWith('text '))).toEqual([]);
  });
});
