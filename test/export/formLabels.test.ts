/**
 * Each layout's exported 绩效目标表, read row by row as a person reads the printed form, against the
 * published form it copies: the same labels, in the same rows and order, beside the same values.
 */
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/services/workspace';
import { departmentWith } from '../helpers/departments';
import { exportCases } from './exportCases';
import { runJob } from '../helpers/jobs';

const open: Workspace[] = [];
afterAll(() => open.forEach((w) => w.close()));

type Row = (string | number)[];

/** The filled cells of each row, left to right, a merged area once (at its top-left cell); amounts as numbers. */
function printedRows(ws: ExcelJS.Worksheet): Row[] {
  const rows: Row[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: Row = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = ws.getCell(r, c);
      if (cell.isMerged && cell.master !== cell) continue;
      if (cell.value !== null && cell.value !== undefined && cell.value !== '') row.push(cell.value as string | number);
    }
    rows.push(row);
  }
  return rows;
}

/** Seed 003, lines 4–78 (the first table; the text runs cells of a row together). */
const COUNTY: Row[] = [
  ['部门项目支出预算绩效目标表'],
  ['( 2023 年度)'],
  ['单位：万元'],
  ['项目名称', '工业经济运行等工作经费'],
  ['主管部门及代码', '平罗县工业和信息化局', '实施单位', '平罗县工业和信息化局'],
  ['项目属性', '一年期项目', '项目期', '1 年'],
  ['项目资金（万元）', '年度资金总额：', 36],
  ['其中：财政拨款', 36],
  ['其他资金'],
  [
    '年度总体目标',
    '传统产业改造升级淘汰落后产能 106.7 万吨，节能宣传 2 次，节能监察≥20 户，项目前期考察≥20 次，企业安全检查≥12 次，技术改造等项目竣工验收聘请第三方咨询≥5 次，激发企业创新活力，促进全县工业经济平稳健康发展。',
  ],
  ['名称', '一级指标', '二级指标', '三级指标', '指标值'],
  ['绩效指标', '产出指标', '数量指标（必填硬性指标）', '节能监察', '≧20 户'],
  ['节能宣传', '2 次'],
  ['企业安全检查', '≧12 次'],
  ['淘汰落后产能', '106.7 万吨'],
  ['项目核查', '≧20 次'],
  ['质量指标（必填）', '项目整体合格率', '≥95%'],
  ['时效指标（必填）', '资金支付时限', '2023 年 12 月 31 日前'],
  ['成本指标（必填硬性指标）', '节能监察', '10 万元'],
  ['节能宣传', '2 万元'],
  ['企业安全检查', '4 万元'],
  ['淘汰落后产能', '12 万元'],
  ['项目核查', '8 万元'],
  ['效益指标', '经济效益指标（必填）', '减少企业用能消耗，降低企业生产成本，提高能源利用效率', '不断提高'],
  ['社会效益指标（必填）', '发挥地区、重点企业促进经济发展的支撑和引领作用', '积极进行'],
  ['生态效益指标（必填）', '开展节能降耗等宣传，推动企业节能降耗', '作用明显'],
  ['可持续影响指标（必填）', '持续提高服务企业能力，工业经济高质量发展', '不断提升'],
  ['满意度指标', '服务对象满意度指标（必填）', '企业满意度', '≥95%'],
];

/** Seed 001, lines 15–50 (the first table; seed 004 prints the same labels, with 其中： written 其中:). */
const BUREAU: Row[] = [
  ['2024年自治区本级部门项目支出预算绩效目标表'],
  ['(2024年度)'],
  ['单位：万元'],
  ['项目名称', '宁夏回族自治区企业服务中心工作经费'],
  ['主管部门', '自治区科学技术协会', '实施单位', '宁夏回族自治区企业创新服务中心'],
  ['项目属性', '02-经常性项目', '项目期', '99 年'],
  ['项目总额', 19.51, '其中：年度资金总额', 19.51],
  ['其中：本级资金', '资金总额', 19.51, '其中：转移市县(区)资金', '资金总额', 0],
  ['其中：财政拨款', 19.51, '其中：中央资金', 0],
  ['其他资金', 0, '自治区资金', 0],
  ['结余结转资金', 0],
  [
    '年度总体绩效目标',
    '加强企业、园区科协组织建设, 壮大企业、园区科协队伍, 调动激发企业、园区科协发挥作用; 举办中国创新方法大赛宁夏赛区比赛, 吸引更多的企业关注、重视并参与到大赛当中, 增强大赛活动的辐射效应, 争取在 2024 年中国创新方法大赛企业专项赛上再创佳绩; 举办一线创新工程师培训班, 培育筛选优质参赛项目, 为全国总决赛项目推荐做好充分准备。',
  ],
  ['一级指标', '二级指标', '三级指标', '绩效值'],
  ['1-产出指标', '11-数量指标', '指标 1: 企业科协组织建设', '14 家'],
  ['指标 2: 园区科协组织建设', '3 家'],
  ['指标 3: 举办中国创新方法大赛宁夏赛区比赛', '1 场'],
  ['指标 4: 开展一线创新工程师培训班', '2 期'],
  ['12-质量指标', '指标 1: 企业科协组织建设', '成立企业科协组织达成率 100%'],
  ['指标 2: 园区科协组织建设', '成立园区科协组织达成率 100%'],
  ['指标 3: 举办中国创新方法大赛宁夏赛区比赛', '成功举办中国创新方法大赛宁夏赛区比赛'],
  ['指标 4: 开展一线创新工程师培训班', '培训合格率达到 100%, 创新方法实践项目完成率 90%'],
  ['13-时效指标', '项目实施周期', '2024 年 1-12 月'],
  ['14-成本指标', '指标 1: 企业科协组织建设', '0.5 万元/家'],
  ['指标 2: 园区科协组织建设', '1 万元/家'],
  ['指标 3: 举办中国创新方法大赛宁夏赛区', '2.51 万元/场'],
  ['指标 4: 开展一线创新工程师培训', '3.5 万元/期'],
  ['2-效益指标', '21-经济效益', '0', '0'],
  ['22-社会效益', '企业科技创新能力和企业科技工作者创新意识', '有效提升'],
  ['23-生态效益', '0', '0'],
  ['24-可持续影响', '宣传、展示、推介企业科技创新成果', '推荐我区参赛企业 15 家, 宣传推介企业科技创新成果 15 项'],
  ['3-满意度指标', '31-服务对象满意度', '企业服务满意度', '达 90%以上'],
];

/**
 * No seed prints the 自治区重点项目 form; it is the 自治区 form of seeds 001 and 004 with 资金类型 in
 * place of the funding breakdown, and prints its codes and labels the same way.
 */
const KEY_PROJECT: Row[] = [
  ['2024年自治区重点项目绩效目标表'],
  ['(2024年度)'],
  ['单位：万元'],
  ['项目名称', '办公家具设备购置'],
  ['主管部门', '自治区发展和改革委员会', '实施单位', '自治区发展和改革委员会'],
  ['项目属性', '02-经常性项目', '项目期', '3年'],
  ['年度资金总额', 3, '资金类型', '一般公共预算'],
  ['年度总体绩效目标', '目标1：按标准购置办公设备，保障日常办公。'],
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['1-产出指标', '11-数量指标', '便携式计算机', '2台'],
  ['打印机', '1台'],
  ['12-质量指标', '设备验收合格率', '100%'],
  ['13-时效指标', '采购完成时间', '2024年6月30日前'],
  ['14-成本指标', '便携式计算机', '7850元/台'],
  ['打印机', '14300元'],
  ['2-效益指标', '21-经济效益', '0', '0'],
  ['22-社会效益', '办公设备完好率', '≥95%'],
  ['24-可持续影响', '设备使用年限', '≥5年'],
  ['3-满意度指标', '31-服务对象满意度', '使用人员满意度', '≥90%'],
];

const EXPECTED = { 县级部门: COUNTY, 本级部门: BUREAU, 重点项目: KEY_PROJECT };

describe('the exported forms follow the published forms', () => {
  it.each(exportCases().map((c) => [c.layout, c] as const))('%s: row by row, label by label', async (layout, c) => {
    const dept = departmentWith(c.name, c.layout, c.tables);
    open.push(dept.workspace);
    const file = await runJob(dept.api, { kind: 'export', departmentFile: dept.departmentFile, year: c.year, format: 'xlsx', stacked: false });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(printedRows(wb.worksheets[1]!)).toEqual(EXPECTED[layout]);
  });
});
