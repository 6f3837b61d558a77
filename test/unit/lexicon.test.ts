import { describe, expect, it } from 'vitest';
import { isUnit, parseIndicatorValue, perUnit, unitInName } from '../../shared/indicatorValue';
import { isBlankOrHint, withoutHints } from '../../shared/lexicon/hints';
import { NEGATIVE_OUTCOME_CLASSES, namesNegativeOutcome, type NegativeOutcomeClass } from '../../shared/lexicon/negativeOutcomes';
import { UNIT_CLASSES, unitClass, type UnitClass } from '../../shared/lexicon/units';
import { isClause, CLAUSE_WORDS } from '../../shared/lexicon/clauses';
import { ESTABLISHING, isPassMarkOnly, isVague, VAGUE_CLASSES, type VagueClass } from '../../shared/lexicon/vague';

const quantityOf = (text: string) => {
  const parsed = parseIndicatorValue(text);
  return parsed.kind === 'quantity' ? { number: parsed.number, unit: parsed.unit, comparator: parsed.comparator } : parsed;
};

describe('the unit lexicon', () => {
  it('holds hundreds of units and measure words', () => {
    expect(Object.values(UNIT_CLASSES).flat().length).toBeGreaterThan(200);
  });

  it.each(Object.keys(UNIT_CLASSES) as UnitClass[])('reads every entry of %s after a number as its unit', (name) => {
    for (const unit of UNIT_CLASSES[name]) {
      expect(quantityOf(`12${unit}`), unit).toEqual({ number: 12, unit, comparator: null });
      expect(quantityOf(`≥ 3.5 ${unit}以上`), unit).toMatchObject({ number: 3.5, unit });
      expect(isUnit(unit), unit).toBe(true);
      expect(unitClass(unit), unit).not.toBeNull();
    }
  });

  it('names the class of a unit by its first part', () => {
    expect(unitClass('个工作日')).toBe('time');
    expect(unitClass('㎡')).toBe('area');
    expect(unitClass('元/人·月')).toBe('money');
    expect(unitClass('人/月')).toBe('measureWords');
    expect(unitClass('尺码')).toBeNull();
  });

  // The last column says whether the unit is one per another (`元/人`, `元每人每月`).
  it.each<[string, number, string, boolean]>([
    ['500元/人', 500, '元/人', true],
    ['2人/月', 2, '人/月', true],
    ['≤800元/人·月', 800, '元/人·月', true],
    ['300元每人每月', 300, '元每人每月', true],
    ['≤45万元/公里', 45, '万元/公里', true],
    ['4次/年', 4, '次/年', true],
    ['1200元/平方米', 1200, '元/平方米', true],
    ['50吨/日', 50, '吨/日', true],
    ['3000元/台套', 3000, '元/台套', true],
    ['6.74万件', 67_400, '件', false],
    ['≥1万户', 10_000, '户', false],
    ['3万余人', 30_000, '人', false],
    ['30余家', 30, '家', false],
    ['300多人次', 300, '人次', false],
    ['15万', 15, '万', false],
    ['不超过3亿', 3, '亿', false],
    ['3万/人', 3, '万/人', true],
    ['106.7万吨', 106.7, '万吨', false],
  ])('reads the number and unit of %s', (text, number, unit, perAnother) => {
    expect(quantityOf(text)).toMatchObject({ number, unit });
    expect(perUnit(unit) !== null).toBe(perAnother);
  });

  it('keeps a comparator written after a unit per another apart from it', () => {
    expect(quantityOf('3000元/人以内')).toEqual({ number: 3000, unit: '元/人', comparator: '≤' });
  });

  it('splits a unit per another into its parts, and leaves a simple one whole', () => {
    expect(perUnit('万元/家')).toEqual({ unit: '万元', per: '家' });
    expect(perUnit('元每人每月')).toEqual({ unit: '元', per: '人每月' });
    expect(perUnit('人次')).toBeNull();
  });

  it('reads a unit stated in brackets at the end of a name', () => {
    const stated: Record<string, string> = {
      '城镇新增就业人数（人）': '人',
      '项目投入个数(个)': '个',
      '培训经费（万元）': '万元',
      '参训人数（单位：人次）': '人次',
      '人均补助标准（元/人·月）': '元/人·月',
      '中央资金（含配套）': '',
      新建村级活动场所: '',
    };
    for (const [name, unit] of Object.entries(stated)) expect(unitInName(name), name).toBe(unit);
  });

  it('knows a whole text for a unit, and nothing else', () => {
    expect(['人', '万元', '元/人·月', '个工作日'].every(isUnit)).toBe(true);
    expect(['', '配套', '人民', '余人', '5人'].some(isUnit)).toBe(false);
  });
});

describe('the template’s hint texts', () => {
  it.each([
    ['a request to explain', '请在此处简要说明项目的年度绩效目标。'],
    ['a request to fill in', '请填写'],
    ['a request after the facts', '请根据实际情况填写'],
    ['“none” to be written', '如没有请填无'],
    ['“none” quoted', '如无请填写“无”。'],
    ['a note in brackets', '（必填）'],
    ['a length limit', '（限300字以内）'],
    ['a place to write', '此处填写测算过程'],
    ['the template’s example', '示例：按2000元/人标准，培训100人'],
  ])('takes %s for an empty field', (_, text) => {
    expect(isBlankOrHint(text)).toBe(true);
  });

  it('keeps what the clerk wrote beside a hint, and plain text', () => {
    expect(withoutHints('请在此处简要说明：完成培训100人次').trim()).toBe('完成培训100人次');
    for (const text of ['无', '完成培训100人次', '申请说明书已报送', '依据《预算法》']) expect(isBlankOrHint(text), text).toBe(false);
  });
});

describe('the vague-value lexicon', () => {
  it.each(Object.keys(VAGUE_CLASSES) as VagueClass[])('holds words of %s that make a value vague', (name) => {
    for (const word of VAGUE_CLASSES[name]) {
      const value = name === 'effects' ? `促进${word}` : name === 'passMarks' ? word : `${word}提升`;
      expect(isVague(value), value).toBe(true);
    }
  });

  it.each<[string, boolean]>([
    ['得到提升', true],
    ['作用明显', true],
    ['效益显著', true],
    ['运行良好', true],
    ['全部达标', true],
    ['验收合格', true],
    ['有所提高', true],
    ['进一步优化', true],
    ['持续改善', true],
    ['较2023年提升', true],
    ['同比增长', true],
    ['促进作用', true],
    ['保持向好态势', true],
    ['较上年提高5%', false],
    ['达到国家二级标准', false],
    ['通过国家发展改革委审定', false],
    ['高于全区规上工业平均水平', false],
    ['低于上年度数', false],
    ['成功举办宁夏赛区比赛', false],
    ['绿色办会、节能办会', false],
    ['', false],
  ])('finds %j vague: %s', (value, vague) => {
    expect(isVague(value)).toBe(vague);
  });

  it('finds a value stating something established concrete, with each verb and each thing', () => {
    for (const verb of ESTABLISHING.verbs) expect(isVague(`${verb}长效机制`), verb).toBe(false);
    for (const thing of ESTABLISHING.things) expect(isVague(`形成进一步完善的${thing}`), thing).toBe(false);
    expect(isVague('长效机制进一步完善')).toBe(true);
  });

  it('tells a pass mark alone from a value that says more', () => {
    expect(['达到', '验收合格', '按要求完成'].map(isPassMarkOnly)).toEqual([true, true, true]);
    expect(['达到国家二级标准', '有所提升'].map(isPassMarkOnly)).toEqual([false, false]);
  });
});

describe('the clause words of names', () => {
  it.each(Object.keys(CLAUSE_WORDS) as (keyof typeof CLAUSE_WORDS)[])('holds %s that make a part of a name a clause of its own', (name) => {
    for (const word of CLAUSE_WORDS[name]) {
      const part = name === 'actions' ? `${word}企业规模` : `企业规模${word}`;
      expect(isClause(part), part).toBe(true);
    }
  });

  it('reads an action joined with 并 as a clause, and neither short parts nor shared head words', () => {
    expect(isClause('正常运营并接入平台')).toBe(true);
    expect(['宣传', '政务服务', '社会治理现代化水平', '线下办展'].map(isClause)).toEqual([false, false, false, false]);
  });
});

describe('the negative-outcome lexicon', () => {
  it.each(Object.keys(NEGATIVE_OUTCOME_CLASSES) as NegativeOutcomeClass[])('knows the outcomes of %s', (name) => {
    for (const word of NEGATIVE_OUTCOME_CLASSES[name]) expect(namesNegativeOutcome(`年度${word}发生数`), word).toBe(true);
  });

  it('knows names that state no negative outcome', () => {
    for (const name of ['培训人数', '群众受益面', '道路硬化里程', '满意度']) expect(namesNegativeOutcome(name), name).toBe(false);
  });
});
