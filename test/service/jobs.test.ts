import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { provinceTables } from '../../bench/province';
import { listBackups } from '../../electron/db/backups';
import { writeTargetWorkbook } from '../../electron/export/xlsxWorkbook';
import { readImportFile } from '../../electron/import/readImportFile';
import { previewImport } from '../../electron/services/importIntoDepartment';
import type { JobStatus } from '../../shared/api/contract';
import { fromTargetTable, type TargetTable } from '../../shared/interchange/targetTable';
import { departmentWith } from '../helpers/departments';
import { FIXTURES, ROOT, readJson } from '../helpers/paths';
import { DEFAULT_PROFILE } from '../../shared/profiles/shipped';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test/fixtures/clean-target-table.json'));
const dept = departmentWith('后台测试单位', '本级部门', [CLEAN]);
afterAll(() => dept.workspace.close());
const { api, departmentFile } = dept;

async function finished(job: string): Promise<JobStatus> {
  for (;;) {
    const status = api.jobStatus({ job });
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function stored(): string {
  const db = dept.workspace.db(departmentFile);
  return JSON.stringify(['project', 'indicator', 'project_fund'].map((t) => db.prepare(`SELECT * FROM ${t}`).all()));
}

describe('import and export off the thread that serves the window', () => {
  it('export: progress up to the number of tables, then the file', async () => {
    const { job } = api.startJob({ departmentFile, kind: 'export', year: 2024, format: 'xlsx', stacked: false });
    // A zip file: `PK` is `UEs` in base64.
    expect(await finished(job)).toMatchObject({
      state: 'done',
      done: 1,
      total: 1,
      result: { fileName: '后台测试单位2024年项目支出绩效目标.xlsx', base64: expect.stringMatching(/^UEs/) },
    });
  });

  it('preview and import: the same results as reading in this thread, with progress', async () => {
    const bytes = fs.readFileSync(path.join(FIXTURES, 'targets-004-stacked.xlsx'));
    const base64 = bytes.toString('base64');
    const preview = await finished(api.startJob({ departmentFile, kind: 'preview', fileName: 'targets-004-stacked.xlsx', base64, year: 2024 }).job);
    const read = await readImportFile(bytes, 'targets-004-stacked.xlsx');
    expect(preview).toEqual({ state: 'done', done: 15, total: 15, result: previewImport(dept.workspace.db(departmentFile), read, 2024) });
    const imported = await finished(
      api.startJob({ departmentFile, kind: 'import', fileName: 'targets-004-stacked.xlsx', base64, year: 2024, choices: [{ index: 0, onConflict: 'skip' }] })
        .job,
    );
    expect(imported).toMatchObject({ state: 'done', result: [{ action: 'created' }] });
  });

  it('a cancelled import writes nothing, not even its backup', async () => {
    const tables = provinceTables(5, 400);
    const bytes = await writeTargetWorkbook(
      tables.map((t) => ({ ...fromTargetTable(t), year: t.year!, draft: false, profile: DEFAULT_PROFILE })),
      { stacked: false, title: '全区' },
    );
    const before = stored();
    const backups = listBackups(dept.path).length;
    const choices = tables.map((_, index) => ({ index, onConflict: 'replace' as const }));
    const { job } = api.startJob({ departmentFile, kind: 'import', fileName: '全区.xlsx', base64: bytes.toString('base64'), year: 2030, choices });
    await expect.poll(() => api.jobStatus({ job }).done, { timeout: 60_000 }).toBeGreaterThan(0);
    const cancelled = api.cancelJob({ job });
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.done).toBeLessThan(400);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(api.jobStatus({ job }).state).toBe('cancelled');
    expect(stored()).toBe(before);
    expect(listBackups(dept.path)).toHaveLength(backups);
    expect(() => api.jobStatus({ job: 'nothing' })).toThrow('这项后台操作已结束或不存在');
  }, 120_000);
});
