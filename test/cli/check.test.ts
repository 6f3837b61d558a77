import fs from 'node:fs';
import path from 'node:path';
import { jixiao } from '../helpers/cli';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/handlers';
import { Workspace } from '../../electron/services/workspace';
import { fromTargetTable, type TargetTable } from '../../shared/interchange/targetTable';
import { DEFAULT_PROFILE, SHIPPED_PROFILES } from '../../shared/profiles/shipped';
import { FIXTURES, ROOT, readJson, tempDir } from '../helpers/paths';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test', 'fixtures', 'clean-target-table.json'));

/** A department file with a sound 2024 project, a faulty 2024 one and a sound 2025 one. */
function departmentFile(): string {
  const workspace = new Workspace(tempDir());
  const api = createHandlers(workspace);
  const { file: departmentFile } = api.createDepartment({ name: '审核测试单位', code: '', supervisor: '', layout: '本级部门' });
  const { content } = fromTargetTable(CLEAN);
  for (const [year, name, change] of [
    [2024, '办公家具设备购置', (c: typeof content) => c],
    [
      2024,
      '档案数字化\t项目',
      (c: typeof content) => ({ ...c, indicators: c.indicators.map((i) => (i.level2 === '时效指标' ? { ...i, value: '2023 年 3 月底' } : i)) }),
    ],
    [
      2025,
      '办公家具设备购置',
      (c: typeof content) => ({ ...c, indicators: c.indicators.map((i) => (i.level2 === '时效指标' ? { ...i, value: '2025年6月30日前' } : i)) }),
    ],
  ] as const) {
    const { id, revision } = api.createProject({ departmentFile, year, name: name.replace('\t', '') });
    api.saveProject({ departmentFile, id, revision, content: change({ ...content, name: name.replace('\t', '') }) });
  }
  workspace.close();
  return path.join(workspace.path, departmentFile);
}

describe('jixiao check', () => {
  const file = departmentFile();

  it('prints one tab-separated line per finding and exits 1 on an 错误', () => {
    const run = jixiao('check', file);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([
      '错误\t档案数字化项目\t产出指标/时效指标 第1行「采购完成时间」\tvalue.date-in-year\t时效指标的日期“2023 年 3 月底”不在 2024 年度内',
      '提醒\t档案数字化项目\t指标值\thygiene.value\t1 个指标值书写不规范（1 个含多余空格），如“2023 年 3 月底”应为“2023年3月底”',
    ]);
  });

  it('prints JSON with --json, and checks one year with --year', () => {
    const run = jixiao('check', file, '--year', '2024', '--json');
    expect(run.status).toBe(1);
    const findings = JSON.parse(run.stdout);
    expect(findings).toHaveLength(2);
    expect(findings[0]).toEqual({
      severity: '错误',
      project: '档案数字化项目',
      location: '产出指标/时效指标 第1行「采购完成时间」',
      rule: 'value.date-in-year',
      message: '时效指标的日期“2023 年 3 月底”不在 2024 年度内',
    });
    const clean = jixiao('check', file, '--year', '2025', '--json');
    expect(clean.status).toBe(0);
    expect(JSON.parse(clean.stdout)).toEqual([]);
    expect(jixiao('check', file, '--year', '2025').stdout).toBe('');
  });

  it('explains bad input with status 2', () => {
    const notOurs = path.join(tempDir(), 'x.jixiao.db');
    fs.writeFileSync(notOurs, 'hello');
    const refused = jixiao('check', notOurs);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('不是绩效填报助手的单位文件');
    expect(jixiao('check', file, '--year', '二〇二四').stderr).toContain('--year 应为年度');
    expect(jixiao('check').status).toBe(2);
    expect(jixiao('check', path.join(tempDir(), 'missing.jixiao.db')).stderr).toContain('找不到单位文件');
  });

  it('checks the tables of a workbook: target tables and self-evaluations', () => {
    const targets = jixiao('check', path.join(FIXTURES, 'targets-003.xlsx'), '--json');
    expect(targets.status).toBe(1);
    expect(JSON.parse(targets.stdout)).toContainEqual({
      severity: '错误',
      project: '2023 年自治区企业技术中心奖补资金',
      location: '产出指标/时效指标 第1行「拨付企业奖补资金时限」',
      rule: 'value.date-in-year',
      message: '时效指标的日期“2022 年 3 月底”不在 2023 年度内',
    });
    const selfEvaluations = jixiao('check', path.join(FIXTURES, 'selfeval-002-a.xlsx'));
    expect(selfEvaluations.status).toBe(1);
    expect(selfEvaluations.stdout.split('\n')).toContain('错误\t2022年自治区支持基础人才项目\t总分\tse.total\t总分 100 不等于预算执行与各指标得分之和 90');
  });
});

describe('jixiao check and the rule profiles', () => {
  const CENTRAL = SHIPPED_PROFILES.find((p) => p.id === 'central-2021')!;
  const folder = tempDir();
  /** The clean table in a data package: the classic framework, 成本 under 产出, an unused 二级 written `0 | 0`. */
  const classic = path.join(folder, '经典框架.json');
  fs.writeFileSync(classic, JSON.stringify({ targetTables: [CLEAN], selfEvaluations: [] }));
  const rules = path.join(folder, '中央2021.jxrules');
  fs.writeFileSync(rules, JSON.stringify(CENTRAL, null, 2));

  it('checks a workbook or data package by the seeds’ region’s rules, or by those of --profile', () => {
    expect(jixiao('check', classic)).toMatchObject({ status: 0, stdout: '', stderr: '' });
    const central = jixiao('check', classic, '--profile', rules);
    expect(central.status).toBe(1);
    expect(central.stdout.split('\n').filter(Boolean)).toEqual([
      '错误\t办公家具设备购置\t成本指标\ttree.level1\t成本指标下没有任何三级指标',
      '错误\t办公家具设备购置\t经济成本指标\ttree.required\t缺少必填的经济成本指标',
      '提醒\t办公家具设备购置\t效益指标/经济效益指标 第1行「0」\ttree.not-applicable\t按审核规则“中央 2021 指引”，不用的二级指标写“不适用”，不以“0 | 0”表示',
    ]);
  });

  it('checks a department file by the rules it holds, and by --profile to see how it would check by others', () => {
    const workspace = new Workspace(tempDir());
    const api = createHandlers(workspace);
    const { file: departmentFile } = api.createDepartment({ name: '中央规则单位', code: '', supervisor: '', layout: '本级部门' });
    const { id, revision } = api.createProject({ departmentFile, year: 2024, name: CLEAN.projectName });
    api.saveProject({ departmentFile, id, revision, content: fromTargetTable(CLEAN).content });
    api.setRuleProfile({ departmentFile, profile: CENTRAL });
    workspace.close();
    const file = path.join(workspace.path, departmentFile);
    const own = jixiao('check', file);
    expect(own.status).toBe(1);
    expect(
      own.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[3]),
    ).toEqual(['tree.level1', 'tree.required', 'tree.not-applicable']);
    const ningxia = path.join(folder, '宁夏.json');
    fs.writeFileSync(ningxia, JSON.stringify(DEFAULT_PROFILE));
    expect(jixiao('check', file, '--profile', ningxia)).toMatchObject({ status: 0, stdout: '' });
  });

  it('refuses a profile file that is missing or not one, naming it and the field (exit status 2)', () => {
    const bad = path.join(folder, '坏规则.json');
    fs.writeFileSync(bad, JSON.stringify({ ...CENTRAL, thresholds: { ...CENTRAL.thresholds, nameLength: 0 } }));
    expect(jixiao('check', classic, '--profile', bad)).toMatchObject({
      status: 2,
      stdout: '',
      stderr: '审核规则文件“坏规则.json”无法使用：阈值·三级指标名称长度（thresholds.nameLength）：至少 1 个字\n',
    });
    expect(jixiao('check', classic, '--profile', path.join(folder, '没有.jxrules'))).toMatchObject({ status: 2, stderr: '找不到文件“没有.jxrules”\n' });
  });
});
