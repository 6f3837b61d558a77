import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../electron/import/readImportFile';
import { fraction, parseDecimal, roundTo, toNumber } from '../../shared/decimal';
import { agrees, executionRate, executionScore, gradeOf, sumOfRounded } from '../../shared/scoring/execution';
import { scoreReport } from '../../shared/scoring/scoreReport';
import { suggestScore, withinBand } from '../../shared/scoring/indicatorScore';
import { FIXTURES } from '../helpers/paths';

const rate = (executed: number | null, budget: number | null) => {
  const r = executionRate(executed, budget);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe('exact figures', () => {
  it('reads printed numbers with their decimals', () => {
    expect(parseDecimal('77.33%')).toEqual({ value: { num: 7733n, den: 100n }, decimals: 2 });
    expect(parseDecimal(7.7)).toEqual({ value: { num: 77n, den: 10n }, decimals: 1 });
    expect(parseDecimal('91.06 元')).toBeNull();
  });

  it('rounds half up, exactly', () => {
    expect(roundTo(fraction('2.345'), 2)).toBe(235n);
    expect(roundTo(fraction('2.344'), 2)).toBe(234n);
    expect(roundTo(fraction('-2.345'), 2)).toBe(-235n);
    expect(toNumber(fraction('0.1'), 2) + 0).toBe(0.1);
  });
});

describe('预算执行', () => {
  it('is 执行数 / 全年预算数, never a division by 0', () => {
    expect(toNumber(rate(313.76, 405.76), 4)).toBe(77.3265);
    expect(executionRate(1, 0)).toEqual({ ok: false, message: '全年预算数为 0，无法计算执行率' });
    expect(executionRate(1, null)).toEqual({ ok: false, message: '全年预算数未填写，无法计算执行率' });
    expect(executionRate(null, 5)).toEqual({ ok: false, message: '全年执行数未填写，无法计算执行率' });
  });

  it('scores min(rate, 1) × weight', () => {
    expect(toNumber(executionScore(rate(313.76, 405.76), 10), 3)).toBe(7.733);
    expect(toNumber(executionScore(rate(120, 100), 10), 2)).toBe(10);
    expect(toNumber(executionScore(rate(0, 100), 10), 2)).toBe(0);
    expect(toNumber(executionScore(rate(50, 100), 15), 2)).toBe(7.5);
  });

  it('totals the rounded parts, and grades the total', () => {
    expect(toNumber(sumOfRounded([fraction('7.733'), fraction('4'), fraction('0.005')]), 2)).toBe(11.74);
    expect([90, 89.99, 80, 79.99, 60, 59.99].map(gradeOf)).toEqual(['优', '良', '良', '中', '中', '差']);
  });

  it('agrees with a printed figure rounded to its printed decimals, scores to at least one', () => {
    expect(agrees('78%', fraction('77.95'), 'rate')).toBe(true);
    expect(agrees(7.7, fraction('7.733'), 'score')).toBe(true);
    expect(agrees(9.86, fraction('9.857'), 'score')).toBe(true);
    expect(agrees('10%', fraction('100'), 'rate')).toBe(false);
    expect(agrees(3, fraction('2.6'), 'score')).toBe(false);
    expect(agrees(10, fraction('9.982'), 'score')).toBe(true);
    expect(agrees('满分', fraction('10'), 'score')).toBe(false);
  });
});

describe('the published 自评表 of seed 002', () => {
  it('disagree with their computation exactly where the tables are wrong', async () => {
    const file = path.join(FIXTURES, 'selfeval-002-a.xlsx');
    const { selfEvaluations } = await readImportFile(fs.readFileSync(file), file);
    const found = selfEvaluations.flatMap((t, i) => scoreReport(t).differences.map((d) => `${i + 1} ${d.field} ${d.recorded} ≠ ${d.computed}`));
    expect(found).toEqual([
      // One score cell was lost in the published text: the parts add up to 90, not the printed 100.
      '6 totalScore 100 ≠ 90',
      // 4.99 / 5.29 is 94.33%, printed 94.30%.
      '7 rate 94.30% ≠ 94.33%',
      // 89.17% of 10 is 8.92, printed as 9; so the total is 98.92, printed 99.
      '8 executionScore 9 ≠ 8.92',
      '8 totalScore 99 ≠ 98.92',
      // 22.2 / 56 is 39.64%, printed 40.00%.
      '15 rate 40.00% ≠ 39.64%',
    ]);
  });
});

describe('suggested indicator scores', () => {
  const score = (target: string, actual: string, weight = 10) => {
    const s = suggestScore(target, actual, weight);
    return s.score === null ? null : toNumber(s.score, 2);
  };

  it('≥ and >: full marks when met, else actual ÷ target × weight', () => {
    expect(score('≥20户', '20户')).toBe(10);
    expect(score('≥20户', '25户')).toBe(10);
    expect(score('≥20户', '15户')).toBe(7.5);
    expect(score('>25%', '10%', 5)).toBe(2);
    expect(score('2 次', '1 次', 4)).toBe(2);
    expect(score('= 4天', '3天')).toBe(7.5);
    expect(score('≥1万户', '5000户')).toBe(5);
  });

  it('≤ and <: full marks within, linearly to 0 at twice the target', () => {
    expect(score('≤350万元', '300万元')).toBe(10);
    expect(score('≤350万元', '350万元')).toBe(10);
    expect(score('≤100元', '150元')).toBe(5);
    expect(score('≤100元', '200元')).toBe(0);
    expect(score('≤100元', '260元')).toBe(0);
    expect(score('≤0元', '1元')).toBe(0);
  });

  it('= 0: full marks only when the actual is 0', () => {
    expect(score('0', '0')).toBe(10);
    expect(score('= 0 起', '1 起')).toBe(0);
  });

  it('deadlines: full when met, by hand when late', () => {
    expect(score('2024年12月31日前', '2024年11月30日')).toBe(10);
    expect(suggestScore('2024年6月30日前', '2024年8月1日', 5)).toEqual({ score: null, notes: ['逾期完成，请按延误程度打分并说明原因'] });
  });

  it('qualitative grades: a suggestion inside each band', () => {
    expect(score('明显提升', '达成年度指标', 3)).toBe(3);
    expect(score('明显提升', '部分达成年度指标并具有一定效果', 3)).toBe(2.1);
    expect(score('明显提升', '未达成年度指标且效果较差', 3)).toBe(0.9);
    expect(withinBand(2.4, 3, '达成年度指标')).toBe(true);
    expect(withinBand(2.3, 3, '达成年度指标')).toBe(false);
    expect(withinBand(1.8, 3, '部分达成年度指标并具有一定效果')).toBe(true);
    expect(withinBand(1.9, 3, '未达成年度指标且效果较差')).toBe(false);
    expect(suggestScore('明显提升', '效果很好', 3).score).toBeNull();
  });

  it('compares in one unit: 万 prefixes are scaled, other units are scored by hand', () => {
    expect(score('57万元', '57万')).toBe(10);
    expect(score('≤300万元', '3000000元')).toBe(10);
    expect(score('≥2万人次', '1万人次')).toBe(5);
    expect(score('≥20户', '18')).toBe(9);
    expect(suggestScore('8家以上', '100%完成', 10)).toEqual({ score: null, notes: ['实际完成值的单位“%”与年度指标值的“家”不同，请按实际情况打分'] });
  });

  it('an actual written as the target is met', () => {
    expect(score('逐步提高', '逐步提高', 4)).toBe(4);
    expect(score('每月15 日前', '每月15日前', 5)).toBe(5);
    expect(score('逐步提高', '有所提高', 4)).toBeNull();
  });

  it('warns when a target is met by 120% or more', () => {
    expect(suggestScore('≥20户', '24户', 10).notes).toEqual(['实际完成值达到目标的 120%，目标是否定得过低？']);
    expect(suggestScore('≥20户', '23户', 10).notes).toEqual([]);
  });
});
