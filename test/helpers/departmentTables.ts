/** 部门整体支出绩效目标表 contents as a department file stores them, for the export tests. */
import type { DepartmentEvaluationContent, DepartmentTableContent } from '../../shared/department/content';
import { generateDepartmentEvaluation } from '../../shared/department/evaluation';
import { DEFAULT_PROFILE } from '../../shared/profiles/shipped';
import { wanToFen } from '../../shared/money';
import type { Indicator } from '../../shared/project';

const KINDS: [string, string, string, string][] = [
  ['产出指标', '数量指标', '义务教育学校校舍维修改造面积', '≥12000平方米'],
  ['产出指标', '数量指标', '资助家庭经济困难学生人数', '≥3500人'],
  ['产出指标', '质量指标', '维修改造工程验收合格率', '100%'],
  ['产出指标', '时效指标', '资助资金发放及时率', '100%'],
  ['产出指标', '成本指标', '生均公用经费标准', '≤800元/生'],
  ['效益指标', '社会效益指标', '适龄儿童少年义务教育巩固率', '≥97%'],
  ['效益指标', '可持续影响指标', '办学条件持续改善，教育教学质量稳步提高的年限', '≥3年'],
  ['满意度指标', '服务对象满意度指标', '学生及家长满意度', '≥90%'],
];

/** `n` indicators of the framework's 二级 (宁夏), those past the kinds numbered. */
export function departmentIndicators(n: number): Indicator[] {
  return Array.from({ length: n }, (_, i) => {
    const [level1, level2, name, value] = KINDS[i % KINDS.length]!;
    return { level1, level2, name: i < KINDS.length ? name : `${name}${Math.floor(i / KINDS.length) + 1}`, value };
  }).sort((a, b) => KINDS.findIndex((k) => k[1] === a.level2) - KINDS.findIndex((k) => k[1] === b.level2));
}

/** Every optional block, long texts, 40 indicators (over pages) and 生态效益指标 declared 不适用. */
export const FULL_TABLE: DepartmentTableContent = {
  departmentName: '某县教育体育局',
  blocks: ['basicInfo', 'development', 'level'],
  staff: 1356,
  subunits: 42,
  funds: {
    expenditure: wanToFen(23456.789012),
    basic: wanToFen(8456.789012),
    project: wanToFen(15000),
    income: wanToFen(23456.789012),
    fiscal: wanToFen(21000.01),
    other: wanToFen(2456.779012),
    development: wanToFen(6000.5),
    special: wanToFen(5000.25),
    otherDevelopment: wanToFen(1000.25),
    ownLevel: wanToFen(20000),
    transfer: wanToFen(3456.789012),
  },
  overallGoal:
    '目标1：巩固义务教育均衡发展成果，改善全县中小学校办学条件，完成校舍维修改造。\n目标2：落实学生资助政策，确保家庭经济困难学生应助尽助。\n目标3：提升教师队伍素质，推进教育教学质量稳步提高。',
  tasks: [
    {
      name: '义务教育薄弱环节改善与能力提升',
      content: '对全县18所农村中小学校舍、运动场地和附属设施进行维修改造，配齐教学仪器设备和图书。',
      amount: wanToFen(8600.123456),
      goal: '完成校舍维修改造12000平方米，工程验收合格率100%，办学条件明显改善。',
      project: '义务教育薄弱环节改善与能力提升',
    },
    {
      name: '学生资助',
      content: '落实学前教育、义务教育和普通高中家庭经济困难学生资助政策。',
      amount: wanToFen(3200),
      goal: '资助家庭经济困难学生3500人以上，资金按时足额发放。',
      project: '',
    },
    { name: '教师培训', content: '开展全县中小学教师全员培训和骨干教师专项培训。', amount: wanToFen(450.5), goal: '培训教师2000人次。', project: '' },
  ],
  otherTasks: '做好校园安全、疫情防控和招生考试等日常工作。',
  indicators: departmentIndicators(40),
  notApplicable: ['生态效益指标'],
  drafted: [],
  status: '已完成',
};

/** No optional block, one task, a few indicators, its tasks drafted from the projects and not yet confirmed. */
export const BARE_TABLE: DepartmentTableContent = {
  departmentName: '某县教育体育局',
  blocks: [],
  staff: null,
  subunits: null,
  funds: { expenditure: wanToFen(9800.45), basic: wanToFen(3800.45), project: wanToFen(6000), income: wanToFen(9800.45), fiscal: wanToFen(9800.45), other: 0 },
  overallGoal: '目标1：改善办学条件。',
  tasks: [{ name: '学生资助', content: '落实资助政策。', amount: wanToFen(3200), goal: '资助学生3500人。', project: '学生资助' }],
  otherTasks: '',
  indicators: departmentIndicators(8),
  notApplicable: [],
  drafted: ['tasks'],
  status: '草稿',
};

/** The 自评表 prepared from FULL_TABLE by the department's rules (宁夏), then filled in: every line executed, every indicator met or short. */
export function fullEvaluation(): DepartmentEvaluationContent {
  const prepared = generateDepartmentEvaluation(FULL_TABLE, DEFAULT_PROFILE);
  const executed: Record<string, number> = { total: 22100.456789, basic: 8400.12, project: 13700.336789, fiscal: 20000, other: 2100.456789 };
  return {
    ...prepared,
    budget: Object.fromEntries(Object.entries(prepared.budget).map(([key, line]) => [key, { ...line, executed: wanToFen(executed[key]!) }])),
    tasks: prepared.tasks.map((t, i) => ({ ...t, outcome: i === 0 ? '完成校舍维修改造12500平方米，全部验收合格。' : '已完成。' })),
    actualOutcome: '全年完成校舍维修改造12500平方米，资助家庭经济困难学生3620人，培训教师2100人次，各项目标基本完成。',
    indicators: prepared.indicators.map((i, n) => ({
      ...i,
      actual: n % 5 === 4 ? '部分达成年度指标并具有一定效果' : i.target.replace(/^[≥≤]/, ''),
      deviation: n % 5 === 4 ? '部分学校施工进场推迟，已督促施工单位加快进度，明年上半年完成。' : '',
    })),
  };
}

/** A 自评表 of no task and only the 年度资金总额 line (weights in hundredths of a point). */
export const BARE_EVALUATION: DepartmentEvaluationContent = {
  departmentName: '某县教育体育局',
  budget: { total: { initialBudget: wanToFen(9800.45), fullYearBudget: wanToFen(9900.45), executed: wanToFen(9405.4275) } },
  executionWeight: 1000,
  executionOverride: null,
  tasks: [],
  plannedGoal: '目标1：改善办学条件。',
  actualOutcome: '办学条件得到改善。',
  level1Weights: { 产出指标: 5000, 效益指标: 3000, 满意度指标: 1000 },
  indicators: [
    {
      level1: '产出指标',
      level2: '数量指标',
      name: '资助家庭经济困难学生人数',
      target: '≥3500人',
      actual: '3620人',
      weight: 5000,
      override: null,
      deviation: '',
    },
    {
      level1: '效益指标',
      level2: '社会效益指标',
      name: '适龄儿童少年义务教育巩固率',
      target: '≥97%',
      actual: '98%',
      weight: 3000,
      override: null,
      deviation: '',
    },
    {
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      name: '学生及家长满意度',
      target: '≥90%',
      actual: '85%',
      weight: 1000,
      override: null,
      deviation: '个别家长对资助审核时间有意见，将简化流程。',
    },
  ],
  status: '草稿',
};
