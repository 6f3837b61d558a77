import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImportFile } from '../../electron/import/readImportFile';
import { exportHere } from '../../electron/services/export';
import { importIntoDepartment } from '../../electron/services/importIntoDepartment';
import type { Workspace } from '../../electron/services/workspace';
import { departmentWith } from '../helpers/departments';
import { monitoringWorkbook, ROAD_INDICATORS, type MonitoredIndicator } from '../helpers/monitoringWorkbooks';
import { TEST_OUTPUT } from '../helpers/paths';
import { printedPages } from '../helpers/printedPages';

const OUT = path.join(TEST_OUTPUT, 'monitoring');
/** A long table: 24 indicators, the reasons of the last ones written out at length. */
const LONG: MonitoredIndicator[] = Array.from({ length: 24 }, (_, n) => ({
  ...ROAD_INDICATORS[n % ROAD_INDICATORS.length]!,
  name: `${ROAD_INDICATORS[n % ROAD_INDICATORS.length]!.name}${n + 1}`,
  ...(n >= 20
    ? { causes: ['制度保障', '人员保障'], explanation: '工程招标程序较长，施工队伍进场推迟，已督促加快进度并调整施工计划。', likelihood: '有可能' as const }
    : {}),
}));

let db: ReturnType<Workspace['db']>;
const open: Workspace[] = [];
beforeAll(async () => {
  const dept = departmentWith('某市交通运输局', '本级部门', []);
  open.push(dept.workspace);
  db = dept.workspace.db(dept.departmentFile);
  const file = await readImportFile(
    await monitoringWorkbook({
      七月: { year: 2024, month: 7, name: '农村公路养护', funds: [860, 420, '48.84%', 860], indicators: ROAD_INDICATORS },
      长表: { year: 2024, month: 7, name: '国省干线公路大中修工程', funds: [12500.5, 7800.25, '62.40%', 12500.5], indicators: LONG },
    }),
    '监控.xlsx',
  );
  importIntoDepartment(db, file, null, [
    { index: 0, onConflict: 'skip' },
    { index: 1, onConflict: 'skip' },
  ]);
});
afterAll(() => open.forEach((w) => w.close()));

describe('执行监控表 exports', () => {
  it.each([false, true])('Excel (stacked: %s): a 汇总 sheet of the lights first, then the tables', async (stacked) => {
    const { bytes } = await exportHere(db, { year: 2024, format: 'xlsx', stacked, form: 'monitoring' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(stacked ? ['汇总', '执行监控表'] : ['汇总', '农村公路养护', '国省干线公路大中修工程']);
    const summary = wb.getWorksheet('汇总')!;
    expect(summary.getCell('A1').value).toBe('2024年项目支出绩效目标执行监控汇总表（1-7月）');
    expect(summary.getRow(3).values).toEqual([undefined, 1, '农村公路养护', 860, 420, '48.84%', '黄', 1]);
    expect(summary.getRow(4).values).toEqual([undefined, 2, '国省干线公路大中修工程', 12500.5, 7800.25, '62.40%', '绿', 6]);
    expect(summary.getRow(5).values).toEqual([undefined, '合计', '2 个项目', 13360.5, 8220.25, '61.53%', '', 7]);
  });

  it('prints on A4 with every column (LibreOffice), the long table over pages with its header again', async () => {
    const { excel, word } = printedPages(OUT, '监控表', {
      excel: (await exportHere(db, { year: 2024, format: 'xlsx', stacked: false, form: 'monitoring' })).bytes,
      word: (await exportHere(db, { year: 2024, format: 'docx', stacked: false, form: 'monitoring' })).bytes,
    });
    // 汇总, the short table, and the long one over two pages, each starting with both header rows.
    expect(excel).toHaveLength(4);
    expect(excel[0]).toContain('2024年项目支出绩效目标执行监控汇总表（1-7月）');
    expect(excel[0]).toContain('1农村公路养护860.00420.0048.84%黄1');
    expect(excel[1]).toContain('项目支出绩效目标执行监控表（草稿）');
    expect(excel[1]).toContain('年度资金总额860.00420.0048.84%860.00');
    expect(excel[1]).toContain('配套资金未到位');
    for (const page of excel.slice(1)) for (const text of ['偏差原因分析', '三级指标', '原因说明', '备注']) expect(page).toContain(text);
    expect(excel[3]).toContain('沿线群众满意度24');
    expect(word[0]).toContain('2024年度项目支出绩效目标执行监控表（2个）');
    expect(word.at(-1)).toContain('满意度24');
    // Every page the long table runs onto starts with its header.
    for (const page of word.slice(word.findIndex((p) => p.includes('国省干线公路大中修工程')) + 1)) expect(page).toContain('原因说明');
  }, 200_000);
});
