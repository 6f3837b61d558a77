/** The 三级 names: one measure each, and short enough to read at a glance. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject, type Finding } from '../../shared/checker';
import { fromTargetTable, type TargetTable } from '../../shared/interchange/targetTable';
import { LAYOUTS } from '../../shared/layouts';
import type { RuleProfile } from '../../shared/profiles/profile';
import { DEFAULT_PROFILE } from '../../shared/profiles/shipped';
import { ROOT, readJson } from '../helpers/paths';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test', 'fixtures', 'clean-target-table.json'));

function run(name: string, value: string, level2 = '数量指标', profile?: RuleProfile): Finding[] {
  const table = structuredClone(CLEAN);
  table.indicators.push({ level1: level2 === '数量指标' ? '产出指标' : '效益指标', level2, name, value });
  const { layout, year, content } = fromTargetTable(table);
  return checkProject(content, LAYOUTS[layout], year!, profile);
}

const rules = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.rule}`);

describe('name.single-measure', () => {
  it.each<[string, string, string]>([
    ['培训人数、培训场次', '≥200人', '数量指标'],
    ['项目开工率；竣工率', '≥90%', '数量指标'],
    ['煤炭洗选率及矸石利用率', '不低于上年', '可持续影响指标'],
    ['大会合作签约数及金额', '≥20项', '经济效益指标'],
    ['提高资源能源利用效率，降低企业用能成本', '≥5%', '经济效益指标'],
    ['新建、改造村级活动场所', '新建8个、改造6个', '数量指标'],
  ])('reminds that %s names two measures', (name, value, level2) => {
    const findings = run(name, value, level2).filter((f) => f.rule === 'name.single-measure');
    expect(rules(findings)).toEqual(['提醒 name.single-measure']);
    expect(findings[0]!.message).toBe(`三级指标“${name}”包含多项内容，建议拆分为多个三级指标，每项单独设定指标值`);
    expect(findings[0]!.target).toMatchObject({ kind: 'indicator', field: 'name' });
  });

  it.each([
    ['A4彩色打印机、A4黑白打印机', '2台'],
    ['根据国家要求进行线上、线下办展', '2场'],
    ['开展调研、项目争取、促进项目进度、考察学习等次数', '≥800人次'],
    ['年度预算及时下达率', '100%'],
    ['资金拨付及时率', '100%'],
    ['新建道路、桥梁长度', '12公里'],
  ])('is quiet on one measure of several things: %s', (name, value) => {
    expect(run(name, value).filter((f) => f.rule === 'name.single-measure')).toEqual([]);
  });
});

describe('name.length', () => {
  it('reminds of a name longer than 20 characters, the numbering before it not counted', () => {
    const name = '开展一线创新工程师培训班参训企业技术骨干人数';
    expect([...name].length).toBe(22);
    const findings = run(name, '≥60人');
    expect(rules(findings)).toEqual(['提醒 name.length']);
    expect(findings[0]!.message).toBe(`三级指标“${name}”有 22 个字，超过 20 个字，建议精简为一眼能读完的名称`);
    expect(run(`指标 1: ${name.slice(0, 20)}`, '≥60人')).toEqual([]);
  });

  it('takes its limit as a setting', () => {
    expect(
      run('全区节能工作先进集体和先进个人表彰人数', '≥108人', '数量指标', {
        ...DEFAULT_PROFILE,
        thresholds: { ...DEFAULT_PROFILE.thresholds, nameLength: 10 },
      }).map((f) => f.rule),
    ).toEqual(['name.length']);
  });
});
