import { describe, expect, it } from 'vitest';
import { applyPaste, gridRows, insertRowAfter, removeRow, setCell, setCells, sortIndicators, withoutBlankRows } from '../../shared/indicatorGrid';
import { isBlock, parsePastedIndicators, parseTsv, pasteActuals, toIndicator } from '../../shared/paste';
import type { EvaluationIndicator } from '../../shared/evaluation/content';
import { DEFAULT_PROFILE } from '../../shared/profiles/shipped';

const CLASSIC = DEFAULT_PROFILE.framework;

describe('Excel clipboard', () => {
  it('splits tab-separated rows and honours quoted cells with line breaks', () => {
    expect(parseTsv('a\tb\r\n"多\n行"\t"说""明"""\r\n')).toEqual([
      ['a', 'b'],
      ['多\n行', '说"明"'],
    ]);
  });

  it('pastes a column of 实际完成值 into the 自评表 from a row down, as Excel quotes and pads it', () => {
    const indicator = (name: string, actual: string): EvaluationIndicator => ({
      level1: '产出指标',
      level2: '数量指标',
      name,
      target: '1台',
      actual,
      weight: 500,
      override: null,
      deviation: '',
    });
    const indicators = ['甲', '乙', '丙', '丁'].map((name) => indicator(name, '原值'));
    const actuals = (list: EvaluationIndicator[]) => list.map((i) => i.actual);
    // Only the first column is taken; a blank cell clears its row; a quoted cell keeps its line break.
    expect(actuals(pasteActuals(indicators, 1, ' 2台 \t多余\r\n\r\n"第一行\n第二行"\r\n'))).toEqual(['原值', '2台', '', '第一行\n第二行']);
    // Rows past the last indicator are dropped.
    expect(actuals(pasteActuals(indicators, 3, '1\n2\n3\n'))).toEqual(['原值', '原值', '原值', '1']);
    expect(pasteActuals(indicators, 0, '1\n')[1]).toBe(indicators[1]);
  });

  it('tells a block from text for one cell', () => {
    expect(isBlock('单元格\r\n')).toBe(false);
    expect(isBlock('a\tb')).toBe(true);
    expect(isBlock('a\nb')).toBe(true);
  });

  it('maps four columns with codes and merged (empty) level cells', () => {
    const text =
      '1-产出指标\t11-数量指标\t节能监察\t≧20 户\n\t\t节能宣传\t2 次\n\t12-质量指标\t合格率\t≥95%\n3-满意度指标\t31-服务对象满意度\t企业满意度\t≥95%\n';
    const result = parsePastedIndicators(text);
    expect(result).toEqual({
      ok: true,
      rows: [
        { level2: '数量指标', name: '节能监察', value: '≧20 户' },
        { level2: '数量指标', name: '节能宣传', value: '2 次' },
        { level2: '质量指标', name: '合格率', value: '≥95%' },
        { level2: '服务对象满意度指标', name: '企业满意度', value: '≥95%' },
      ],
    });
  });

  it('maps three columns with county labels, skipping a header row', () => {
    const result = parsePastedIndicators('二级指标\t三级指标\t指标值\n数量指标（必填硬性指标）\t项目核查\t≧20 次\n成本指标（必填硬性指标）\t项目核查\t8 万元');
    expect(result.ok && result.rows.map((r) => r.level2)).toEqual(['数量指标', '成本指标']);
  });

  it('takes two columns as name and value under the current 二级', () => {
    expect(parsePastedIndicators('a\t1 个\nb\t2 个')).toEqual({
      ok: true,
      rows: [
        { level2: null, name: 'a', value: '1 个' },
        { level2: null, name: 'b', value: '2 个' },
      ],
    });
  });

  it('refuses the whole block where a level is unknown or mismatched', () => {
    const unknown = parsePastedIndicators('数量指标\ta\t1\n其他指标\tb\t2');
    expect(unknown).toEqual({ ok: false, message: '第 2 行：无法识别二级指标“其他指标”，未粘贴任何内容' });
    const mismatched = parsePastedIndicators('效益指标\t数量指标\ta\t1');
    expect(mismatched.ok).toBe(false);
    expect(parsePastedIndicators('a\tb\tc\td\te').ok).toBe(false);
  });
});

describe('indicator grid edits', () => {
  const base = [toIndicator('数量指标', '节能监察', '≧20 户'), toIndicator('成本指标', '节能监察', '10 万元')];

  it('shows every 二级 in form order, with a blank row where it has none', () => {
    const rows = gridRows(base, CLASSIC);
    expect(rows).toHaveLength(9);
    expect(rows[0]).toEqual({ level1: '产出指标', level2: '数量指标', index: 0 });
    expect(rows[1]).toEqual({ level1: '产出指标', level2: '质量指标', index: null });
    expect(rows[3]).toEqual({ level1: '产出指标', level2: '成本指标', index: 1 });
  });

  it('shows a 二级 of the 2021 framework or of the region in its place, its rows as they are', () => {
    const rows = gridRows(
      [
        ...base,
        { level1: '成本指标', level2: '经济成本指标', name: '人员经费', value: '≤5万元' },
        { level1: '满意度指标', level2: '其他满意度', name: '群众评价', value: '好' },
      ],
      CLASSIC,
    );
    expect(rows.map((r) => r.level2)).toEqual([
      '数量指标',
      '质量指标',
      '时效指标',
      '成本指标',
      '经济成本指标',
      '经济效益指标',
      '社会效益指标',
      '生态效益指标',
      '可持续影响指标',
      '服务对象满意度指标',
      '其他满意度',
    ]);
    expect(rows[4]).toEqual({ level1: '成本指标', level2: '经济成本指标', index: 2 });
    expect(setCell(base, { level1: '满意度指标', level2: '其他满意度', index: null }, 'name', '评价', CLASSIC).at(-1)).toEqual({
      level1: '满意度指标',
      level2: '其他满意度',
      name: '评价',
      value: '',
    });
  });

  it('typing into a blank row creates the indicator in its place', () => {
    const next = setCell(base, { level1: '产出指标', level2: '质量指标', index: null }, 'name', '合格率', CLASSIC);
    expect(next.map((i) => `${i.level2}:${i.name}`)).toEqual(['数量指标:节能监察', '质量指标:合格率', '成本指标:节能监察']);
    expect(setCell(base, { level1: '产出指标', level2: '质量指标', index: null }, 'name', '', CLASSIC)).toBe(base);
  });

  it('inserts and removes rows within a 二级', () => {
    const inserted = insertRowAfter(base, { level1: '产出指标', level2: '数量指标', index: 0 }, CLASSIC);
    expect(inserted.index).toBe(1);
    expect(inserted.list[1]).toEqual(toIndicator('数量指标', '', ''));
    expect(withoutBlankRows(inserted.list)).toEqual(base);
    const inBlank = insertRowAfter(base, { level1: '产出指标', level2: '时效指标', index: null }, CLASSIC);
    expect(gridRows(inBlank.list, CLASSIC).filter((r) => r.level2 === '时效指标')).toHaveLength(2);
    expect(removeRow(base, { level1: '产出指标', level2: '数量指标', index: 0 })).toEqual([base[1]]);
  });

  it('pastes name/value rows over the current 二级 downwards and extends it', () => {
    const next = applyPaste(
      base,
      { level1: '产出指标', level2: '数量指标', index: 0 },
      [
        { level2: null, name: 'A', value: '1' },
        { level2: null, name: 'B', value: '2' },
      ],
      CLASSIC,
    );
    expect(next.map((i) => `${i.level2}:${i.name}:${i.value}`)).toEqual(['数量指标:A:1', '数量指标:B:2', '成本指标:节能监察:10 万元']);
  });

  it('keeps the extra columns of an indicator whose name or value is typed or pasted over', () => {
    const extra = { unit: '户', explanation: '年度内现场监察的企业户数' };
    const withExtra = [{ ...base[0]!, extra }, base[1]!];
    const at = { level1: '产出指标', level2: '数量指标', index: 0 };
    expect(setCell(withExtra, at, 'value', '≥25 户', CLASSIC)[0]).toEqual({ ...withExtra[0], value: '≥25 户' });
    expect(setCells(withExtra, at, { name: '节能监察企业', value: '≥25 户' }, CLASSIC)[0]!.extra).toEqual(extra);
    expect(applyPaste(withExtra, at, [{ level2: null, name: '节能监察企业', value: '≥25 户' }], CLASSIC)[0]).toEqual({
      ...withExtra[0],
      name: '节能监察企业',
      value: '≥25 户',
    });
  });

  it('pastes rows that name their 二级 into that 二级, filling blank rows first', () => {
    const withBlank = insertRowAfter(base, { level1: '产出指标', level2: '成本指标', index: 1 }, CLASSIC).list;
    const next = applyPaste(
      withBlank,
      { level1: '产出指标', level2: '数量指标', index: 0 },
      [
        { level2: '成本指标', name: '宣传', value: '2 万元' },
        { level2: '服务对象满意度指标', name: '满意度', value: '≥95%' },
        { level2: '质量指标', name: '合格率', value: '100%' },
      ],
      CLASSIC,
    );
    expect(sortIndicators(next, CLASSIC)).toEqual(next);
    expect(next.map((i) => i.name)).toEqual(['节能监察', '合格率', '节能监察', '宣传', '满意度']);
  });
});
