import { describe, expect, it } from 'vitest';
import { checkProject, type Finding } from '../../shared/checker';
import { fromTargetTable } from '../../shared/interchange/targetTable';
import { FUND_KEYS, LAYOUTS } from '../../shared/layouts';
import { DEFAULT_PROFILE, SHIPPED_PROFILES } from '../../shared/profiles/shipped';
import type { Indicator, ProjectContent } from '../../shared/project';
import { COST_LEVEL2, isLevel1Name, LEVEL1_NAMES, LEVEL2_NAMES } from '../../shared/taxonomy';
import { ADDED_RULES, MEASURED_RULES, REVIEW_CORPUS, type ExpectedFinding, type ReviewCase } from '../helpers/reviewCorpus';

/**
 * The checker against a careful reviewer (test/helpers/reviewCorpus.ts): every finding of the measured rules on every
 * table of the corpus, compared with the reviewer's list by rule and place. Precision and recall must be at least 95 %
 * overall and for every rule the reviewer used at least 5 times.
 */
const MEASURED = new Set<string>(MEASURED_RULES);
const THRESHOLD = 0.95;
const MIN_EXPECTED = 5;

/** A row that declares its 二级 不适用 (`0 | 0`, `不适用`, `无 | 无`, `/ | /`) names no indicator: its place is the 二级. */
const DECLARATION_MARK = /^(0|不适用|无|[/／]|[-—－]+)?$/;
const declares = (i: Indicator) => `${i.name}${i.value}`.trim() !== '' && DECLARATION_MARK.test(i.name.trim()) && DECLARATION_MARK.test(i.value.trim());

/** The fields of 其他信息 the basis rules judge: a table has one of each, so the label is the place. */
const BASIS_FIELDS: Record<string, string> = { 'basis.policy': '政策依据', 'basis.calculation': '测算依据' };

function placeOf(finding: Finding, content: ProjectContent): string {
  const label = BASIS_FIELDS[finding.rule];
  if (label) return label;
  const target = finding.target;
  switch (target.kind) {
    case 'indicator': {
      const indicator = content.indicators[target.index]!;
      return declares(indicator) ? indicator.level2 : indicator.name.trim();
    }
    case 'field':
      return target.field;
    case 'fund':
      return target.fund;
    case 'level2':
      // A finding about an 一级 points at one of its 二级 and names the 一级 as its place.
      return isLevel1Name(finding.location) ? finding.location : target.level2;
    default:
      return '';
  }
}

interface Found {
  rule: string;
  at: string;
}

function checkerFindings(c: ReviewCase): Found[] {
  const { content } = fromTargetTable(c.table);
  const profile = c.profile === undefined ? DEFAULT_PROFILE : SHIPPED_PROFILES.find((p) => p.name === c.profile)!;
  return checkProject(content, LAYOUTS[c.layout], c.year, profile).map((f) => ({ rule: f.rule, at: placeOf(f, content) }));
}

interface Tally {
  expected: number;
  found: number;
  agreed: number;
  /** `case-id: place` of each finding only one side has. */
  falsePositives: string[];
  missed: string[];
}

const keyOf = (f: Found) => `${f.rule}\u0000${f.at}`;

function countBy(findings: Found[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(keyOf(f), (counts.get(keyOf(f)) ?? 0) + 1);
  return counts;
}

/** Compares the two lists of each case as multisets of (rule, place), and adds them up by rule. */
function measure(cases: ReviewCase[]): { byRule: Map<string, Tally>; outside: Map<string, number> } {
  const byRule = new Map<string, Tally>(MEASURED_RULES.map((r) => [r, { expected: 0, found: 0, agreed: 0, falsePositives: [], missed: [] }]));
  const outside = new Map<string, number>();
  for (const c of cases) {
    const all = checkerFindings(c);
    for (const f of all.filter((f) => !MEASURED.has(f.rule))) outside.set(f.rule, (outside.get(f.rule) ?? 0) + 1);
    const found = countBy(all.filter((f) => MEASURED.has(f.rule)));
    const expected = countBy(c.expected);
    for (const key of new Set([...found.keys(), ...expected.keys()])) {
      const [rule, at] = key.split('\u0000') as [string, string];
      const tally = byRule.get(rule)!;
      const e = expected.get(key) ?? 0;
      const f = found.get(key) ?? 0;
      const agreed = Math.min(e, f);
      tally.expected += e;
      tally.found += f;
      tally.agreed += agreed;
      for (let n = agreed; n < f; n++) tally.falsePositives.push(`${c.id}: ${at || '（表）'}`);
      for (let n = agreed; n < e; n++) tally.missed.push(`${c.id}: ${at || '（表）'}`);
    }
  }
  return { byRule, outside };
}

const precision = (t: Pick<Tally, 'agreed' | 'found'>) => (t.found === 0 ? 1 : t.agreed / t.found);
const recall = (t: Pick<Tally, 'agreed' | 'expected'>) => (t.expected === 0 ? 1 : t.agreed / t.expected);
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

function report(byRule: Map<string, Tally>, outside: Map<string, number>): string {
  const rows = [...byRule].map(([rule, t]) => ({
    rule,
    expected: t.expected,
    found: t.found,
    agreed: t.agreed,
    falsePositives: t.falsePositives.length,
    missed: t.missed.length,
    precision: percent(precision(t)),
    recall: percent(recall(t)),
  }));
  const total = rows.reduce((s, r) => ({ expected: s.expected + r.expected, found: s.found + r.found, agreed: s.agreed + r.agreed }), {
    expected: 0,
    found: 0,
    agreed: 0,
  });
  const widths = [30, 9, 6, 7, 15, 7, 10, 7];
  const line = (cells: (string | number)[]) => cells.map((c, i) => String(c).padEnd(widths[i]!)).join('');
  const examples = [...byRule].flatMap(([rule, t]) => [
    ...(t.missed.length ? [`  ${rule} missed: ${t.missed.slice(0, 6).join('; ')}${t.missed.length > 6 ? ' …' : ''}`] : []),
    ...(t.falsePositives.length ? [`  ${rule} not expected: ${t.falsePositives.slice(0, 6).join('; ')}${t.falsePositives.length > 6 ? ' …' : ''}`] : []),
  ]);
  return [
    `The checker against the reviewer's corpus (${REVIEW_CORPUS.length} tables):`,
    line(['rule', 'expected', 'found', 'agreed', 'falsePositives', 'missed', 'precision', 'recall']),
    ...rows.map((r) => line([r.rule, r.expected, r.found, r.agreed, r.falsePositives, r.missed, r.precision, r.recall])),
    line([
      'overall',
      total.expected,
      total.found,
      total.agreed,
      total.found - total.agreed,
      total.expected - total.agreed,
      percent(precision(total)),
      percent(recall(total)),
    ]),
    ...(outside.size ? [`Not measured: ${[...outside].map(([rule, n]) => `${rule} ×${n}`).join(', ')}`] : []),
    ...(examples.length ? ['Disagreements (case: place):', ...examples] : []),
  ].join('\n');
}

/** The places a rule of each kind may name in a table, to catch a misspelt place in the corpus. */
function placesFor(rule: string, c: ReviewCase): string[] {
  const level2s = [...LEVEL2_NAMES, ...COST_LEVEL2, ...c.table.indicators.map((i) => i.level2)];
  const headerKeys = LAYOUTS[c.layout].headerFields.map((f) => f.key as string);
  const labels = (c.table.otherInfo ?? []).map((o) => o.label);
  switch (rule) {
    case 'header.required':
    case 'funding.annual-sum':
    case 'funding.within-total':
    case 'money.yuan-as-wan':
    case 'period.order':
    case 'period.fiscal-year':
      return headerKeys;
    case 'funding.group-sum':
      return [...FUND_KEYS];
    case 'tree.level1':
      return [...LEVEL1_NAMES];
    case 'tree.required':
      return [...level2s, '效益指标'];
    case 'tree.not-applicable':
      return level2s;
    case 'money.cost-within-funds':
    case 'money.cost-coverage':
      return ['成本指标'];
    case 'table.qualitative':
      return [''];
    case 'basis.policy':
    case 'basis.calculation':
      return [BASIS_FIELDS[rule]!].filter((l) => labels.includes(l));
    default:
      return c.table.indicators.filter((i) => !declares(i)).map((i) => i.name.trim());
  }
}

describe("the reviewer's corpus", () => {
  it('holds at least 200 tables, about a third of them quiet, each described', () => {
    const ids = REVIEW_CORPUS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(REVIEW_CORPUS.length).toBeGreaterThanOrEqual(200);
    const quiet = REVIEW_CORPUS.filter((c) => c.expected.length === 0).length / REVIEW_CORPUS.length;
    expect(quiet).toBeGreaterThan(0.28);
    expect(quiet).toBeLessThan(0.42);
    expect(REVIEW_CORPUS.filter((c) => c.description.trim() === '').map((c) => c.id)).toEqual([]);
    expect(REVIEW_CORPUS.filter((c) => c.table.year !== c.year || c.table.layout !== c.layout).map((c) => c.id)).toEqual([]);
  });

  it('names in each expected finding a rule of the measure and a place its table has', () => {
    const wrong = REVIEW_CORPUS.flatMap((c) =>
      c.expected.filter((f: ExpectedFinding) => !MEASURED.has(f.rule) || !placesFor(f.rule, c).includes(f.at)).map((f) => `${c.id}: ${f.rule} @ ${f.at}`),
    );
    expect(wrong).toEqual([]);
  });

  it('uses every rule of the measure, the new ones at least 5 times each', () => {
    const uses = (rule: string) => REVIEW_CORPUS.flatMap((c) => c.expected).filter((f) => f.rule === rule).length;
    expect(MEASURED_RULES.filter((r) => uses(r) === 0)).toEqual([]);
    expect(ADDED_RULES.filter((r) => uses(r) < MIN_EXPECTED)).toEqual([]);
  });
});

describe('the checker on the reviewer’s corpus', () => {
  it(`agrees with the reviewer: precision and recall ≥ ${THRESHOLD * 100}% overall and for every rule used ${MIN_EXPECTED}+ times`, () => {
    const { byRule, outside } = measure(REVIEW_CORPUS);
    console.log(report(byRule, outside));
    const total = [...byRule.values()].reduce((s, t) => ({ expected: s.expected + t.expected, found: s.found + t.found, agreed: s.agreed + t.agreed }), {
      expected: 0,
      found: 0,
      agreed: 0,
    });
    const short = [
      ...(precision(total) < THRESHOLD ? [`overall precision ${percent(precision(total))}`] : []),
      ...(recall(total) < THRESHOLD ? [`overall recall ${percent(recall(total))}`] : []),
      ...[...byRule]
        .filter(([, t]) => t.expected >= MIN_EXPECTED)
        .flatMap(([rule, t]) => [
          ...(precision(t) < THRESHOLD ? [`${rule} precision ${percent(precision(t))}`] : []),
          ...(recall(t) < THRESHOLD ? [`${rule} recall ${percent(recall(t))}`] : []),
        ]),
    ];
    expect(short).toEqual([]);
  });
});
