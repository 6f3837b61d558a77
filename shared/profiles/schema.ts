/**
 * The schema of a rule profile, tied to its type: what a department file stores, a `.jxrules` file
 * carries and the API takes. A message names the field in the 审核规则 view's words.
 */
import { z } from 'zod';
import { SEVERITIES } from '../checker/types';
import { parsePoints } from '../evaluation/content';
import { THRESHOLD_PARAMS, UNUSED_LEVEL2, type RuleProfile } from './profile';

z.config(z.locales.zhCN());

const LIMITS = { level1: 20, level2: 100, attributeOptions: 100, rules: 200, name: 100, description: 2000 } as const;

const label = z.string().trim().min(1, '不能为空').max(LIMITS.name, `不能超过 ${LIMITS.name} 个字符`);
const code = z.string().trim().max(10, '编码不能超过 10 个字符');
/** Points with at most two decimals, 0 to 100. */
const points = z
  .number('应为数字')
  .min(0, '分值不能为负')
  .max(100, '分值不能超过 100')
  .refine((n) => parsePoints(String(n)) !== null, '分值最多两位小数');

const monthNumber = z.number('应为数字').int('应为整数').min(1, '应在 1 到 12 之间').max(12, '应在 1 到 12 之间');
const percent = z.number('应为数字').min(0, '应在 0 到 100 之间').max(100, '应在 0 到 100 之间');

const framework = z
  .object({
    level1: z
      .array(z.object({ name: label, code }).strict())
      .min(1, '至少要有一个一级指标')
      .max(LIMITS.level1),
    level2: z
      .array(z.object({ name: label, level1: label, code }).strict())
      .min(1, '至少要有一个二级指标')
      .max(LIMITS.level2),
  })
  .strict()
  .superRefine((f, ctx) => {
    const level1 = f.level1.map((l) => l.name);
    level1.forEach((name, i) => {
      if (level1.indexOf(name) !== i) ctx.addIssue({ code: 'custom', path: ['level1', i, 'name'], message: `一级指标“${name}”重复` });
    });
    const level2 = f.level2.map((l) => l.name);
    f.level2.forEach((l, i) => {
      if (level2.indexOf(l.name) !== i) ctx.addIssue({ code: 'custom', path: ['level2', i, 'name'], message: `二级指标“${l.name}”重复` });
      if (!level1.includes(l.level1))
        ctx.addIssue({ code: 'custom', path: ['level2', i, 'level1'], message: `二级指标“${l.name}”所属的一级指标“${l.level1}”不在框架中` });
    });
  });

const ruleSetting = z
  .object({
    enabled: z.boolean().optional(),
    severity: z.enum(SEVERITIES).optional(),
    params: z.record(z.string().max(100), z.unknown()).optional(),
  })
  .strict();

export const ruleProfileSchema = z
  .object({
    id: z.string().trim().min(1, '不能为空').max(100),
    name: label,
    description: z.string().max(LIMITS.description, `不能超过 ${LIMITS.description} 个字符`),
    version: z.literal(1, '本程序只认识第 1 版的审核规则'),
    framework,
    requiredLevel2: z.array(label).max(LIMITS.level2),
    someBenefitRequired: z.boolean(),
    unusedLevel2: z.enum(UNUSED_LEVEL2, '应为 omit（省略）、不适用 或 0|0 之一'),
    attributeOptions: z.array(label).max(LIMITS.attributeOptions),
    weights: z.object({ execution: points, level1: z.record(label, points) }).strict(),
    thresholds: z
      .object({
        satisfactionFloor: z.number('应为数字').min(0, '应在 0 到 100 之间').max(100, '应在 0 到 100 之间'),
        nameLength: z.number('应为数字').int('应为整数').min(1, '至少 1 个字').max(1000, '不能超过 1000 个字'),
        aboveTargetShare: z.number('应为数字').int('应为整数').min(100, '应不低于 100（%）').max(1000, '不能超过 1000（%）'),
      })
      .strict(),
    rules: z.record(z.string().min(1).max(100), ruleSetting).refine((r) => Object.keys(r).length <= LIMITS.rules, '规则过多'),
    monitoring: z
      .object({
        month: monthNumber,
        margin: percent,
        minimums: z
          .array(z.object({ month: monthNumber, rate: percent }).strict())
          .max(12)
          .refine((m) => m.every((x, i) => i === 0 || (x.month > m[i - 1]!.month && x.rate >= m[i - 1]!.rate)), '应按月份先后排列，比例不递减'),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const level1 = p.framework.level1.map((l) => l.name);
    const level2 = p.framework.level2.map((l) => l.name);
    p.requiredLevel2.forEach((name, i) => {
      if (!level2.includes(name)) ctx.addIssue({ code: 'custom', path: ['requiredLevel2', i], message: `必填的二级指标“${name}”不在框架中` });
    });
    for (const name of level1)
      if (p.weights.level1[name] === undefined) ctx.addIssue({ code: 'custom', path: ['weights', 'level1'], message: `缺少一级指标“${name}”的分值` });
    for (const name of Object.keys(p.weights.level1))
      if (!level1.includes(name)) ctx.addIssue({ code: 'custom', path: ['weights', 'level1', name], message: `“${name}”不是框架中的一级指标` });
    const total = [p.weights.execution, ...Object.values(p.weights.level1)].reduce((sum, n) => sum + (parsePoints(String(n)) ?? 0), 0);
    if (total !== 10_000) ctx.addIssue({ code: 'custom', path: ['weights'], message: `预算执行与各一级指标的分值合计应为 100，现为 ${total / 100}` });
    for (const [threshold, { rule, param }] of Object.entries(THRESHOLD_PARAMS))
      if (p.rules[rule]?.params?.[param] !== undefined)
        ctx.addIssue({ code: 'custom', path: ['rules', rule, 'params', param], message: `由阈值 thresholds.${threshold} 设定，请在那里修改` });
  }) satisfies z.ZodType<RuleProfile>;

/** The fields as the 审核规则 view names them (a field of its own where the view has one). */
const FIELD_NAMES: Record<string, string> = {
  'weights.execution': '自评分值·预算执行',
  'thresholds.satisfactionFloor': '阈值·满意度指标值下限',
  'thresholds.nameLength': '阈值·三级指标名称长度',
  'thresholds.aboveTargetShare': '阈值·超出目标须说明的比例',
  id: '编号',
  name: '名称',
  description: '说明',
  version: '版本',
  framework: '指标框架',
  requiredLevel2: '必填的二级指标',
  someBenefitRequired: '至少一项效益指标',
  unusedLevel2: '不用的二级指标',
  attributeOptions: '项目属性选项',
  weights: '自评分值',
  thresholds: '阈值',
  'monitoring.month': '监控·截至月份',
  'monitoring.margin': '监控·黄灯幅度',
  'monitoring.minimums': '监控·各月最低执行率',
  monitoring: '监控',
  rules: '规则',
};

/** The name of the field at a path: the most particular the view has, an 一级's weight by its 一级. */
function fieldName(path: string[]): string {
  if (path[0] === 'weights' && path[1] === 'level1' && path[2] !== undefined) return `自评分值·${path[2]}`;
  for (let n = path.length; n > 0; n--) {
    const name = FIELD_NAMES[path.slice(0, n).join('.')];
    if (name) return name;
  }
  return path[0]!;
}

/** A profile's first problem: `阈值·满意度指标值下限（thresholds.satisfactionFloor）：应在 0 到 100 之间`. */
export function profileProblem(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const path = issue.path.map(String);
  if (path.length === 0) return issue.message;
  return `${fieldName(path)}（${path.join('.')}）：${issue.message}`;
}
