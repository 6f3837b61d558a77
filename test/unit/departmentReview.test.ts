import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DepartmentTableContent } from '../../shared/department/content';
import { emptyDepartmentTable } from '../../shared/department/draft';
import { generateDepartmentEvaluation } from '../../shared/department/evaluation';
import { applyDepartmentFix, reviewDepartmentEvaluation, reviewDepartmentTable } from '../../shared/department/review';
import { fromTargetTable, type TargetTable } from '../../shared/interchange/targetTable';
import type { ProjectContent } from '../../shared/project';
import { RULE_CATALOG, ruleSettingsProblem } from '../../shared/profiles/catalog';
import { DEFAULT_PROFILE } from '../../shared/profiles/shipped';
import { ROOT, readJson } from '../helpers/paths';

const { content: fixture } = fromTargetTable(readJson<TargetTable>(path.join(ROOT, 'test/fixtures/clean-target-table.json')));
const projects: ProjectContent[] = [
  { ...fixture, name: '办公家具设备购置', annualFunds: 3_000_000 },
  { ...fixture, name: '信息化运维', annualFunds: 1_234_567 },
];

/** A table with nothing to find: its sums exact, 项目支出 the projects', tasks within it and equal to their projects'. */
const sound = (): DepartmentTableContent => ({
  ...emptyDepartmentTable('某县发展和改革局'),
  blocks: ['development', 'level'],
  funds: {
    expenditure: 10_000_000,
    basic: 5_765_433,
    project: 4_234_567,
    income: 10_000_000,
    fiscal: 9_000_000,
    other: 1_000_000,
    development: 4_234_567,
    special: 4_000_000,
    otherDevelopment: 234_567,
    ownLevel: 9_000_000,
    transfer: 1_000_000,
  },
  overallGoal: '目标1：保障机关正常运转。\n目标2：完成重点项目建设。',
  tasks: [
    { name: '办公设备购置', content: '购置办公设备', amount: 3_000_000, goal: '保障办公', project: '办公家具设备购置' },
    { name: '信息化运维', content: '运维信息系统', amount: 1_234_567, goal: '系统稳定运行', project: '' },
  ],
  indicators: fixture.indicators.map((i) => ({ ...i })),
});

const review = (content: DepartmentTableContent, list = projects) => reviewDepartmentTable(2024, content, { projects: list, profile: DEFAULT_PROFILE });
const brief = (content: DepartmentTableContent, list = projects) => review(content, list).map((f) => `${f.severity} ${f.rule} ${f.location}：${f.message}`);

describe('部门整体目标表 checks', () => {
  it('finds nothing in a sound table', () => {
    expect(review(sound())).toEqual([]);
  });

  it('finds each 合计 that is not the sum of its parts, naming the difference in 万元, with the fix', () => {
    const table = sound();
    table.funds.expenditure = 10_000_001;
    table.funds.income = 10_000_001;
    table.funds.special = 3_999_999;
    const findings = review(table);
    expect(findings.map((f) => `${f.rule} ${f.location}：${f.message}`)).toEqual([
      'department.funds-sum 部门整体目标表 预算整体情况 部门预算支出合计：部门预算支出合计 10.000001 万元不等于 基本支出 + 项目支出 = 10 万元，相差 0.000001 万元',
      'department.funds-sum 部门整体目标表 预算整体情况 收入来源合计：收入来源合计 10.000001 万元不等于 财政拨款 + 其他资金 = 10 万元，相差 0.000001 万元',
      'department.funds-sum 部门整体目标表 预算整体情况 事业发展性支出合计：事业发展性支出合计 4.234567 万元不等于 财政专项资金 + 其他事业发展性支出 = 4.234566 万元，相差 0.000001 万元',
      'department.funds-sum 部门整体目标表 预算整体情况 本级使用资金：本级使用资金 + 拟用于对下转移支付资金 = 10 万元，不等于部门预算支出合计 10.000001 万元，相差 0.000001 万元',
    ]);
    expect(findings.every((f) => f.severity === '错误')).toBe(true);
    const fixed = findings.slice(0, 3).reduce((c, f) => applyDepartmentFix(c, f.fix!), table);
    expect([fixed.funds.expenditure, fixed.funds.income, fixed.funds.development]).toEqual([10_000_000, 10_000_000, 4_234_566]);
  });

  it('finds 支出 and 收入 totals that differ, and 事业发展性支出 beyond 支出', () => {
    const table = sound();
    table.funds = { ...table.funds, income: 11_000_000, fiscal: 10_000_000, development: 12_000_000, special: 12_000_000, otherDevelopment: 0 };
    expect(brief(table)).toEqual([
      '错误 department.funds-sum 部门整体目标表 预算整体情况 收入来源合计：收入来源合计 11 万元不等于部门预算支出合计 10 万元，相差 1 万元',
      '错误 department.funds-sum 部门整体目标表 预算整体情况 事业发展性支出合计：事业发展性支出合计 12 万元超过部门预算支出合计 10 万元，多 2 万元',
    ]);
  });

  it('checks only the blocks the region prints', () => {
    const table = { ...sound(), blocks: [] };
    table.funds = { ...table.funds, special: 1, ownLevel: 1 };
    expect(review(table)).toEqual([]);
  });

  it('asks where 项目支出 is not the sum of the year’s project tables, naming the sum and the difference', () => {
    const findings = review(sound(), [...projects, { ...fixture, name: '新项目', annualFunds: 500_000 }]);
    expect(findings.map((f) => [f.severity, f.rule, f.location, f.message])).toEqual([
      [
        '提醒',
        'department.project-sum',
        '部门整体目标表 预算整体情况 项目支出',
        '项目支出 4.234567 万元与本年度 3 个项目绩效目标表的资金之和 4.734567 万元不一致，相差 0.5 万元',
      ],
    ]);
    expect(applyDepartmentFix(sound(), findings[0]!.fix!).funds.project).toBe(4_734_567);
  });

  it('finds a task’s money beyond 项目支出 or not its project’s, and tasks beyond 项目支出 together', () => {
    const table = sound();
    table.tasks[0]!.amount = 3_000_001;
    table.tasks[1]!.amount = 4_234_568;
    expect(brief(table)).toEqual([
      '提醒 department.task-funds 部门整体目标表 年度重点工作任务 第1行 拟投入的资金：拟投入的资金 3.000001 万元与项目“办公家具设备购置”的资金 3 万元不一致，相差 0.000001 万元',
      '错误 department.task-funds 部门整体目标表 年度重点工作任务 第2行 拟投入的资金：拟投入的资金 4.234568 万元超过项目支出 4.234567 万元',
      '提醒 department.task-funds 部门整体目标表 年度重点工作任务 第2行 拟投入的资金：拟投入的资金 4.234568 万元与项目“信息化运维”的资金 1.234567 万元不一致，相差 3.000001 万元',
      '错误 department.task-funds 部门整体目标表 年度重点工作任务 拟投入的资金合计：重点工作任务的资金合计 7.234569 万元超过项目支出 4.234567 万元，多 3.000002 万元',
    ]);
  });

  it('finds the required parts left empty', () => {
    const table = { ...sound(), departmentName: ' ', overallGoal: '', tasks: [{ name: '', content: '内容', amount: null, goal: '', project: '' }] };
    expect(brief(table)).toEqual([
      '错误 department.required 部门整体目标表 部门（单位）名称：请填写部门（单位）名称',
      '错误 department.required 部门整体目标表 总体绩效目标：请填写总体绩效目标',
      '错误 department.required 部门整体目标表 年度重点工作任务：请至少填写一项年度重点工作任务',
    ]);
  });

  it('runs the project tables’ indicator rules on the department’s indicators, by its profile', () => {
    const table = sound();
    table.indicators = table.indicators.filter((i) => i.level2 !== '服务对象满意度指标');
    table.indicators[2] = { ...table.indicators[2]!, value: '80%' };
    table.indicators.push({ level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', value: '≥60%' });
    const findings = review(table);
    expect(findings.map((f) => [f.rule, f.location])).toEqual([
      ['value.satisfaction-low', '部门整体目标表 绩效指标 满意度指标/服务对象满意度指标 第1行「群众满意度」'],
    ]);
    table.indicators = table.indicators.filter((i) => i.level2 !== '数量指标');
    expect(review(table).map((f) => [f.severity, f.rule, f.location])).toContainEqual(['错误', 'tree.required', '部门整体目标表 绩效指标 数量指标']);
    // The project-only rules (项目期, costs against 年度资金总额, 政策依据) have nothing to say here.
    expect(review(table).some((f) => /^(period|money|basis|header|funding)\./.test(f.rule))).toBe(false);
  });

  it('reminds of the parts drafted from the projects and not yet confirmed', () => {
    expect(brief({ ...sound(), drafted: ['funds', 'indicators'] })).toEqual([
      '提醒 department.drafted 部门整体目标表 预算整体情况 项目支出：项目支出由本年度项目生成（草稿），请核对后确认',
      '提醒 department.drafted 部门整体目标表 绩效指标：绩效指标由本年度项目生成（草稿），请核对后确认',
    ]);
  });

  it('follows the department’s settings, which a profile may hold', () => {
    expect(RULE_CATALOG.filter((r) => r.form === '部门整体目标表').map((r) => [r.id, r.severity])).toEqual([
      ['department.required', '错误'],
      ['department.funds-sum', '错误'],
      ['department.project-sum', '提醒'],
      ['department.task-funds', '错误'],
      ['department.drafted', '提醒'],
    ]);
    expect(ruleSettingsProblem({ 'department.drafted': { enabled: false }, 'department.project-sum': { severity: '错误' } })).toBeNull();
    const table = { ...sound(), drafted: ['funds' as const] };
    expect(reviewDepartmentTable(2024, table, { projects, profile: DEFAULT_PROFILE, settings: { 'department.drafted': { enabled: false } } })).toEqual([]);
  });
});

describe('部门整体自评表 checks', () => {
  const ACTUALS = ['2台', '1台', '100%', '2024年6月20日', '7800元/台', '14300元', '98%', '5年', '96%'];
  const filled = () => {
    const content = generateDepartmentEvaluation(sound(), DEFAULT_PROFILE);
    content.indicators.forEach((i, n) => (i.actual = ACTUALS[n]!));
    content.indicators[3]!.deviation = '提前完成';
    content.indicators[4]!.deviation = '价格下降';
    content.budget.total!.executed = 9_800_000;
    return content;
  };

  it('finds nothing in a filled-in 自评表', () => {
    expect(reviewDepartmentEvaluation(2025, filled(), { profile: DEFAULT_PROFILE }).map((f) => `${f.rule} ${f.location} ${f.message}`)).toEqual([]);
  });

  it('runs the project 自评表’s rules, with the department’s locations', () => {
    const content = filled();
    content.indicators[0]!.actual = '';
    content.indicators[1]!.override = { score: 100, reason: '' };
    content.budget.fiscal!.executed = 99_000_000;
    const findings = reviewDepartmentEvaluation(2025, content, { profile: DEFAULT_PROFILE });
    expect(findings.map((f) => [f.severity, f.rule, f.location])).toEqual([
      ['错误', 'se.unscored', '部门整体自评表 产出指标/数量指标「便携式计算机」'],
      ['错误', 'se.override-reason', '部门整体自评表 产出指标/数量指标「打印机」'],
      ['错误', 'se.deviation', '部门整体自评表 产出指标/数量指标「打印机」'],
      ['提醒', 'se.actual-number', '部门整体自评表 产出指标/数量指标「便携式计算机」'],
      ['错误', 'se.sub-lines', '部门整体自评表 当年财政拨款'],
    ]);
  });

  it('finds a 年度资金总额 that is not the sum of 基本支出 and 项目支出, or of 财政拨款 and 其他资金, in each column', () => {
    const content = filled();
    content.budget.basic!.executed = 6_000_000;
    content.budget.project!.executed = 3_800_000;
    content.budget.fiscal!.fullYearBudget = 9_000_000;
    content.budget.other!.fullYearBudget = 1_000_001;
    const findings = reviewDepartmentEvaluation(2025, content, { profile: DEFAULT_PROFILE }).filter((f) => f.rule === 'department.budget-lines');
    expect(findings.map((f) => `${f.location}：${f.message}`)).toEqual([
      '部门整体自评表 年度部门整体支出预算执行情况 年度资金总额 全年预算数：年度资金总额全年预算数 10 万元不等于 财政拨款 + 其他资金 = 10.000001 万元，相差 0.000001 万元',
    ]);
    content.budget.project!.executed = 3_700_000;
    const executed = reviewDepartmentEvaluation(2025, content, { profile: DEFAULT_PROFILE }).filter((f) => f.rule === 'department.budget-lines');
    expect(executed.map((f) => f.message)).toContain('年度资金总额全年执行数 9.8 万元不等于 基本支出 + 项目支出 = 9.7 万元，相差 0.1 万元');
    expect(RULE_CATALOG.find((r) => r.id === 'department.budget-lines')?.form).toBe('部门整体自评表');
  });
});
