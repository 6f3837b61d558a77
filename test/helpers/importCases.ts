/** Workbooks of the import preview's cases: what it says of a table, and sheets only a layout map can place. */
import { excerptCells, layoutMapOf, type LayoutMap, type MapMarks, type SheetExcerpt } from '../../shared/forms/layoutMap';
import { workbookOf, type Row, type SheetSpec } from './workbooks';

/** The indicators of the preview's table: its one 成本指标 is 0.3 万元, the annual amount read as 元. */
const SLIP_INDICATORS: Row[] = [
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '购置档案扫描仪', '1台'],
  ['', '成本指标', '档案扫描仪购置成本', '≤0.3万元'],
  ['效益指标', '社会效益指标', '档案查阅利用效率', '明显提高'],
  ['满意度指标', '服务对象满意度指标', '档案查阅人员满意度', '≥90%'],
];

/**
 * A workbook with one of each thing the preview names: a 绩效目标表 without 项目属性, 项目期 and 项目总额,
 * with a 项目负责人 Jixiao has no place for and 3000 万元 beside costs of 0.3 万元; one without a year; a
 * 部门整体支出绩效目标表 (one task, one indicator); and a sheet of names that is no table.
 */
export function previewWorkbook(): Promise<Buffer> {
  return workbookOf({
    设备购置: [
      ['2024年项目支出绩效目标表'],
      ['项目名称', '档案数字化设备购置'],
      ['主管部门', '某旗档案馆', '实施单位', '某旗档案馆'],
      ['项目负责人', '张三'],
      ['年度资金总额', 3000],
      ['年度总体绩效目标', '购置档案扫描仪，提高档案查阅利用效率。'],
      ...SLIP_INDICATORS,
    ],
    无年度: [
      ['项目支出绩效目标表'],
      ['项目名称', '档案保管经费'],
      ['主管部门', '某旗档案馆', '实施单位', '某旗档案馆'],
      ['项目属性', '经常性项目', '项目期', '1年'],
      ['项目总额', 5, '年度资金总额', 5],
      ['年度总体绩效目标', '保管好档案。'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '保管档案', '1000卷'],
    ],
    部门整体: [
      ['2024年部门整体支出绩效目标表'],
      ['部门（单位）名称', '某旗档案馆'],
      ['年度重点工作任务', '任务名称', '主要内容'],
      ['', '档案数字化', '扫描馆藏档案'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '扫描档案', '1万卷'],
    ],
    通讯录: [
      ['姓名', '电话'],
      ['张三', '13800000000'],
    ],
  });
}

/** The rows of a table only a layout map places: labels the dictionary does not know (名目, 数值 …), its title `(year)`. */
export function mappedRows(name: string, amount: number, year = 2024): Row[] {
  return [
    [`${year}年项目绩效表`],
    ['名目', name, '', ''],
    ['归口', '某县档案局', '承办', '某县档案馆'],
    ['本年经费（万元）', amount, '', ''],
    ['打算', `${name}：完成年度任务。`, '', ''],
    ['大类', '小类', '细目', '数值'],
    ['产出指标', '数量指标', `${name}数量`, '10件'],
    ['', '时效指标', '完成时间', `${year}年12月31日前`],
    ['效益指标', '社会效益指标', '群众查档便利度', '明显提高'],
    ['满意度指标', '服务对象满意度指标', '查档群众满意度', '≥90%'],
  ];
}

/** A sheet of `mappedRows` with `above` blank rows over it and `left` blank columns beside it. */
export function shifted(rows: Row[], above: number, left = 0): Row[] {
  const pad: Row = Array.from({ length: left }, () => null);
  return [...Array.from({ length: above }, (): Row => []), ...rows.map((row) => [...pad, ...row])];
}

/** A sheet of another shape: the same kind of content under other words, in other places. */
export const OTHER_SHAPE: Row[] = [
  ['2024年项目绩效表'],
  ['事项', '档案修裱', '负责', '某县档案馆'],
  ['钱数', 3, '', ''],
  ['层一', '层二', '内容', '目标'],
  ['产出指标', '数量指标', '修裱档案', '200卷'],
];

/** The map workbook: a sheet to map (its title, 名目 and 打算 merged across), one of the same shape lower down, one of another shape. */
export function mappedWorkbook(): Promise<Buffer> {
  const sheets: Record<string, SheetSpec | Row[]> = {
    一号: { rows: mappedRows('档案数字化', 12), merges: ['A1:D1', 'B2:D2', 'B5:D5'] },
    二号: shifted(mappedRows('档案修缮', 8), 3),
    三号: OTHER_SHAPE,
  };
  return workbookOf(sheets);
}

/** What a clerk points out on `mappedRows`: the values of five fields, the indicator header row, four columns. */
export const MAPPED_MARKS: MapMarks = {
  fields: {
    name: { row: 2, col: 2 },
    department: { row: 3, col: 2 },
    implementingUnit: { row: 3, col: 4 },
    annualFunds: { row: 4, col: 2 },
    overallGoal: { row: 5, col: 2 },
  },
  headerRow: 6,
  columns: { level1: 1, level2: 2, name: 3, value: 4 },
};

/** The map a clerk makes of `mappedRows` in the preview, from the cells it shows. */
export function clerksMap(excerpt: SheetExcerpt, name = '档案局表'): LayoutMap {
  const made = layoutMapOf(name, excerptCells(excerpt), MAPPED_MARKS);
  if ('problem' in made) throw new Error(made.problem);
  return made.map;
}
