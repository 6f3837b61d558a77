/**
 * What comes in through an import or the API fits what the editor can save: texts within the
 * field limits, no character XML forbids, amounts that export exactly, and a table of another
 * layout imported only once the clerk knows what would no longer be shown.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { readImportFile } from '../../electron/import/readImportFile';
import type { Workspace } from '../../electron/services/workspace';
import type { TargetTable } from '../../shared/interchange/targetTable';
import { fenToWan, MAX_FEN } from '../../shared/money';
import { contentOf } from '../../shared/project';
import { departmentWith } from '../helpers/departments';
import { FIXTURES, ROOT, readJson, tempDir } from '../helpers/paths';
import { targetRows, workbookOf } from '../helpers/workbooks';
import { runJob } from '../helpers/jobs';

const open: Workspace[] = [];
afterAll(() => open.forEach((w) => w.close()));
const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test', 'fixtures', 'clean-target-table.json'));

function department(layout: '本级部门' | '县级部门' | '重点项目' = '本级部门', tables: TargetTable[] = []) {
  const dept = departmentWith('测试单位', layout, tables);
  open.push(dept.workspace);
  return dept;
}

const base64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');

describe('texts of a workbook within the limits the editor saves', () => {
  it('cuts a 100,000-character name and a 30,000-character goal, naming the cells, and the project then saves', async () => {
    const { api, departmentFile: file } = department();
    const bytes = await workbookOf({ 表1: targetRows({ name: '长'.repeat(100_000), goal: '目'.repeat(30_000) }) });
    const preview = await runJob(api, { kind: 'preview', departmentFile: file, fileName: '长文本.xlsx', base64: base64(bytes), year: null });
    expect(preview.tables[0]!.notes).toEqual([
      '工作表“表1”单元格 B3（项目名称）有 100000 个字符，超过上限 300，已截断为前 300 个字符',
      '工作表“表1”单元格 B7（年度总体绩效目标）有 30000 个字符，超过上限 20000，已截断为前 20000 个字符',
    ]);
    const [outcome] = await runJob(api, {
      kind: 'import',
      departmentFile: file,
      fileName: '长文本.xlsx',
      base64: base64(bytes),
      year: null,
      choices: [{ index: 0, onConflict: 'skip' }],
    });
    expect(outcome!.storedAs).toBe('长'.repeat(300));
    const [stored] = api.listProjects({ departmentFile: file, year: 2024 });
    const project = api.getProject({ departmentFile: file, id: stored!.id });
    expect(project.overallGoal).toHaveLength(20_000);
    // An autosave of what was imported goes through the API's checks.
    const saved = await dispatch(api, 'saveProject', { departmentFile: file, id: project.id, revision: project.revision, content: contentOf(project) });
    expect(saved.ok).toBe(true);
  });

  it('keeps a table without a 项目名称 under a name saying where it was', async () => {
    const read = await readImportFile(await workbookOf({ 表1: targetRows({ name: '' }) }), '无名.xlsx');
    expect(read.targetTables[0]!.projectName).toBe('未命名项目（工作表“表1”第 3 行）');
    expect(read.warnings).toContain('无名.xlsx：工作表“表1”第 3 行：表中没有填写项目名称，暂以“未命名项目（工作表“表1”第 3 行）”导入，请导入后改名');
  });

  it('never cuts a character in half at the limit', async () => {
    const name = `${'名'.repeat(299)}😀`;
    const read = await readImportFile(await workbookOf({ 表1: targetRows({ name }) }), '表情.xlsx');
    expect(read.targetTables[0]!.projectName).toBe('名'.repeat(299));
  });
});

describe('characters XML forbids, removed at the boundary', () => {
  const forbidden = 'A\u0001B\uFFFEC\uFFFFD\uD800E\u0008';

  it('in what the API takes', async () => {
    const { api, departmentFile: file } = department('本级部门', [CLEAN]);
    const [summary] = api.listProjects({ departmentFile: file, year: CLEAN.year! });
    const project = api.getProject({ departmentFile: file, id: summary!.id });
    const saved = await dispatch(api, 'saveProject', {
      departmentFile: file,
      id: project.id,
      revision: project.revision,
      content: { ...contentOf(project), overallGoal: forbidden, indicators: [{ ...project.indicators[0]!, value: forbidden }, ...project.indicators.slice(1)] },
    });
    expect(saved.ok).toBe(true);
    const stored = api.getProject({ departmentFile: file, id: project.id });
    expect(stored.overallGoal).toBe('ABCDE');
    expect(stored.indicators[0]!.value).toBe('ABCDE');
  });

  it('in a data package, and the year then exports as files that open', async () => {
    const { api, departmentFile: file } = department();
    const pack = JSON.stringify({ targetTables: [{ ...CLEAN, projectName: `项目${forbidden}`, overallGoal: forbidden }] });
    const read = await readImportFile(Buffer.from(pack), '包.json');
    expect(read.targetTables[0]!.projectName).toBe('项目ABCDE');
    await runJob(api, {
      kind: 'import',
      departmentFile: file,
      fileName: '包.json',
      base64: base64(pack),
      year: null,
      choices: [{ index: 0, onConflict: 'skip' }],
    });
    const xlsx = await runJob(api, { kind: 'export', departmentFile: file, year: CLEAN.year!, format: 'xlsx', stacked: false });
    const again = await readImportFile(Buffer.from(xlsx.base64, 'base64'), 'again.xlsx');
    expect(again.targetTables[0]!.overallGoal).toBe('ABCDE');
  });
});

describe('amounts as large as exports keep exactly', () => {
  it('refuses more than 15 significant digits at the API, and round-trips the largest through Excel', async () => {
    const { api, departmentFile: file } = department('本级部门', [CLEAN]);
    const [summary] = api.listProjects({ departmentFile: file, year: CLEAN.year! });
    const project = api.getProject({ departmentFile: file, id: summary!.id });
    const content = contentOf(project);
    const tooLarge = await dispatch(api, 'saveProject', {
      departmentFile: file,
      id: summary!.id,
      revision: project.revision,
      content: { ...content, annualFunds: Number.MAX_SAFE_INTEGER },
    });
    expect(tooLarge).toEqual({ ok: false, error: { code: 'bad-request', message: expect.stringContaining('金额过大：最多 999999999.999999 万元') } });

    const largest = { ...content, totalFunds: MAX_FEN, annualFunds: MAX_FEN, funds: { ...content.funds, 本级资金总额: MAX_FEN, 财政拨款: MAX_FEN } };
    expect((await dispatch(api, 'saveProject', { departmentFile: file, id: summary!.id, revision: project.revision, content: largest })).ok).toBe(true);
    const xlsx = await runJob(api, { kind: 'export', departmentFile: file, year: CLEAN.year!, format: 'xlsx', stacked: false });
    const [table] = (await readImportFile(Buffer.from(xlsx.base64, 'base64'), 'largest.xlsx')).targetTables;
    expect(table!.annualFunds).toBe(fenToWan(MAX_FEN));
    expect(table!.totalFunds).toBe(999999999.999999);
  });

  it('refuses a larger amount in a workbook or a package, saying why', async () => {
    const read = await readImportFile(await workbookOf({ 表1: targetRows({ annual: 1_000_000_000 }) }), '大额.xlsx');
    expect(read.targetTables[0]!.annualFunds).toBeNull();
    expect(read.warnings).toContain('大额.xlsx：工作表“表1”第 6 行“年度资金总额”：金额过大：最多 999999999.999999 万元，已留空');
    await expect(readImportFile(Buffer.from(JSON.stringify([{ ...CLEAN, annualFunds: 1_000_000_000 }])), '大额.json')).rejects.toThrow('金额过大');
  });
});

describe('a table of another layout', () => {
  const T003 = readJson<TargetTable[]>(path.join(FIXTURES, 'targets-003.truth.json'));
  const keyProject: TargetTable = { ...CLEAN, layout: '重点项目', projectName: '重点项目甲', fundType: '一般公共预算', funds: {} };

  it('is named in the preview with what the department’s layout would no longer show', async () => {
    const { api, departmentFile: file } = department('县级部门');
    const pack = base64(JSON.stringify({ targetTables: [keyProject, T003[0]!] }));
    const preview = await runJob(api, { kind: 'preview', departmentFile: file, fileName: '包.json', base64: pack, year: null });
    expect(preview.tables.map((t) => t.layoutChange)).toEqual([{ from: '自治区重点项目', to: '县级部门', hidden: ['资金类型“一般公共预算”'] }, null]);
  });

  it('lists what the 本级部门 layout has and the county layout lacks', async () => {
    const { api, departmentFile: file } = department('县级部门');
    const pack = base64(JSON.stringify({ targetTables: [CLEAN] }));
    const [table] = (await runJob(api, { kind: 'preview', departmentFile: file, fileName: '包.json', base64: pack, year: null })).tables;
    expect(table!.layoutChange!.hidden).toEqual(
      expect.arrayContaining([`项目总额 ${CLEAN.totalFunds!.toFixed(2)} 万元`, `本级资金资金总额 ${CLEAN.funds.本级资金总额!.toFixed(2)} 万元`]),
    );
  });

  it('is named on the command line when it goes into a department file of another layout', () => {
    const folder = tempDir();
    const pack = path.join(folder, '包.json');
    fs.writeFileSync(pack, JSON.stringify({ targetTables: [T003[0]!] }));
    const county = path.join(folder, '县.jixiao.db');
    const cli = path.join(ROOT, 'electron', 'cli', 'jixiao.cjs');
    expect(spawnSync(process.execPath, [cli, 'import', pack, '--into', county], { encoding: 'utf8' }).status).toBe(0);
    fs.writeFileSync(pack, JSON.stringify({ targetTables: [keyProject] }));
    const run = spawnSync(process.execPath, [cli, 'import', pack, '--into', county], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      '“重点项目甲”：此表为“自治区重点项目”表样，本单位按“县级部门”表样填报；导入后以下内容不再显示，也不会导出：资金类型“一般公共预算”',
    );
  });
});
