/** Schemas of the values that cross a transport, checked where they come in. */
import { z } from 'zod';
import { DEPARTMENT_NAME_TOO_LONG, departmentNameFits } from '../departmentName';
import { FUND_KEYS, LAYOUT_IDS } from '../layouts';
import { PROJECT_STATUSES } from '../project';
import { VARIANTS } from '../evaluation/content';
import { LEVEL1_NAMES, LEVEL2_NAMES, LEVEL2, type Level1Name, type Level2Name } from '../taxonomy';

z.config(z.locales.zhCN());

const text = (max: number) => z.string().max(max, `不能超过 ${max} 个字符`);

export const fen = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
export const year = z.number().int().min(2000, '年度应在 2000 年之后').max(2100, '年度应在 2100 年之前');
export const departmentFile = z
  .string()
  .min(1)
  .max(255)
  .refine((f) => !/[\\/]|^\.\.?$/.test(f), '单位文件名不能包含路径');
export const projectId = z.number().int().positive();
export const projectName = text(300).refine((s) => s.trim() !== '', '项目名称不能为空');

export const indicator = z
  .object({
    level1: z.enum(LEVEL1_NAMES as [Level1Name, ...Level1Name[]]),
    level2: z.enum(LEVEL2_NAMES as [Level2Name, ...Level2Name[]]),
    name: text(1000),
    value: text(1000),
  })
  .strict()
  .refine((i) => LEVEL2.some((l) => l.name === i.level2 && l.level1 === i.level1), '二级指标不属于所填的一级指标');

export const projectContent = z
  .object({
    name: projectName,
    department: text(300),
    implementingUnit: text(300),
    attribute: text(300),
    period: text(300),
    fundType: text(300),
    totalFunds: fen.nullable(),
    annualFunds: fen.nullable(),
    funds: z.partialRecord(z.enum(FUND_KEYS), fen),
    overallGoal: text(20000),
    indicators: z.array(indicator).max(2000),
    status: z.enum(PROJECT_STATUSES),
  })
  .strict();

export const newDepartment = z
  .object({
    name: z
      .string()
      .refine((s) => s.trim() !== '', '单位名称不能为空')
      .refine(departmentNameFits, DEPARTMENT_NAME_TOO_LONG),
    code: text(100),
    supervisor: text(200),
    layout: z.enum(LAYOUT_IDS),
  })
  .strict();

export const findingKey = z.string().min(1).max(2000);
export const acknowledgementNote = text(500).refine((s) => s.trim() !== '', '请填写说明');

/** Hundredths of a point: weights and scores of the 自评表, 0 to 100 分. */
const points = z.number().int().min(0, '分值和得分不能为负').max(10_000, '分值和得分不能超过 100');
const scoreOverride = z.object({ score: points, reason: text(1000) }).strict().nullable();
const figures = z.object({ initialBudget: fen.nullable(), fullYearBudget: fen.nullable(), executed: fen.nullable() }).strict();

export const evaluationContent = z
  .object({
    variant: z.enum(VARIANTS),
    department: text(300),
    implementingUnit: text(300),
    centralDepartment: text(300),
    budget: z.partialRecord(z.enum(['total', 'fiscal', 'carryover', 'central', 'local', 'other']), figures),
    executionWeight: points,
    executionOverride: scoreOverride,
    plannedGoal: text(20000),
    actualOutcome: text(20000),
    level1Weights: z.partialRecord(z.enum(LEVEL1_NAMES as [Level1Name, ...Level1Name[]]), points),
    indicators: z
      .array(
        z
          .object({
            level1: z.enum(LEVEL1_NAMES as [Level1Name, ...Level1Name[]]),
            level2: text(100),
            name: text(1000),
            target: text(1000),
            actual: text(1000),
            weight: points.nullable(),
            override: scoreOverride,
            deviation: text(5000),
          })
          .strict(),
      )
      .max(2000),
    fundManagement: z.array(z.object({ item: text(100), explanation: text(5000), problems: text(5000) }).strict()).max(20),
    remarks: text(5000),
  })
  .strict();
