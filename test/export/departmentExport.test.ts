import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { departmentEvaluations, departmentTables } from '../../electron/db/departmentTables';
import { exportDepartment } from '../../electron/services/export';
import { renderExport } from '../../electron/export/renderExport';
import type { Workspace } from '../../electron/services/workspace';
import { scoreDepartmentEvaluation, toDepartmentEvaluation } from '../../shared/department/evaluation';
import { toDepartmentTable } from '../../shared/department/interchange';
import { interchangePackageSchema } from '../../shared/interchange/schemas';
import { fenToWan } from '../../shared/money';
import { departmentWith } from '../helpers/departments';
import { runJob } from '../helpers/jobs';
import { BARE_EVALUATION, BARE_TABLE, FULL_TABLE, fullEvaluation } from '../helpers/departmentTables';
import { TEST_OUTPUT } from '../helpers/paths';
import { printedPages } from '../helpers/printedPages';
import { unescapeXml } from '../helpers/xmlText';

const OUT = path.join(TEST_OUTPUT, 'department');

let db: ReturnType<Workspace['db']>;
let dept: ReturnType<typeof departmentWith>;
const open: Workspace[] = [];
beforeAll(() => {
  dept = departmentWith('某县教育体育局', '本级部门', []);
  open.push(dept.workspace);
  db = dept.workspace.db(dept.departmentFile);
  departmentTables.write(db, 2025, FULL_TABLE);
  departmentTables.write(db, 2024, BARE_TABLE);
  departmentEvaluations.write(db, 2025, fullEvaluation());
  departmentEvaluations.write(db, 2024, BARE_EVALUATION);
  // 基本支出 + 项目支出 short of the 合计 by 1 分; a 全年预算数 of 0, which cannot give a 执行率.
  departmentTables.write(db, 2023, { ...FULL_TABLE, funds: { ...FULL_TABLE.funds, basic: FULL_TABLE.funds.basic! - 1 } });
  departmentEvaluations.write(db, 2023, { ...BARE_EVALUATION, budget: { total: { ...BARE_EVALUATION.budget.total!, fullYearBudget: 0 } } });
});
afterAll(() => open.forEach((w) => w.close()));

async function fileOf(year: number, format: 'xlsx' | 'docx' | 'json', form: 'department' | 'departmentEvaluation' = 'department') {
  const { plan, ...file } = exportDepartment(db, year, form, format);
  return { ...file, bytes: await renderExport(plan) };
}

async function sheetOf(year: number, form: 'department' | 'departmentEvaluation' = 'department') {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await fileOf(year, 'xlsx', form)).bytes as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual([form === 'department' ? '部门整体支出绩效目标表' : '部门整体支出绩效自评表']);
  return wb.worksheets[0]!;
}

/** The sheet's rows as their cells' values, merged cells once. */
function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const values: unknown[] = [];
    row.eachCell((cell) => {
      if (!cell.isMerged || cell.master === cell) values.push(cell.value);
    });
    rows.push(values);
  });
  return rows;
}

/** The text of each paragraph of a .docx. */
async function paragraphsOf(bytes: Buffer): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1]!)).join(''));
}

const wan = (fen: number | undefined) => fenToWan(fen!);

describe('部门整体支出绩效目标表 export', () => {
  it('Excel with every optional block: the labels, merges, amounts exact to the 分, printed on A4 with the header repeated', async () => {
    const { fileName, draftProjects } = await fileOf(2025, 'xlsx');
    expect(fileName).toBe('某县教育体育局2025年部门整体支出绩效目标表.xlsx');
    expect(draftProjects).toEqual([]);
    const ws = await sheetOf(2025);
    const rows = rowsOf(ws);
    const f = FULL_TABLE.funds;
    expect(rows.slice(0, 12)).toEqual([
      ['2025年部门整体支出绩效目标表'],
      ['部门（单位）名称', '某县教育体育局'],
      ['基本信息', '财政供养人员数', 1356, '下属二级单位数', 42],
      ['预算整体情况（万元）', '部门预算支出', '合计', '基本支出', '项目支出'],
      [wan(f.expenditure), wan(f.basic), wan(f.project)],
      ['收入来源', '合计', '财政拨款', '其他资金'],
      [wan(f.income), wan(f.fiscal), wan(f.other)],
      ['事业发展性支出', '合计', '财政专项资金', '其他事业发展性支出'],
      [wan(f.development), wan(f.special), wan(f.otherDevelopment)],
      ['按预算级次划分', '本级使用资金', '拟用于对下转移支付资金'],
      [20000, 3456.789012],
      ['总体绩效目标', FULL_TABLE.overallGoal],
    ]);
    expect(rows[4]).toEqual([23456.789012, 8456.789012, 15000]);
    expect(rows.slice(12, 16)).toEqual([
      ['年度重点工作任务', '名称', '主要实施内容', '拟投入的资金（万元）', '期望达到的目标'],
      ...FULL_TABLE.tasks.map((t) => [t.name, t.content, wan(t.amount!), t.goal]),
    ]);
    expect(rows[13]![2]).toBe(8600.123456);
    expect(rows[15]).toEqual(['教师培训', '开展全县中小学教师全员培训和骨干教师专项培训。', 450.5, '培训教师2000人次。']);
    expect(rows[16]).toEqual(['其他需完成的任务', '做好校园安全、疫情防控和招生考试等日常工作。']);
    expect(rows[17]).toEqual(['绩效指标', '一级指标', '二级指标', '三级指标', '指标值']);
    expect(rows[18]).toEqual(['1-产出指标', '11-数量指标', '义务教育学校校舍维修改造面积', '≥12000平方米']);
    // The declared 不适用 二级 has its row, as the project form prints one.
    expect(rows).toContainEqual(['23-生态效益', '不适用', '不适用']);
    expect(ws.getCell('C5').numFmt).toBe('0.00');
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    for (const range of [
      'A1:F1',
      'B2:F2',
      'D3:E3',
      'A4:A11',
      'B4:B5',
      'E4:F4',
      'E5:F5',
      'B10:B11',
      'C10:D10',
      'E10:F10',
      'A13:A16',
      'E13:F13',
      'B12:F12',
      'D18:E18',
    ])
      expect(merges).toContain(range);
    // 绩效指标 runs down from the header over its rows on the first page, 1-产出指标 over its 15 rows there.
    expect(merges.some((m) => m.startsWith('A18:'))).toBe(true);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe('18:18');
  });

  it('Excel without the optional blocks: only the groups every layout prints, the title and file marked 草稿 while drafted parts await confirmation', async () => {
    const { fileName, draftProjects } = await fileOf(2024, 'xlsx');
    expect(fileName).toBe('某县教育体育局2024年部门整体支出绩效目标表（草稿）.xlsx');
    expect(draftProjects).toEqual(['部门整体支出绩效目标表']);
    const rows = rowsOf(await sheetOf(2024));
    const text = JSON.stringify(rows);
    for (const absent of ['基本信息', '事业发展性支出', '按预算级次划分', '不适用']) expect(text).not.toContain(absent);
    expect(rows.slice(0, 8)).toEqual([
      ['2024年部门整体支出绩效目标表（草稿）'],
      ['部门（单位）名称', '某县教育体育局'],
      ['预算整体情况（万元）', '部门预算支出', '合计', '基本支出', '项目支出'],
      [9800.45, 3800.45, 6000],
      ['收入来源', '合计', '财政拨款', '其他资金'],
      [9800.45, 9800.45, 0],
      ['总体绩效目标', '目标1：改善办学条件。'],
      ['年度重点工作任务', '名称', '主要实施内容', '拟投入的资金（万元）', '期望达到的目标'],
    ]);
    expect(rows.at(-1)).toEqual(['3-满意度指标', '31-服务对象满意度', '学生及家长满意度', '≥90%']);
  });

  it('Word: the table’s texts and amounts', async () => {
    const paragraphs = await paragraphsOf((await fileOf(2025, 'docx')).bytes);
    expect(paragraphs.slice(0, 3)).toEqual([
      '某县教育体育局2025年部门整体支出绩效目标表',
      '附件：2025年度部门整体支出绩效目标表',
      '2025年部门整体支出绩效目标表',
    ]);
    for (const text of [
      '基本信息',
      '1356',
      '事业发展性支出',
      '23456.789012',
      '3456.789012',
      '拟用于对下转移支付资金',
      ...FULL_TABLE.overallGoal.split('\n'),
      ...FULL_TABLE.tasks.flatMap((t) => [t.name, t.content, t.goal]),
      '8600.123456',
      '其他需完成的任务',
      ...FULL_TABLE.indicators.map((i) => i.name),
    ])
      expect(paragraphs).toContain(text);
    const bare = await paragraphsOf((await fileOf(2024, 'docx')).bytes);
    expect(bare[0]).toBe('某县教育体育局2024年部门整体支出绩效目标表（草稿）');
    expect(bare).not.toContain('基本信息');
  });

  it('JSON: a data package holding the table', async () => {
    const { fileName, bytes } = await fileOf(2025, 'json');
    expect(fileName).toBe('某县教育体育局2025年部门整体支出绩效目标表.jxpack');
    const parsed = interchangePackageSchema.parse(JSON.parse(bytes.toString('utf8')));
    expect(parsed.departmentTables).toEqual([toDepartmentTable(2025, FULL_TABLE)]);
    expect(parsed.targetTables).toEqual([]);
  });

  it('a year without the table is refused in Chinese', () => {
    expect(() => exportDepartment(db, 2030, 'department', 'xlsx')).toThrow('2030 年度还没有部门整体支出绩效目标表，请先生成或导入');
  });

  it('prints on A4 upright with every column (LibreOffice), the long indicator table over pages with its header again', async () => {
    const { excel, word } = printedPages(OUT, '部门整体目标表', { excel: (await fileOf(2025, 'xlsx')).bytes, word: (await fileOf(2025, 'docx')).bytes });
    // Excel shows amounts to two decimals (the cells hold them exact), Word prints them as stored.
    expect(excel[0]).toContain('23456.798456.7915000.00');
    expect(word[0]).toContain('23456.7890128456.78901215000.00');
    for (const pages of [excel, word]) {
      expect(pages[0]).toContain('2025年部门整体支出绩效目标表');
      // Each page of the indicator table starts with its header, and has the last column's values (nothing cut at the right).
      const first = pages.findIndex((page) => page.includes('一级指标'));
      expect(pages.length - first).toBeGreaterThanOrEqual(2);
      for (const page of pages.slice(first)) for (const text of ['一级指标', '三级指标', '指标值', '≥']) expect(page).toContain(text);
      expect(pages.at(-1)).toContain('学生及家长满意度5');
    }
  }, 200_000);
});

describe('through the app’s export job', () => {
  it.each([
    ['department', '某县教育体育局2025年部门整体支出绩效目标表.docx', '2025年部门整体支出绩效目标表'],
    ['departmentEvaluation', '某县教育体育局2025年部门整体支出绩效自评表.docx', '部门整体支出绩效自评表'],
  ] as const)('%s: the file made in the worker thread', async (form, name, title) => {
    const args = { kind: 'export', departmentFile: dept.departmentFile, year: 2025, format: 'docx', stacked: false, form } as const;
    // The window's request passes the API's contract as it reaches the services.
    expect(await dispatch(dept.api, 'startJob', args)).toMatchObject({ ok: true });
    const file = await runJob(dept.api, args);
    expect(file.fileName).toBe(name);
    expect(await paragraphsOf(Buffer.from(file.base64, 'base64'))).toContain(title);
  });
});

describe('either table with 错误 findings', () => {
  it.each([
    ['department', '某县教育体育局2023年部门整体支出绩效目标表（草稿）.xlsx', '2023年部门整体支出绩效目标表（草稿）'],
    ['departmentEvaluation', '某县教育体育局2023年部门整体支出绩效自评表（草稿）.xlsx', '部门整体支出绩效自评表（草稿）'],
  ] as const)('%s: marked 草稿 in its title and the file name', async (form, name, title) => {
    const { fileName, draftProjects } = await fileOf(2023, 'xlsx', form);
    expect([fileName, draftProjects.length]).toEqual([name, 1]);
    expect((await sheetOf(2023, form)).getCell('A1').value).toBe(title);
  });
});

describe('部门整体支出绩效自评表 export', () => {
  /** What the stored 自评表 exchanges as, scored by the rules: what the sheet must show. */
  const scored = (year: number) => {
    const content = year === 2025 ? fullEvaluation() : BARE_EVALUATION;
    return toDepartmentEvaluation(undefined, year, content, scoreDepartmentEvaluation(content));
  };

  it('Excel: tasks, the budget lines with 分值 and 得分 on 年度资金总额 only, the scored indicators and 总分, printed on A4', async () => {
    const { fileName } = await fileOf(2025, 'xlsx', 'departmentEvaluation');
    expect(fileName).toBe('某县教育体育局2025年部门整体支出绩效自评表.xlsx');
    const ws = await sheetOf(2025, 'departmentEvaluation');
    const rows = rowsOf(ws);
    const table = scored(2025);
    const f = table.funds;
    expect(rows.slice(0, 15)).toEqual([
      ['部门整体支出绩效自评表'],
      ['（2025年度）'],
      ['部门（单位）名称', '某县教育体育局'],
      ['年度主要任务', '任务名称', '主要内容', '完成情况'],
      ...table.tasks.map((t) => [t.name, t.content, t.outcome]),
      ['年度部门整体支出预算执行情况（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', f.total.initialBudget, f.total.fullYearBudget, f.total.executed, f.total.weight, f.total.rate, f.total.score],
      ...(['basic', 'project', 'fiscal', 'other'] as const).map((key, i) => [
        ['按支出性质分：基本支出', '项目支出', '按收入性质分：财政拨款', '其他资金'][i],
        f[key]!.initialBudget,
        f[key]!.fullYearBudget,
        f[key]!.executed,
        '—',
        f[key]!.rate,
        '—',
      ]),
      ['年度总体目标', '预期目标', '实际完成情况'],
      [FULL_TABLE.overallGoal, table.actualOutcome],
    ]);
    // Exact to the 分 as numbers, and the rule's suggestion for 预算执行: 22100.456789 of 23456.789012 is 94.22 %.
    expect(rows[8]!.slice(1, 4)).toEqual([23456.789012, 23456.789012, 22100.456789]);
    expect(rows[8]!.slice(4)).toEqual([10, '94.22%', 9.42]);
    expect(rows[15]).toEqual(['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
    const first = table.indicators[0]!;
    expect(rows[16]).toEqual(['产出指标（50分）', '数量指标', first.name, first.target, first.actual, first.weight, first.score, '']);
    expect(rows.at(-1)).toEqual(['总分', 100, table.totalScore, '']);
    expect(table.totalScore).toBe(94.02);
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    for (const range of [
      'A1:I1',
      'C3:I3',
      'A4:A7',
      'B4:C4',
      'D4:F4',
      'G4:I4',
      'A8:A13',
      'B8:C8',
      'A14:A15',
      'B14:E14',
      'F14:I14',
      'B17:B24',
      'C17:C24',
      'A57:F57',
    ])
      expect(merges).toContain(range);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe('16:16');
  });

  it('Excel of a 自评表 without tasks or lines other than 年度资金总额: their rows blank, the scores of its three indicators', async () => {
    const rows = rowsOf(await sheetOf(2024, 'departmentEvaluation'));
    const table = scored(2024);
    expect(rows.slice(3, 6)).toEqual([
      ['年度主要任务', '任务名称', '主要内容', '完成情况'],
      ['年度部门整体支出预算执行情况（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', 9800.45, 9900.45, 9405.4275, 10, '95.00%', 9.5],
    ]);
    expect(rows[6]).toEqual(['按支出性质分：基本支出', '—', '', '—']);
    expect(rows.slice(-4)).toEqual([
      ['产出指标（50分）', '数量指标', '资助家庭经济困难学生人数', '≥3500人', '3620人', 50, 50, ''],
      ['效益指标（30分）', '社会效益指标', '适龄儿童少年义务教育巩固率', '≥97%', '98%', 30, 30, ''],
      [
        '满意度指标（10分）',
        '服务对象满意度指标',
        '学生及家长满意度',
        '≥90%',
        '85%',
        10,
        table.indicators[2]!.score,
        '个别家长对资助审核时间有意见，将简化流程。',
      ],
      ['总分', 100, table.totalScore, ''],
    ]);
  });

  it('Word and JSON: the table’s texts and figures, the data package holding it', async () => {
    const paragraphs = await paragraphsOf((await fileOf(2025, 'docx', 'departmentEvaluation')).bytes);
    expect(paragraphs.slice(0, 4)).toEqual([
      '某县教育体育局2025年部门整体支出绩效自评表',
      '附件：2025年度部门整体支出绩效自评表',
      '部门整体支出绩效自评表',
      '（2025年度）',
    ]);
    const table = scored(2025);
    for (const text of [
      '年度主要任务',
      '22100.456789',
      '94.22%',
      '9.42',
      '94.02',
      ...table.tasks.map((t) => t.outcome),
      ...table.indicators.map((i) => i.name),
    ])
      expect(paragraphs).toContain(text);
    const parsed = interchangePackageSchema.parse(JSON.parse((await fileOf(2025, 'json', 'departmentEvaluation')).bytes.toString('utf8')));
    expect(parsed.departmentEvaluations).toEqual([table]);
    expect(parsed.departmentTables).toEqual([]);
  });

  it('a year without the 自评表 is refused in Chinese', () => {
    expect(() => exportDepartment(db, 2030, 'departmentEvaluation', 'docx')).toThrow('2030 年度还没有部门整体支出绩效自评表，请先生成或导入');
  });

  it('prints on A4 with every column (LibreOffice), the indicator table over pages with its header again', async () => {
    const { excel, word } = printedPages(path.join(OUT, '自评表'), '部门整体自评表', {
      excel: (await fileOf(2025, 'xlsx', 'departmentEvaluation')).bytes,
      word: (await fileOf(2025, 'docx', 'departmentEvaluation')).bytes,
    });
    for (const pages of [excel, word]) {
      expect(pages[0]).toContain('部门整体支出绩效自评表');
      expect(pages[0]).toContain('年度资金总额');
      const first = pages.findIndex((page) => page.includes('偏差原因分析'));
      expect(pages.length - first).toBeGreaterThanOrEqual(2);
      for (const page of pages.slice(first)) for (const text of ['一级指标', '三级指标', '分值', '得分']) expect(page).toContain(text);
      expect(pages.at(-1)).toContain('总分10094.02');
    }
  }, 200_000);
});
