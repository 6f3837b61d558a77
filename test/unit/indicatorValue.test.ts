import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeValue, parseIndicatorValue, quantitiesIn, type ParsedValue } from '../../shared/indicatorValue';
import { FIXTURES, SEEDS, readJson } from '../helpers/paths';

interface TruthTable {
  indicators: { value?: string; target?: string }[];
}

function fixtureValues(): string[] {
  const values = new Set<string>();
  for (const file of fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.truth.json'))) {
    for (const table of readJson<TruthTable[]>(path.join(FIXTURES, file))) {
      for (const i of table.indicators) values.add(i.value ?? i.target ?? '');
    }
  }
  return [...values];
}

/** The last cell of each indicator row in the seeds' tab-separated target tables. */
function seedValues(): string[] {
  const values: string[] = [];
  for (const file of fs.readdirSync(SEEDS).filter((f) => /^00[14]/.test(f))) {
    let inTable = false;
    for (const line of fs.readFileSync(path.join(SEEDS, file), 'utf8').split('\n')) {
      if (line.includes('一级指标')) inTable = true;
      else if (line.includes('项目名称')) inTable = false;
      else if (inTable && line.includes('\t')) {
        const cells = line
          .split('\t')
          .map((c) => c.trim())
          .filter(Boolean);
        if (cells.length >= 2) values.push(cells[cells.length - 1]!);
      }
    }
  }
  return values;
}

const quantity = (comparator: string | null, number: number, unit: string, label = '', more = false): ParsedValue =>
  ({ kind: 'quantity', comparator, number, unit, label, more }) as ParsedValue;

describe('指标值 parsing', () => {
  it.each<[string, ParsedValue]>([
    ['≥1万户', quantity('≥', 10_000, '户')],
    ['≧20 户', quantity('≥', 20, '户')],
    ['≥5亿元', quantity('≥', 5, '亿元')],
    ['≥32.85万页', quantity('≥', 328_500, '页')],
    ['106.7 万吨', quantity(null, 106.7, '万吨')],
    ['7850元/台', quantity(null, 7850, '元/台')],
    ['≤510元/人·天', quantity('≤', 510, '元/人·天')],
    ['≤3万元/次', quantity('≤', 3, '万元/次')],
    ['达 90%以上', quantity('≥', 90, '%')],
    ['≥95％', quantity('≥', 95, '%')],
    ['不少于20家', quantity('≥', 20, '家')],
    ['不高于5万元', quantity('≤', 5, '万元')],
    ['10个左右', quantity('≈', 10, '个')],
    ['> 25%', quantity('>', 25, '%')],
    ['= 4天', quantity('=', 4, '天')],
    ['1,000家', quantity(null, 1000, '家')],
    ['培训合格率达到 100%', quantity('≥', 100, '%', '培训合格率')],
    ['推荐我区参赛企业 15 家, 宣传推介企业科技创新成果 15 项', quantity(null, 15, '家', '推荐我区参赛企业', true)],
    ['4-5期', { kind: 'range', low: 4, high: 5, unit: '期' }],
    ['2023年9月30日前', { kind: 'date', date: { year: 2023, month: 9, day: 30 }, until: null, relation: '前' }],
    ['2022 年 3 月底', { kind: 'date', date: { year: 2022, month: 3, day: null }, until: null, relation: '底' }],
    ['2024 年 1-12 月', { kind: 'date', date: { year: 2024, month: 1, day: null }, until: { year: 2024, month: 12, day: null }, relation: null }],
    ['9月底前', { kind: 'date', date: { year: null, month: 9, day: null }, until: null, relation: '底' }],
    ['0', { kind: 'notApplicable' }],
    ['', { kind: 'empty' }],
    ['持续提高', { kind: 'qualitative' }],
    ['明显提升', { kind: 'qualitative' }],
    ['较2023年提升', { kind: 'qualitative' }],
  ])('%j', (text, expected) => {
    expect(parseIndicatorValue(text)).toEqual(expected);
  });

  it('shows the clerk what it understood', () => {
    expect(describeValue(parseIndicatorValue('≥1万户'))).toBe('≥ 10000 户');
    expect(describeValue(parseIndicatorValue('2023年12月31日前'))).toBe('日期 2023年12月31日之前');
    expect(describeValue(parseIndicatorValue('4-5期'))).toBe('4–5 期');
    expect(describeValue(parseIndicatorValue('有效提升'))).toBe('定性');
    expect(describeValue(parseIndicatorValue('0'))).toBe('不适用（0）');
  });

  it('reads every number of a text with its unit and the words before it, years of dates left out', () => {
    expect(quantitiesIn('2024年购置扫描仪1台，单价0.3万元，合计3000元/台')).toEqual([
      { number: 1, unit: '台', before: '年购置扫描仪' },
      { number: 0.3, unit: '万元', before: '仪1台,单价' },
      { number: 3000, unit: '元/台', before: '3万元,合计' },
    ]);
  });

  const startsWithNumber = /^(?:[≥≧≤≦=><]|不低于|不少于|大于等于)?\s*[\d０-９]/;

  function checkReading(text: string) {
    const parsed = parseIndicatorValue(text);
    expect(describeValue(parsed)).toBeTypeOf('string');
    if (startsWithNumber.test(text)) expect(['quantity', 'range', 'date', 'notApplicable']).toContain(parsed.kind);
    if (parsed.kind === 'quantity') {
      expect(Number.isFinite(parsed.number)).toBe(true);
      // the unit is read from the text, never made up
      expect(text.replace(/\s/g, '').replace('％', '%')).toContain(parsed.unit);
    }
    if (parsed.kind === 'date' && parsed.date.month !== null) expect(parsed.date.month).toBeGreaterThanOrEqual(1);
  }

  it('reads every 指标值 of the fixtures', () => {
    const values = fixtureValues();
    expect(values.length).toBeGreaterThan(250);
    for (const v of values) checkReading(v);
    const kinds = new Set(values.map((v) => parseIndicatorValue(v).kind));
    expect([...kinds].sort()).toEqual(['date', 'empty', 'notApplicable', 'qualitative', 'quantity']);
  });

  it('reads every 指标值 of the seed target tables', () => {
    const values = seedValues();
    expect(values.length).toBeGreaterThan(200);
    for (const v of values) checkReading(v);
  });
});
