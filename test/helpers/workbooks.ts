/** Workbooks made in the tests, cell by cell, in whatever shape a test needs. */
import ExcelJS from 'exceljs';

export type Row = (string | number | null)[];

export interface SheetSpec {
  rows: Row[];
  /** Ranges to merge, as Excel writes them (`A1:D1`). */
  merges?: string[];
}

export async function workbookOf(sheets: Record<string, SheetSpec | Row[]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, spec] of Object.entries(sheets)) {
    const { rows, merges = [] } = Array.isArray(spec) ? { rows: spec } : spec;
    const ws = wb.addWorksheet(name);
    rows.forEach((row, i) => row.forEach((value, j) => value !== null && (ws.getCell(i + 1, j + 1).value = value)));
    for (const range of merges) ws.mergeCells(range);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A 自治区本级部门 绩效目标表 as rows, with the fields a test gives. */
export function targetRows(
  fields: { year?: number; name?: string; goal?: string; annual?: string | number; indicators?: [string, string, string, string][] } = {},
): Row[] {
  const { year = 2024, name = '测试项目', goal = '目标1：完成测试。', annual = 10, indicators = DEFAULT_INDICATORS } = fields;
  return [
    [`${year}年自治区本级部门项目支出预算绩效目标表`],
    [`(${year}年度)`],
    ['项目名称', name, '', ''],
    ['主管部门', '某厅', '实施单位', '某中心'],
    ['项目属性', '02-经常性项目', '项目期', '1年'],
    ['项目总额', annual, '年度资金总额', annual],
    ['年度总体绩效目标', goal, '', ''],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ...indicators,
  ];
}

const DEFAULT_INDICATORS: [string, string, string, string][] = [
  ['产出指标', '数量指标', '培训人次', '≥100人次'],
  ['', '质量指标', '培训合格率', '≥95%'],
  ['', '时效指标', '完成时间', '2024年12月31日前'],
  ['', '成本指标', '培训成本', '≤10万元'],
  ['效益指标', '社会效益指标', '技能水平', '逐步提高'],
  ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%'],
];
