/**
 * A reviewer's corpus: 200+ 绩效目标表 in real-world shapes, each with every finding a careful reviewer writes beside
 * it, for measuring the checker (test/unit/reviewCorpus.test.ts: precision and recall by rule). The expected findings
 * were written from each table's content and the rules the checker is meant to apply, never copied from its output.
 *
 * Sources: the 21 published tables of the fixtures (review/seeds.ts), the tables of other regions' shapes
 * (review/regions.ts), and variants of six sound tables in the three layouts, each changing one or a few things a
 * reviewer cares about, quiet (review/quiet.ts) or flagged (review/findings.ts).
 *
 * How the reviewer reads a table (where a rule leaves room):
 * - A value is measurable with a number and a unit: a measure word or unit after the number (`260盏`, `1800立方米`,
 *   `36人/月`, `500元/人·月`), a unit in the indicator's name (`（人）`), or one in the row's 计量单位 column; a bare
 *   number with none of these is a 提醒, a 数量/成本 value without a number an 错误. `XX万` in a cost is 万元, with a
 *   提醒 to write it in full.
 * - An empty 指标值 is one finding (`tree.names`, 指标值为空); the rules on the form of a value do not judge it again.
 * - 时效 is a date (`2023年第三季度`, `每月10日前`, `每季度首月`), a duration (`30日内`, `一年内完成`) or a rate; `及时`,
 *   `按时`, `按期`, `按计划`, `尽快`, `法定期限内` are not. A date is flagged when it is outside the fiscal year or the
 *   项目期; the corpus holds no date that is inside one and outside the other.
 * - Vague (质量, 效益 and 满意度 二级): a value without a number, a named standard or a checkable state, that only says
 *   a direction or degree (提升, 有所增长, 持续向好, 作用明显, 良好, 达标, 合格, 较2023年提升 …) or repeats the name.
 *   A comparator against a stated figure (`低于上年度数`, `高于全区规上工业平均水平`), a state (`全部消除`, `通过…审定`,
 *   `无安全事故`, `建立…机制`) and `达到` where the name states the condition are not vague.
 * - Two measures in one name: parts separated by `、`, `；` or `，` that are each an indicator of their own (`演出场次、
 *   观众人次`, two clauses with their own verbs). Parts that share one head word (`政务服务、社会治理现代化水平`), modify one
 *   thing (`线上、线下办展`), are verbs on one object (`宣传、展示、推介…成果`), or are gathered by `等` into one count
 *   are one measure. `和`, `及` are not read as separators.
 * - Name length: characters of the name without white space and without the form's numbering (`指标 2:`); more than
 *   20 is a 提醒, exactly 20 is not.
 * - 不适用: a 二级 declared so (`0 | 0`, a row saying `不适用`, `无` or `/`, or the table's list) is no indicator. Where
 *   the 二级 is not mandatory that is the end of it (the county form, which lists every 二级, included); a mandatory
 *   one stays `tree.required` at the 二级; a declaration written other than the department's rules write it (`0 | 0`
 *   where they write 不适用, any where they leave unused 二级 out) is `tree.not-applicable`. An 一级 with no indicator
 *   is `tree.level1` at the 一级 whatever its rows declare. The 2021 framework's 成本 二级 (经济成本指标 …) satisfy
 *   the 成本 requirement.
 * - `无` is a real value where the name states a bad outcome (事故, 投诉, 违规, 雾霾, 污染, 案件, 上访, 差错 …).
 * - Money: a cost written per unit is multiplied by the 数量 it belongs to, as a reviewer pairs them by meaning; a
 *   ceiling (`≤3000元/人`) counts at its figure; where a total cannot be worked out no money finding is made. An annual
 *   amount 10,000 times the costs or the 测算依据 is `money.yuan-as-wan`, not `money.cost-coverage`.
 * - Places: the 三级 name for an indicator (its 二级 for a row that declares 不适用), the header field or fund key, the
 *   二级 for the tree and `成本指标` for the costs as a whole, the 一级 for a finding about an 一级 (`tree.level1`, and
 *   `tree.required` asking for some 效益), `政策依据`/`测算依据` for those fields of 其他信息, '' for the table.
 */
import { findingCases } from './review/findings';
import { quietCases } from './review/quiet';
import { regionCases } from './review/regions';
import { seedCases } from './review/seeds';
import { BASES, baseCase, type ReviewCase } from './review/tables';

export type { ExpectedFinding, ReviewCase } from './review/tables';

/** The rules added with the measure, each of which the corpus must use at least 5 times. */
export const ADDED_RULES = [
  'value.unit-in-full',
  'value.timeliness',
  'name.single-measure',
  'name.length',
  'period.order',
  'period.fiscal-year',
  'money.yuan-as-wan',
  'basis.policy',
  'basis.calculation',
  'basis.explanation',
] as const;

/** The rules the measure counts: every rule of the issue; `hygiene.value` and the 自评表's rules are outside it. */
export const MEASURED_RULES = [
  'header.required',
  'funding.group-sum',
  'funding.annual-sum',
  'funding.within-total',
  'tree.level1',
  'tree.required',
  'tree.not-applicable',
  'tree.names',
  'value.measurable',
  'value.placeholder',
  'value.date-in-year',
  'value.satisfaction',
  'value.satisfaction-comparator',
  'value.satisfaction-low',
  'value.rate-max',
  'table.qualitative',
  'value.vague',
  'money.cost-within-funds',
  'money.cost-coverage',
  ...ADDED_RULES,
] as const;

export const REVIEW_CORPUS: ReviewCase[] = [...seedCases(), ...regionCases(), ...BASES.map(baseCase), ...quietCases(), ...findingCases()];
