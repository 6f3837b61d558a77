import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/services/workspace';
import { carriedName, shiftYears } from '../../shared/carry';
import type { TargetTable } from '../../shared/interchange/targetTable';
import { departmentWith } from '../helpers/departments';
import { FIXTURES, ROOT, readJson } from '../helpers/paths';

const T004 = readJson<TargetTable[]>(path.join(FIXTURES, 'targets-004.truth.json'));
const open: Workspace[] = [];
afterAll(() => open.forEach((w) => w.close()));

describe('moving years on', () => {
  it('moves the table’s year and the year before, and nothing else', () => {
    expect(shiftYears('2023年12月31日前', 2023, 2024)).toBe('2024年12月31日前');
    expect(shiftYears('2023 年 3 月底', 2023, 2024)).toBe('2024 年 3 月底');
    expect(shiftYears('较2022年提升', 2023, 2024)).toBe('较2023年提升');
    expect(shiftYears('2017-2022年文书档案', 2024, 2025)).toBe('2017-2022年文书档案');
    expect(shiftYears('12024年', 2024, 2025)).toBe('12024年');
    expect(shiftYears('2022—2023年度', 2023, 2024)).toBe('2023—2024年度');
    expect(shiftYears('2023-2025年', 2024, 2025)).toBe('2023-2025年');
  });
});

describe('carrying seed 004 from 2024 to 2025', () => {
  const dept = departmentWith('自治区发展和改革委员会', '本级部门', T004);
  open.push(dept.workspace);
  const { api, departmentFile } = dept;

  it('makes 2025 drafts of the multi-year projects, dates moved, names unchanged, amounts to review', () => {
    const outcomes = api.carryForward({ departmentFile, from: 2024, to: 2025, includeOneYear: false });
    const oneYear = T004.filter((t) => t.attribute.includes('一年期')).map((t) => t.projectName);
    expect(oneYear).toHaveLength(2);
    expect(outcomes.map((o) => o.name)).toEqual(T004.map((t) => t.projectName).filter((n) => !oneYear.includes(n)));
    expect(outcomes.every((o) => o.action === 'carried')).toBe(true);

    const carried = api.listProjects({ departmentFile, year: 2025 });
    expect(carried).toHaveLength(13);
    for (const summary of carried) {
      const project = api.getProject({ departmentFile, id: summary.id });
      const original = T004.find((t) => t.projectName === project.name)!;
      expect(project).toMatchObject({ carriedFrom: 2024, pendingReview: ['amounts', 'goal', 'indicators'], status: '草稿' });
      expect(project.annualFunds).toBe(dept.api.getProject({ departmentFile, id: dept.ids[T004.indexOf(original)]! }).annualFunds);
      expect(project.indicators.map((i) => i.name)).toEqual(original.indicators.map((i) => i.name));
      expect(project.indicators.map((i) => i.value)).toEqual(original.indicators.map((i) => shiftYears(i.value, 2024, 2025)));
    }
    const values = carried.flatMap((s) => api.getProject({ departmentFile, id: s.id }).indicators.map((i) => i.value));
    // No date of the old year is left; a comparison base (较…年) moves on as well.
    expect(values.filter((v) => /2024\s*年/.test(v) && !v.startsWith('较'))).toEqual([]);
    expect(values).toContain('较2024年提升');
    expect(fs.readdirSync(path.join(dept.workspace.path, '备份')).some((f) => f.includes('结转前'))).toBe(true);
  });

  it('carries a chosen one-year project, skips names already there, and confirms reviewed parts', () => {
    const oneYear = api.listProjects({ departmentFile, year: 2024 }).find((p) => p.name === '自治区发展改革委档案整理及数字化项目')!;
    const again = api.carryForward({ departmentFile, from: 2024, to: 2025, ids: [oneYear.id, dept.ids[0]!], includeOneYear: false });
    expect(again).toEqual([
      { name: '自治区服务业发展引导资金项目', action: 'skipped', reason: '2025 年度已有同名项目' },
      { name: '自治区发展改革委档案整理及数字化项目', action: 'carried', id: expect.any(Number) },
    ]);
    const id = again[1]!.id!;
    expect(api.confirmCarried({ departmentFile, id, revision: api.getProject({ departmentFile, id }).revision, part: 'amounts' }).pendingReview).toEqual([
      'goal',
      'indicators',
    ]);
    const backups = api.listBackups({ departmentFile }).length;
    expect(() => api.carryForward({ departmentFile, from: 2025, to: 2024, includeOneYear: false })).toThrow(/只能从上年结转到以后的年度/);
    // Refused before anything is written: no backup of a state nothing changed.
    expect(api.listBackups({ departmentFile })).toHaveLength(backups);
  });

  it('is on the command line too', () => {
    dept.workspace.close();
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'electron', 'cli', 'jixiao.cjs'), 'carry', dept.path, '--from', '2024', '--to', '2026', '--project', '办公家具设备购置'],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('结转\t办公家具设备购置\n');
    expect(run.stderr).toContain('已从 2024 年度结转 1 个项目到 2026 年度');
  });
});

describe('moving the year in project names on, ticked per project', () => {
  const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test/fixtures/clean-target-table.json'));
  const tables = ['2023年农村饮水安全巩固提升工程', '2023年高标准农田建设', '办公家具设备购置'].map((projectName) => ({ ...CLEAN, year: 2023, projectName }));
  const dept = departmentWith('自治区水利厅', '本级部门', tables);
  open.push(dept.workspace);
  const { api, departmentFile, ids } = dept;

  it('offers a name only where its years move', () => {
    expect(carriedName('2023年高标准农田建设', 2023, 2024)).toBe('2024年高标准农田建设');
    expect(carriedName('2022—2023年度草原生态补奖', 2023, 2024)).toBe('2023—2024年度草原生态补奖');
    expect(carriedName('办公家具设备购置', 2023, 2024)).toBeNull();
    expect(carriedName('2017年遗留工程', 2023, 2024)).toBeNull();
  });

  it('renames the ticked projects only, and keeps their contents carried as the others', () => {
    const outcomes = api.carryForward({ departmentFile, from: 2023, to: 2024, ids, renamed: [ids[0]!, ids[2]!], includeOneYear: false });
    expect(outcomes.map((o) => [o.name, o.action])).toEqual([
      ['2024年农村饮水安全巩固提升工程', 'carried'],
      ['2023年高标准农田建设', 'carried'],
      ['办公家具设备购置', 'carried'],
    ]);
    const carried = api.listProjects({ departmentFile, year: 2024 });
    expect(carried.map((p) => p.name).sort()).toEqual(['2023年高标准农田建设', '2024年农村饮水安全巩固提升工程', '办公家具设备购置']);
    const renamed = api.getProject({ departmentFile, id: outcomes[0]!.id! });
    expect(renamed).toMatchObject({ name: '2024年农村饮水安全巩固提升工程', carriedFrom: 2023, pendingReview: ['amounts', 'goal', 'indicators'] });
    expect(renamed.indicators.map((i) => i.name)).toEqual(CLEAN.indicators.map((i) => i.name));
    // The year's names as the clerk sees them: carried again, a renamed name already there is skipped.
    expect(api.carryForward({ departmentFile, from: 2023, to: 2024, ids: [ids[0]!], renamed: [ids[0]!], includeOneYear: false })).toEqual([
      { name: '2024年农村饮水安全巩固提升工程', action: 'skipped', reason: '2024 年度已有同名项目' },
    ]);
  });
});
