/**
 * The 部门整体支出绩效目标表 and 自评表 read from workbooks in several regions' layouts (test/helpers/departmentWorkbooks.ts),
 * each as .xlsx, .xls and .docx, and one printed to PDF, to what their cells say.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readImportFile } from '../../electron/import/readImportFile';
import { DEPARTMENT_CASES, type DepartmentCase } from '../helpers/departmentWorkbooks';
import { tempDir } from '../helpers/paths';
import { printable, printToPdf } from '../helpers/pdfOf';
import { asDocx, asXls, asXlsx, SheetRows, type Format } from '../helpers/shapes';

const RUNS = DEPARTMENT_CASES.flatMap((c) => c.formats.map((format) => [c.id, format] as [string, Format]));
const caseOf = (id: string) => DEPARTMENT_CASES.find((c) => c.id === id)!;
const files = new Map<string, Buffer>();

beforeAll(async () => {
  const dir = tempDir('jixiao-department-');
  for (const c of DEPARTMENT_CASES) {
    const bytes = await asXlsx(c);
    fs.writeFileSync(path.join(dir, `${c.id}.xlsx`), bytes);
    files.set(`${c.id}.xlsx`, bytes);
    files.set(`${c.id}.docx`, await asDocx(c));
  }
  asXls(...DEPARTMENT_CASES.map((c) => path.join(dir, `${c.id}.xlsx`))).forEach((file, i) =>
    files.set(`${DEPARTMENT_CASES[i]!.id}.xls`, fs.readFileSync(file)),
  );
  const a = caseOf('dept-a-full');
  files.set(`${a.id}.pdf`, printToPdf({ [`${a.id}.xlsx`]: await printable(files.get(`${a.id}.xlsx`)!, a.sheets) }).get(`${a.id}.xlsx`)!);
}, 300_000);

function expectRead(result: Awaited<ReturnType<typeof readImportFile>>, c: DepartmentCase) {
  expect(result.departmentTables).toEqual(c.expected.departmentTables);
  expect(result.departmentEvaluations).toEqual(c.expected.departmentEvaluations);
  expect(result.targetTables).toMatchObject(c.expected.targetTables);
  expect(result.selfEvaluations).toEqual([]);
  expect(result.unplaced).toEqual([]);
}

describe('部门整体 tables read from workbooks and documents', () => {
  it.each(RUNS)('%s (.%s) reads to what its cells say', async (id, format) => {
    const c = caseOf(id);
    const result = await readImportFile(files.get(`${id}.${format}`)!, `${id}.${format}`);
    expectRead(result, c);
    expect(result.departmentTableNotes.map((n) => n.sheet)).toHaveLength(c.expected.departmentTables.length);
  });

  it('reads region A printed to PDF as it reads the workbook', async () => {
    const c = caseOf('dept-a-full');
    const result = await readImportFile(files.get(`${c.id}.pdf`)!, `${c.id}.pdf`);
    expect(result.fromPdf).toBe(true);
    expectRead(result, c);
    expect(result.departmentTableNotes[0]!.pages).toEqual([1]);
  });
});

describe('bad input in a 部门整体 table', () => {
  it('names the sheet, row and field of an amount that is no number, and leaves it out', async () => {
    const rows = new SheetRows()
      .add(['2025年部门整体支出绩效目标表'])
      .add(['部门名称', '某旗档案馆'])
      .add(['预算整体情况（万元）', '部门预算支出总额', 100], [], { A: 3 })
      .add([null, '基本支出', 60])
      .add([null, '项目支出', '四十万'])
      .add(['一级指标', '二级指标', '三级指标', '指标值'])
      .add(['产出指标', '数量指标', '扫描档案', '1万卷']);
    const result = await readImportFile(await asXlsx({ sheets: [rows.sheet('整体')] }), '整体.xlsx');
    expect(result.departmentTables[0]!.funds).toEqual({ expenditure: 100, basic: 60 });
    expect(result.warnings).toContain('整体.xlsx：工作表“整体”第 5 行“项目支出”：“四十万”不是金额，已留空');
  });

  it('reads a table in 元 as 万元, exactly, as a project table is read', async () => {
    const rows = new SheetRows()
      .add(['2025年部门整体支出绩效目标表'])
      .add([null, null, '单位：元'])
      .add(['部门名称', '某旗档案馆'])
      .add(['预算整体情况', '部门预算支出总额', 8_600_012.34], [], { A: 2 })
      .add([null, '基本支出', '5,200,012.34'])
      .add(['年度重点工作任务', '任务名称', '主要内容', '预算金额'])
      .add([null, '档案数字化', '扫描档案', 1_205_000])
      .add(['一级指标', '二级指标', '三级指标', '指标值'])
      .add(['产出指标', '数量指标', '扫描档案', '1万卷']);
    const [table] = (await readImportFile(await asXlsx({ sheets: [rows.sheet('整体')] }), '整体.xlsx')).departmentTables;
    expect(table!.funds).toEqual({ expenditure: 860.001234, basic: 520.001234 });
    expect(table!.tasks).toEqual([{ name: '档案数字化', content: '扫描档案', amount: 120.5, goal: '' }]);
  });

  it('names a 部门整体 自评表 without its indicator table as unplaced, saying what it lacks', async () => {
    const rows = new SheetRows()
      .add(['2024年度部门整体支出绩效自评表'])
      .add(['部门（单位）名称', '某旗档案馆'])
      .add(['年度部门整体支出预算执行情况', '年初预算数', '全年预算数', '全年执行数'])
      .add(['年度资金总额', 100, 100, 98]);
    const result = await readImportFile(await asXlsx({ sheets: [rows.sheet('自评')] }), '自评.xlsx');
    expect(result.departmentEvaluations).toEqual([]);
    expect(result.unplaced).toEqual([{ sheet: '自评', reason: '第 2 行有“部门（单位）名称”，但下面没有指标表（“年度指标值”表头）' }]);
    expect(result.warnings).toEqual(['自评.xlsx：工作表“自评”第 2 行：自评表缺少指标表（“年度指标值”表头），已跳过']);
  });
});
