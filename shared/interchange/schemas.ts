/**
 * Schemas of the interchange JSON (docs/ARCHITECTURE.md): what a data package may hold, checked on
 * import; each tied to its type, so that the two cannot drift apart.
 */
import { z } from 'zod';
import { DEPARTMENT_FUND_KEYS } from '../department/layout';
import { FUND_KEYS, LAYOUT_IDS } from '../layouts';
import { parseWan } from '../money';
import { DEPARTMENT_TASK_LIMIT, INDICATOR_LIMIT, indicator, levelName, otherInfo, text, TEXT_LIMITS, year } from '../api/schemas';
import type { DepartmentEvaluation, DepartmentTable } from './departmentTable';
import type { MonitoringTable } from './monitoring';
import type { SelfEvaluation } from './selfEvaluation';
import type { TargetTable } from './targetTable';

/** An amount in 万元, exact to the 分, no larger than an amount the app keeps. */
const wan = z.number().superRefine((n, context) => {
  const parsed = parseWan(String(n));
  if (!parsed.ok) context.addIssue({ code: 'custom', message: parsed.message });
});
const { line, goal, explanation, label } = TEXT_LIMITS;

export const targetTableSchema = z
  .object({
    layout: z.enum(LAYOUT_IDS),
    year: year.nullable(),
    unit: z.literal('万元'),
    projectName: text(line).refine((s) => s.trim() !== '', '项目名称不能为空'),
    department: text(line),
    implementingUnit: text(line),
    attribute: text(line),
    period: text(line),
    fundType: text(line).nullable(),
    totalFunds: wan.nullable(),
    annualFunds: wan.nullable(),
    funds: z.partialRecord(z.enum(FUND_KEYS), wan),
    overallGoal: text(goal),
    indicators: z.array(indicator).max(INDICATOR_LIMIT),
    code: text(line).optional(),
    departmentCode: text(line).optional(),
    otherInfo: otherInfo.optional(),
    notApplicable: z.array(levelName).max(50).optional(),
  })
  .strict() satisfies z.ZodType<TargetTable>;

const budgetLine = {
  initialBudget: z.number().nullable().optional(),
  fullYearBudget: z.number().nullable(),
  executed: z.number().nullable(),
  rate: text(TEXT_LIMITS.rate).nullable(),
};

const evaluationIndicators = z
  .array(
    z.object({
      level1: text(label),
      level2: text(label),
      name: text(TEXT_LIMITS.indicator),
      target: text(TEXT_LIMITS.indicator),
      actual: text(TEXT_LIMITS.indicator),
      weight: z.number().nullable(),
      score: z.number().nullable(),
      deviation: text(explanation),
    }),
  )
  .max(INDICATOR_LIMIT);

export const selfEvaluationSchema = z.object({
  variant: z.literal('转移支付').optional(),
  year: year.nullable(),
  projectName: text(line),
  department: text(line),
  implementingUnit: text(line),
  centralDepartment: text(line).optional(),
  funds: z.object({
    total: z.object({ ...budgetLine, weight: z.number().nullable(), score: z.number().nullable() }),
    fiscal: z.object(budgetLine).optional(),
    carryover: z.object(budgetLine).optional(),
    central: z.object(budgetLine).optional(),
    local: z.object(budgetLine).optional(),
    other: z.object(budgetLine).optional(),
  }),
  plannedGoal: text(goal),
  actualOutcome: text(goal),
  indicators: evaluationIndicators,
  level1Weights: z.record(z.string(), z.number()),
  totalWeight: z.number().nullable(),
  totalScore: z.number().nullable(),
  fundManagement: z
    .array(z.object({ item: text(label), explanation: text(explanation), problems: text(explanation) }))
    .max(20)
    .optional(),
  remarks: text(explanation).optional(),
}) satisfies z.ZodType<SelfEvaluation>;

const monitoringLine = z
  .object({ initialBudget: wan.nullable(), executed: wan.nullable(), rate: text(TEXT_LIMITS.rate).nullable(), forecast: wan.nullable() })
  .strict();

export const monitoringTableSchema = z
  .object({
    projectName: text(line).refine((s) => s.trim() !== '', '项目名称不能为空'),
    year: year.nullable(),
    month: z.number().int().min(1, '月份应在 1 到 12 之间').max(12, '月份应在 1 到 12 之间'),
    department: text(line),
    implementingUnit: text(line),
    overallGoal: text(goal),
    goalProgress: text(goal),
    funds: z
      .object({ total: monitoringLine, fiscal: monitoringLine.optional(), carryover: monitoringLine.optional(), other: monitoringLine.optional() })
      .strict(),
    indicators: z
      .array(
        z
          .object({
            level1: text(label),
            level2: text(label),
            name: text(TEXT_LIMITS.indicator),
            target: text(TEXT_LIMITS.indicator),
            progress: text(TEXT_LIMITS.indicator),
            forecast: text(TEXT_LIMITS.indicator),
            causes: z.array(text(label)).max(10),
            explanation: text(explanation),
            likelihood: text(label),
            remarks: text(explanation),
          })
          .strict(),
      )
      .max(INDICATOR_LIMIT),
  })
  .strict() satisfies z.ZodType<MonitoringTable>;

const headcount = z.number().int().min(0).max(10_000_000).nullable();

export const departmentTableSchema = z
  .object({
    departmentName: text(line),
    year: year.nullable(),
    staff: headcount,
    subunits: headcount,
    funds: z.partialRecord(z.enum(DEPARTMENT_FUND_KEYS), wan),
    overallGoal: text(goal),
    tasks: z.array(z.object({ name: text(line), content: text(goal), amount: wan.nullable(), goal: text(goal) }).strict()).max(DEPARTMENT_TASK_LIMIT),
    otherTasks: text(goal),
    indicators: z.array(indicator).max(INDICATOR_LIMIT),
    notApplicable: z.array(levelName).max(50).optional(),
  })
  .strict() satisfies z.ZodType<DepartmentTable>;

export const departmentEvaluationSchema = z
  .object({
    departmentName: text(line),
    year: year.nullable(),
    funds: z
      .object({
        total: z.object({ ...budgetLine, weight: z.number().nullable(), score: z.number().nullable() }),
        basic: z.object(budgetLine).optional(),
        project: z.object(budgetLine).optional(),
        fiscal: z.object(budgetLine).optional(),
        other: z.object(budgetLine).optional(),
      })
      .strict(),
    tasks: z.array(z.object({ name: text(line), content: text(goal), amount: wan.nullable(), outcome: text(goal) }).strict()).max(DEPARTMENT_TASK_LIMIT),
    plannedGoal: text(goal),
    actualOutcome: text(goal),
    indicators: evaluationIndicators,
    level1Weights: z.record(z.string(), z.number()),
    totalWeight: z.number().nullable(),
    totalScore: z.number().nullable(),
  })
  .strict() satisfies z.ZodType<DepartmentEvaluation>;

/** A data package as `jixiao export --format json` writes it. */
export const interchangePackageSchema = z.object({
  targetTables: z.array(targetTableSchema).max(100_000),
  selfEvaluations: z.array(selfEvaluationSchema).max(100_000).default([]),
  monitoring: z.array(monitoringTableSchema).max(100_000).default([]),
  departmentTables: z.array(departmentTableSchema).max(1000).default([]),
  departmentEvaluations: z.array(departmentEvaluationSchema).max(1000).default([]),
  warnings: z.array(z.string()).optional(),
});

/** A bare list of target tables, as the fixtures' truth files hold them. */
export const targetTableListSchema = z.array(targetTableSchema).max(100_000);
