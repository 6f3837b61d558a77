/** Reading with a layout map: sheets of a shape the labels cannot place, read where the map's labels stand. */
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../electron/import/readImportFile';
import type { LayoutMap } from '../../shared/forms/layoutMap';
import { clerksMap, mappedRows, mappedWorkbook, OTHER_SHAPE, shifted } from '../helpers/importCases';
import { workbookOf } from '../helpers/workbooks';

/** The map a clerk makes in the preview: on the cells it shows of the sheet 一号. */
async function mapOfSheetOne(): Promise<LayoutMap> {
  const { unplacedSheets } = await readImportFile(await mappedWorkbook(), '档案局.xlsx');
  return clerksMap(unplacedSheets.find((s) => s.sheet === '一号')!.excerpt);
}

const expected = (projectName: string, annualFunds: number) => ({
  layout: '本级部门',
  year: 2024,
  projectName,
  department: '某县档案局',
  implementingUnit: '某县档案馆',
  annualFunds,
  totalFunds: null,
  overallGoal: `${projectName}：完成年度任务。`,
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: `${projectName}数量`, value: '10件' },
    { level1: '产出指标', level2: '时效指标', name: '完成时间', value: '2024年12月31日前' },
    { level1: '效益指标', level2: '社会效益指标', name: '群众查档便利度', value: '明显提高' },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '查档群众满意度', value: '≥90%' },
  ],
});

describe('a sheet of a shape the labels cannot place', () => {
  it('is listed as unplaced with its cells, for the clerk to point out its fields', async () => {
    const read = await readImportFile(await mappedWorkbook(), '档案局.xlsx');
    expect(read.targetTables).toEqual([]);
    expect(read.unplaced.map((u) => u.sheet)).toEqual(['一号', '二号', '三号']);
    const { excerpt } = read.unplacedSheets[0]!;
    expect(excerpt.texts.slice(0, 3)).toEqual([
      ['2024年项目绩效表', '', '', ''],
      ['名目', '档案数字化', '', ''],
      ['归口', '某县档案局', '承办', '某县档案馆'],
    ]);
    expect(excerpt.merges).toEqual([
      { row: 1, col: 1, rows: 1, cols: 4 },
      { row: 2, col: 2, rows: 1, cols: 3 },
      { row: 5, col: 2, rows: 1, cols: 3 },
    ]);
    expect(read.unplacedSheets.map((s) => [s.sheet, s.excerpt.texts.length])).toEqual([
      ['一号', 10],
      ['二号', 13],
      ['三号', 5],
    ]);
  });

  it('is read with a layout map that matches it, as is a sheet of the same shape lower down; another shape stays unplaced', async () => {
    const read = await readImportFile(await mappedWorkbook(), '档案局.xlsx', { maps: [await mapOfSheetOne()] });
    expect(read.targetTables).toMatchObject([expected('档案数字化', 12), expected('档案修缮', 8)]);
    expect(read.targetNotes).toEqual([
      { sheet: '一号', row: 2, warnings: ['工作表“一号”第 2 行：按表样“档案局表”读取'], missing: ['项目属性', '项目期', '项目总额'], pages: [], doubts: [] },
      { sheet: '二号', row: 5, warnings: ['工作表“二号”第 5 行：按表样“档案局表”读取'], missing: ['项目属性', '项目期', '项目总额'], pages: [], doubts: [] },
    ]);
    expect(read.unplaced).toEqual([{ sheet: '三号', reason: '没有找到“项目名称”等表头，不像是绩效表' }]);
    expect(read.unplacedSheets.map((s) => s.sheet)).toEqual(['三号']);
  });

  it('reads stacked tables and tables further right, in the unit their label names, keeping labelled fields the map leaves', async () => {
    const inYuan = mappedRows('档案修缮', 80_000).map((row) => row.map((v) => (v === '本年经费（万元）' ? '本年经费（元）' : v)));
    const bytes = await workbookOf({
      叠放: [...mappedRows('档案数字化', 12), [], ...inYuan],
      右移: shifted(
        mappedRows('档案整理', 3).map((row) => (row[0] === '名目' ? [...row.slice(0, 2), '负责人：', '李四'] : row)),
        1,
        2,
      ),
      另一种: OTHER_SHAPE,
    });
    const read = await readImportFile(bytes, '叠放.xlsx', { maps: [await mapOfSheetOne()] });
    expect(read.targetTables.map((t) => [t.projectName, t.annualFunds, t.indicators.length])).toEqual([
      ['档案数字化', 12, 4],
      ['档案修缮', 8, 4],
      ['档案整理', 3, 4],
    ]);
    expect(read.targetNotes.map((n) => [n.sheet, n.row])).toEqual([
      ['叠放', 2],
      ['叠放', 13],
      ['右移', 3],
    ]);
    expect(read.targetTables[2]!.otherInfo).toEqual([{ label: '项目负责人', value: '李四' }]);
    expect(read.unplaced.map((u) => u.sheet)).toEqual(['另一种']);
  });
});
