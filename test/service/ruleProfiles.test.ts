import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { BACKUP_FOLDER } from '../../electron/db/backups';
import { readRuleProfile } from '../../electron/db/department';
import { openDepartmentDb } from '../../electron/db/open';
import { createHandlers } from '../../electron/services/handlers';
import { exportHere } from '../../electron/services/export';
import { Workspace } from '../../electron/services/workspace';
import { fromTargetTable, type TargetTable } from '../../shared/interchange/targetTable';
import type { RuleProfile } from '../../shared/profiles/profile';
import { DEFAULT_PROFILE, SHIPPED_PROFILES } from '../../shared/profiles/shipped';
import { departmentWith, revisionOf } from '../helpers/departments';
import { readForms } from '../helpers/formReader';
import { oldDepartmentFile } from '../helpers/oldFiles';
import { ROOT, readJson, tempDir } from '../helpers/paths';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test', 'fixtures', 'clean-target-table.json'));
const CENTRAL = SHIPPED_PROFILES.find((p) => p.id === 'central-2021')!;
/** The clean table as the 2021 framework writes it: its costs under the 成本指标 一级, no 0 | 0 row. */
const CENTRAL_TABLE: TargetTable = {
  ...CLEAN,
  projectName: '按2021框架填写的项目',
  indicators: CLEAN.indicators.flatMap((i) => (i.level2 === '成本指标' ? [{ ...i, level1: '成本指标', level2: '经济成本指标' }] : i.name === '0' ? [] : [i])),
};

const workspaces: Workspace[] = [];
afterEach(() => workspaces.splice(0).forEach((w) => w.close()));

function department(tables: TargetTable[] = [CLEAN, CENTRAL_TABLE]) {
  const dept = departmentWith('自治区发展和改革委员会', '本级部门', tables);
  workspaces.push(dept.workspace);
  return dept;
}

const backups = (workspace: Workspace) =>
  fs.existsSync(path.join(workspace.path, BACKUP_FOLDER)) ? fs.readdirSync(path.join(workspace.path, BACKUP_FOLDER)) : [];
const counts = (dept: ReturnType<typeof department>) =>
  dept.api.listProjects({ departmentFile: dept.departmentFile, year: 2024 }).map((p) => `${p.name} ${p.errors}/${p.warnings}`);

describe('the department’s rules in its file', () => {
  it('are the seeds’ region where the file holds none, in a new file and in one made before profiles', () => {
    const dept = department();
    expect(dept.api.getRuleProfile({ departmentFile: dept.departmentFile })).toEqual(DEFAULT_PROFILE);
    expect(dept.api.listShippedProfiles().map((p) => p.name)).toEqual(['宁夏（种子表样）', '中央 2021 指引', '空白']);

    const folder = tempDir();
    oldDepartmentFile(path.join(folder, '某单位.jixiao.db'), 9);
    const workspace = new Workspace(folder);
    workspaces.push(workspace);
    const api = createHandlers(workspace);
    expect(api.getRuleProfile({ departmentFile: '某单位.jixiao.db' })).toEqual(DEFAULT_PROFILE);
    expect(api.listProjects({ departmentFile: '某单位.jixiao.db', year: 2024 })).toMatchObject([{ name: '老项目' }]);
  });

  it('are kept after a backup, survive reopening, and the project list’s counts follow them', () => {
    const dept = department();
    expect(counts(dept)).toEqual(['办公家具设备购置 0/0', '按2021框架填写的项目 0/0']);
    expect(dept.api.setRuleProfile({ departmentFile: dept.departmentFile, profile: CENTRAL })).toEqual(CENTRAL);
    expect(counts(dept)).toEqual(['办公家具设备购置 2/1', '按2021框架填写的项目 0/0']);

    // The backup made first holds the rules as they were.
    const backup = backups(dept.workspace).find((f) => f.includes('.更改审核规则前.'))!;
    expect(backup).toBeDefined();
    const before = openDepartmentDb(path.join(dept.workspace.path, BACKUP_FOLDER, backup), { readonly: true });
    try {
      expect(readRuleProfile(before)).toEqual(DEFAULT_PROFILE);
    } finally {
      before.close();
    }

    dept.workspace.close();
    const reopened = new Workspace(dept.workspace.path);
    workspaces.push(reopened);
    const api = createHandlers(reopened);
    expect(api.getRuleProfile({ departmentFile: dept.departmentFile })).toEqual(CENTRAL);
    expect(api.listProjects({ departmentFile: dept.departmentFile, year: 2024 }).map((p) => p.errors)).toEqual([2, 0]);
  });

  it('are refused through the API where they do not hold together or name a rule this version does not have, and nothing changes', async () => {
    const dept = department();
    const handlers = createHandlers(dept.workspace);
    const call = (profile: unknown) => dispatch(handlers, 'setRuleProfile', { departmentFile: dept.departmentFile, profile });
    expect(await call({ ...CENTRAL, rules: { 'tree.unknown': { enabled: false } } })).toEqual({
      ok: false,
      error: { code: 'bad-request', message: '参数有误（setRuleProfile）：profile.rules：规则“tree.unknown”本程序没有（可能来自更新的版本）' },
    });
    expect(await call({ ...CENTRAL, weights: { ...CENTRAL.weights, execution: 20 } })).toMatchObject({
      ok: false,
      error: { message: '参数有误（setRuleProfile）：profile.weights：预算执行与各一级指标的分值合计应为 100，现为 110' },
    });
    expect(dept.api.getRuleProfile({ departmentFile: dept.departmentFile })).toEqual(DEFAULT_PROFILE);
    expect(backups(dept.workspace).some((f) => f.includes('更改审核规则前'))).toBe(false);
  });

  it('go out as a .jxrules file and come into another department’s file whole; a file that is not one is refused naming the field', () => {
    const dept = department();
    const edited: RuleProfile = { ...CENTRAL, id: 'county-2024', name: '某县 2024', thresholds: { ...CENTRAL.thresholds, aboveTargetShare: 130 } };
    dept.api.setRuleProfile({ departmentFile: dept.departmentFile, profile: edited });
    const file = dept.api.exportRuleProfile({ departmentFile: dept.departmentFile });
    expect(file).toMatchObject({ fileName: '某县 2024.jxrules', mimeType: 'application/json' });

    const other = departmentWith('某县财政局', '县级部门', [], dept.workspace);
    expect(other.api.importRuleProfile({ departmentFile: other.departmentFile, fileName: file.fileName, base64: file.base64 })).toEqual(edited);
    expect(other.api.getRuleProfile({ departmentFile: other.departmentFile })).toEqual(edited);

    const bad =
      (data: unknown, fileName = '坏.jxrules') =>
      () =>
        other.api.importRuleProfile({
          departmentFile: other.departmentFile,
          fileName,
          base64: Buffer.from(typeof data === 'string' ? data : JSON.stringify(data)).toString('base64'),
        });
    expect(bad('{ 不是 JSON')).toThrow('审核规则文件“坏.jxrules”无法使用：不是有效的 JSON');
    expect(bad({ ...edited, requiredLevel2: ['成本指标'] })).toThrow(
      '审核规则文件“坏.jxrules”无法使用：必填的二级指标（requiredLevel2.0）：必填的二级指标“成本指标”不在框架中',
    );
    expect(bad({ ...edited, rules: { 'value.vague': { params: { words: [] } } } })).toThrow(
      '审核规则文件“坏.jxrules”无法使用：规则（rules）：规则“value.vague”没有参数“words”',
    );
    expect(other.api.getRuleProfile({ departmentFile: other.departmentFile })).toEqual(edited);
    // Saved by Notepad, with a byte order mark.
    expect(bad(`\uFEFF${JSON.stringify(DEFAULT_PROFILE)}`, '记事本.jxrules')()).toEqual(DEFAULT_PROFILE);
  });

  it('give 生成自评表 its weights and the export its framework', async () => {
    const dept = department([CENTRAL_TABLE]);
    dept.api.setRuleProfile({ departmentFile: dept.departmentFile, profile: CENTRAL });
    const [id] = dept.ids;
    dept.api.generateSelfEvaluations({ departmentFile: dept.departmentFile, year: 2024, variant: '项目', replace: false });
    expect(dept.api.getSelfEvaluation({ departmentFile: dept.departmentFile, id: id! }).content!.level1Weights).toEqual({
      产出指标: 4000,
      成本指标: 1000,
      效益指标: 3000,
      满意度指标: 1000,
    });

    const { bytes } = await exportHere(dept.workspace.db(dept.departmentFile), { year: 2024, format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const [form] = readForms(book.worksheets[1]!, ['其中：本级资金', '其中：转移市县(区)资金']);
    expect(form!.indicators.filter((i) => i.level1 === '成本指标').map((i) => `${i.level2} ${i.name} ${i.value}`)).toEqual([
      '经济成本指标 便携式计算机 7850元/台',
      '经济成本指标 打印机 14300元',
      '社会成本指标 不适用 不适用',
      '生态环境成本指标 不适用 不适用',
    ]);
    expect(form!.indicators[0]).toMatchObject({ level1: '产出指标', level2: '数量指标' });
    // A save is counted by the department's rules: without its 经济成本, the 2021 table lacks a required 二级 and its 成本 一级.
    const { content } = fromTargetTable({ ...CENTRAL_TABLE, indicators: CENTRAL_TABLE.indicators.filter((i) => i.level2 !== '经济成本指标') });
    dept.api.saveProject({ departmentFile: dept.departmentFile, id: id!, revision: revisionOf(dept.api, dept.departmentFile, id!), content });
    expect(counts(dept)).toEqual(['按2021框架填写的项目 2/0']);
  });
});
