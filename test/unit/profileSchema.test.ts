import { describe, expect, it } from 'vitest';
import { RULE_CATALOG, ruleSettingsProblem } from '../../shared/profiles/catalog';
import type { RuleProfile } from '../../shared/profiles/profile';
import { profileProblem, ruleProfileSchema } from '../../shared/profiles/schema';
import { DEFAULT_PROFILE, SHIPPED_PROFILES } from '../../shared/profiles/shipped';
import { LEVEL1, LEVEL2 } from '../../shared/taxonomy';

const shipped = (name: string) => SHIPPED_PROFILES.find((p) => p.name === name)!;
const NINGXIA = shipped('宁夏（种子表样）');
const CENTRAL = shipped('中央 2021 指引');
const BLANK = shipped('空白');

const problemOf = (data: unknown) => {
  const parsed = ruleProfileSchema.safeParse(data);
  return parsed.success ? null : profileProblem(parsed.error);
};

describe('rule profiles', () => {
  it('ships three valid profiles, the seeds’ region first, each naming only rules and parameters that exist', () => {
    expect(SHIPPED_PROFILES.map((p) => p.name)).toEqual(['宁夏（种子表样）', '中央 2021 指引', '空白']);
    expect(new Set(SHIPPED_PROFILES.map((p) => p.id)).size).toBe(3);
    expect(DEFAULT_PROFILE).toBe(NINGXIA);
    for (const profile of SHIPPED_PROFILES) expect(ruleSettingsProblem(profile.rules), profile.name).toBeNull();
    // The classic framework is the taxonomy's, codes and all.
    for (const profile of [NINGXIA, BLANK]) {
      expect(profile.framework.level1).toEqual(LEVEL1.map(({ name, code }) => ({ name, code })));
      expect(profile.framework.level2).toEqual(LEVEL2.map(({ name, level1, code }) => ({ name, level1, code })));
    }
    expect(CENTRAL.framework.level1.map((l) => l.name)).toEqual(['产出指标', '成本指标', '效益指标', '满意度指标']);
    expect(CENTRAL.framework.level2.filter((l) => l.level1 === '成本指标').map((l) => l.name)).toEqual(['经济成本指标', '社会成本指标', '生态环境成本指标']);
    expect(NINGXIA.attributeOptions).toEqual(expect.arrayContaining(['02-经常性项目', '0101-一年期项目', '一年期项目', '延续性项目', '新增项目']));
  });

  it('refuses a profile that does not hold together, naming the field', () => {
    const broken = (change: (p: RuleProfile) => void) => {
      const copy = structuredClone(NINGXIA);
      change(copy);
      return problemOf(copy);
    };
    expect(problemOf(NINGXIA)).toBeNull();
    expect(broken((p) => (p.weights.level1.产出指标 = 60))).toBe('自评分值（weights）：预算执行与各一级指标的分值合计应为 100，现为 110');
    expect(broken((p) => (p.weights.level1.产出指标 = 49.995))).toBe('自评分值·产出指标（weights.level1.产出指标）：分值最多两位小数');
    expect(broken((p) => (p.weights.execution = Number.NaN))).toBe('自评分值·预算执行（weights.execution）：应为数字');
    expect(broken((p) => (p.thresholds.satisfactionFloor = 101))).toBe('阈值·满意度指标值下限（thresholds.satisfactionFloor）：应在 0 到 100 之间');
    expect(broken((p) => (p.thresholds.aboveTargetShare = 90))).toBe('阈值·超出目标须说明的比例（thresholds.aboveTargetShare）：应不低于 100（%）');
    expect(broken((p) => (p.thresholds.nameLength = Number.NaN))).toBe('阈值·三级指标名称长度（thresholds.nameLength）：应为数字');
    expect(broken((p) => p.requiredLevel2.push('经济成本指标'))).toBe('必填的二级指标（requiredLevel2.5）：必填的二级指标“经济成本指标”不在框架中');
    expect(broken((p) => (p.framework.level2[0]!.level1 = '投入指标'))).toBe(
      '指标框架（framework.level2.0.level1）：二级指标“数量指标”所属的一级指标“投入指标”不在框架中',
    );
    expect(broken((p) => p.framework.level2.push({ name: '数量指标', level1: '产出指标', code: '' }))).toBe(
      '指标框架（framework.level2.9.name）：二级指标“数量指标”重复',
    );
    expect(broken((p) => (p.rules = { 'value.satisfaction-low': { params: { minimum: 70 } } }))).toBe(
      '规则（rules.value.satisfaction-low.params.minimum）：由阈值 thresholds.satisfactionFloor 设定，请在那里修改',
    );
    expect(broken((p) => (p.unusedLevel2 = '空着' as RuleProfile['unusedLevel2']))).toBe(
      '不用的二级指标（unusedLevel2）：应为 omit（省略）、不适用 或 0|0 之一',
    );
    expect(broken((p) => ((p as { version: number }).version = 2))).toBe('版本（version）：本程序只认识第 1 版的审核规则');
    expect(ruleSettingsProblem({ 'tree.unknown': { enabled: false } })).toBe('规则“tree.unknown”本程序没有（可能来自更新的版本）');
    expect(ruleSettingsProblem({ 'tree.names': { params: { maxLength: '100' } } })).toBe('规则“tree.names”的参数“maxLength”应与其默认值 100 同类');
    expect(ruleSettingsProblem({ 'tree.names': { params: { length: 100 } } })).toBe('规则“tree.names”没有参数“length”');
  });

  it('lists every rule of both forms with its title', () => {
    expect(RULE_CATALOG.find((r) => r.id === 'tree.required')).toMatchObject({ title: '必填的二级指标', severity: '错误', form: '绩效目标表' });
    expect(RULE_CATALOG.find((r) => r.id === 'se.target-low')?.form).toBe('自评表');
    expect(RULE_CATALOG.find((r) => r.id === 'se.unscored')?.form).toBe('自评表');
  });
});
