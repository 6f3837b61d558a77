/**
 * The checker over the 部门整体支出绩效目标表 and 自评表: the form's arithmetic to the 分, its money
 * against the year's project tables, its required parts, the indicator rules of the project tables
 * (the same rules, by the department's profile), and the 自评表 by the project 自评表's rules.
 * Locations start `部门整体目标表` / `部门整体自评表`, so that they read apart from a project's.
 */
import { RULES } from '../checker';
import { runRules } from '../checker/runRules';
import { checkSelfEvaluation } from '../checker/selfEvaluationRules';
import type { CheckContext, DepartmentTarget, Finding, Fix, Problem, Rule, RuleSettings } from '../checker/types';
import type { BudgetFigures } from '../evaluation/content';
import { ENTRY_RULES } from '../evaluation/review';
import type { SelfEvaluation } from '../interchange/selfEvaluation';
import { LAYOUTS } from '../layouts';
import { formatWan, type Fen } from '../money';
import { ruleSettings } from '../profiles/apply';
import type { RuleProfile } from '../profiles/profile';
import type { ProjectContent } from '../project';
import type { DepartmentBudgetLineKey, DepartmentEvaluationContent, DepartmentTableContent, DraftedPart } from './content';
import { projectFundsOf, projectFundsSum } from './draft';
import { scoreDepartmentEvaluation, toDepartmentEvaluation } from './evaluation';
import { DEPARTMENT_LABELS, FUND_GROUPS, groupsOf, type DepartmentFundKey } from './layout';

export const TABLE_PLACE = '部门整体目标表';
export const EVALUATION_PLACE = '部门整体自评表';

interface DepartmentContext {
  content: DepartmentTableContent;
  projects: readonly ProjectContent[];
}

const FUNDS = DEPARTMENT_LABELS.funds.label;
const TASKS = DEPARTMENT_LABELS.tasks.label;
const AMOUNT = DEPARTMENT_LABELS.taskAmount.label.replace(/（万元）$/, '');

/** A line's name as the form prints it: a 合计 with its group (`部门预算支出合计`). */
function lineName(key: DepartmentFundKey): string {
  const group = FUND_GROUPS.find((g) => g.total?.key === key || g.parts.some((p) => p.key === key))!;
  return group.total?.key === key ? `${group.label}${group.total.label}` : group.parts.find((p) => p.key === key)!.label;
}

const wan = (fen: Fen) => `${formatWan(fen)} 万元`;
const difference = (a: Fen, b: Fen) => `相差 ${wan(Math.abs(a - b))}`;
const setLine = (key: DepartmentFundKey, fen: Fen): Fix => ({ label: `改为 ${formatWan(fen)}`, changes: [{ kind: 'departmentFund', line: key, fen }] });

const atLine = (key: DepartmentFundKey, message: string, fix?: Fix): Problem => ({
  location: `${FUNDS} ${lineName(key)}`,
  target: { kind: 'departmentFund', line: key },
  identity: key,
  message,
  ...(fix ? { fix } : {}),
});

const taskName = (content: DepartmentTableContent, index: number) => content.tasks[index]!.name.trim();
const atTask = (content: DepartmentTableContent, index: number, identity: string, message: string): Problem => ({
  location: `${TASKS} 第${index + 1}行 ${AMOUNT}`,
  target: { kind: 'departmentTask', index, field: 'amount' },
  // The task's name, not its row, so that an acknowledgement stays with the task.
  identity: `${taskName(content, index) || index + 1}|${identity}`,
  message,
});

const sum = (values: Fen[]) => values.reduce((a, b) => a + b, 0);

/** A line stated, else null. */
const stated = (content: DepartmentTableContent, key: DepartmentFundKey): Fen | null => content.funds[key] ?? null;

/** The sum of the lines stated, or null where none is. */
function statedSum(content: DepartmentTableContent, keys: DepartmentFundKey[]): Fen | null {
  const values = keys.flatMap((k) => (content.funds[k] === undefined ? [] : [content.funds[k]!]));
  return values.length ? sum(values) : null;
}

export const DEPARTMENT_RULES: Rule<Record<string, never>, DepartmentContext>[] = [
  {
    id: 'department.required',
    title: '部门名称、总体绩效目标、重点工作任务已填写',
    severity: '错误',
    check: ({ content }) => {
      const field = (key: 'departmentName' | 'overallGoal', location: string, message: string): Problem[] =>
        content[key].trim() ? [] : [{ location, target: { kind: 'departmentField', field: key }, identity: key, message }];
      return [
        ...field('departmentName', DEPARTMENT_LABELS.departmentName.label, `请填写${DEPARTMENT_LABELS.departmentName.label}`),
        ...field('overallGoal', DEPARTMENT_LABELS.overallGoal.label, `请填写${DEPARTMENT_LABELS.overallGoal.label}`),
        ...(content.tasks.some((t) => t.name.trim())
          ? []
          : [
              {
                location: TASKS,
                target: { kind: 'departmentTask' as const, index: null, field: 'name' as const },
                identity: 'tasks',
                message: `请至少填写一项${TASKS}`,
              },
            ]),
      ];
    },
  },
  {
    id: 'department.funds-sum',
    title: '预算整体情况各合计等于其组成之和，支出合计等于收入合计',
    severity: '错误',
    check: ({ content }) => {
      const groups = groupsOf(content.blocks);
      const problems: Problem[] = [];
      for (const group of groups) {
        const parts = statedSum(
          content,
          group.parts.map((p) => p.key),
        );
        if (!group.total || parts === null) continue;
        const total = stated(content, group.total.key) ?? 0;
        if (total !== parts) {
          const names = group.parts.map((p) => p.label).join(' + ');
          problems.push(
            atLine(
              group.total.key,
              `${lineName(group.total.key)} ${wan(total)}不等于 ${names} = ${wan(parts)}，${difference(total, parts)}`,
              setLine(group.total.key, parts),
            ),
          );
        }
      }
      const expenditure = stated(content, 'expenditure');
      const income = stated(content, 'income');
      if (expenditure !== null && income !== null && expenditure !== income) {
        problems.push(
          atLine(
            'income',
            `收入来源合计 ${wan(income)}不等于部门预算支出合计 ${wan(expenditure)}，${difference(income, expenditure)}`,
            setLine('income', expenditure),
          ),
        );
      }
      if (expenditure !== null && groups.some((g) => g.block === 'development')) {
        const development = stated(content, 'development');
        if (development !== null && development > expenditure) {
          problems.push(
            atLine('development', `事业发展性支出合计 ${wan(development)}超过部门预算支出合计 ${wan(expenditure)}，多 ${wan(development - expenditure)}`),
          );
        }
      }
      if (expenditure !== null && groups.some((g) => g.block === 'level')) {
        const levels = statedSum(content, ['ownLevel', 'transfer']);
        if (levels !== null && levels !== expenditure) {
          problems.push(
            atLine(
              'ownLevel',
              `本级使用资金 + 拟用于对下转移支付资金 = ${wan(levels)}，不等于部门预算支出合计 ${wan(expenditure)}，${difference(levels, expenditure)}`,
            ),
          );
        }
      }
      return problems;
    },
  },
  {
    id: 'department.project-sum',
    title: '项目支出等于本年度各项目绩效目标表资金之和',
    severity: '提醒',
    check: ({ content, projects }) => {
      const project = stated(content, 'project');
      if (!projects.length || project === null) return [];
      const total = projectFundsSum(projects);
      if (project === total) return [];
      return [
        atLine(
          'project',
          `项目支出 ${wan(project)}与本年度 ${projects.length} 个项目绩效目标表的资金之和 ${wan(total)}不一致，${difference(project, total)}`,
          setLine('project', total),
        ),
      ];
    },
  },
  {
    id: 'department.task-funds',
    title: '重点工作任务的资金在项目支出之内，与所列项目的资金一致',
    severity: '错误',
    check: ({ content, projects }) => {
      const project = stated(content, 'project');
      const problems: Problem[] = [];
      content.tasks.forEach((task, index) => {
        if (task.amount === null) return;
        if (project !== null && task.amount > project) {
          problems.push(atTask(content, index, 'within', `拟投入的资金 ${wan(task.amount)}超过项目支出 ${wan(project)}`));
        }
        const named = projects.find((p) => (task.project !== '' && p.name === task.project) || p.name === task.name.trim());
        const amount = named ? projectFundsOf(named) : null;
        if (named && amount !== null && amount !== task.amount) {
          problems.push({
            ...atTask(
              content,
              index,
              'project',
              `拟投入的资金 ${wan(task.amount)}与项目“${named.name}”的资金 ${wan(amount)}不一致，${difference(task.amount, amount)}`,
            ),
            severity: '提醒',
          });
        }
      });
      const total = sum(content.tasks.map((t) => t.amount ?? 0));
      if (project !== null && total > project) {
        problems.push({
          location: `${TASKS} ${AMOUNT}合计`,
          target: { kind: 'departmentTask', index: null, field: 'amount' },
          identity: 'total',
          message: `重点工作任务的资金合计 ${wan(total)}超过项目支出 ${wan(project)}，多 ${wan(total - project)}`,
        });
      }
      return problems;
    },
  },
  {
    id: 'department.drafted',
    title: '由项目生成的内容经过确认',
    severity: '提醒',
    check: ({ content }) =>
      content.drafted.map((part): Problem => {
        const { location, what } = DRAFTED[part];
        return {
          location,
          target: { kind: 'departmentDrafted', part } satisfies DepartmentTarget,
          identity: part,
          message: `${what}由本年度项目生成（草稿），请核对后确认`,
        };
      }),
  },
];

const DRAFTED: Record<DraftedPart, { location: string; what: string }> = {
  funds: { location: `${FUNDS} 项目支出`, what: '项目支出' },
  tasks: { location: TASKS, what: TASKS },
  indicators: { location: DEPARTMENT_LABELS.indicators.label, what: DEPARTMENT_LABELS.indicators.label },
};

/**
 * The project tables' rules that judge indicators (the tree by the profile, the values, the names),
 * run as they are; the rules of a project's header, funding, 项目期, costs and 其他信息 have no
 * counterpart on this form.
 */
const INDICATOR_RULE = /^(tree|name|value|table|hygiene)\./;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each rule has parameters of its own type
export const DEPARTMENT_INDICATOR_RULES: readonly Rule<any>[] = RULES.filter((r) => INDICATOR_RULE.test(r.id));

/** The department's indicators as the project rules read a table: nothing else of a project is stated. */
function indicatorContext(year: number, content: DepartmentTableContent, profile: RuleProfile): CheckContext {
  const table: ProjectContent = {
    name: content.departmentName,
    code: '',
    department: content.departmentName,
    departmentCode: '',
    implementingUnit: content.departmentName,
    attribute: '',
    period: '',
    fundType: '',
    totalFunds: null,
    annualFunds: null,
    funds: {},
    overallGoal: content.overallGoal,
    indicators: content.indicators,
    otherInfo: [],
    notApplicable: content.notApplicable,
    status: content.status,
  };
  // The 本级部门 form demands no 二级 beyond the profile's: the department form's demands are the profile's alone.
  return { content: table, layout: LAYOUTS.本级部门, year, profile };
}

/** The 自评表's budget block, and the two ways its 年度资金总额 is divided. */
const BUDGET_PLACE = '年度部门整体支出预算执行情况';
const DIVISIONS: [DepartmentBudgetLineKey, DepartmentBudgetLineKey][] = [
  ['basic', 'project'],
  ['fiscal', 'other'],
];
const LINE_NAMES: Record<DepartmentBudgetLineKey, string> = {
  total: '年度资金总额',
  basic: '基本支出',
  project: '项目支出',
  fiscal: '财政拨款',
  other: '其他资金',
};
const FIGURE_NAMES: Record<keyof BudgetFigures, string> = { initialBudget: '年初预算数', fullYearBudget: '全年预算数', executed: '全年执行数' };

/** The 自评表's own rules: what the project 自评表 has no counterpart of. */
export const DEPARTMENT_EVALUATION_RULES: Rule<Record<string, never>, { content: DepartmentEvaluationContent }>[] = [
  {
    id: 'department.budget-lines',
    title: '年度资金总额等于基本支出与项目支出之和，也等于财政拨款与其他资金之和',
    severity: '错误',
    check: ({ content }) =>
      (Object.keys(FIGURE_NAMES) as (keyof BudgetFigures)[]).flatMap((field) => {
        const total = content.budget.total?.[field] ?? null;
        if (total === null) return [];
        return DIVISIONS.flatMap(([a, b]): Problem[] => {
          const first = content.budget[a]?.[field] ?? null;
          const second = content.budget[b]?.[field] ?? null;
          if (first === null || second === null || first + second === total) return [];
          return [
            {
              location: `${BUDGET_PLACE} 年度资金总额 ${FIGURE_NAMES[field]}`,
              target: { kind: 'budget', line: 'total', field },
              identity: `${a}+${b}|${field}`,
              message: `年度资金总额${FIGURE_NAMES[field]} ${wan(total)}不等于 ${LINE_NAMES[a]} + ${LINE_NAMES[b]} = ${wan(first + second)}，${difference(total, first + second)}`,
            },
          ];
        });
      }),
  },
];

const placed = (prefix: string) => (f: Finding) => ({ ...f, location: `${prefix} ${f.location}` });

export interface DepartmentReviewOptions {
  /** The year's project tables. */
  projects: readonly ProjectContent[];
  profile: RuleProfile;
  /** The rules as the department sets them; by default its profile's. */
  settings?: RuleSettings;
}

export function reviewDepartmentTable(
  year: number,
  content: DepartmentTableContent,
  { projects, profile, settings = ruleSettings(profile) }: DepartmentReviewOptions,
): Finding[] {
  return [
    ...runRules(DEPARTMENT_RULES, { content, projects }, settings).map(placed(TABLE_PLACE)),
    ...runRules(DEPARTMENT_INDICATOR_RULES, indicatorContext(year, content, profile), settings).map(
      placed(`${TABLE_PLACE} ${DEPARTMENT_LABELS.indicators.label}`),
    ),
  ];
}

/** The 自评表 by the project 自评表's rules: its entries (every part scored, overrides explained) and the table as it would be printed. */
export function reviewDepartmentEvaluation(
  year: number,
  content: DepartmentEvaluationContent,
  { profile, settings = ruleSettings(profile) }: Omit<DepartmentReviewOptions, 'projects'>,
): Finding[] {
  const scores = scoreDepartmentEvaluation(content);
  const printed = toDepartmentEvaluation(undefined, year, content, scores);
  // The printed rules read a project's 自评表: the department's lines they know (财政拨款, 其他资金) are the same.
  const asProject: SelfEvaluation = {
    ...printed,
    projectName: printed.departmentName,
    department: printed.departmentName,
    implementingUnit: printed.departmentName,
    funds: {
      total: printed.funds.total,
      ...(printed.funds.fiscal ? { fiscal: printed.funds.fiscal } : {}),
      ...(printed.funds.other ? { other: printed.funds.other } : {}),
    },
  };
  return [
    ...runRules(ENTRY_RULES, { content, scores }, settings),
    ...checkSelfEvaluation(asProject, settings),
    ...runRules(DEPARTMENT_EVALUATION_RULES, { content }, settings),
  ].map(placed(EVALUATION_PLACE));
}

/** A fix of the 部门整体目标表 applied. */
export function applyDepartmentFix(content: DepartmentTableContent, fix: Fix): DepartmentTableContent {
  return fix.changes.reduce<DepartmentTableContent>((c, change) => {
    if (change.kind === 'departmentFund') return { ...c, funds: { ...c.funds, [change.line]: change.fen } };
    if (change.kind === 'indicatorValue')
      return { ...c, indicators: c.indicators.map((i, index) => (index === change.index ? { ...i, value: change.value } : i)) };
    return c;
  }, content);
}
