import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../electron/import/readWorkbook';
import { evaluatedProjects } from '../../electron/db/evaluations';
import type { Workspace } from '../../electron/services/workspace';
import type { SelfEvaluation } from '../../shared/interchange/selfEvaluation';
import type { TargetTable } from '../../shared/interchange/targetTable';
import { departmentWith } from '../helpers/departments';
import { FIXTURES, ROOT, TEST_OUTPUT, readJson } from '../helpers/paths';
import { printedPages } from '../helpers/printedPages';
import { runJob } from '../helpers/jobs';

const OUT = path.join(TEST_OUTPUT, 'self-evaluation');
const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test/fixtures/clean-target-table.json'));
const FIRST = readJson<TargetTable[]>(path.join(FIXTURES, 'targets-001.truth.json'));
const ACTUALS = ['2台', '1台', '100%', '2024年6月20日', '7800元/台', '14300元', '98%', '5年', '96%'];

let dept: ReturnType<typeof departmentWith>;
let expected: SelfEvaluation[];
const open: Workspace[] = [];

beforeAll(() => {
  dept = departmentWith('自治区发展改革委', '本级部门', [CLEAN, FIRST[0]!]);
  open.push(dept.workspace);
  const { api, departmentFile, ids } = dept;
  api.generateSelfEvaluations({ departmentFile, year: 2024, ids: [ids[0]!], variant: '项目', replace: false });
  api.generateSelfEvaluations({ departmentFile, year: 2024, ids: [ids[1]!], variant: '转移支付', replace: false });
  const generated = [api.getSelfEvaluation({ departmentFile, id: ids[0]! }), api.getSelfEvaluation({ departmentFile, id: ids[1]! })];
  const plain = generated[0]!.content!;
  plain.indicators.forEach((i, n) => (i.actual = ACTUALS[n]!));
  Object.assign(plain.indicators[3]!, { actual: '2024年7月10日', override: { score: 700, reason: '到货延迟 10 天' }, deviation: '供应商到货延迟，已约谈' });
  Object.assign(plain.budget.total!, { executed: 2_800_000 });
  Object.assign(plain.budget.fiscal!, { executed: 2_800_000 });
  plain.actualOutcome = '按标准购置了办公设备，保障了日常办公。';
  api.saveSelfEvaluation({ departmentFile, id: ids[0]!, revision: generated[0]!.revision, content: plain });
  const transfer = generated[1]!.content!;
  transfer.centralDepartment = '工业和信息化部';
  transfer.indicators.forEach((i) => (i.actual = /\d/.test(i.target) ? i.target : '达成年度指标'));
  Object.assign(transfer.budget.total!, { fullYearBudget: 19_510_000, executed: 18_000_000 });
  Object.assign(transfer.budget.local!, { fullYearBudget: 19_510_000, executed: 18_000_000 });
  transfer.fundManagement.forEach((r) => (r.explanation = `严格按照规定${r.item}`));
  transfer.remarks = '无';
  api.saveSelfEvaluation({ departmentFile, id: ids[1]!, revision: generated[1]!.revision, content: transfer });
  expected = evaluatedProjects(dept.workspace.db(departmentFile), 2024).map((e) => e.table);
});
afterAll(() => open.forEach((w) => w.close()));

async function exported(format: 'xlsx' | 'docx' | 'json', stacked = false): Promise<Buffer> {
  const file = await runJob(dept.api, { kind: 'export', departmentFile: dept.departmentFile, year: 2024, format, stacked, form: 'selfEvaluations' });
  return Buffer.from(file.base64, 'base64');
}

describe('自评表 exports', () => {
  it.each([false, true])('Excel (stacked: %s) reads back to exactly the tables, both variants', async (stacked) => {
    const bytes = await exported('xlsx', stacked);
    const read = await readWorkbook(bytes, '自评表.xlsx');
    expect(read.selfEvaluations).toEqual(expected);
    expect(expected.map((t) => [t.variant ?? '项目', t.totalScore])).toEqual([
      ['项目', 98],
      ['转移支付', 99.23],
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(stacked ? ['汇总', '绩效自评表'] : ['汇总', '办公家具设备购置', '宁夏回族自治区企业服务中心工作经费']);
    const summary = wb.getWorksheet('汇总')!;
    expect(summary.getRow(3).values).toEqual([undefined, 1, '办公家具设备购置', 3, 2.8, '93.33%', 98, '优']);
    expect(summary.getRow(5).values).toEqual([undefined, '合计', '2 个项目', 22.51, 20.8, '92.40%', '', '']);
  });

  it('the Word appendix holds every 自评表 of the year, and JSON the interchange shape', async () => {
    const zip = await JSZip.loadAsync(await exported('docx'));
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const text of [
      '2024年度项目支出绩效自评表（2 个）',
      '项目支出绩效自评表',
      '转移支付区域（项目）绩效目标自评表',
      '偏差原因分析及改进措施',
      '未完成原因和改进措施',
      '支出责任履行情况',
    ]) {
      expect(xml).toContain(text);
    }
    expect(JSON.parse((await exported('json')).toString('utf8'))).toEqual({ targetTables: [], selfEvaluations: expected });
  });

  it('prints on A4 with every column (LibreOffice)', async () => {
    const { excel, word: wordPages } = printedPages(OUT, '自评表', { excel: await exported('xlsx'), word: await exported('docx') });
    // 汇总, the first table, and the 转移支付 table with its 20 indicators on two pages.
    expect(excel).toHaveLength(4);
    expect(excel[0]).toContain('2024年项目支出绩效自评汇总表');
    expect(excel[1]).toContain('项目支出绩效自评表');
    expect(excel[1]).toContain('偏差原因分析及改进措施');
    expect(excel[1]).toContain('供应商到货延迟，已约谈');
    expect(excel[2]).toContain('转移支付区域（项目）绩效目标自评表');
    expect(excel[2]).toContain('支出责任履行情况');
    expect(excel[3]).toContain('未完成原因');
    expect(excel[3]).toContain('99.23');
    const word = wordPages.join('\n');
    expect(word).toContain('2024年度项目支出绩效自评表（2个）');
    expect(word).toContain('转移支付区域（项目）绩效目标自评表');
  }, 200_000);
});
