/**
 * The indicator tree: every 一级 used, the required 二级 present or declared 不适用, names sound. The
 * required and mandatory 二级 are parameters (today read from the layout), so that a department's
 * framework can give its own.
 */
import type { LayoutDef } from '../../layouts';
import { isBlankOrHint } from '../../lexicon/hints';
import { LEVEL1_NAMES, level2sOf } from '../../taxonomy';
import { atIndicator } from '../places';
import { coverage, realIndicators } from '../indicators';
import type { Problem, Rule } from '../types';

export const treeLevel1: Rule = {
  id: 'tree.level1',
  title: '每个一级指标至少有一个三级指标',
  severity: '错误',
  params: {},
  check: ({ content }) => {
    // A 一级 whose 二级 are declared 不适用 is the tree rules' to judge 二级 by 二级.
    const { level1s } = coverage(content);
    return LEVEL1_NAMES.filter((l) => !level1s.has(l)).map((l): Problem => ({
      location: l,
      target: { kind: 'level2', level2: level2sOf(l)[0]!.name },
      identity: l,
      message: `${l}下没有任何三级指标`,
    }));
  },
};

const BENEFITS = ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'];

/** The 二级 that must have an indicator whatever the form allows: 数量, 质量, 时效, 成本 (where required), 满意度. */
const MANDATORY = ['数量指标', '质量指标', '时效指标', '成本指标', '服务对象满意度指标'];

/** The 二级 a table must show, with indicators or declared 不适用. */
export function requiredLevel2(layout: LayoutDef, required: readonly string[] | null): readonly string[] {
  return required ?? layout.requiredLevel2;
}

export const treeRequired: Rule<{ required: string[] | null; someBenefit: boolean | null }> = {
  id: 'tree.required',
  title: '必填的二级指标',
  severity: '错误',
  params: { required: null, someBenefit: null },
  check: ({ layout, content }, params) => {
    const { withIndicators, declared } = coverage(content);
    const missing: Problem[] = requiredLevel2(layout, params.required)
      .filter((l) => !withIndicators.has(l) && !declared.has(l))
      .map((l) => ({ location: l, target: { kind: 'level2', level2: l }, identity: l, message: `缺少必填的${l}` }));
    if ((params.someBenefit ?? layout.requiresSomeBenefit) && !BENEFITS.some((b) => withIndicators.has(b))) {
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

export const treeNotApplicable: Rule<{ mandatory: string[] | null }> = {
  id: 'tree.not-applicable',
  title: '必填的二级指标不能填“不适用”',
  severity: '错误',
  params: { mandatory: null },
  check: ({ layout, content }, params) => {
    const mandatory = params.mandatory ?? layout.requiredLevel2.filter((l) => MANDATORY.includes(l));
    const { declared } = coverage(content);
    return mandatory
      .filter((l) => declared.has(l))
      .map((l): Problem => ({
        location: l,
        target: { kind: 'level2', level2: l },
        identity: l,
        message: `${l}为必填，不能填“不适用”（或 0、无、/），请至少填写一项三级指标`,
      }));
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
      if (isBlankOrHint(name)) at('name', '三级指标名称为空');
      else if (name.length > maxLength) at('name', `三级指标名称有 ${name.length} 个字，超过 ${maxLength} 个字`);
      if (isBlankOrHint(indicator.value)) at('value', '指标值为空');
      const key = `${indicator.level2}|${name.replace(/\s+/g, '')}`;
      if (name !== '' && seen.has(key)) at('name', `${indicator.level2}下已有同名的三级指标「${name}」`);
      seen.add(key);
    }
    return problems;
  },
};
