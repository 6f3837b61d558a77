import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_FOLDER } from '../../electron/db/backups';
import { readImportFile } from '../../electron/import/readImportFile';
import { exportHere } from '../../electron/services/export';
import { importIntoDepartment, previewImport } from '../../electron/services/importIntoDepartment';
import { yearLights } from '../../electron/services/monitoring';
import { departmentFindings } from '../../electron/services/review';
import type { Workspace } from '../../electron/services/workspace';
import type { MonitoringTable } from '../../shared/interchange/monitoring';
import { departmentWith } from '../helpers/departments';
import { CLEAN_TARGETS, monitoringWorkbook, ROAD_INDICATORS, ROAD_TARGETS, type MonitoringSpec } from '../helpers/monitoringWorkbooks';
import { workbookOf } from '../helpers/workbooks';

const JULY: MonitoringSpec = { year: 2024, month: 7, name: '农村公路养护', funds: [860, 420, '48.84%', 860], indicators: ROAD_INDICATORS };
/** A second project reported to June, ticked with √, its printed rate wrong. */
const JUNE: MonitoringSpec = { year: 2024, month: 6, name: '桥梁检测', funds: [100, 60, '50%', 100], indicators: ROAD_INDICATORS.slice(0, 2), tick: '√' };

const open: Workspace[] = [];
afterEach(() => {
  for (const w of open.splice(0)) w.close();
});
function setup() {
  const dept = departmentWith('某市交通运输局', '本级部门', [ROAD_TARGETS, CLEAN_TARGETS]);
  open.push(dept.workspace);
  return { ...dept, db: dept.workspace.db(dept.departmentFile) };
}
const read = async (sheets: Record<string, MonitoringSpec>) => readImportFile(await monitoringWorkbook(sheets), '执行监控表.xlsx');

describe('执行监控表 read from a workbook in the central layout', () => {
  it('reads 1–7月 and 1–6月 tables: N from the column titles, the ✔ and √ ticks as causes and likelihood', async () => {
    const result = await read({ 七月: JULY, 六月: JUNE });
    expect([result.departmentTables, result.departmentEvaluations]).toEqual([[], []]);
    expect(result.warnings).toEqual([]);
    expect(result.monitoring.map((m) => [m.projectName, m.year, m.month])).toEqual([
      ['农村公路养护', 2024, 7],
      ['桥梁检测', 2024, 6],
    ]);
    const [july, june] = result.monitoring as [MonitoringTable, MonitoringTable];
    expect(july.funds).toEqual({
      total: { initialBudget: 860, executed: 420, rate: '48.84%', forecast: 860 },
      fiscal: { initialBudget: 860, executed: 420, rate: '48.84%', forecast: 860 },
    });
    expect(july.indicators.map((i) => [i.level1, i.level2, i.name, i.progress, i.causes, i.explanation, i.likelihood])).toEqual(
      ROAD_INDICATORS.map((i) => [i.level1, i.level2, i.name, i.progress, i.causes, i.explanation, i.likelihood]),
    );
    expect([july.overallGoal, july.goalProgress]).toEqual(['完成年度养护任务，保障公路安全畅通。', '已完成部分养护任务。']);
    expect(june.indicators.map((i) => i.likelihood)).toEqual(['确定能', '确定能']);
  });

  it('reads a flat layout too: labelled goal rows, amounts in 元 where the label says so, one header row, the likelihood written out', async () => {
    const bytes = await workbookOf({
      监控: [
        ['2025年项目支出绩效目标执行监控表'],
        ['项目名称', '档案数字化'],
        ['主管部门', '某旗档案馆', '实施单位', '某旗档案馆'],
        ['项目资金（元）', '年初预算数', '1—6月执行数', '1—6月执行率', '全年预计执行数'],
        ['年度资金总额', 200000, 50000.5, '25%', 200000],
        ['年度总体目标', '完成馆藏档案数字化。'],
        ['1-6月完成情况', '已扫描 3000 卷。'],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '1-6月执行数', '全年预计完成值', '原因说明', '完成目标可能性', '备注'],
        ['产出指标', '数量指标', '扫描档案', '10000卷', '3000卷', '9000卷', '扫描仪晚到', '有可能', '已催货'],
        ['', '', '扫描质量合格率', '≥98%', '99%', '≥98%', '', '确定能', ''],
      ],
    });
    const [table] = (await readImportFile(bytes, '档案.xlsx')).monitoring;
    expect(table).toEqual({
      projectName: '档案数字化',
      year: 2025,
      month: 6,
      department: '某旗档案馆',
      implementingUnit: '某旗档案馆',
      overallGoal: '完成馆藏档案数字化。',
      goalProgress: '已扫描 3000 卷。',
      funds: { total: { initialBudget: 20, executed: 5.00005, rate: '25%', forecast: 20 } },
      indicators: [
        {
          level1: '产出指标',
          level2: '数量指标',
          name: '扫描档案',
          target: '10000卷',
          progress: '3000卷',
          forecast: '9000卷',
          causes: [],
          explanation: '扫描仪晚到',
          likelihood: '有可能',
          remarks: '已催货',
        },
        {
          level1: '产出指标',
          level2: '数量指标',
          name: '扫描质量合格率',
          target: '≥98%',
          progress: '99%',
          forecast: '≥98%',
          causes: [],
          explanation: '',
          likelihood: '确定能',
          remarks: '',
        },
      ],
    });
  });
});

describe('执行监控表 in the department file', () => {
  it('imports into the project of the same name and year, or a new project made from it, and lights it', async () => {
    const { db, api, departmentFile } = setup();
    const file = await read({ 七月: JULY, 六月: JUNE });
    const preview = previewImport(db, file, null);
    expect(preview.tables.map((t) => [t.kind, t.projectName, t.layout, t.conflict, t.errors])).toEqual([
      ['执行监控表', '农村公路养护', '1-7月', false, 1],
      ['执行监控表', '桥梁检测', '1-6月', false, 2],
    ]);
    const outcomes = importIntoDepartment(db, file, null, [
      { index: 0, onConflict: 'skip' },
      { index: 1, onConflict: 'skip' },
    ]);
    expect(outcomes.map((o) => [o.action, o.storedAs])).toEqual([
      ['created', '农村公路养护'],
      ['created', '桥梁检测'],
    ]);
    const lights = yearLights(db, 2024);
    expect(lights.map((l) => [l.projectName, l.month, l.rate, l.expected, l.light, l.red])).toEqual([
      ['农村公路养护', 7, '48.84%', '58.33%', '黄', 1],
      ['桥梁检测', 6, '60.00%', '50.00%', '绿', 0],
    ]);
    expect(lights[0]!.indicators.map((i) => i.light)).toEqual(['绿', '绿', '红', '黄']);
    const findings = departmentFindings(db, 2024).filter((f) => f.location.startsWith('监控表'));
    // Stored, the rates are computed from the amounts: 桥梁检测's printed 50% is not kept.
    expect(findings.map((f) => [f.project, f.location, f.rule])).toEqual([
      ['农村公路养护', '监控表 满意度指标/服务对象满意度指标「沿线群众满意度」', 'mo.reason'],
      ['农村公路养护', '监控表 满意度指标/服务对象满意度指标「沿线群众满意度」', 'mo.progress-number'],
    ]);
    expect(api.listProjects({ departmentFile, year: 2024 }).map((p) => [p.name, p.monitoring?.light, p.monitoring?.rate, p.monitoring?.red])).toEqual([
      ['农村公路养护', '黄', '48.84%', 1],
      ['办公家具设备购置', undefined, undefined, undefined],
      ['桥梁检测', '绿', '60.00%', 0],
    ]);
    const again = previewImport(db, file, null);
    expect(again.tables.map((t) => t.conflict)).toEqual([true, true]);
  });

  it('is prepared from the targets for the year with N chosen, and prepared again keeps the entries (after a backup)', () => {
    const { api, departmentFile, ids, workspace } = setup();
    expect(api.getMonitoring({ departmentFile, id: ids[0]! })).toEqual({ content: null, revision: 0, updatedAt: null });
    expect(api.generateMonitoring({ departmentFile, year: 2024, month: 6 }).map((r) => r.action)).toEqual(['created', 'created']);
    const { content, revision } = api.getMonitoring({ departmentFile, id: ids[0]! });
    expect(content!.month).toBe(6);
    expect(content!.funds.total).toEqual({ initialBudget: 860_000_000, executed: null, forecast: null });
    expect(content!.indicators.map((i) => i.name)).toEqual(['养护农村公路里程', '新建港湾式停车带', '养护路段优良路率', '沿线群众满意度']);
    content!.indicators[1] = { ...content!.indicators[1]!, progress: '10个', likelihood: '完全不可能', causes: ['经费保障'], explanation: '配套资金未到位' };
    content!.funds.total!.executed = 300_000_000;
    expect(api.listProjects({ departmentFile, year: 2024 })[0]!.monitoring).toMatchObject({ light: '无', month: 6, red: 0 });
    const saved = api.saveMonitoring({ departmentFile, id: ids[0]!, revision, content: content! });
    expect(saved.revision).toBe(revision + 1);
    // The list's stored summary is dropped by the save: 300 of 860 万元 by June is red, the 停车带 too.
    expect(api.listProjects({ departmentFile, year: 2024 })[0]!.monitoring).toMatchObject({ light: '红', rate: '34.88%', red: 1 });
    expect(() => api.saveMonitoring({ departmentFile, id: ids[0]!, revision, content: content! })).toThrow(/执行监控表/);
    // Only preparing again, which may drop indicators, takes a backup first.
    const regenerationBackups = () =>
      (fs.existsSync(path.join(workspace.path, BACKUP_FOLDER)) ? fs.readdirSync(path.join(workspace.path, BACKUP_FOLDER)) : []).filter((f) =>
        f.includes('重新生成监控表前'),
      );
    expect(regenerationBackups()).toEqual([]);

    const project = api.getProject({ departmentFile, id: ids[0]! });
    const indicators = project.indicators.filter((i) => i.name !== '养护农村公路里程');
    api.saveProject({ departmentFile, id: ids[0]!, revision: project.revision, content: { ...project, indicators } });
    expect(api.generateMonitoring({ departmentFile, year: 2024, ids: [ids[0]!], month: 7 })).toEqual([
      { id: ids[0], name: '农村公路养护', action: 'regenerated' },
    ]);
    const regenerated = api.getMonitoring({ departmentFile, id: ids[0]! }).content!;
    expect(regenerated.month).toBe(7);
    expect(regenerated.funds.total!.executed).toBe(300_000_000);
    expect(regenerated.indicators.map((i) => [i.name, i.likelihood, i.explanation])).toEqual([
      ['新建港湾式停车带', '完全不可能', '配套资金未到位'],
      ['养护路段优良路率', '', ''],
      ['沿线群众满意度', '', ''],
    ]);
    expect(regenerationBackups()).toHaveLength(1);

    api.generateSelfEvaluations({ departmentFile, year: 2024, ids: [ids[0]!], variant: '项目', replace: false });
    const evaluation = api.getSelfEvaluation({ departmentFile, id: ids[0]! }).content!;
    expect(evaluation.indicators.map((i) => [i.name, i.deviation, i.deviationDraft ?? false])).toEqual([
      ['新建港湾式停车带', '经费保障：配套资金未到位', true],
      ['养护路段优良路率', '', false],
      ['沿线群众满意度', '', false],
    ]);
  });

  it('exports as Excel with a 汇总 sheet, Word and JSON, each read back the same', async () => {
    const { db } = setup();
    const file = await read({ 七月: JULY, 六月: JUNE });
    importIntoDepartment(db, file, null, [
      { index: 0, onConflict: 'skip' },
      { index: 1, onConflict: 'skip' },
    ]);
    for (const [format, stacked] of [
      ['xlsx', false],
      ['xlsx', true],
      ['docx', false],
      ['json', false],
    ] as const) {
      const exported = await exportHere(db, { year: 2024, format, stacked, form: 'monitoring' });
      expect(exported.draftProjects).toEqual(['农村公路养护']);
      expect(exported.fileName).toMatch(/^某市交通运输局2024年项目支出绩效目标执行监控表（草稿）\./);
      const back = await readImportFile(exported.bytes, exported.fileName);
      // As printed, but with the rates computed from the amounts.
      const rated = file.monitoring.map((m) =>
        m.projectName === '桥梁检测' ? { ...m, funds: { total: { ...m.funds.total, rate: '60.00%' }, fiscal: { ...m.funds.fiscal!, rate: '60.00%' } } } : m,
      );
      expect(back.monitoring, `${format}${stacked ? ' stacked' : ''}`).toEqual(rated);
      expect(back.warnings.filter((w) => !w.includes('汇总'))).toEqual([]);
    }
    const xlsx = await exportHere(db, { year: 2024, format: 'xlsx', stacked: false, form: 'monitoring' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const summary = wb.worksheets[0]!;
    const values = (r: number) => (summary.getRow(r).values as unknown[]).slice(1);
    const header = [...Array(summary.rowCount).keys()].map((i) => i + 1).find((r) => values(r).includes('红灯指标数'))!;
    expect(values(header)).toEqual(['序号', '项目名称', '年初预算数', '执行数', '执行率', '灯', '红灯指标数']);
    expect(values(header + 1)).toEqual([1, '农村公路养护', 860, 420, '48.84%', '黄', 1]);
    expect(values(header + 2)).toEqual([2, '桥梁检测', 100, 60, '60.00%', '绿', 0]);
  });
});
