/** The indicator tree: 二级 declared 不适用 in every way a form writes it, the template's hints as empty fields. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject, type Finding } from '../../shared/checker';
import { fromTargetTable, type TargetTable } from '../../shared/interchange/targetTable';
import { LAYOUTS } from '../../shared/layouts';
import type { RuleProfile } from '../../shared/profiles/profile';
import { DEFAULT_PROFILE, SHIPPED_PROFILES } from '../../shared/profiles/shipped';
import { ROOT, readJson } from '../helpers/paths';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test', 'fixtures', 'clean-target-table.json'));

function run(table: TargetTable, profile?: RuleProfile): Finding[] {
  const { layout, year, content } = fromTargetTable(table);
  return checkProject(content, LAYOUTS[layout], year!, profile);
}

function variant(change: (t: TargetTable) => void): TargetTable {
  const copy = structuredClone(CLEAN);
  change(copy);
  return copy;
}

const said = (findings: Finding[]) => findings.map((f) => `${f.rule} @ ${f.location}`);
const TREE = ['tree.level1', 'tree.required', 'tree.not-applicable', 'value.placeholder', 'table.qualitative'];
const treeFindings = (findings: Finding[]) => said(findings.filter((f) => TREE.includes(f.rule)));

/** Replaces the rows of a 二级 with one row, or none. */
const rowsOf = (level2: string, rows: [string, string][]) => (t: TargetTable) => {
  const at = t.indicators.findIndex((i) => i.level2 === level2);
  const level1 = t.indicators[at]!.level1;
  t.indicators = t.indicators.filter((i) => i.level2 !== level2);
  t.indicators.splice(at, 0, ...rows.map(([name, value]) => ({ level1, level2, name, value })));
};

describe('二级 declared 不适用', () => {
  // The county form lists every 二级 and requires each to be filled or declared.
  const county = (change: (t: TargetTable) => void) =>
    variant((t) => {
      t.layout = '县级部门';
      t.indicators.splice(7, 0, { level1: '效益指标', level2: '生态效益指标', name: '0', value: '0' });
      change(t);
    });

  it.each<[string, (t: TargetTable) => void]>([
    ['0 | 0', () => {}],
    ['不适用 as the 三级', rowsOf('经济效益指标', [['不适用', '']])],
    ['无 | 无', rowsOf('经济效益指标', [['无', '无']])],
    ['/ | /', rowsOf('经济效益指标', [['/', '/']])],
    ['a dash', rowsOf('经济效益指标', [['——', '——']])],
    ['不适用 as the value', rowsOf('经济效益指标', [['经济效益', '不适用']])],
    [
      'as the import keeps it',
      (t) => {
        rowsOf('经济效益指标', [])(t);
        t.notApplicable = ['经济效益指标'];
      },
    ],
  ])('satisfies a listed 二级 that is not mandatory, and is no indicator: %s', (_, change) => {
    expect(treeFindings(run(county(change)))).toEqual([]);
  });

  it('leaves a listed 二级 with neither indicator nor declaration missing', () => {
    expect(treeFindings(run(county(rowsOf('经济效益指标', []))))).toEqual(['tree.required @ 经济效益指标']);
  });

  it.each(['0 | 0', '不适用', '无', '/'])('is a finding of its own for a mandatory 二级: %s', (mark) => {
    const [name, value] = mark === '0 | 0' ? ['0', '0'] : mark === '不适用' ? ['不适用', ''] : [mark, mark];
    for (const layout of ['本级部门', '县级部门', '重点项目'] as const) {
      const declared = rowsOf('时效指标', [[name!, value!]]);
      const findings = run(
        layout === '县级部门'
          ? county(declared)
          : variant((t) => {
              declared(t);
              t.layout = layout;
            }),
      );
      expect(treeFindings(findings), layout).toEqual(['tree.required @ 时效指标']);
      const finding = findings.find((f) => f.rule === 'tree.required')!;
      expect(finding.target).toEqual({ kind: 'level2', level2: '时效指标' });
      expect(finding.severity).toBe('错误');
    }
  });

  it('reports a 一级 declared 不适用 throughout as an 一级 without indicators, and by the 二级 it lacks', () => {
    expect(treeFindings(run(variant(rowsOf('服务对象满意度指标', [['0', '0']]))))).toEqual(['tree.level1 @ 满意度指标', 'tree.required @ 服务对象满意度指标']);
    const noBenefit = variant((t) => {
      rowsOf('社会效益指标', [['0', '0']])(t);
      rowsOf('可持续影响指标', [['0', '0']])(t);
    });
    expect(treeFindings(run(noBenefit))).toEqual(['tree.level1 @ 效益指标', 'tree.required @ 效益指标']);
  });

  it('still names a 一级 without any row', () => {
    const findings = run(variant((t) => (t.indicators = t.indicators.filter((i) => i.level1 !== '满意度指标'))));
    expect(treeFindings(findings)).toEqual(['tree.level1 @ 满意度指标', 'tree.required @ 服务对象满意度指标']);
  });

  it('counts the 2021 framework’s 成本 二级 for the 成本指标, its unused ones declared', () => {
    const framework = variant((t) => {
      t.indicators = t.indicators.map((i) => (i.level2 === '成本指标' ? { ...i, level1: '成本指标', level2: '经济成本指标' } : i));
      t.notApplicable = ['社会成本指标', '生态环境成本指标'];
    });
    expect(treeFindings(run(framework))).toEqual([]);
  });

  it('takes the mandatory 二级 and the 效益 demand from the department’s rules', () => {
    const withoutCost = variant(rowsOf('成本指标', [['不适用', '']]));
    expect(treeFindings(run(withoutCost))).toEqual(['tree.required @ 成本指标']);
    const rules: RuleProfile = {
      ...DEFAULT_PROFILE,
      requiredLevel2: ['数量指标', '质量指标', '时效指标', '服务对象满意度指标', '生态效益指标'],
    };
    expect(treeFindings(run(withoutCost, rules))).toEqual(['tree.required @ 生态效益指标']);
    const noBenefit = variant((t) => (t.indicators = t.indicators.filter((i) => i.level1 !== '效益指标' || i.level2 === '经济效益指标')));
    expect(treeFindings(run(noBenefit, { ...DEFAULT_PROFILE, someBenefitRequired: false }))).toEqual(['tree.level1 @ 效益指标']);
  });

  it('asks for the convention of the department’s rules where it is not 0 | 0, as a 提醒', () => {
    const central = SHIPPED_PROFILES.find((p) => p.id !== DEFAULT_PROFILE.id && p.unusedLevel2 === '不适用')!;
    const zero = variant(rowsOf('经济效益指标', [['0', '0']]));
    const words = variant(rowsOf('经济效益指标', [['不适用', '']]));
    const notApplicable = (findings: Finding[]) => findings.filter((f) => f.rule === 'tree.not-applicable').map((f) => `${f.severity} ${f.location}`);
    expect(notApplicable(run(zero))).toEqual([]);
    expect(notApplicable(run(zero, central))).toEqual(['提醒 效益指标/经济效益指标 第1行「0」']);
    expect(notApplicable(run(words, central))).toEqual([]);
  });
});

describe('the template’s hint text', () => {
  it('in the goal is an empty goal', () => {
    for (const goal of ['请在此处简要说明项目年度绩效目标。', '（必填）请填写', '如没有请填无'])
      expect(said(run(variant((t) => (t.overallGoal = goal))))).toEqual(['header.required @ 年度总体绩效目标']);
    expect(said(run(variant((t) => (t.overallGoal = '请在此处简要说明：按标准购置办公设备 5 台'))))).toEqual([]);
  });

  it('in a 指标值 is an empty value, and a row of hints only is no row', () => {
    const hinted = variant((t) => (t.indicators.find((i) => i.name === '打印机')!.value = '请填写'));
    expect(said(run(hinted).filter((f) => f.rule === 'tree.names'))).toEqual(['tree.names @ 产出指标/数量指标 第2行「打印机」']);
    const blank = variant((t) => t.indicators.push({ level1: '产出指标', level2: '质量指标', name: '请填写', value: '请填写' }));
    expect(run(blank)).toEqual([]);
  });
});
