import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../electron/import/readWorkbook';
import { scoreReport } from '../../shared/scoring/scoreReport';

/** Seed 002's table 30 as a clerk would type it into Excel, totals on the 说明 row as printed. */
const ROWS: (string | number | null)[][] = [
  ['自治区转移支付区域（项目）绩效目标自评表'],
  ['（2022 年度）'],
  ['转移支付（项目）名称', '制造业高质量发展专项(提前下达市县资金)'],
  ['中央主管部门', '工业和信息化部'],
  ['地方主管部门', '自治区工业和信息化厅', null, null, '资金使用单位', '自治区工业和信息化厅'],
  ['资金投入情况（万元）', null, null, null, '全年预算数(A)', '全年执行数(B)', '预算执行率(B/A×100%)', '分值', '得分'],
  [null, '年度资金总额：', null, null, 8241.63, 7810.42, '94.77%', 10, 9.4],
  [null, '其中：中央财政资金', null, null, null, null, null, '—', '—'],
  [null, '地方资金', null, null, 8241.63, 7810.42, null, null, null],
  [null, '其他资金', null, null, null, null, null, '—', '—'],
  ['资金管理情况', null, null, null, '情况说明', null, '存在问题和改进措施', '—', '—'],
  [null, '分配科学性', null, null, '严格按照规定分配资金', null, '', '—', '—'],
  [null, '下达及时性', null, null, '严格按照规定时限下达', null, '', '—', '—'],
  [null, '拨付合规性', null, null, '严格按照规定支付资金', null, '', '—', '—'],
  [null, '使用规范性', null, null, '严格按照使用规定执行', null, '', '—', '—'],
  [null, '执行准确性', null, null, '严格按照预算安排执行', null, '', '—', '—'],
  [null, '预算绩效管理情况', null, null, '严格按照预算绩效管理执行', null, '', '—', '—'],
  [null, '支出责任履行情况', null, null, '严格履行支出责任', null, '', '—', '—'],
  ['总体目标完成情况', '总体目标', null, null, null, '全年实际完成情况'],
  [null, '对符合补贴条件的 56 户企业给予融资租赁补贴', null, null, null, '对 53 家企业给予融资租赁补贴'],
  ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '全年实际完成值', '未完成原因和改进措施', '分值', '得分'],
  [null, '产出指标 (50 分)', '数量指标', '融资租赁补贴企业户数', '56 家', '53 家', '3 家企业受到处罚 取消奖励资格', 50, 47.32],
  [null, '效益指标 (30)', '社会效益指标', '拓宽企业融资渠道、实现产业高质量发展的作用', '显著增强', '100%完成', '', 30, 30],
  [null, '满意度指标 (10)', '服务对象满意度指标', '企业满意度', '≥95%', '99%', '', 10, 10],
  ['说明', '请在此处简要说明中央巡视、各级审计和财政监督中发现的问题及其所涉及的金額，如没有请填无。', null, null, null, null, null, 100, 96.72],
];

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表30');
  ROWS.forEach((row) => ws.addRow(row));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('the 转移支付 自评表', () => {
  it('is read with its own lines, 资金管理情况, 说明 and the totals printed on the 说明 row', async () => {
    const { selfEvaluations, targetTables } = await readWorkbook(await workbook(), '转移支付.xlsx');
    expect(targetTables).toEqual([]);
    const [t] = selfEvaluations;
    expect(t).toMatchObject({
      variant: '转移支付',
      year: 2022,
      projectName: '制造业高质量发展专项(提前下达市县资金)',
      centralDepartment: '工业和信息化部',
      department: '自治区工业和信息化厅',
      implementingUnit: '自治区工业和信息化厅',
      plannedGoal: '对符合补贴条件的 56 户企业给予融资租赁补贴',
      actualOutcome: '对 53 家企业给予融资租赁补贴',
      level1Weights: { 产出指标: 50, 效益指标: 30, 满意度指标: 10 },
      totalWeight: 100,
      totalScore: 96.72,
      remarks: '请在此处简要说明中央巡视、各级审计和财政监督中发现的问题及其所涉及的金額，如没有请填无。',
    });
    expect(t!.funds).toEqual({
      total: { fullYearBudget: 8241.63, executed: 7810.42, rate: '94.77%', weight: 10, score: 9.4 },
      central: { fullYearBudget: null, executed: null, rate: null },
      local: { fullYearBudget: 8241.63, executed: 7810.42, rate: null },
      other: { fullYearBudget: null, executed: null, rate: null },
    });
    expect(t!.fundManagement).toHaveLength(7);
    expect(t!.fundManagement![6]).toEqual({ item: '支出责任履行情况', explanation: '严格履行支出责任', problems: '' });
    expect(t!.indicators[0]).toEqual({
      level1: '产出指标',
      level2: '数量指标',
      name: '融资租赁补贴企业户数',
      target: '56 家',
      actual: '53 家',
      weight: 50,
      score: 47.32,
      deviation: '3 家企业受到处罚 取消奖励资格',
    });
    // 7810.42 / 8241.63 = 94.768…%, so 94.77% and 9.48; the printed 9.4 is one decimal of 9.48 cut, not rounded.
    expect(scoreReport(t!).differences).toEqual([
      { field: 'executionScore', recorded: 9.4, computed: 9.48 },
      { field: 'totalScore', recorded: 96.72, computed: 96.8 },
    ]);
  });
});
