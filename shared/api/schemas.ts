/**
 * Schemas of the values that cross a transport, checked where they come in: the stored shapes
 * (shared/project.ts, shared/evaluation/content.ts), each tied to its type.
 */
import { z } from 'zod';
import { DEPARTMENT_NAME_MISSING, DEPARTMENT_NAME_TOO_LONG, departmentNameFits } from '../departmentName';
import { MAP_LIMITS, MAP_NAME_MAX, MAP_NAME_REFUSED, type LayoutMap } from '../forms/layoutMap';
import { FUND_KEYS, LAYOUT_IDS } from '../layouts';
import { INDICATOR_EXTRA_KEYS, PROJECT_STATUSES, type Indicator, type ProjectContent } from '../project';
import { DEPARTMENT_STATUSES, DRAFTED_PARTS, type DepartmentEvaluationContent, type DepartmentTableContent } from '../department/content';
import { DEPARTMENT_BLOCK_IDS, DEPARTMENT_FUND_KEYS } from '../department/layout';
import { MAX_POINTS, VARIANTS, type EvaluationContent } from '../evaluation/content';
import { formatWan, MAX_FEN } from '../money';
import { CAUSES, LIKELIHOODS, type MonitoringContent } from '../monitoring/content';
import { ruleSettingsProblem } from '../profiles/catalog';
import { ruleProfileSchema } from '../profiles/schema';
import { xmlSafe } from '../text';

z.config(z.locales.zhCN());

/**
 * How long each kind of text may be: the same limits hold for what the editor saves, what a
 * workbook is read into and what a data package carries, so that whatever is imported can be saved.
 */
export const TEXT_LIMITS = {
  /** Names and one-line header fields (项目名称, 主管部门, 项目属性 …). */
  line: 300,
  /** 年度总体绩效目标, 预期目标, 实际完成情况. */
  goal: 20000,
  /** An indicator's 名称, 指标值, 实际完成值. */
  indicator: 1000,
  /** 偏差原因, 情况说明, 说明. */
  explanation: 5000,
  /** A level name or a 资金管理情况 item. */
  label: 100,
  /** A printed 执行率. */
  rate: 50,
} as const;
/** Indicators of one table. */
export const INDICATOR_LIMIT = 2000;
/** Rows of 年度重点工作任务 a 部门整体 table may hold. */
export const DEPARTMENT_TASK_LIMIT = 500;
/** Fields of 其他信息 of one table. */
export const OTHER_INFO_LIMIT = 100;

/** Text with the characters XML forbids removed, then held to its limit. */
export const text = (max: number) =>
  z
    .string()
    .transform(xmlSafe)
    .pipe(z.string().max(max, `不能超过 ${max} 个字符`));

export const fen = z
  .number()
  .int()
  .nonnegative()
  .max(MAX_FEN, `金额过大：最多 ${formatWan(MAX_FEN)} 万元`);
export const year = z.number().int().min(2000, '年度应在 2000 年之后').max(2100, '年度应在 2100 年之前');
export const departmentFile = z
  .string()
  .min(1)
  .max(255)
  .refine((f) => !/[\\/]|^\.\.?$/.test(f), '单位文件名不能包含路径');
export const projectId = z.number().int().positive();
export const layoutId = z.enum(LAYOUT_IDS);

/** What an import or a copy does with a table whose project name the year already has: replace that project, keep both, or skip the table. */
export const CONFLICT_POLICIES = ['replace', 'keep', 'skip'] as const;
export type ConflictPolicy = (typeof CONFLICT_POLICIES)[number];
export const conflictPolicy = z.enum(CONFLICT_POLICIES);

export const EXPORT_FORMATS = ['xlsx', 'docx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const exportFormat = z.enum(EXPORT_FORMATS);
export const projectName = text(TEXT_LIMITS.line).refine((s) => s.trim() !== '', '项目名称不能为空');

/** A level name: the taxonomy's, or a region's own as written (the checker says whether the department's rules know it). */
export const levelName = text(TEXT_LIMITS.label).refine((s) => s.trim() !== '', '一级、二级指标不能为空');

export const indicator = z
  .object({
    level1: levelName,
    level2: levelName,
    name: text(TEXT_LIMITS.indicator),
    value: text(TEXT_LIMITS.indicator),
    extra: z.partialRecord(z.enum(INDICATOR_EXTRA_KEYS), text(TEXT_LIMITS.indicator)).optional(),
  })
  .strict() satisfies z.ZodType<Indicator>;

/** Labelled fields of a table without a place of their own. */
export const otherInfo = z.array(z.object({ label: text(TEXT_LIMITS.label), value: text(TEXT_LIMITS.goal) }).strict()).max(OTHER_INFO_LIMIT);

export const projectContent = z
  .object({
    name: projectName,
    code: text(TEXT_LIMITS.line),
    department: text(TEXT_LIMITS.line),
    departmentCode: text(TEXT_LIMITS.line),
    implementingUnit: text(TEXT_LIMITS.line),
    attribute: text(TEXT_LIMITS.line),
    period: text(TEXT_LIMITS.line),
    fundType: text(TEXT_LIMITS.line),
    totalFunds: fen.nullable(),
    annualFunds: fen.nullable(),
    funds: z.partialRecord(z.enum(FUND_KEYS), fen),
    overallGoal: text(TEXT_LIMITS.goal),
    indicators: z.array(indicator).max(INDICATOR_LIMIT),
    otherInfo,
    notApplicable: z.array(levelName).max(50),
    status: z.enum(PROJECT_STATUSES),
  })
  .strict() satisfies z.ZodType<ProjectContent>;

export const newDepartment = z
  .object({
    name: z
      .string()
      .refine((s) => s.trim() !== '', DEPARTMENT_NAME_MISSING)
      .refine(departmentNameFits, DEPARTMENT_NAME_TOO_LONG),
    code: text(100),
    supervisor: text(200),
    layout: layoutId,
  })
  .strict();

export const findingKey = z.string().min(1).max(2000);
export const acknowledgementNote = text(500).refine((s) => s.trim() !== '', '请填写说明');

/** Hundredths of a point: weights and scores of the 自评表, 0 to 100 分. */
const points = z.number().int().min(0, '分值和得分不能为负').max(MAX_POINTS, '分值和得分不能超过 100');
const scoreOverride = z
  .object({ score: points, reason: text(TEXT_LIMITS.indicator) })
  .strict()
  .nullable();
const figures = z.object({ initialBudget: fen.nullable(), fullYearBudget: fen.nullable(), executed: fen.nullable() }).strict();

/** What an indicator of a 自评表 or 执行监控表 holds from the targets. */
const formIndicator = {
  level1: levelName,
  level2: text(TEXT_LIMITS.label),
  name: text(TEXT_LIMITS.indicator),
  target: text(TEXT_LIMITS.indicator),
};

const evaluationIndicator = z
  .object({
    ...formIndicator,
    actual: text(TEXT_LIMITS.indicator),
    weight: points.nullable(),
    override: scoreOverride,
    deviation: text(TEXT_LIMITS.explanation),
    deviationDraft: z.boolean().optional(),
  })
  .strict();

export const evaluationContent = z
  .object({
    variant: z.enum(VARIANTS),
    department: text(TEXT_LIMITS.line),
    implementingUnit: text(TEXT_LIMITS.line),
    centralDepartment: text(TEXT_LIMITS.line),
    budget: z.partialRecord(z.enum(['total', 'fiscal', 'carryover', 'central', 'local', 'other']), figures),
    executionWeight: points,
    executionOverride: scoreOverride,
    plannedGoal: text(TEXT_LIMITS.goal),
    actualOutcome: text(TEXT_LIMITS.goal),
    level1Weights: z.record(levelName, points).refine((weights) => Object.keys(weights).length <= 20, '一级指标过多'),
    indicators: z.array(evaluationIndicator).max(INDICATOR_LIMIT),
    fundManagement: z
      .array(z.object({ item: text(TEXT_LIMITS.label), explanation: text(TEXT_LIMITS.explanation), problems: text(TEXT_LIMITS.explanation) }).strict())
      .max(20),
    remarks: text(TEXT_LIMITS.explanation),
  })
  .strict() satisfies z.ZodType<EvaluationContent>;

const monitoringFigures = z.object({ initialBudget: fen.nullable(), executed: fen.nullable(), forecast: fen.nullable() }).strict();

export const monitoringContent = z
  .object({
    month: z.number().int().min(1, '月份应在 1 到 12 之间').max(12, '月份应在 1 到 12 之间'),
    department: text(TEXT_LIMITS.line),
    implementingUnit: text(TEXT_LIMITS.line),
    overallGoal: text(TEXT_LIMITS.goal),
    goalProgress: text(TEXT_LIMITS.goal),
    funds: z.partialRecord(z.enum(['total', 'fiscal', 'carryover', 'other']), monitoringFigures),
    indicators: z
      .array(
        z
          .object({
            ...formIndicator,
            progress: text(TEXT_LIMITS.indicator),
            forecast: text(TEXT_LIMITS.indicator),
            causes: z.array(z.enum(CAUSES)).max(CAUSES.length),
            explanation: text(TEXT_LIMITS.explanation),
            likelihood: z.enum([...LIKELIHOODS, '']),
            remarks: text(TEXT_LIMITS.explanation),
          })
          .strict(),
      )
      .max(INDICATOR_LIMIT),
  })
  .strict() satisfies z.ZodType<MonitoringContent>;

const departmentStatus = z.enum(DEPARTMENT_STATUSES);
/** 财政供养人员数, 下属二级单位数. */
const headcount = z.number().int().min(0, '人数和单位数不能为负').max(10_000_000, '人数和单位数过大').nullable();

export const departmentTableContent = z
  .object({
    departmentName: text(TEXT_LIMITS.line),
    blocks: z.array(z.enum(DEPARTMENT_BLOCK_IDS)).max(DEPARTMENT_BLOCK_IDS.length),
    staff: headcount,
    subunits: headcount,
    funds: z.partialRecord(z.enum(DEPARTMENT_FUND_KEYS), fen),
    overallGoal: text(TEXT_LIMITS.goal),
    tasks: z
      .array(
        z
          .object({
            name: text(TEXT_LIMITS.line),
            content: text(TEXT_LIMITS.goal),
            amount: fen.nullable(),
            goal: text(TEXT_LIMITS.goal),
            project: text(TEXT_LIMITS.line),
          })
          .strict(),
      )
      .max(DEPARTMENT_TASK_LIMIT),
    otherTasks: text(TEXT_LIMITS.goal),
    indicators: z.array(indicator).max(INDICATOR_LIMIT),
    notApplicable: z.array(levelName).max(50),
    drafted: z.array(z.enum(DRAFTED_PARTS)).max(DRAFTED_PARTS.length),
    draftedRows: z
      .object({
        tasks: z.array(text(TEXT_LIMITS.goal * 3)).max(DEPARTMENT_TASK_LIMIT),
        indicators: z.array(text(TEXT_LIMITS.indicator * 3)).max(INDICATOR_LIMIT),
      })
      .strict()
      .optional(),
    status: departmentStatus,
  })
  .strict() satisfies z.ZodType<DepartmentTableContent>;

export const departmentEvaluationContent = z
  .object({
    departmentName: text(TEXT_LIMITS.line),
    budget: z.partialRecord(z.enum(['total', 'basic', 'project', 'fiscal', 'other']), figures),
    executionWeight: points,
    executionOverride: scoreOverride,
    tasks: z
      .array(z.object({ name: text(TEXT_LIMITS.line), content: text(TEXT_LIMITS.goal), amount: fen.nullable(), outcome: text(TEXT_LIMITS.goal) }).strict())
      .max(DEPARTMENT_TASK_LIMIT),
    plannedGoal: text(TEXT_LIMITS.goal),
    actualOutcome: text(TEXT_LIMITS.goal),
    level1Weights: z.record(levelName, points).refine((weights) => Object.keys(weights).length <= 20, '一级指标过多'),
    indicators: z.array(evaluationIndicator).max(INDICATOR_LIMIT),
    status: departmentStatus,
  })
  .strict() satisfies z.ZodType<DepartmentEvaluationContent>;

/** A layout map's name, which names its file: as a department's, no path and nothing a file system refuses. */
export const layoutMapName = z
  .string()
  .transform((s) => s.trim())
  .pipe(
    z
      .string()
      .min(1, '表样名称不能为空')
      .max(MAP_NAME_MAX, `表样名称最多 ${MAP_NAME_MAX} 个字`)
      .refine((s) => !MAP_NAME_REFUSED.test(s), '表样名称不能包含 \\ / : * ? " < > | 等字符，不能以点开头或结尾，也不能是 CON、NUL 等设备名'),
  );

const mapRow = z.number().int().min(0).max(MAP_LIMITS.rows);
const mapCol = z.number().int().min(0).max(MAP_LIMITS.cols);
const mapPlace = z.object({ row: mapRow, col: mapCol }).strict();

export const layoutMap = z
  .object({
    name: layoutMapName,
    fingerprint: z
      .array(z.object({ row: mapRow, col: mapCol, text: z.string().min(1).max(MAP_LIMITS.label) }).strict())
      .min(2, '至少要有两处用来识别表样的文字')
      .max(MAP_LIMITS.fingerprint),
    fields: z
      .object({
        name: mapPlace,
        code: mapPlace.optional(),
        department: mapPlace.optional(),
        implementingUnit: mapPlace.optional(),
        attribute: mapPlace.optional(),
        period: mapPlace.optional(),
        fundType: mapPlace.optional(),
        totalFunds: mapPlace.optional(),
        annualFunds: mapPlace.optional(),
        overallGoal: mapPlace.optional(),
      })
      .strict(),
    indicatorHeaderRow: mapRow,
    columns: z
      .object({ level1: mapCol.optional(), level2: mapCol.optional(), name: mapCol, value: mapCol })
      .strict()
      .refine((c) => c.level1 !== undefined || c.level2 !== undefined, '应指定一级指标列或二级指标列'),
  })
  .strict()
  .refine((m) => Object.values(m.fields).every((p) => p === undefined || p.row < m.indicatorHeaderRow), {
    message: '各字段应在指标表头上方',
    path: ['indicatorHeaderRow'],
  }) satisfies z.ZodType<LayoutMap>;

/** A rule profile as the API takes one: sound by its own schema, and naming only rules and parameters this version has. */
export const ruleProfile = ruleProfileSchema.superRefine((profile, ctx) => {
  const problem = ruleSettingsProblem(profile.rules);
  if (problem) ctx.addIssue({ code: 'custom', path: ['rules'], message: problem });
});
