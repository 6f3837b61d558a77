/** The indicator tree of the department's framework: every 一级 used, the required 二级 present, names sound. */
import { requiredLevel2, zeroRowsAllowed } from '../../profiles/apply';
import { level2sOf } from '../../profiles/framework';
import { atIndicator } from '../places';
import { isNotApplicable, realIndicators } from '../indicators';
import type { Problem, Rule } from '../types';

export const treeLevel1: Rule = {
  id: 'tree.level1',
  title: '每个一级指标至少有一个三级指标',
  severity: '错误',
  params: {},
  check: ({ content, profile }) => {
    const used = new Set(realIndicators(content.indicators).map((r) => r.indicator.level1));
    return profile.framework.level1
      .map((l) => l.name)
      .filter((l) => !used.has(l))
      .map((l): Problem => ({
        location: l,
        target: { kind: 'level2', level2: level2sOf(profile.framework, l)[0] ?? l },
        identity: l,
        message: `${l}下没有任何三级指标`,
      }));
  },
};

export const treeRequired: Rule = {
  id: 'tree.required',
  title: '必填的二级指标',
  severity: '错误',
  params: {},
  check: ({ layout, content, profile }) => {
    const benefits = level2sOf(profile.framework, '效益指标');
    const required = requiredLevel2(layout, profile);
    const present = new Set<string>(realIndicators(content.indicators).map((r) => r.indicator.level2));
    if (zeroRowsAllowed(layout, profile)) {
      for (const i of content.indicators) if (isNotApplicable(i) && !benefits.includes(i.level2)) present.add(i.level2);
    }
    const missing: Problem[] = required
      .filter((l) => !present.has(l))
      .map((l) => ({ location: l, target: { kind: 'level2', level2: l }, identity: l, message: `缺少必填的${l}` }));
    // Where a 效益 二级 is required by itself, its own finding says it.
    if (profile.someBenefitRequired && benefits.length > 0 && !benefits.some((b) => required.includes(b) || present.has(b))) {
      missing.push({
        location: '效益指标',
        target: { kind: 'level2', level2: benefits.includes('社会效益指标') ? '社会效益指标' : benefits[0]! },
        identity: '效益指标',
        message: '效益指标下至少要有一项经济、社会、生态或可持续影响指标',
      });
    }
    return missing;
  },
};

export const treeNotApplicable: Rule = {
  id: 'tree.not-applicable',
  title: '“0 | 0”（不适用）只能用于允许的表样和规则',
  severity: '错误',
  params: {},
  check: ({ layout, content, profile }) => {
    if (zeroRowsAllowed(layout, profile)) return [];
    const why = (level2: string) =>
      layout.allowsNotApplicable
        ? `按审核规则“${profile.name}”，${profile.unusedLevel2 === '不适用' ? '不用的二级指标标为“不适用”' : '不用的二级指标省略不填'}，不以“0 | 0”表示`
        : `${layout.displayName}表样中${level2}为必填，不能以“0”表示不适用`;
    return content.indicators.flatMap((i, index) => (isNotApplicable(i) ? [atIndicator(content.indicators, index, 'name', why(i.level2))] : []));
  },
};

export const treeNames: Rule<{ maxLength: number }> = {
  id: 'tree.names',
  title: '三级指标名称与指标值不为空、不重复、不过长',
  severity: '错误',
  params: { maxLength: 100 },
  check: ({ content }, { maxLength }) => {
    const problems: Problem[] = [];
    const seen = new Set<string>();
    for (const { indicator, index } of realIndicators(content.indicators)) {
      const name = indicator.name.trim();
      const at = (field: 'name' | 'value', message: string) => problems.push(atIndicator(content.indicators, index, field, message));
      if (name === '') at('name', '三级指标名称为空');
      else if (name.length > maxLength) at('name', `三级指标名称有 ${name.length} 个字，超过 ${maxLength} 个字`);
      if (indicator.value.trim() === '') at('value', '指标值为空');
      const key = `${indicator.level2}|${name.replace(/\s+/g, '')}`;
      if (name !== '' && seen.has(key)) at('name', `${indicator.level2}下已有同名的三级指标「${name}」`);
      seen.add(key);
    }
    return problems;
  },
};
