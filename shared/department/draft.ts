/**
 * 生成部门整体目标表: the parts of the 部门整体支出绩效目标表 that the year's project tables give —
 * 项目支出 as the sum of their amounts, the largest projects as 年度重点工作任务, and their core
 * indicators to pick from. What the clerk entered stays; the drafted parts are marked until confirmed.
 */
import { realIndicators } from '../checker/indicators';
import { sortIndicators } from '../indicatorGrid';
import { LAYOUTS } from '../layouts';
import type { Fen } from '../money';
import type { Indicator, ProjectContent } from '../project';
import type { RuleProfile } from '../profiles/profile';
import { DEFAULT_PROFILE } from '../profiles/shipped';
import { naturalCompare } from '../text';
import { DRAFTED_PARTS, indicatorRowKey, taskRowKey, type DepartmentTableContent, type DepartmentTask, type DraftedPart } from './content';

type Funded = Pick<ProjectContent, 'annualFunds' | 'funds'>;

/**
 * The amount a project table states for the year: its 年度资金总额; where it has none, the sum of
 * its funding groups, each by its 资金总额 or else by its parts. The 本级部门 layout's groups are used
 * because they hold every fund line of every layout (the 县级 form's 财政拨款 and 其他资金 included).
 */
export function projectFundsOf(project: Funded): Fen | null {
  if (project.annualFunds !== null) return project.annualFunds;
  const groups = LAYOUTS.本级部门.funding.map((g) => {
    const total = g.total === null ? undefined : project.funds[g.total];
    if (total !== undefined) return total;
    const parts = g.parts.flatMap((p) => (p.key !== g.total && project.funds[p.key] !== undefined ? [project.funds[p.key]!] : []));
    return parts.length ? parts.reduce((a, b) => a + b, 0) : null;
  });
  const stated = groups.filter((g): g is Fen => g !== null);
  return stated.length ? stated.reduce((a, b) => a + b, 0) : null;
}

/** 项目支出 as the project tables give it: the sum of their amounts (a project stating none adds nothing). */
export function projectFundsSum(projects: readonly Funded[]): Fen {
  return projects.reduce((sum, p) => sum + (projectFundsOf(p) ?? 0), 0);
}

/** At most this many projects become 重点工作任务 … */
export const MAX_DRAFTED_TASKS = 5;
/** … fewer where the largest already make up this share (percent) of 项目支出: a department's few large projects are its key work. */
const TASKS_SHARE = 80;
/** The drafted table holds up to this many indicators of each core 二级 (the clerk's included). */
export const INDICATORS_PER_LEVEL2 = 3;
/** The longest 主要实施内容 / 期望达到的目标 drafted from a goal, in characters: a cell's worth. */
const TASK_TEXT_MAX = 120;

/** The projects by amount, largest first (equal amounts by name), those stating none left out. */
function byAmount<P extends ProjectContent>(projects: readonly P[]): { project: P; amount: Fen }[] {
  return projects
    .flatMap((project) => {
      const amount = projectFundsOf(project);
      return amount !== null && amount > 0 ? [{ project, amount }] : [];
    })
    .sort((a, b) => b.amount - a.amount || naturalCompare(a.project.name, b.project.name));
}

/** The largest projects: in order of amount, until they make up TASKS_SHARE of the money or MAX_DRAFTED_TASKS are taken. */
export function keyProjects<P extends ProjectContent>(projects: readonly P[]): { project: P; amount: Fen }[] {
  const ranked = byAmount(projects);
  const total = ranked.reduce((sum, r) => sum + r.amount, 0);
  const taken: typeof ranked = [];
  let covered = 0;
  for (const r of ranked) {
    if (taken.length === MAX_DRAFTED_TASKS || covered * 100 >= total * TASKS_SHARE) break;
    taken.push(r);
    covered += r.amount;
  }
  return taken;
}

/** A goal's sentences: split after 。；;！!? and at line breaks, with their numbering (`目标1：`, `1.`) taken off. */
function sentences(goal: string): string[] {
  return goal
    .split(/(?<=[。；;！!？?])|\n/)
    .map((s) => s.replace(/^\s*(?:目标\s*\d+\s*[：:、.．]?|\d+\s*[、.．)）]|[（(]\d+[)）])\s*/, '').trim())
    .filter((s) => s.replace(/[。；;！!？?\s]/g, '') !== '');
}

/** Whole sentences up to TASK_TEXT_MAX characters (the first one cut where it alone is longer). */
function leading(list: string[]): string {
  let text = '';
  for (const s of list) {
    if (text && (text + s).length > TASK_TEXT_MAX) break;
    text += s;
  }
  return text.length > TASK_TEXT_MAX ? `${text.slice(0, TASK_TEXT_MAX - 1)}…` : text;
}

/** A 重点工作任务 from a project: its first sentence as 主要实施内容, the sentences after it (or the same, where it has one) as 期望达到的目标. */
export function taskOf(project: ProjectContent, amount: Fen): DepartmentTask {
  const list = sentences(project.overallGoal);
  return { name: project.name, content: leading(list.slice(0, 1)), amount, goal: leading(list.length > 1 ? list.slice(1) : list), project: project.name };
}

export interface IndicatorCandidate {
  /** The project table the indicator is from. */
  project: string;
  indicator: Indicator;
}

/**
 * The core 二级: 数量指标 and 质量指标 (what the department's projects produce and how well) and
 * every 满意度 二级 (the framework's under 满意度指标, and a region's own such as `其他满意度`). 时效,
 * 成本 and 效益 indicators are project-specific and do not add up to the department's.
 */
export function isCoreLevel2(level1: string, level2: string, profile: RuleProfile): boolean {
  if (level2 === '数量指标' || level2 === '质量指标') return true;
  return level1 === '满意度指标' || level2.includes('满意度') || profile.framework.level2.some((l) => l.name === level2 && l.level1 === '满意度指标');
}

/** The projects' core indicators to pick from, largest project first, each in the framework's form order. */
export function indicatorCandidates(projects: readonly ProjectContent[], profile: RuleProfile = DEFAULT_PROFILE): IndicatorCandidate[] {
  return byAmount(projects).flatMap(({ project }) =>
    sortIndicators(
      realIndicators(project.indicators).map((r) => r.indicator),
      profile.framework,
    )
      .filter((i) => isCoreLevel2(i.level1, i.level2, profile))
      .map((indicator) => ({
        project: project.name,
        indicator: { level1: indicator.level1, level2: indicator.level2, name: indicator.name, value: indicator.value },
      })),
  );
}

const indicatorKey = (i: Indicator) => `${i.level2}|${i.name.trim()}`;

/** A 部门整体目标表 with nothing entered. */
export function emptyDepartmentTable(departmentName: string): DepartmentTableContent {
  return {
    departmentName,
    blocks: [],
    staff: null,
    subunits: null,
    funds: {},
    overallGoal: '',
    tasks: [],
    otherTasks: '',
    indicators: [],
    notApplicable: [],
    drafted: [],
    status: '草稿',
  };
}

export interface DraftInput {
  departmentName: string;
  year: number;
  /** The year's project tables. */
  projects: readonly ProjectContent[];
  /** The table as stored, where there is one. */
  previous: DepartmentTableContent | null;
  profile: RuleProfile;
}

/**
 * The table with its parts drafted from the projects. A previous table keeps everything the clerk
 * entered: its other lines of 预算整体情况, its own tasks and indicators. Tasks and indicators drafted
 * before and left untouched and unconfirmed are drafted anew; those the clerk changed or confirmed are
 * the clerk's and stay, and a project a task already names, or an indicator already in the table, is
 * not offered twice.
 */
export function draftDepartmentTable({ departmentName, projects, previous, profile }: DraftInput): DepartmentTableContent {
  const base = previous ?? emptyDepartmentTable(departmentName);
  const drafted = new Set<DraftedPart>(base.drafted);
  const funds = { ...base.funds };
  if (projects.length) {
    funds.project = projectFundsSum(projects);
    drafted.add('funds');
  }

  // Drafted again, the rows the last drafting made and the clerk left as they were are made anew.
  const untouched = base.draftedRows ?? { tasks: [], indicators: [] };
  const keptTasks = base.tasks.filter((t) => !untouched.tasks.includes(taskRowKey(t)));
  const named = new Set(keptTasks.flatMap((t) => [t.project, t.name.trim()]).filter((n) => n !== ''));
  const newTasks = keyProjects(projects)
    .filter(({ project }) => !named.has(project.name))
    .map(({ project, amount }) => taskOf(project, amount));
  if (newTasks.length) drafted.add('tasks');

  const candidates = indicatorCandidates(projects, profile);
  const keptIndicators = base.indicators.filter((i) => !untouched.indicators.includes(indicatorRowKey(i)));
  const present = new Set(keptIndicators.map(indicatorKey));
  const perLevel2 = new Map<string, number>();
  for (const i of realIndicators(keptIndicators)) perLevel2.set(i.indicator.level2, (perLevel2.get(i.indicator.level2) ?? 0) + 1);
  const chosen: Indicator[] = [];
  for (const { indicator } of candidates) {
    const count = perLevel2.get(indicator.level2) ?? 0;
    if (present.has(indicatorKey(indicator)) || count >= INDICATORS_PER_LEVEL2) continue;
    present.add(indicatorKey(indicator));
    perLevel2.set(indicator.level2, count + 1);
    chosen.push(indicator);
  }
  if (chosen.length) drafted.add('indicators');

  return {
    ...base,
    departmentName: base.departmentName.trim() ? base.departmentName : departmentName,
    funds,
    tasks: [...keptTasks, ...newTasks],
    indicators: sortIndicators([...keptIndicators, ...chosen], profile.framework),
    drafted: DRAFTED_PARTS.filter((p) => drafted.has(p)),
    draftedRows: { tasks: newTasks.map(taskRowKey), indicators: chosen.map(indicatorRowKey) },
  };
}
