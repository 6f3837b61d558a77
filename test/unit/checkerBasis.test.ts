/** What a table states in support of its targets: 政策依据, 测算依据, 指标解释. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject, type Finding } from '../../shared/checker';
import { fromTargetTable, type TargetTable } from '../../shared/interchange/targetTable';
import { LAYOUTS } from '../../shared/layouts';
import { ROOT, readJson } from '../helpers/paths';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test', 'fixtures', 'clean-target-table.json'));

function run(change: (t: TargetTable) => void): Finding[] {
  const table = structuredClone(CLEAN);
  change(table);
  const { layout, year, content } = fromTargetTable(table);
  return checkProject(content, LAYOUTS[layout], year!);
}

const withInfo = (label: string, value: string) =>
  run(
    (t) =>
      (t.otherInfo = [
        { label: '项目负责人', value: '陈晓明' },
        { label, value },
      ]),
  );

describe('basis.policy', () => {
  it.each(['《全民健身计划（2021—2025年）》', '宁财发〔2023〕12号', '依据国办发[2021]3号文件', '财政部令第78号', '《中华人民共和国预算法》第三十二条'])(
    'is quiet on a 政策依据 naming a document: %s',
    (value) => {
      expect(withInfo('政策依据', value)).toEqual([]);
    },
  );

  it.each(['根据上级要求', '按照自治区党委、政府工作部署', '有关规定'])('reminds where the 政策依据 names no document: %s', (value) => {
    const findings = withInfo('政策依据', value);
    expect(findings.map((f) => `${f.severity} ${f.rule} @ ${f.location}`)).toEqual(['提醒 basis.policy @ 政策依据']);
    expect(findings[0]!.target).toEqual({ kind: 'otherInfo', label: '政策依据' });
    expect(findings[0]!.message).toBe(`政策依据“${value}”没有写明文件名称或文号，请写明所依据的文件（如《…办法》、宁财发〔2023〕12号）`);
  });

  it('reminds of an empty 政策依据, the template’s hint counting as empty', () => {
    expect(withInfo('政策依据', '如没有请填无').map((f) => f.message)).toEqual(['政策依据为空，请写明所依据的文件（《文件名称》或文号）']);
  });

  it('asks nothing of a table without the field', () => {
    expect(run((t) => (t.otherInfo = [{ label: '项目负责人', value: '陈晓明' }]))).toEqual([]);
  });
});

describe('basis.calculation', () => {
  it.each([
    '购置档案扫描仪1台，单价0.3万元，合计0.3万元。',
    '便携式计算机2台×7850元，打印机1台14300元',
    '按2000元/人标准，培训100人，共计20万元',
    '每人每月300元，补助50人，12个月',
    '100人*2000元=20万元',
  ])('is quiet on a 测算依据 with quantity × price: %s', (value) => {
    expect(withInfo('测算依据', value)).toEqual([]);
  });

  it.each(['根据工作需要测算', '预计需要经费13万元', '参照上年标准安排', '培训100人'])('reminds where the 测算依据 shows no quantity × price: %s', (value) => {
    const findings = withInfo('测算依据', value);
    expect(findings.map((f) => `${f.severity} ${f.rule} @ ${f.location}`)).toEqual(['提醒 basis.calculation @ 测算依据']);
    expect(findings[0]!.message).toBe(`测算依据“${value}”没有写明数量 × 单价，请列出测算过程（如“培训100人 × 2000元/人 = 20万元”）`);
  });

  it('reminds of an empty 测算依据', () => {
    expect(withInfo('测算依据', '').map((f) => f.message)).toEqual(['测算依据为空，请列出测算过程（如“培训100人 × 2000元/人 = 20万元”）']);
  });
});

describe('basis.explanation', () => {
  const explain = (names: string[]) => (t: TargetTable) => {
    for (const i of t.indicators) if (names.includes(i.name)) i.extra = { explanation: `${i.name}的计算方法`, unit: '台' };
  };

  it('reminds at each indicator without the 指标解释 the table gives the others', () => {
    const named = CLEAN.indicators.map((i) => i.name).filter((n) => n !== '打印机' && n !== '0');
    const findings = run(explain(named));
    expect(findings.map((f) => `${f.severity} ${f.rule} @ ${f.location}`)).toEqual([
      '提醒 basis.explanation @ 产出指标/数量指标 第2行「打印机」',
      '提醒 basis.explanation @ 产出指标/成本指标 第2行「打印机」',
    ]);
    expect(findings[0]!.message).toBe('三级指标“打印机”没有指标解释（表中其他指标有），请说明指标的含义或计算方法');
  });

  it('is quiet where every indicator is explained, or none, and on rows declared 不适用', () => {
    expect(run(explain(CLEAN.indicators.map((i) => i.name).filter((n) => n !== '0')))).toEqual([]);
    expect(run(() => {})).toEqual([]);
  });
});
