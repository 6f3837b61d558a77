/** Schemas of the interchange JSON (DESIGN.md §3): what a data package may hold, checked on import. */
import { z } from 'zod';
import { FUND_KEYS, LAYOUT_IDS } from '../layouts';
import { parseWan } from '../money';
import { indicator, year } from './schemas';

const text = (max: number) => z.string().max(max);
/** An amount in 万元, exact to the 分. */
const wan = z
  .number()
  .nonnegative()
  .refine((n) => parseWan(String(n)).ok, '金额最多精确到分（万元下 6 位小数）');

export const targetTableSchema = z
  .object({
    layout: z.enum(LAYOUT_IDS),
    year,
    unit: z.literal('万元'),
    projectName: text(300).refine((s) => s.trim() !== '', '项目名称不能为空'),
    department: text(300),
    implementingUnit: text(300),
    attribute: text(300),
    period: text(300),
    fundType: text(300).nullable(),
    totalFunds: wan.nullable(),
    annualFunds: wan.nullable(),
    funds: z.partialRecord(z.enum(FUND_KEYS), wan),
    overallGoal: text(20000),
    indicators: z.array(indicator).max(2000),
  })
  .strict();

const budgetLine = { initialBudget: z.number().nullable().optional(), fullYearBudget: z.number().nullable(), executed: z.number().nullable(), rate: text(50).nullable() };

export const selfEvaluationSchema = z.object({
  variant: z.literal('转移支付').optional(),
  year,
  projectName: text(300),
  department: text(300),
  implementingUnit: text(300),
  centralDepartment: text(300).optional(),
  funds: z.object({
    total: z.object({ ...budgetLine, weight: z.number().nullable(), score: z.number().nullable() }),
    fiscal: z.object(budgetLine).optional(),
    carryover: z.object(budgetLine).optional(),
    central: z.object(budgetLine).optional(),
    local: z.object(budgetLine).optional(),
    other: z.object(budgetLine).optional(),
  }),
  plannedGoal: text(20000),
  actualOutcome: text(20000),
  indicators: z
    .array(
      z.object({
        level1: text(100),
        level2: text(100),
        name: text(1000),
        target: text(1000),
        actual: text(1000),
        weight: z.number().nullable(),
        score: z.number().nullable(),
        deviation: text(5000),
      }),
    )
    .max(2000),
  level1Weights: z.record(z.string(), z.number()),
  totalWeight: z.number().nullable(),
  totalScore: z.number().nullable(),
  fundManagement: z.array(z.object({ item: text(100), explanation: text(5000), problems: text(5000) })).max(20).optional(),
  remarks: text(5000).optional(),
});

/** A data package as `jixiao export --format json` writes it. */
export const interchangePackageSchema = z.object({
  targetTables: z.array(targetTableSchema).max(100_000),
  selfEvaluations: z.array(selfEvaluationSchema).max(100_000).default([]),
  warnings: z.array(z.string()).optional(),
});

/** A bare list of target tables, as the fixtures' truth files hold them. */
export const targetTableListSchema = z.array(targetTableSchema).max(100_000);
