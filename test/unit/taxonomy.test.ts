import { describe, expect, it } from 'vitest';
import { defaultFiscalYear } from '../../shared/fiscalYear';
import { LEVEL2, LEVEL2_NAMES, level1Of, level2sOf, matchLevel1, matchLevel2 } from '../../shared/taxonomy';

/** The test of a table of labels: `match` reads each label as the name beside it. */
const reads = (match: (label: string) => string | null) => (label: string, name: string) => {
  expect(match(label)).toBe(name);
};

describe('taxonomy labels', () => {
  it.each([
    ['11-数量指标', '数量指标'],
    ['数量指标（必填硬性指标）', '数量指标'],
    ['质量指标（必填）', '质量指标'],
    ['13-时效指', '时效指标'],
    ['21-经济效益', '经济效益指标'],
    ['31-服务对象满意度', '服务对象满意度指标'],
    ['满意度指标', '服务对象满意度指标'],
    ['服务对象满意度指标（必填）', '服务对象满意度指标'],
    [' 24 - 可持续影响指标 ', '可持续影响指标'],
    ['14', '成本指标'],
  ])('二级 %j is %s', reads(matchLevel2));

  it.each([
    ['1-产出指标', '产出指标'],
    ['效益指标', '效益指标'],
    ['3-满意度指标', '满意度指标'],
    ['产出', '产出指标'],
  ])('一级 %j is %s', reads(matchLevel1));

  it('does not guess at unknown labels', () => {
    expect(matchLevel2('绩效指标')).toBeNull();
    expect(matchLevel2('效益')).toBeNull();
    expect(matchLevel1('指标')).toBeNull();
  });

  it('has the nine 二级 under three 一级 with their codes', () => {
    expect(LEVEL2.map((l) => `${l.code}-${l.name}`).join(',')).toBe(
      '11-数量指标,12-质量指标,13-时效指标,14-成本指标,21-经济效益指标,22-社会效益指标,23-生态效益指标,24-可持续影响指标,31-服务对象满意度指标',
    );
  });
});

describe('the tree of 一级 and 二级', () => {
  it('gives the 一级 of each 二级, and the 二级 of each 一级 in form order', () => {
    expect(LEVEL2_NAMES.map((l) => `${level1Of(l)}/${l}`)).toEqual([
      '产出指标/数量指标',
      '产出指标/质量指标',
      '产出指标/时效指标',
      '产出指标/成本指标',
      '效益指标/经济效益指标',
      '效益指标/社会效益指标',
      '效益指标/生态效益指标',
      '效益指标/可持续影响指标',
      '满意度指标/服务对象满意度指标',
    ]);
    expect(level2sOf('满意度指标').map((l) => l.name)).toEqual(['服务对象满意度指标']);
    expect(level2sOf('效益指标').map((l) => l.name)).toEqual(['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标']);
  });
});

describe('default fiscal year', () => {
  it('is next year from October on', () => {
    expect(defaultFiscalYear(new Date(2026, 8, 30))).toBe(2026);
    expect(defaultFiscalYear(new Date(2026, 9, 1))).toBe(2027);
    expect(defaultFiscalYear(new Date(2026, 11, 31))).toBe(2027);
    expect(defaultFiscalYear(new Date(2027, 0, 1))).toBe(2027);
  });
});
