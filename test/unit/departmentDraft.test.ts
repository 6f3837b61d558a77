import { describe, expect, it } from 'vitest';
import { confirmDrafted, type DepartmentTableContent } from '../../shared/department/content';
import { draftDepartmentTable, emptyDepartmentTable, indicatorCandidates, keyProjects, projectFundsOf, projectFundsSum } from '../../shared/department/draft';
import type { Indicator, ProjectContent } from '../../shared/project';
import { DEFAULT_PROFILE, SHIPPED_PROFILES } from '../../shared/profiles/shipped';

const ind = (
  level2: string,
  name: string,
  value: string,
  level1 = level2.includes('满意') ? '满意度指标' : level2.includes('效益') ? '效益指标' : '产出指标',
): Indicator => ({
  level1,
  level2,
  name,
  value,
});

function project(name: string, annualFunds: ProjectContent['annualFunds'], overallGoal = '', indicators: Indicator[] = []): ProjectContent {
  return {
    name,
    code: '',
    department: '某县教育局',
    departmentCode: '',
    implementingUnit: '某县教育局',
    attribute: '',
    period: '',
    fundType: '',
    totalFunds: null,
    annualFunds,
    funds: {},
    overallGoal,
    indicators,
    otherInfo: [],
    notApplicable: [],
    status: '草稿',
  };
}

const draft = (projects: ProjectContent[], previous: DepartmentTableContent | null = null) =>
  draftDepartmentTable({ departmentName: '某县教育局', year: 2025, projects, previous, profile: DEFAULT_PROFILE });

describe('项目支出 from the project tables', () => {
  it('takes a table’s 年度资金总额, else its funding groups by their totals or parts, exactly to the 分', () => {
    expect(projectFundsOf(project('甲', 123_456_789))).toBe(123_456_789);
    expect(projectFundsOf({ annualFunds: null, funds: { 本级资金总额: 1_000_001, 财政拨款: 999, 转移市县资金总额: 2 } })).toBe(1_000_003);
    // No 资金总额 stated: the parts of each group.
    expect(projectFundsOf({ annualFunds: null, funds: { 财政拨款: 700_001, 其他资金: 300_002, 中央资金: 7 } })).toBe(1_000_010);
    expect(projectFundsOf({ annualFunds: null, funds: {} })).toBeNull();
    expect(projectFundsSum([project('甲', 10_000_001), project('乙', null), project('丙', 1), { annualFunds: null, funds: { 财政拨款: 5 } }])).toBe(10_000_007);
    expect(projectFundsSum([])).toBe(0);
  });

  it('fills 项目支出 with the sum and leaves the other lines as the clerk had them', () => {
    const previous = { ...emptyDepartmentTable('某县教育局'), funds: { basic: 5_000_000, project: 1, fiscal: 7_000_000 } };
    const table = draft([project('甲', 1_234_567), project('乙', 8_765_433)], previous);
    expect(table.funds).toEqual({ basic: 5_000_000, project: 10_000_000, fiscal: 7_000_000 });
    expect(table.drafted).toContain('funds');
  });
});

describe('年度重点工作任务 from the largest projects', () => {
  it('takes the largest first, up to five, stopping once they make up 80% of the money', () => {
    const many = ['一', '二', '三', '四', '五', '六', '七'].map((n, i) => project(`项目${n}`, (i + 1) * 1_000_000));
    expect(keyProjects(many).map((k) => k.project.name)).toEqual(['项目七', '项目六', '项目五', '项目四', '项目三']);
    const oneLarge = [project('小', 1_000_000), project('大', 9_000_000), project('中', 1_000_000), project('无', null)];
    expect(keyProjects(oneLarge).map((k) => k.project.name)).toEqual(['大']);
    // Equal amounts keep a stable order by name.
    expect(keyProjects([project('项目10', 5), project('项目2', 5)]).map((k) => k.project.name)).toEqual(['项目2', '项目10']);
  });

  it('drafts each task from its project: its name, amount, first sentence as content and the rest as goal', () => {
    const goal = '目标1：完成全县中小学校舍维修改造12所。\n目标2：消除校舍安全隐患，保障师生安全；改善办学条件。';
    const table = draft([project('校舍维修改造', 3_500_000, goal), project('学生资助', 1_000_000, '按政策资助家庭经济困难学生')]);
    expect(table.tasks).toEqual([
      {
        name: '校舍维修改造',
        content: '完成全县中小学校舍维修改造12所。',
        amount: 3_500_000,
        goal: '消除校舍安全隐患，保障师生安全；改善办学条件。',
        project: '校舍维修改造',
      },
      { name: '学生资助', content: '按政策资助家庭经济困难学生', amount: 1_000_000, goal: '按政策资助家庭经济困难学生', project: '学生资助' },
    ]);
    expect(table.drafted).toEqual(['funds', 'tasks']);
  });

  it('cuts a long goal to a cell’s worth', () => {
    const long = `${'加强'.repeat(100)}。`;
    const [task] = draft([project('长', 1, long)]).tasks;
    expect(task!.content.length).toBe(120);
    expect(task!.content.endsWith('…')).toBe(true);
  });

  it('keeps the clerk’s tasks and does not offer a project a task already names', () => {
    const previous: DepartmentTableContent = {
      ...emptyDepartmentTable('某县教育局'),
      tasks: [
        { name: '教师培训', content: '自己写的', amount: 200, goal: '自己写的目标', project: '' },
        { name: '校舍维修', content: '改过的内容', amount: 100, goal: '', project: '校舍维修改造' },
      ],
    };
    const table = draft(
      [project('校舍维修改造', 3_000_000, '维修。'), project('教师培训', 2_000_000, '培训。'), project('营养餐', 2_000_000, '供餐。')],
      previous,
    );
    expect(table.tasks.map((t) => [t.name, t.content])).toEqual([
      ['教师培训', '自己写的'],
      ['校舍维修', '改过的内容'],
      ['营养餐', '供餐。'],
    ]);
  });

  it('drafts anew the tasks drafted before and not yet confirmed', () => {
    const first = draft([project('甲', 3_000_000, '旧目标。')]);
    const withOwn = { ...first, tasks: [...first.tasks, { name: '自己的', content: '', amount: null, goal: '', project: '' }] };
    const again = draft([project('甲', 4_000_000, '新目标。')], withOwn);
    expect(again.tasks.map((t) => [t.name, t.content, t.amount])).toEqual([
      ['自己的', '', null],
      ['甲', '新目标。', 4_000_000],
    ]);
    // Confirmed, the same tasks are the clerk's and stay.
    const confirmed = draft([project('甲', 4_000_000, '新目标。')], confirmDrafted(first, 'tasks'));
    expect(confirmed.tasks.map((t) => [t.name, t.content, t.amount])).toEqual([['甲', '旧目标。', 3_000_000]]);
    expect(confirmed.drafted).toEqual(['funds']);
    // Changed by the clerk, a drafted task is theirs too.
    const edited = { ...first, tasks: [{ ...first.tasks[0]!, content: '改过的内容' }] };
    expect(draft([project('甲', 4_000_000, '新目标。')], edited).tasks.map((t) => [t.name, t.content, t.amount])).toEqual([['甲', '改过的内容', 3_000_000]]);
  });

  it('keeps the confirmed tasks when a later drafting adds to them and is drafted again', () => {
    const first = confirmDrafted(draft([project('甲', 3_000_000, '甲的目标。')]), 'tasks');
    // A larger project since: drafted beside the confirmed task, the part marked again.
    const second = draft([project('甲', 3_000_000, '甲的目标。'), project('乙', 9_000_000, '乙的目标。')], first);
    expect(second.tasks.map((t) => t.name)).toEqual(['甲', '乙']);
    expect(second.drafted).toContain('tasks');
    // Drafted once more with 乙 grown: 乙's task is made anew, 甲's confirmed one stays.
    const third = draft([project('甲', 3_000_000, '甲的目标。'), project('乙', 9_500_000, '乙的新目标。')], second);
    expect(third.tasks.map((t) => [t.name, t.amount])).toEqual([
      ['甲', 3_000_000],
      ['乙', 9_500_000],
    ]);
  });

  it('makes anew an untouched drafted indicator and keeps one whose value the clerk changed', () => {
    const source = (value: string) => project('甲', 3_000_000, '目标。', [ind('数量指标', '维修校舍', value), ind('质量指标', '验收合格率', '100%')]);
    const first = draft([source('12所')]);
    const edited = { ...first, indicators: first.indicators.map((i) => (i.name === '验收合格率' ? { ...i, value: '≥98%' } : i)) };
    const again = draft([source('15所')], edited);
    expect(again.indicators.map((i) => `${i.name}:${i.value}`)).toEqual(['维修校舍:15所', '验收合格率:≥98%']);
  });
});

describe('core indicators', () => {
  const large = project('大项目', 9_000_000, '', [
    ind('数量指标', '维修校舍', '12所'),
    ind('数量指标', '新建操场', '2个'),
    ind('质量指标', '验收合格率', '100%'),
    ind('时效指标', '完成时间', '2025年12月底前'),
    ind('社会效益指标', '安全隐患', '有效消除'),
    ind('服务对象满意度指标', '师生满意度', '≥90%'),
    ind('经济效益指标', '0', '0'),
  ]);
  const small = project('小项目', 1_000_000, '', [
    ind('数量指标', '资助学生', '300人'),
    ind('数量指标', '维修校舍', '3所'),
    ind('数量指标', '培训教师', '200人次'),
    ind('质量指标', '资助准确率', '100%'),
    ind('其他满意度', '家长满意度', '≥85%', '满意度指标'),
  ]);

  it('offers the 数量, 质量 and 满意度 indicators of every project, largest project first, each naming its project', () => {
    expect(indicatorCandidates([small, large], DEFAULT_PROFILE).map((c) => `${c.project}:${c.indicator.level2}:${c.indicator.name}`)).toEqual([
      '大项目:数量指标:维修校舍',
      '大项目:数量指标:新建操场',
      '大项目:质量指标:验收合格率',
      '大项目:服务对象满意度指标:师生满意度',
      '小项目:数量指标:资助学生',
      '小项目:数量指标:维修校舍',
      '小项目:数量指标:培训教师',
      '小项目:质量指标:资助准确率',
      '小项目:其他满意度:家长满意度',
    ]);
  });

  it('puts a first choice in the table: up to three of each 二级, no name twice, in form order', () => {
    const table = draft([small, large]);
    expect(table.indicators.map((i) => `${i.level2}:${i.name}:${i.value}`)).toEqual([
      '数量指标:维修校舍:12所',
      '数量指标:新建操场:2个',
      '数量指标:资助学生:300人',
      '质量指标:验收合格率:100%',
      '质量指标:资助准确率:100%',
      '服务对象满意度指标:师生满意度:≥90%',
      '其他满意度:家长满意度:≥85%',
    ]);
    expect(table.drafted).toEqual(['funds', 'tasks', 'indicators']);
  });

  it('keeps the clerk’s indicators, counting them toward the three', () => {
    const previous = {
      ...emptyDepartmentTable('某县教育局'),
      indicators: [ind('数量指标', '全县在校生', '5万人'), ind('数量指标', '新建操场', '3个'), ind('时效指标', '按时完成', '100%')],
    };
    const table = draft([large], previous);
    expect(table.indicators.map((i) => `${i.level2}:${i.name}:${i.value}`)).toEqual([
      '数量指标:全县在校生:5万人',
      '数量指标:新建操场:3个',
      '数量指标:维修校舍:12所',
      '质量指标:验收合格率:100%',
      '时效指标:按时完成:100%',
      '服务对象满意度指标:师生满意度:≥90%',
    ]);
  });

  it('reads the 满意度 二级 of the department’s framework', () => {
    const central = SHIPPED_PROFILES.find((p) => p.id === 'central-2021')!;
    const p = project('甲', 1, '', [ind('经济成本指标', '单价', '≤100元', '成本指标'), ind('服务对象满意度指标', '满意度', '≥90%')]);
    expect(indicatorCandidates([p], central).map((c) => c.indicator.name)).toEqual(['满意度']);
  });
});

describe('a previous table', () => {
  it('keeps what the clerk entered and drafts nothing from a year without projects', () => {
    const previous: DepartmentTableContent = {
      ...emptyDepartmentTable('某县教育局'),
      blocks: ['basicInfo'],
      staff: 120,
      subunits: 3,
      funds: { basic: 1 },
      overallGoal: '目标1：办好教育。',
      otherTasks: '其他',
      notApplicable: ['经济效益指标'],
      status: '已完成',
    };
    expect(draft([], previous)).toEqual({ ...previous, draftedRows: { tasks: [], indicators: [] } });
    expect(draft([project('甲', 5)], previous)).toMatchObject({
      staff: 120,
      subunits: 3,
      overallGoal: '目标1：办好教育。',
      otherTasks: '其他',
      status: '已完成',
    });
  });
});
