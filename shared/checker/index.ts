/**
 * The checker (审核): every rule a reviewer applies to a 绩效目标表. Rules are data plus a small
 * function each; a region's settings can switch one off, change its severity or its thresholds.
 */
import type { LayoutDef } from '../layouts';
import type { ProjectContent } from '../project';
import { basisCalculation, basisExplanation, basisPolicy } from './rules/basis';
import { ruleSettings } from '../profiles/apply';
import type { RuleProfile } from '../profiles/profile';
import { DEFAULT_PROFILE } from '../profiles/shipped';
import { fundingAnnualSum, fundingGroupSum, fundingWithinTotal } from './rules/funding';
import { headerRequired } from './rules/header';
import { hygieneValue } from './rules/hygiene';
import { moneyCostCoverage, moneyCostWithinFunds, moneyYuanAsWan } from './rules/money';
import { nameLength, nameSingleMeasure } from './rules/names';
import { periodFiscalYear, periodOrder } from './rules/period';
import { treeLevel1, treeNames, treeNotApplicable, treeRequired } from './rules/tree';
import {
  tableQualitative,
  valueDateInYear,
  valueMeasurable,
  valuePlaceholder,
  valueRateMax,
  valueSatisfaction,
  valueSatisfactionComparator,
  valueSatisfactionLow,
  valueTimeliness,
  valueUnitInFull,
  valueVague,
} from './rules/values';
import { runRules } from './runRules';
import type { Finding, Rule } from './types';

// Each rule has parameters of its own type: the list can only hold them as rules of any parameters.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const RULES: readonly Rule<any>[] = [
  headerRequired,
  fundingGroupSum,
  fundingAnnualSum,
  fundingWithinTotal,
  periodOrder,
  periodFiscalYear,
  treeLevel1,
  treeRequired,
  treeNotApplicable,
  treeNames,
  nameSingleMeasure,
  nameLength,
  valueMeasurable,
  valueUnitInFull,
  valuePlaceholder,
  valueTimeliness,
  valueDateInYear,
  valueSatisfaction,
  valueSatisfactionComparator,
  valueSatisfactionLow,
  valueRateMax,
  tableQualitative,
  valueVague,
  moneyCostWithinFunds,
  moneyYuanAsWan,
  moneyCostCoverage,
  basisPolicy,
  basisCalculation,
  basisExplanation,
  hygieneValue,
];

/** A table checked by the department's rules: its profile's framework and demands with the layout's, its rules as the profile sets them. */
export function checkProject(content: ProjectContent, layout: LayoutDef, year: number, profile: RuleProfile = DEFAULT_PROFILE): Finding[] {
  return runRules(RULES, { content, layout, year, profile }, ruleSettings(profile));
}

/** Findings the clerk has not acknowledged; an acknowledgement only ever silences a 提醒. */
export function openFindings(findings: Finding[], acknowledged: Record<string, string>): Finding[] {
  return findings.filter((f) => f.severity === '错误' || acknowledged[f.key] === undefined);
}

export function countFindings(findings: Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === '错误').length;
  return { errors, warnings: findings.length - errors };
}

export type { Finding, Fix, RuleSettings, Severity, Target } from './types';
