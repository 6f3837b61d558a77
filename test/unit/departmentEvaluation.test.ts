import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toNumber } from '../../shared/decimal';
import type { DepartmentEvaluationContent, DepartmentTableContent } from '../../shared/department/content';
import { emptyDepartmentTable } from '../../shared/department/draft';
import { fromDepartmentEvaluation, generateDepartmentEvaluation, scoreDepartmentEvaluation, toDepartmentEvaluation } from '../../shared/department/evaluation';
import { IMPORTED_SCORE_REASON } from '../../shared/evaluation/fromInterchange';
import { generateEvaluation } from '../../shared/evaluation/generate';
import { toSelfEvaluation } from '../../shared/evaluation/interchange';
import { scoreEvaluation } from '../../shared/evaluation/scores';
import { summaryText } from '../../shared/evaluation/summaryText';
import { gradeOf } from '../../shared/scoring/execution';
import { fromTargetTable, type TargetTable } from '../../shared/interchange/targetTable';
import { DEFAULT_PROFILE, SHIPPED_PROFILES } from '../../shared/profiles/shipped';
import { ROOT, readJson } from '../helpers/paths';

const { content: project } = fromTargetTable(readJson<TargetTable>(path.join(ROOT, 'test/fixtures/clean-target-table.json')));

/** A department table with the project's indicators (its 0|0 row among them) and its goal. */
const table: DepartmentTableContent = {
  ...emptyDepartmentTable('某县发展和改革局'),
  funds: { expenditure: 12_345_678, basic: 9_345_678, project: 3_000_000, income: 12_345_678, fiscal: 12_000_000, other: 345_678 },
  overallGoal: project.overallGoal,
  tasks: [
    { name: '办公设备购置', content: '购置办公设备。', amount: 3_000_000, goal: '保障日常办公。', project: '办公家具设备购置' },
    { name: '信息化运维', content: '', amount: null, goal: '', project: '' },
  ],
  indicators: [project.indicators.at(-1)!, ...project.indicators.slice(0, -1)],
};

const ACTUALS = ['2台', '1台', '100%', '2024年6月20日', '7800元/台', '14300元', '98%', '5年', '96%'];

describe('生成部门整体自评表', () => {
  it('prepares the budget, tasks, goal and indicators from the target table, with the department’s weights spread exactly', () => {
    const content = generateDepartmentEvaluation(table, DEFAULT_PROFILE);
    const line = (fen: number) => ({ initialBudget: fen, fullYearBudget: fen, executed: null });
    expect(content.budget).toEqual({
      total: line(12_345_678),
      basic: line(9_345_678),
      project: line(3_000_000),
      fiscal: line(12_000_000),
      other: line(345_678),
    });
    expect(content.tasks).toEqual([
      { name: '办公设备购置', content: '购置办公设备。\n保障日常办公。', amount: 3_000_000, outcome: '' },
      { name: '信息化运维', content: '', amount: null, outcome: '' },
    ]);
    expect(content.plannedGoal).toBe(project.overallGoal);
    expect(content.executionWeight).toBe(1000);
    expect(content.level1Weights).toEqual({ 产出指标: 5000, 效益指标: 3000, 满意度指标: 1000 });
    // The same indicators in the same order and weights as the project 自评表 generated from the same targets.
    const projectEvaluation = generateEvaluation(project, '项目', DEFAULT_PROFILE);
    expect(content.indicators).toEqual(projectEvaluation.indicators);
    expect(content.indicators.map((i) => i.weight)).toEqual([834, 834, 833, 833, 833, 833, 1500, 1500, 1000]);
  });

  it('keeps the clerk’s weights where a 一级 holds the same indicators as before', () => {
    const previous = generateDepartmentEvaluation(table, DEFAULT_PROFILE);
    const benefits = previous.indicators.flatMap((i, n) => (i.level1 === '效益指标' ? [n] : []));
    previous.indicators[benefits[0]!]!.weight = 2000;
    previous.indicators[benefits[1]!]!.weight = 1000;
    const added: DepartmentTableContent = {
      ...table,
      indicators: [...table.indicators, { level1: '产出指标', level2: '数量指标', name: '培训人次', value: '≥100人次' }],
    };
    const next = generateDepartmentEvaluation(added, DEFAULT_PROFILE, previous);
    expect(next.indicators.filter((i) => i.level1 === '效益指标').map((i) => i.weight)).toEqual([2000, 1000]);
    expect(next.indicators.filter((i) => i.level1 === '产出指标').reduce((sum, i) => sum + i.weight!, 0)).toBe(5000);
  });

  it('takes the weights of the department’s rule profile', () => {
    const central = SHIPPED_PROFILES.find((p) => p.id === 'central-2021')!;
    expect(generateDepartmentEvaluation(table, central).level1Weights).toEqual({ 产出指标: 4000, 成本指标: 1000, 效益指标: 3000, 满意度指标: 1000 });
  });

  it('keeps a previous 自评表’s entries for the indicators and tasks still in the table', () => {
    const previous = generateDepartmentEvaluation(table, DEFAULT_PROFILE);
    previous.indicators[0] = { ...previous.indicators[0]!, actual: '2台', weight: 900, override: { score: 800, reason: '抽查' }, deviation: '无' };
    previous.budget.total = { initialBudget: 12_345_678, fullYearBudget: 13_000_000, executed: 12_900_000 };
    previous.tasks[0]!.outcome = '已完成购置';
    previous.actualOutcome = '完成了';
    const changed: DepartmentTableContent = {
      ...table,
      funds: { ...table.funds, expenditure: 12_345_679 },
      tasks: [table.tasks[0]!, { name: '新任务', content: '', amount: 1, goal: '', project: '' }],
      indicators: table.indicators.filter((i) => i.name !== '设备验收合格率'),
    };
    const next = generateDepartmentEvaluation(changed, DEFAULT_PROFILE, previous);
    // The 产出 一级 lost an indicator: its weight is spread again over those left, the entries kept.
    expect(next.indicators[0]).toEqual({ ...previous.indicators[0], weight: 1000 });
    const under = (level1: string) => next.indicators.filter((i) => i.level1 === level1).reduce((sum, i) => sum + i.weight!, 0);
    expect([under('产出指标'), under('效益指标'), under('满意度指标')]).toEqual([5000, 3000, 1000]);
    expect(next.indicators.map((i) => i.name)).not.toContain('设备验收合格率');
    expect(next.indicators).toHaveLength(8);
    expect(next.budget.total).toEqual({ initialBudget: 12_345_679, fullYearBudget: 13_000_000, executed: 12_900_000 });
    expect(next.tasks.map((t) => t.outcome)).toEqual(['已完成购置', '']);
    expect(next.actualOutcome).toBe('完成了');
  });
});

/** The department's 自评表 with the entries of the project's. */
function filledPair(): { department: DepartmentEvaluationContent; project: ReturnType<typeof generateEvaluation> } {
  const projectEvaluation = generateEvaluation(project, '项目', DEFAULT_PROFILE);
  projectEvaluation.indicators.forEach((i, n) => (i.actual = ACTUALS[n]!));
  projectEvaluation.indicators[2]!.override = { score: 500, reason: '抽检不合格' };
  projectEvaluation.budget.total = { initialBudget: 3_000_000, fullYearBudget: 3_000_000, executed: 2_800_000 };
  const department = generateDepartmentEvaluation(table, DEFAULT_PROFILE);
  department.indicators = projectEvaluation.indicators.map((i) => ({ ...i }));
  department.budget.total = { ...projectEvaluation.budget.total };
  return { department, project: projectEvaluation };
}

describe('scores', () => {
  it('are the project 自评表’s for the same entries', () => {
    const { department, project: projectEvaluation } = filledPair();
    const ours = scoreDepartmentEvaluation(department);
    const theirs = scoreEvaluation(projectEvaluation);
    expect(ours).toEqual(theirs);
    expect(toNumber(ours.total, 2)).toBeGreaterThan(0);
    const printed = toDepartmentEvaluation('某县发展和改革局', 2024, department, ours);
    const projectPrinted = toSelfEvaluation(project.name, 2024, projectEvaluation, theirs);
    expect(printed.indicators).toEqual(projectPrinted.indicators);
    expect(printed.funds.total).toEqual(projectPrinted.funds.total);
    expect([printed.totalScore, printed.totalWeight, printed.level1Weights]).toEqual([
      projectPrinted.totalScore,
      projectPrinted.totalWeight,
      projectPrinted.level1Weights,
    ]);
  });
});

describe('the interchange shape', () => {
  it('prints every budget line in 万元 with its rate, the tasks and the scores', () => {
    const { department } = filledPair();
    department.budget.basic = { initialBudget: 9_345_678, fullYearBudget: 9_345_678, executed: 9_000_000 };
    const printed = toDepartmentEvaluation(undefined, 2024, department, scoreDepartmentEvaluation(department));
    expect(printed.departmentName).toBe('某县发展和改革局');
    expect(printed.year).toBe(2024);
    expect(printed.funds.total).toEqual({ initialBudget: 3, fullYearBudget: 3, executed: 2.8, rate: '93.33%', weight: 10, score: 9.33 });
    expect(printed.funds.basic).toEqual({ initialBudget: 9.345678, fullYearBudget: 9.345678, executed: 9, rate: '96.30%' });
    expect(printed.tasks[0]).toEqual({ name: '办公设备购置', content: '购置办公设备。\n保障日常办公。', amount: 3, outcome: '' });
    expect(toDepartmentEvaluation('另一名称', null, department, scoreDepartmentEvaluation(department)).departmentName).toBe('另一名称');
  });

  it('reads back what it prints, the overridden score as an override', () => {
    const { department } = filledPair();
    department.tasks[0]!.outcome = '已完成';
    department.actualOutcome = '完成年度目标';
    const printed = toDepartmentEvaluation(undefined, 2024, department, scoreDepartmentEvaluation(department));
    const { content, notes } = fromDepartmentEvaluation(printed);
    expect(notes).toEqual([]);
    expect(content.budget).toEqual(department.budget);
    expect(content.tasks).toEqual(department.tasks);
    expect(content.indicators.map((i) => i.override)).toEqual(
      department.indicators.map((i) => (i.override ? { ...i.override, reason: IMPORTED_SCORE_REASON } : null)),
    );
    expect(content.indicators.map(({ override: _o, ...i }) => i)).toEqual(department.indicators.map(({ override: _o, ...i }) => i));
    expect([content.executionWeight, content.level1Weights, content.plannedGoal, content.actualOutcome]).toEqual([
      department.executionWeight,
      department.level1Weights,
      department.plannedGoal,
      department.actualOutcome,
    ]);
    expect(toNumber(scoreDepartmentEvaluation(content).total, 2)).toBe(printed.totalScore);
  });

  it('keeps a printed execution score that differs, and notes what it cannot keep', () => {
    const { department } = filledPair();
    const printed = toDepartmentEvaluation(undefined, 2024, department, scoreDepartmentEvaluation(department));
    printed.funds.total.score = 10;
    printed.indicators[0]!.score = null;
    printed.tasks[0]!.amount = 1.2345678;
    const { content, notes } = fromDepartmentEvaluation(printed);
    expect(content.executionOverride).toEqual({ score: 1000, reason: IMPORTED_SCORE_REASON });
    expect(content.tasks[0]!.amount).toBeNull();
    expect(notes).toEqual(['年度主要任务第1行拟投入的资金：“1.2345678”不是精确到分的金额，已留空', '「便携式计算机」表上没有得分，按评分规则建议 8.34 分']);
  });
});

describe('the 决算 paragraph', () => {
  const projects = [{ name: '信创配套输出设备采购', score: 100, budget: 11_100_000 }];

  it('opens with the department’s own score and grade where the year has a 部门整体自评表', () => {
    expect(summaryText('自治区工业和信息化厅', 2022, projects, { score: 92.5 })).toBe(
      '自治区工业和信息化厅 2022 年度部门整体支出绩效自评得分为 92.5 分（优）。\n' +
        '根据年初设定的绩效目标，自治区工业和信息化厅组织对 2022 年度项目支出开展绩效自评，共自评项目 1 个，涉及资金 11.10 万元。各项目自评得分如下：\n' +
        '（1）“信创配套输出设备采购”项目自评得分为 100 分。\n',
    );
    expect(summaryText('某局', 2022, [], { score: 79.99 }).split('\n')[0]).toBe('某局 2022 年度部门整体支出绩效自评得分为 79.99 分（中）。');
    expect(summaryText('某局', 2022, projects)).not.toContain('部门整体');
  });

  it('gives the score the 自评表 prints', () => {
    const { department } = filledPair();
    const score = toDepartmentEvaluation(undefined, 2024, department, scoreDepartmentEvaluation(department)).totalScore!;
    expect(summaryText('某局', 2024, [], { score })).toContain(`部门整体支出绩效自评得分为 ${score} 分（${gradeOf(score)}）。`);
  });
});
