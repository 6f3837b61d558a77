/** A county's 自评表 with the columns its system adds (指标性质, 计量单位, 权重) reads as the seed's layout does. */
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../electron/import/readImportFile';
import { workbookOf } from '../helpers/workbooks';

const ROWS = [
  ['2024年度项目支出绩效自评表'],
  [null, null, null, null, null, null, null, null, null, '单位：万元'],
  ['项目名称：', '乡村道路养护', null, null, '项目编码：', '1502-07', null, null, null, null],
  ['主管部门：', '某县交通运输局', null, null, '实施单位：', '某县公路养护中心', null, null, null, null],
  ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '权重', '执行率', '得分', null, null],
  [null, '年度资金总额', 120, 120, 108, 10, '90%', 9, null, null],
  [null, '其中：当年财政拨款', 120, 120, 108, null, '90%', null, null, null],
  ['年度总体目标', null, '预期目标', null, null, '实际完成情况', null, null, null, null],
  [null, null, '养护农村公路 200 公里。', null, null, '养护农村公路 190 公里。', null, null, null, null],
  ['一级指标', '二级指标', '三级指标', '指标性质', '计量单位', '年度指标值', '实际完成值', '权重', '得分', '偏差原因及改进措施'],
  ['产出指标（50分）', '数量指标', '养护里程', '正向', '公里', '≥200', '190', 30, 28.5, '部分路段冬季无法施工'],
  [null, '质量指标', '养护合格率', '正向', '%', '≥95', '96', 20, 20, ''],
  ['效益指标（30分）', '社会效益指标', '群众出行条件', '定性', null, '明显改善', '明显改善', 30, 30, ''],
  ['满意度指标（10分）', '服务对象满意度指标', '群众满意度', '正向', '%', '≥90', '92', 10, 10, ''],
  ['总分', null, null, null, null, null, null, 100, 97.5, null],
];

describe('a county 自评表 with 指标性质, 计量单位 and 权重 columns', () => {
  it('reads its budget, goals and indicators, the 权重 as the 分值', async () => {
    const read = await readImportFile(await workbookOf({ 自评: ROWS }), '县级自评表.xlsx');
    expect(read.targetTables).toEqual([]);
    const [table] = read.selfEvaluations;
    expect(table).toMatchObject({
      year: 2024,
      projectName: '乡村道路养护',
      department: '某县交通运输局',
      implementingUnit: '某县公路养护中心',
      funds: { total: { initialBudget: 120, fullYearBudget: 120, executed: 108, rate: '90%', weight: 10, score: 9 } },
      plannedGoal: '养护农村公路 200 公里。',
      actualOutcome: '养护农村公路 190 公里。',
      level1Weights: { 产出指标: 50, 效益指标: 30, 满意度指标: 10 },
      totalWeight: 100,
      totalScore: 97.5,
    });
    expect(table!.indicators.map((i) => [i.level2, i.name, i.target, i.actual, i.weight, i.score, i.deviation])).toEqual([
      ['数量指标', '养护里程', '≥200', '190', 30, 28.5, '部分路段冬季无法施工'],
      ['质量指标', '养护合格率', '≥95', '96', 20, 20, ''],
      ['社会效益指标', '群众出行条件', '明显改善', '明显改善', 30, 30, ''],
      ['服务对象满意度指标', '群众满意度', '≥90', '92', 10, 10, ''],
    ]);
  });
});
