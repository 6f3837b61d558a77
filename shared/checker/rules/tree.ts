/** The indicator tree: every 一级 used, the required 二级 present, names sound. */
import { LEVEL1_NAMES, level2sOf, type Level2Name } from '../../taxonomy';
import { atIndicator } from '../places';
import { isNotApplicable, realIndicators } from '../indicators';
import type { Problem, Rule } from '../types';

export const treeLevel1: Rule = {
  id: 'tree.level1',
  title: '每个一级指标至少有一个三级指标',
  severity: '错误',
  params: {},
  check: ({ content }) => {
    const used = new Set(realIndicators(content.indicators).map((r) => r.indicator.level1));
    return LEVEL1_NAMES.filter((l) => !used.has(l)).map((l): Problem => ({
      location: l,
      target: { kind: 'level2', level2: level2sOf(l)[0]!.name },
      identity: l,
      message: `${l}下没有任何三级指标`,
    }));
  },
};

const BENEFITS: Level2Name[] = ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'];

export const treeRequired: Rule = {
  id: 'tree.required',
  title: '必填的二级指标',
  severity: '错误',
  params: {},
  check: ({ layout, content }) => {
    const present = new Set<string>(realIndicators(content.indicators).map((r) => r.indicator.level2));
    if (layout.allowsNotApplicable) {
      for (const i of content.indicators) if (isNotApplicable(i) && !(BENEFITS as string[]).includes(i.level2)) present.add(i.level2);
    }
    const missing: Problem[] = layout.requiredLevel2
      .filter((l) => !present.has(l))
      .map((l) => ({ location: l, target: { kind: 'level2', level2: l }, identity: l, message: `缺少必填的${l}` }));
    if (layout.requiresSomeBenefit && !BENEFITS.some((b) => present.has(b))) {
      missing.push({
        location: '效益指标',
        target: { kind: 'level2', level2: '社会效益指标' },
        identity: '效益指标',
        message: '效益指标下至少要有一项经济、社会、生态或可持续影响指标',
      });
    }
    return missing;
  },
};

export const treeNotApplicable: Rule = {
  id: 'tree.not-applicable',
  title: '“0 | 0”（不适用）只能用于允许的表样',
  severity: '错误',
  params: {},
  check: ({ layout, content }) =>
    layout.allowsNotApplicable
      ? []
      : content.indicators.flatMap((i, index) =>
          isNotApplicable(i) ? [atIndicator(content.indicators, index, 'name', `${layout.displayName}表样中${i.level2}为必填，不能以“0”表示不适用`)] : [],
        ),
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
