import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_FOLDER } from '../../electron/db/backups';
import type { Workspace } from '../../electron/services/workspace';
import type { DepartmentTableContent } from '../../shared/department/content';
import { wanToFen as fen } from '../../shared/money';
import { departmentWith } from '../helpers/departments';
import { CLEAN_TARGETS, ROAD_TARGETS } from '../helpers/monitoringWorkbooks';

const open: Workspace[] = [];
afterEach(() => {
  for (const w of open.splice(0)) w.close();
});
function setup() {
  const dept = departmentWith('某市交通运输局', '本级部门', [ROAD_TARGETS, CLEAN_TARGETS]);
  open.push(dept.workspace);
  return dept;
}

const TABLE: DepartmentTableContent = {
  departmentName: '某市交通运输局',
  blocks: ['basicInfo'],
  staff: 48,
  subunits: 2,
  funds: { expenditure: fen(1363), basic: fen(500), project: fen(863), income: fen(1363), fiscal: fen(1363), other: fen(0) },
  overallGoal: '目标1：保障全市农村公路完好畅通。',
  tasks: [{ name: '农村公路养护', content: '养护农村公路', amount: fen(860), goal: '路况优良', project: '农村公路养护' }],
  otherTasks: '',
  indicators: [{ level1: '产出指标', level2: '数量指标', name: '养护里程', value: '≥1200公里' }],
  notApplicable: [],
  drafted: [],
  status: '草稿',
};

describe('部门整体支出绩效目标表 of a department file', () => {
  it('is none before it is saved, and saved whole with its revision raised', () => {
    const { api, departmentFile } = setup();
    expect(api.getDepartmentTable({ departmentFile, year: 2024 })).toEqual({ content: null, revision: 0, updatedAt: null, findings: [] });
    const saved = api.saveDepartmentTable({ departmentFile, year: 2024, revision: 0, content: TABLE });
    expect(saved.revision).toBe(1);
    expect(saved.content).toEqual(TABLE);
    const again = api.saveDepartmentTable({ departmentFile, year: 2024, revision: 1, content: { ...TABLE, staff: 50 } });
    expect(again.revision).toBe(2);
    expect(api.getDepartmentTable({ departmentFile, year: 2024 }).content?.staff).toBe(50);
    expect(api.getDepartmentTable({ departmentFile, year: 2025 }).content).toBeNull();
  });

  it('refuses a save naming an older revision (another tab saved since), keeping what that one saved', () => {
    const { api, departmentFile } = setup();
    api.saveDepartmentTable({ departmentFile, year: 2024, revision: 0, content: TABLE });
    api.saveDepartmentTable({ departmentFile, year: 2024, revision: 1, content: { ...TABLE, staff: 60 } });
    expect(() => api.saveDepartmentTable({ departmentFile, year: 2024, revision: 1, content: { ...TABLE, staff: 70 } })).toThrow(
      expect.objectContaining({ code: 'stale', message: expect.stringContaining('2024年的部门整体支出绩效目标表已在别处') }),
    );
    expect(api.getDepartmentTable({ departmentFile, year: 2024 })).toMatchObject({ revision: 2, content: { staff: 60 } });
  });
});

describe('what the checks find, given with the table', () => {
  it("names a task whose money is above 项目支出, and a 项目支出 other than the projects' sum", () => {
    const { api, departmentFile } = setup();
    const saved = api.saveDepartmentTable({
      departmentFile,
      year: 2024,
      revision: 0,
      content: { ...TABLE, funds: { ...TABLE.funds, basic: fen(563), project: fen(800) }, tasks: [{ ...TABLE.tasks[0]!, amount: fen(900) }] },
    });
    const messages = saved.findings.map((f) => `${f.rule} ${f.message}`);
    expect(messages.some((m) => m.startsWith('department.task-funds') && m.includes('超过项目支出'))).toBe(true);
    expect(saved.findings.map((f) => f.rule)).toContain('department.project-sum');
    expect(api.getDepartmentTable({ departmentFile, year: 2024 }).findings).toEqual(saved.findings);
  });
});

describe('生成部门整体目标表 and its 自评表', () => {
  it("drafts 项目支出 as the sum of the year's project tables, the largest as tasks, marked drafted; drafting again backs the table up first and keeps what the clerk entered", () => {
    const { api, departmentFile, path: file } = setup();
    const drafted = api.draftDepartmentTable({ departmentFile, year: 2024 });
    expect(drafted.revision).toBe(1);
    expect(drafted.content).toMatchObject({ departmentName: '某市交通运输局', funds: { project: fen(863) }, drafted: ['funds', 'tasks', 'indicators'] });
    // The small project (3万 of 863万) is not a 重点工作任务.
    expect(drafted.content!.tasks.map((t) => [t.project, t.amount])).toEqual([['农村公路养护', fen(860)]]);
    expect(drafted.content!.indicators.some((i) => i.name === '使用人员满意度')).toBe(true);
    expect(api.draftDepartmentTable({ departmentFile, year: 2025 }).content!.funds.project).toBeUndefined();
    expect(fs.existsSync(path.join(path.dirname(file), BACKUP_FOLDER))).toBe(false);

    api.saveDepartmentTable({
      departmentFile,
      year: 2024,
      revision: 1,
      content: { ...drafted.content!, staff: 48, funds: { ...drafted.content!.funds, basic: fen(500) } },
    });
    const again = api.draftDepartmentTable({ departmentFile, year: 2024 });
    expect(again.content).toMatchObject({ staff: 48, funds: { basic: fen(500), project: fen(863) } });
    expect(fs.readdirSync(path.join(path.dirname(file), BACKUP_FOLDER)).some((f) => f.includes('生成整体目标表前'))).toBe(true);
  });

  it("offers the projects' core indicators, largest project first", () => {
    const { api, departmentFile } = setup();
    const candidates = api.departmentIndicatorCandidates({ departmentFile, year: 2024 });
    expect(candidates[0]!.project).toBe('农村公路养护');
    expect(candidates.map((c) => c.indicator.level2)).not.toContain('时效指标');
    expect(candidates.some((c) => c.project === '办公家具设备购置' && c.indicator.name === '设备验收合格率')).toBe(true);
  });

  it('generates the 自评表 from the 目标表: its indicators with their 指标值, its tasks, its budget as 年初预算数; refused without a 目标表', () => {
    const { api, departmentFile } = setup();
    expect(() => api.generateDepartmentEvaluation({ departmentFile, year: 2024 })).toThrow(
      expect.objectContaining({ code: 'refused', message: expect.stringContaining('2024年还没有部门整体支出绩效目标表') }),
    );
    api.saveDepartmentTable({ departmentFile, year: 2024, revision: 0, content: TABLE });
    const generated = api.generateDepartmentEvaluation({ departmentFile, year: 2024 });
    expect(generated.revision).toBe(1);
    expect(generated.content!.indicators.map((i) => [i.name, i.target])).toEqual([['养护里程', '≥1200公里']]);
    expect(generated.content!.tasks.map((t) => [t.name, t.amount])).toEqual([['农村公路养护', fen(860)]]);
    expect(generated.content!.budget.total?.initialBudget).toBe(fen(1363));
    expect(api.getDepartmentEvaluation({ departmentFile, year: 2024 }).content).toEqual(generated.content);
  });
});
