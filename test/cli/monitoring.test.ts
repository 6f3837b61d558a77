import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jixiao } from '../helpers/cli';
import { monitoringWorkbook, ROAD_INDICATORS } from '../helpers/monitoringWorkbooks';
import { tempDir } from '../helpers/paths';

describe('jixiao and the 执行监控表', () => {
  const dir = tempDir();
  const workbook = path.join(dir, '执行监控表.xlsx');
  const department = path.join(dir, '某市交通运输局.jixiao.db');
  beforeAll(async () => {
    fs.writeFileSync(
      workbook,
      await monitoringWorkbook({
        七月: { year: 2024, month: 7, name: '农村公路养护', funds: [860, 420, '48.84%', 860], indicators: ROAD_INDICATORS },
        六月: { year: 2024, month: 6, name: '桥梁检测', funds: [100, 60, '50%', 100], indicators: ROAD_INDICATORS.slice(0, 2) },
      }),
    );
  });

  it('import --json fills monitoring, and check names its findings at locations starting 监控表', () => {
    const run = jixiao('import', workbook, '--json');
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(Object.keys(printed)).toEqual([
      'targetTables',
      'selfEvaluations',
      'monitoring',
      'departmentTables',
      'departmentEvaluations',
      'unplaced',
      'warnings',
    ]);
    expect(printed.monitoring.map((m: { projectName: string; month: number }) => [m.projectName, m.month])).toEqual([
      ['农村公路养护', 7],
      ['桥梁检测', 6],
    ]);
    expect(Object.keys(printed.monitoring[0])).toEqual([
      'projectName',
      'year',
      'month',
      'department',
      'implementingUnit',
      'overallGoal',
      'goalProgress',
      'funds',
      'indicators',
    ]);
    expect(Object.keys(printed.monitoring[0].indicators[0])).toEqual([
      'level1',
      'level2',
      'name',
      'target',
      'progress',
      'forecast',
      'causes',
      'explanation',
      'likelihood',
      'remarks',
    ]);
    const check = jixiao('check', workbook, '--json');
    expect(check.status).toBe(1);
    expect(JSON.parse(check.stdout).map((l: { project: string; location: string; rule: string }) => [l.project, l.location, l.rule])).toEqual([
      ['农村公路养护', '监控表 满意度指标/服务对象满意度指标「沿线群众满意度」', 'mo.reason'],
      ['农村公路养护', '监控表 满意度指标/服务对象满意度指标「沿线群众满意度」', 'mo.progress-number'],
      ['桥梁检测', '监控表 年度资金总额', 'mo.rate'],
      ['桥梁检测', '监控表 财政拨款', 'mo.rate'],
    ]);
  });

  it('import --into writes them into projects of the same name', () => {
    const into = jixiao('import', workbook, '--into', department);
    expect(into.status).toBe(0);
    expect(into.stdout).toBe('新建\t2024\t农村公路养护\t执行监控表\n新建\t2024\t桥梁检测\t执行监控表\n');
  });

  it('monitor prints each project’s lights, and check covers the stored tables', () => {
    const monitor = jixiao('monitor', department, '--year', '2024');
    expect(monitor.status).toBe(0);
    expect(monitor.stdout).toBe(
      [
        '农村公路养护\t1-7月\t执行率 48.84%（应达 58.33%）\t黄灯\t红灯指标 1 个',
        '  红灯\t新建港湾式停车带',
        '  黄灯\t沿线群众满意度',
        '桥梁检测\t1-6月\t执行率 60.00%（应达 50.00%）\t绿灯\t红灯指标 0 个',
        '',
      ].join('\n'),
    );
    expect(monitor.stderr).toBe('2 个项目：绿灯 1，黄灯 1，红灯 0，未填 0\n');
    const json = JSON.parse(jixiao('monitor', department, '--year', '2024', '--json').stdout);
    expect(json[0]).toMatchObject({ projectName: '农村公路养护', month: 7, light: '黄', rate: '48.84%', expected: '58.33%', red: 1 });

    const check = jixiao('check', department, '--year', '2024');
    expect(check.stdout.split('\n').filter((l) => l.includes('\t监控表 '))).toHaveLength(2);
  });

  it.each(['json', 'xlsx', 'docx'])('export --form monitoring --format %s writes them back', (format) => {
    const out = path.join(dir, `监控.${format}`);
    const exported = jixiao('export', department, '--year', '2024', '--form', 'monitoring', '--format', format, '--out', out);
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stderr).toContain('已在文件中标为草稿：农村公路养护');
    const back = JSON.parse(jixiao('import', out, '--json').stdout);
    expect(back.monitoring.map((m: { projectName: string; funds: { total: { rate: string } } }) => [m.projectName, m.funds.total.rate])).toEqual([
      ['农村公路养护', '48.84%'],
      ['桥梁检测', '60.00%'],
    ]);
  });

  it('export names the forms it knows', () => {
    const run = jixiao('export', department, '--year', '2024', '--form', 'monitors', '--format', 'json', '--out', path.join(dir, 'x.json'));
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('--form 应为 targets、self-evaluations、monitoring、department、department-evaluation 之一\n');
  });
});
