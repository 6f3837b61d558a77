/**
 * 部门整体支出绩效目标表 and 自评表 in the layouts regions print them, made here cell by cell, each with what it
 * must import to: the target table with every block (基本信息, 事业发展性支出, 按预算级次划分) and a group's line
 * labels over their amounts, and without 基本信息 and 事业发展性支出, its labels in other words and columns, a
 * `label | amount` row a line and placeholder rows for empty 二级; the 自评表 in the central 2021 style and in
 * other words; and a workbook of a project's table beside the department's. Written as .xlsx, .xls and .docx by
 * the writers of the corpus of shapes (shapes.ts).
 */
import type { DepartmentEvaluation, DepartmentTable } from '../../shared/interchange/departmentTable';
import type { TargetTable } from '../../shared/interchange/targetTable';
import { SheetRows, type Format, type SheetSpec } from './shapes';
import { targetRows } from './workbooks';

export interface DepartmentCase {
  id: string;
  description: string;
  formats: Format[];
  sheets: SheetSpec[];
  expected: {
    departmentTables: DepartmentTable[];
    departmentEvaluations: DepartmentEvaluation[];
    /** The project tables beside them: their names. */
    targetTables: Pick<TargetTable, 'projectName'>[];
  };
}

const ALL_FORMATS: Format[] = ['xlsx', 'xls', 'docx'];

const GOALS_A = [
  '目标1：完成高标准农田建设2万亩，粮食综合生产能力稳步提升。',
  '目标2：重大动物疫病免疫密度保持在90%以上，不发生区域性重大动物疫情。',
  '目标3：推广农牧业新技术10项，农牧民收入持续增加。',
];

const TASKS_A = [
  { name: '高标准农田建设', content: '新建高标准农田2万亩，配套灌溉设施', amount: 500, goal: '建成后亩均增产10%' },
  { name: '动物疫病防控', content: '开展春秋两季重大动物疫病集中免疫', amount: 180.25, goal: '免疫密度保持在90%以上' },
  { name: '农机购置补贴', content: '落实农机购置与应用补贴政策', amount: 200, goal: '主要农作物耕种收综合机械化率达到88%' },
  { name: '农牧业科技推广', content: '推广新品种新技术，培训农牧民', amount: 80, goal: '培训农牧民3000人次' },
];

/** Region A: every block, each 预算整体情况 group as its label, a row of line labels and a row of amounts. */
function regionA(): DepartmentCase {
  const rows = new SheetRows()
    .add(['2025年部门整体支出绩效目标表'], ['A:E'])
    .add([null, null, null, null, '单位：万元'])
    .add(['部门（单位）名称', '兴和县农牧和科技局'], ['B:E'])
    .add(['基本信息', '财政供养人员数', 126, '下属二级单位数', 4])
    .add(['预算整体情况（万元）', '部门预算支出'], ['B:E'], { A: 12 })
    .add([null, '合计', '基本支出', '项目支出'])
    .add([null, 1580.5, 620.25, 960.25])
    .add([null, '收入来源'], ['B:E'])
    .add([null, '合计', '财政拨款', '其他资金'])
    .add([null, 1580.5, 1500, 80.5])
    .add([null, '事业发展性支出'], ['B:E'])
    .add([null, '合计', '财政专项资金', '其他事业发展性支出'])
    .add([null, 960.25, 900, 60.25])
    .add([null, '按预算级次划分'], ['B:E'])
    .add([null, '本级使用资金', '拟用于对下转移支付资金'])
    .add([null, 1280.5, 300])
    .add(['总体绩效目标', GOALS_A.join('\n')], ['B:E'])
    .add(['年度重点工作任务', '名称', '主要实施内容', '拟投入的资金（万元）', '期望达到的目标'], [], { A: 5 });
  for (const t of TASKS_A) rows.add([null, t.name, t.content, t.amount, t.goal]);
  rows
    .add(['其他需完成的任务', '做好农牧业统计、农畜产品质量安全监管等日常工作。'], ['B:E'])
    .add(['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'], [], { A: 7 })
    .mergedDown(
      [
        [null, '产出指标', '数量指标', '新建高标准农田面积', '≥2万亩'],
        [null, null, null, '推广农牧业新技术', '≥10项'],
        [null, null, '质量指标', '重大动物疫病免疫密度', '≥90%'],
        [null, null, '时效指标', '重点任务完成时间', '2025年12月31日前'],
        [null, '效益指标', '经济效益指标', '粮食综合生产能力', '稳步提升'],
        [null, '满意度指标', '服务对象满意度指标', '农牧民满意度', '≥90%'],
      ],
      ['B', 'C'],
    );
  return {
    id: 'dept-a-full',
    description: 'Region A: 基本信息, all four 预算整体情况 groups as line labels over amounts, goals in one cell, 4 key tasks, merged 一级 and 二级.',
    formats: ALL_FORMATS,
    sheets: [rows.sheet('部门整体目标表')],
    expected: {
      departmentTables: [
        {
          departmentName: '兴和县农牧和科技局',
          year: 2025,
          staff: 126,
          subunits: 4,
          funds: {
            expenditure: 1580.5,
            basic: 620.25,
            project: 960.25,
            income: 1580.5,
            fiscal: 1500,
            other: 80.5,
            development: 960.25,
            special: 900,
            otherDevelopment: 60.25,
            ownLevel: 1280.5,
            transfer: 300,
          },
          overallGoal: GOALS_A.join('\n'),
          tasks: TASKS_A,
          otherTasks: '做好农牧业统计、农畜产品质量安全监管等日常工作。',
          indicators: [
            { level1: '产出指标', level2: '数量指标', name: '新建高标准农田面积', value: '≥2万亩' },
            { level1: '产出指标', level2: '数量指标', name: '推广农牧业新技术', value: '≥10项' },
            { level1: '产出指标', level2: '质量指标', name: '重大动物疫病免疫密度', value: '≥90%' },
            { level1: '产出指标', level2: '时效指标', name: '重点任务完成时间', value: '2025年12月31日前' },
            { level1: '效益指标', level2: '经济效益指标', name: '粮食综合生产能力', value: '稳步提升' },
            { level1: '满意度指标', level2: '服务对象满意度指标', name: '农牧民满意度', value: '≥90%' },
          ],
        },
      ],
      departmentEvaluations: [],
      targetTables: [],
    },
  };
}

const GOALS_B = ['目标1：完成馆藏档案数字化10万页。', '目标2：档案查阅利用更加便捷。', '目标3：档案安全保管零事故。'];
const TASKS_B = [
  { name: '档案数字化', content: '扫描馆藏纸质档案，建立目录数据库', amount: 120.5, goal: '完成10万页' },
  { name: '库房改造', content: '更新档案库房恒温恒湿设备', amount: 80, goal: '库房温湿度达标' },
  { name: '档案利用服务', content: '提供查档、出证服务', amount: 20, goal: '群众满意度≥90%' },
];

/** Region B: no 基本信息 or 事业发展性支出, `附件3` and a spacer above the title, labels in other words and columns, a line a row, a two-row indicator header. */
function regionB(): DepartmentCase {
  const rows = new SheetRows()
    .add(['附件3'])
    .blank()
    .add(['2025年度部门整体支出绩效目标表'], ['A:E'])
    .add([null, '部门名称：', '乌兰察布市档案馆'], ['C:E'])
    .add(['预算整体情况', '部门预算支出总额', 860], ['C:E'], { A: 8 })
    .add([null, '基本支出', 520.25], ['C:E'])
    .add([null, '项目支出', 339.75], ['C:E'])
    .add([null, '收入来源', 860], ['C:E'])
    .add([null, '财政拨款', 800], ['C:E'])
    .add([null, '其他资金', 60], ['C:E'])
    .add([null, '本级使用资金', 760], ['C:E'])
    .add([null, '拟用于对下转移支付资金', 100], ['C:E'])
    .add(['总体绩效目标', GOALS_B[0]!], ['B:E'], { A: 3 })
    .add([null, GOALS_B[1]!], ['B:E'])
    .add([null, GOALS_B[2]!], ['B:E'])
    .add(['年度主要任务', '任务名称', '实施内容', '预算金额', '预期达到的目标'], [], { A: 4 });
  for (const t of TASKS_B) rows.add([null, t.name, t.content, t.amount, t.goal]);
  rows
    .add(['其他', '工作任务', '完成上级交办的其他档案工作。'], ['C:E'])
    .add(['年度绩效指标', null, null, '指标值'], ['A:C'], { D: 2 })
    .add(['一级指标', '二级指标', '三级指标'])
    .mergedDown(
      [
        ['产出指标', '数量指标', '档案数字化页数', '≥10万页'],
        [null, '质量指标', '数字化合格率', '≥98%'],
        [null, '时效指标', '/', '/'],
        [null, '成本指标', '不适用', '不适用'],
        ['效益指标', '社会效益指标', '查档便利程度', '明显提高'],
        [null, '经济效益指标', '/', '/'],
        ['满意度指标', '服务对象满意度指标', '查档群众满意度', '≥90%'],
      ],
      ['A'],
    );
  return {
    id: 'dept-b-other-words',
    description:
      'Region B: no 基本信息 or 事业发展性支出; 部门名称： in the second column; `部门预算支出总额 | 860` and a line a row; goals over three rows; 年度主要任务 with 预算金额; `其他 | 工作任务` split over two cells; a two-row indicator header; `/` and 不适用 rows for empty 二级.',
    formats: ALL_FORMATS,
    sheets: [rows.sheet('整体目标')],
    expected: {
      departmentTables: [
        {
          departmentName: '乌兰察布市档案馆',
          year: 2025,
          staff: null,
          subunits: null,
          funds: { expenditure: 860, basic: 520.25, project: 339.75, income: 860, fiscal: 800, other: 60, ownLevel: 760, transfer: 100 },
          overallGoal: GOALS_B.join('\n'),
          tasks: TASKS_B,
          otherTasks: '完成上级交办的其他档案工作。',
          indicators: [
            { level1: '产出指标', level2: '数量指标', name: '档案数字化页数', value: '≥10万页' },
            { level1: '产出指标', level2: '质量指标', name: '数字化合格率', value: '≥98%' },
            { level1: '效益指标', level2: '社会效益指标', name: '查档便利程度', value: '明显提高' },
            { level1: '满意度指标', level2: '服务对象满意度指标', name: '查档群众满意度', value: '≥90%' },
          ],
          notApplicable: ['时效指标', '成本指标', '经济效益指标'],
        },
      ],
      departmentEvaluations: [],
      targetTables: [],
    },
  };
}

/** The central 2021 style 部门整体支出绩效自评表. */
function evaluationCentral(): DepartmentCase {
  const tasks = [
    { name: '高标准农田建设', content: '新建高标准农田2万亩', outcome: '建成2.1万亩，已验收' },
    { name: '动物疫病防控', content: '春秋两季集中免疫', outcome: '免疫密度92%' },
    { name: '农牧业科技推广', content: '推广新技术10项', outcome: '推广12项' },
  ];
  const rows = new SheetRows()
    .add(['2024年度部门整体支出绩效自评表'], ['A:H'])
    .add(['部门（单位）名称', '兴和县农牧和科技局'], ['B:H'])
    .add(['年度主要任务', '任务名称', '主要内容', null, null, '完成情况'], ['C:E', 'F:H'], { A: 4 });
  for (const t of tasks) rows.add([null, t.name, t.content, null, null, t.outcome], ['C:E', 'F:H']);
  rows
    .add(['年度部门整体支出预算执行情况（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'], [], { A: 6 })
    .add([null, '年度资金总额', 1580.5, 1620, 1555.2, 10, '96.00%', 9.6])
    .add([null, '按支出性质分：基本支出', 620.25, 640, 638.5, '—', '99.77%', '—'])
    .add([null, '项目支出', 960.25, 980, 916.7, '—', '93.54%', '—'])
    .add([null, '按收入性质分：财政拨款', 1500, 1540, 1480.2, '—', '96.12%', '—'])
    .add([null, '其他资金', 80.5, 80, 75, '—', '93.75%', '—'])
    .add(['年度总体目标', '预期目标', null, null, '实际完成情况'], ['B:D', 'E:H'], { A: 2 })
    .add([null, '完成高标准农田建设，稳定畜牧业生产。', null, null, '建成高标准农田2.1万亩，畜牧业生产稳定。'], ['B:D', 'E:H'])
    .add(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'])
    .mergedDown(
      [
        ['产出指标（50分）', '数量指标', '高标准农田建设面积', '2万亩', '2.1万亩', 20, 20, ''],
        [null, '质量指标', '重大动物疫病免疫密度', '≥90%', '92%', 15, 15, ''],
        [null, '时效指标', '重点任务完成时间', '2024年12月31日前', '2024年11月完成', 15, 15, ''],
        ['效益指标（30分）', '经济效益指标', '粮食综合生产能力', '稳步提升', '提升3%', 15, 14, '受干旱影响，下一年加强抗旱'],
        [null, '社会效益指标', '农牧民增收', '持续增加', '人均增收5%', 15, 15, ''],
        ['满意度指标（10分）', '服务对象满意度指标', '农牧民满意度', '≥90%', '88%', 10, 9, '宣传不到位，下一年加强政策宣传'],
      ],
      ['A'],
    )
    .add(['总分', null, null, null, null, 100, 97.6, null], ['A:E']);
  const ind = (level1: string, level2: string, name: string, target: string, actual: string, weight: number, score: number, deviation = '') => ({
    level1,
    level2,
    name,
    target,
    actual,
    weight,
    score,
    deviation,
  });
  const line = (initialBudget: number, fullYearBudget: number, executed: number, rate: string) => ({ initialBudget, fullYearBudget, executed, rate });
  return {
    id: 'dept-eval-central',
    description: 'The central 2021 style 部门整体支出绩效自评表: 年度主要任务, budget lines by 支出性质 and 收入性质, 年度总体目标, scored indicators, 总分.',
    formats: ALL_FORMATS,
    sheets: [rows.sheet('部门整体自评表')],
    expected: {
      departmentTables: [],
      departmentEvaluations: [
        {
          departmentName: '兴和县农牧和科技局',
          year: 2024,
          funds: {
            total: { ...line(1580.5, 1620, 1555.2, '96.00%'), weight: 10, score: 9.6 },
            basic: line(620.25, 640, 638.5, '99.77%'),
            project: line(960.25, 980, 916.7, '93.54%'),
            fiscal: line(1500, 1540, 1480.2, '96.12%'),
            other: line(80.5, 80, 75, '93.75%'),
          },
          tasks: tasks.map((t) => ({ ...t, amount: null })),
          plannedGoal: '完成高标准农田建设，稳定畜牧业生产。',
          actualOutcome: '建成高标准农田2.1万亩，畜牧业生产稳定。',
          indicators: [
            ind('产出指标', '数量指标', '高标准农田建设面积', '2万亩', '2.1万亩', 20, 20),
            ind('产出指标', '质量指标', '重大动物疫病免疫密度', '≥90%', '92%', 15, 15),
            ind('产出指标', '时效指标', '重点任务完成时间', '2024年12月31日前', '2024年11月完成', 15, 15),
            ind('效益指标', '经济效益指标', '粮食综合生产能力', '稳步提升', '提升3%', 15, 14, '受干旱影响，下一年加强抗旱'),
            ind('效益指标', '社会效益指标', '农牧民增收', '持续增加', '人均增收5%', 15, 15),
            ind('满意度指标', '服务对象满意度指标', '农牧民满意度', '≥90%', '88%', 10, 9, '宣传不到位，下一年加强政策宣传'),
          ],
          level1Weights: { 产出指标: 50, 效益指标: 30, 满意度指标: 10 },
          totalWeight: 100,
          totalScore: 97.6,
        },
      ],
      targetTables: [],
    },
  };
}

/** A 自评表 in other words: `单位名称：`, 年度重点任务 with its money, no 按收入性质 lines, 指标值 / 实际值 / 权重. */
function evaluationOtherWords(): DepartmentCase {
  const rows = new SheetRows()
    .add(['附件4'])
    .add(['部门整体支出绩效自评表（2024年度）'], ['A:H'])
    .add(['单位名称：', '乌兰察布市档案馆'], ['B:H'])
    .add(['年度重点任务', '工作任务名称', '任务内容', '拟投入资金', '任务完成情况'], ['E:H'], { A: 3 })
    .add([null, '档案数字化', '扫描馆藏纸质档案', 120.5, '完成10.2万页'], ['E:H'])
    .add([null, '库房改造', '更新恒温恒湿设备', 80, '已完成并投入使用'], ['E:H'])
    .add(['部门整体支出预算执行情况', null, '年初预算数', '全年预算数（A）', '全年执行数（B）', '分值', '执行率（B/A）', '得分'], ['A:B'])
    .add(['资金总额', null, 860, 880, 851.6, 10, '96.8%', 9.68], ['A:B'])
    .add(['基本支出', null, 520.25, 530, 529.1, null, '99.8%', null], ['A:B'])
    .add(['项目支出', null, 339.75, 350, 322.5, null, '92.1%', null], ['A:B'])
    .add(['整体绩效目标', '预期目标', null, null, '全年实际完成情况'], ['B:D', 'E:H'], { A: 2 })
    .add([null, '完成档案数字化10万页。', null, null, '完成档案数字化10.2万页。'], ['B:D', 'E:H'])
    .add(['一级指标', '二级指标', '三级指标', '指标值', '实际值', '权重', '得分', '未完成原因和改进措施'])
    .add(['产出指标', '数量指标', '档案数字化页数', '≥10万页', '10.2万页', 45, 45, ''])
    .add(['满意度指标', '服务对象满意度指标', '查档群众满意度', '≥90%', '95%', 45, 45, ''])
    .add(['总分', null, null, null, null, 100, 99.68, null], ['A:E']);
  const ind = (level1: string, level2: string, name: string, target: string, actual: string) => ({
    level1,
    level2,
    name,
    target,
    actual,
    weight: 45,
    score: 45,
    deviation: '',
  });
  return {
    id: 'dept-eval-other-words',
    description: 'A 部门整体 自评表 in other words: 单位名称：, 年度重点任务 with money, no 按收入性质 lines, 指标值 / 实际值 / 权重.',
    formats: ALL_FORMATS,
    sheets: [rows.sheet('自评')],
    expected: {
      departmentTables: [],
      departmentEvaluations: [
        {
          departmentName: '乌兰察布市档案馆',
          year: 2024,
          funds: {
            total: { initialBudget: 860, fullYearBudget: 880, executed: 851.6, rate: '96.8%', weight: 10, score: 9.68 },
            basic: { initialBudget: 520.25, fullYearBudget: 530, executed: 529.1, rate: '99.8%' },
            project: { initialBudget: 339.75, fullYearBudget: 350, executed: 322.5, rate: '92.1%' },
          },
          tasks: [
            { name: '档案数字化', content: '扫描馆藏纸质档案', amount: 120.5, outcome: '完成10.2万页' },
            { name: '库房改造', content: '更新恒温恒湿设备', amount: 80, outcome: '已完成并投入使用' },
          ],
          plannedGoal: '完成档案数字化10万页。',
          actualOutcome: '完成档案数字化10.2万页。',
          indicators: [
            ind('产出指标', '数量指标', '档案数字化页数', '≥10万页', '10.2万页'),
            ind('满意度指标', '服务对象满意度指标', '查档群众满意度', '≥90%', '95%'),
          ],
          level1Weights: {},
          totalWeight: 100,
          totalScore: 99.68,
        },
      ],
      targetTables: [],
    },
  };
}

/** A project's 绩效目标表 on one sheet and region B's department table on another: both import. */
function projectAndDepartment(): DepartmentCase {
  const b = regionB();
  return {
    id: 'dept-with-project',
    description: 'A project 绩效目标表 on one sheet, a 部门整体支出绩效目标表 on the next.',
    formats: ALL_FORMATS,
    sheets: [{ name: '项目', rows: targetRows({ year: 2025, name: '档案数字化' }) }, ...b.sheets],
    expected: { ...b.expected, targetTables: [{ projectName: '档案数字化' }] },
  };
}

export const DEPARTMENT_CASES: DepartmentCase[] = [regionA(), regionB(), evaluationCentral(), evaluationOtherWords(), projectAndDepartment()];
