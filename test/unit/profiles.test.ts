import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../shared/checker';
import { checkSelfEvaluation } from '../../shared/checker/selfEvaluationRules';
import { formatPoints } from '../../shared/evaluation/content';
import { generateEvaluation } from '../../shared/evaluation/generate';
import { targetForm } from '../../shared/forms/targetForm';
import { gridRows, sortIndicators } from '../../shared/indicatorGrid';
import { fromTargetTable, type TargetTable } from '../../shared/interchange/targetTable';
import type { SelfEvaluation } from '../../shared/interchange/selfEvaluation';
import { LAYOUTS, type LayoutId } from '../../shared/layouts';
import { requiredLevel2, ruleSettings, weightsText } from '../../shared/profiles/apply';
import { formOrder } from '../../shared/profiles/framework';
import type { RuleProfile } from '../../shared/profiles/profile';
import { SHIPPED_PROFILES } from '../../shared/profiles/shipped';
import type { Indicator, ProjectContent } from '../../shared/project';
import { LEVEL2 } from '../../shared/taxonomy';
import { ROOT, readJson } from '../helpers/paths';

const CLEAN = fromTargetTable(readJson<TargetTable>(path.join(ROOT, 'test', 'fixtures', 'clean-target-table.json'))).content;
const shipped = (name: string) => SHIPPED_PROFILES.find((p) => p.name === name)!;
const NINGXIA = shipped('宁夏（种子表样）');
const CENTRAL = shipped('中央 2021 指引');
const BLANK = shipped('空白');

/** The clean table as the 2021 framework writes it: its costs under the 成本指标 一级, its unused 经济效益 marked 不适用 (not `0 | 0`). */
const CENTRAL_TABLE: ProjectContent = {
  ...CLEAN,
  indicators: CLEAN.indicators.flatMap((i): Indicator[] =>
    i.level2 === '成本指标' ? [{ ...i, level1: '成本指标', level2: '经济成本指标' }] : i.name === '0' ? [] : [i],
  ),
  notApplicable: ['经济效益指标', '社会成本指标', '生态环境成本指标', '生态效益指标'],
};

const check = (content: ProjectContent, profile: RuleProfile, layout: LayoutId = '本级部门') =>
  checkProject(content, LAYOUTS[layout], 2024, profile).map((f) => `${f.rule} ${f.message}`);

describe('a profile with the layout', () => {
  it('combines the profile’s required 二级 with the layout’s: the 县级部门 form requires every 二级 of the framework', () => {
    expect(requiredLevel2(LAYOUTS.本级部门, NINGXIA)).toEqual(['数量指标', '质量指标', '时效指标', '成本指标', '服务对象满意度指标']);
    expect(requiredLevel2(LAYOUTS.县级部门, NINGXIA)).toEqual(LEVEL2.map((l) => l.name));
    expect(requiredLevel2(LAYOUTS.县级部门, CENTRAL)).toHaveLength(11);
    expect(requiredLevel2(LAYOUTS.本级部门, BLANK)).toEqual([]);
  });
});

describe('a table checked under each profile', () => {
  it('a 2021-framework table with 成本指标 as its own 一级 is clean under 中央 2021, and under 宁夏, whose 成本指标 its 经济成本指标 stands for', () => {
    expect(check(CENTRAL_TABLE, CENTRAL)).toEqual([]);
    expect(check(CENTRAL_TABLE, NINGXIA)).toEqual([]);
  });

  it('a classic table is clean under 宁夏 and flagged under 中央 2021: no 成本 一级, a 0 | 0 row where 不适用 is the convention', () => {
    expect(check(CLEAN, NINGXIA)).toEqual([]);
    expect(check(CLEAN, CENTRAL)).toEqual([
      'tree.level1 成本指标下没有任何三级指标',
      'tree.required 缺少必填的经济成本指标',
      'tree.not-applicable 按审核规则“中央 2021 指引”，不用的二级指标写“不适用”，不以“0 | 0”表示',
    ]);
  });

  it('under 空白 nothing is required, and a 0 | 0 row is not its convention', () => {
    const sparse = { ...CLEAN, indicators: CLEAN.indicators.filter((i) => i.level2 === '数量指标' || i.level1 !== '产出指标') };
    expect(check(sparse, NINGXIA)).toEqual(['tree.required 缺少必填的质量指标', 'tree.required 缺少必填的时效指标', 'tree.required 缺少必填的成本指标']);
    expect(check(sparse, BLANK)).toEqual(['tree.not-applicable 按审核规则“空白”，不用的二级指标省略不填，此行可删除']);
  });

  it('keeps the 县级部门 form’s own demands under any profile', () => {
    // The county form lists every 二级: one not used is declared 不适用 (经济效益指标 here), not left out.
    expect(check(CLEAN, NINGXIA, '县级部门')).toEqual(['tree.required 缺少生态效益指标：此表样每个二级指标都要列出，不用时填“不适用”']);
    const withoutSocialCost = { ...CENTRAL_TABLE, notApplicable: CENTRAL_TABLE.notApplicable.filter((l) => l !== '社会成本指标') };
    expect(check(withoutSocialCost, CENTRAL, '县级部门')).toEqual(['tree.required 缺少社会成本指标：此表样每个二级指标都要列出，不用时填“不适用”']);
    expect(check(withoutSocialCost, CENTRAL)).toEqual([]);
  });

  it('sets the thresholds into the rules’ parameters, and the rules’ switches and severities', () => {
    const satisfaction = (value: string) => ({ ...CLEAN, indicators: CLEAN.indicators.map((i) => (i.level2 === '服务对象满意度指标' ? { ...i, value } : i)) });
    expect(check(satisfaction('≥85%'), NINGXIA)).toEqual([]);
    const strict = { ...NINGXIA, thresholds: { ...NINGXIA.thresholds, satisfactionFloor: 90 } };
    expect(check(satisfaction('≥85%'), strict)).toEqual(['value.satisfaction-low 满意度目标 85% 低于 90%']);
    expect(ruleSettings(strict)['value.satisfaction-low']).toEqual({ params: { minimum: 90 } });
    const severe = { ...strict, rules: { 'value.satisfaction-low': { severity: '错误' as const } } };
    expect(checkProject(satisfaction('≥85%'), LAYOUTS.本级部门, 2024, severe).map((f) => f.severity)).toEqual(['错误']);
    const off = { ...strict, rules: { 'value.satisfaction-low': { enabled: false } } };
    expect(check(satisfaction('≥85%'), off)).toEqual([]);
    // 中央 2021 asks 经济成本 for a figure and a unit, as 数量.
    const vagueCost = {
      ...CENTRAL_TABLE,
      indicators: CENTRAL_TABLE.indicators.map((i) => (i.level2 === '经济成本指标' ? { ...i, value: '控制在预算内' } : i)),
    };
    expect(check(vagueCost, CENTRAL).filter((f) => f.startsWith('value.measurable'))).toHaveLength(2);
  });

  it('asks about an actual far above its target at the profile’s share', () => {
    const table: SelfEvaluation = {
      year: 2024,
      projectName: '甲',
      department: '',
      implementingUnit: '',
      funds: { total: { initialBudget: 10, fullYearBudget: 10, executed: 10, rate: '100%', weight: 10, score: 10 } },
      plannedGoal: '',
      actualOutcome: '',
      indicators: [{ level1: '产出指标', level2: '数量指标', name: '培训人数', target: '≥100人', actual: '125人', weight: 90, score: 90, deviation: '' }],
      level1Weights: { 产出指标: 90 },
      totalWeight: 100,
      totalScore: 100,
    };
    const low = (profile: RuleProfile) => checkSelfEvaluation(table, ruleSettings(profile)).filter((f) => f.rule === 'se.target-low');
    expect(low(NINGXIA).map((f) => f.message)).toEqual(['实际完成值达到目标的 125%，目标是否定得过低？']);
    expect(low({ ...NINGXIA, thresholds: { ...NINGXIA.thresholds, aboveTargetShare: 130 } })).toEqual([]);
  });
});

describe('what follows the framework', () => {
  it('the grid shows the framework’s 二级 in its order, and a level it does not have in its place', () => {
    const rows = gridRows(CENTRAL_TABLE.indicators, CENTRAL.framework);
    expect([...new Set(rows.map((r) => `${r.level1}/${r.level2}`))]).toEqual([
      '产出指标/数量指标',
      '产出指标/质量指标',
      '产出指标/时效指标',
      '成本指标/经济成本指标',
      '成本指标/社会成本指标',
      '成本指标/生态环境成本指标',
      '效益指标/经济效益指标',
      '效益指标/社会效益指标',
      '效益指标/生态效益指标',
      '效益指标/可持续影响指标',
      '满意度指标/服务对象满意度指标',
    ]);
    // A classic table under the 2021 framework: its 成本指标 after 产出's; the 2021 成本 二级 under the classic framework likewise.
    expect([...new Set(gridRows(CLEAN.indicators, CENTRAL.framework).map((r) => r.level2))].slice(2, 5)).toEqual(['时效指标', '成本指标', '经济成本指标']);
    expect([...new Set(sortIndicators(CENTRAL_TABLE.indicators, NINGXIA.framework).map((i) => i.level2))]).toEqual([
      '数量指标',
      '质量指标',
      '时效指标',
      '经济成本指标',
      '社会效益指标',
      '可持续影响指标',
      '服务对象满意度指标',
    ]);
    const order = formOrder(NINGXIA.framework);
    expect(order('满意度指标', '其他满意度')).toBeGreaterThan(order('满意度指标', '服务对象满意度指标'));
    expect(order('投入指标', '人员投入')).toBeGreaterThan(order('满意度指标', '其他满意度'));
  });

  it('the 自评表 takes the profile’s weights, 成本 with its own share under 中央 2021', () => {
    expect(weightsText(CENTRAL)).toBe('预算执行 10、产出 40、成本 10、效益 30、满意度 10');
    const c = generateEvaluation(CENTRAL_TABLE, '项目', CENTRAL);
    expect([c.executionWeight, ...Object.values(c.level1Weights)].map(formatPoints)).toEqual(['10', '40', '10', '30', '10']);
    expect(c.indicators.map((i) => [i.level1, formatPoints(i.weight!)])).toEqual([
      ['产出指标', '10'],
      ['产出指标', '10'],
      ['产出指标', '10'],
      ['产出指标', '10'],
      ['成本指标', '5'],
      ['成本指标', '5'],
      ['效益指标', '15'],
      ['效益指标', '15'],
      ['满意度指标', '10'],
    ]);
  });

  it('the printed form labels levels with the framework’s codes, and marks unused 二级 不适用 where that is the convention', () => {
    const indicatorRows = (content: ProjectContent, profile: RuleProfile) => {
      const form = targetForm('本级部门', 2024, content, { profile });
      const top = form.cells.find((c) => c.text === '一级指标')!.row;
      const byRow = new Map<number, string[]>();
      for (const c of form.cells.filter((c) => c.row > top).sort((a, b) => a.row - b.row || a.col - b.col))
        byRow.set(c.row, [...(byRow.get(c.row) ?? []), c.text]);
      return [...byRow.values()];
    };
    expect(indicatorRows(CLEAN, NINGXIA)[0]).toEqual(['1-产出指标', '11-数量指标', '便携式计算机', '2台']);
    const central = indicatorRows(CENTRAL_TABLE, CENTRAL);
    expect(central[4]).toEqual(['成本指标', '经济成本指标', '便携式计算机', '7850元/台']);
    expect(central.filter((r) => r.includes('不适用'))).toEqual([
      ['社会成本指标', '不适用', '不适用'],
      ['生态环境成本指标', '不适用', '不适用'],
      ['效益指标', '经济效益指标', '不适用', '不适用'],
      ['生态效益指标', '不适用', '不适用'],
    ]);
  });
});
