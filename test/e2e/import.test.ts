/// <reference lib="dom" />
/** 导入 in the app: each table into its own year by default, and a table of another layout only after asking. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TargetTable } from '../../shared/interchange/targetTable';
import { closedDepartment } from '../helpers/departments';
import { FIXTURES, ROOT, TEST_OUTPUT, readJson, tempDir } from '../helpers/paths';
import { browserSession, openOnDepartment, openImport } from './webApp';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test/fixtures/clean-target-table.json'));

const session = browserSession(() => closedDepartment('导入测试县工信局', '县级部门').workspace.path);

describe('导入 in the app', () => {
  it('imports each table into its own year by default, then shows that year', async () => {
    const { page, app } = session;
    await openOnDepartment(page, app.url, '导入测试县工信局');
    const shownYear = await page.getByLabel('年度', { exact: true }).inputValue();
    expect(shownYear).not.toBe('2023');
    await page.getByRole('button', { name: '导入…' }).click();
    const dialog = page.getByRole('dialog', { name: '导入' });
    expect(await dialog.getByLabel('导入到年度').inputValue()).toBe('');
    await dialog.getByLabel('选择文件').setInputFiles(path.join(FIXTURES, 'targets-003.xlsx'));
    await expect.poll(() => dialog.locator('table.import-preview tbody tr').count()).toBe(4);
    await dialog.getByRole('button', { name: '导入所选 4 张表' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('导入完成：新建 4，替换 0，两份都保留 0，跳过 0');
    // The button pressed is disabled now and the focus left the dialog: Escape still closes it.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => page.getByLabel('年度', { exact: true }).inputValue()).toBe('2023');
    await expect.poll(() => page.locator('.project-list tbody tr').count()).toBe(4);
  }, 60_000);

  it('leaves a table of another layout unticked, names what it would lose, and asks before importing it', async () => {
    const { page } = session;
    const pack = path.join(tempDir(), '重点项目.jxpack');
    fs.writeFileSync(
      pack,
      JSON.stringify({ targetTables: [{ ...CLEAN, layout: '重点项目', projectName: '重点项目甲', fundType: '一般公共预算', funds: {} }] }),
    );
    const dialog = await openImport(page, pack);
    const row = dialog.locator('table.import-preview tbody tr', { hasText: '重点项目甲' });
    await expect
      .poll(() => row.locator('.note.warning').textContent())
      .toBe('此表为“自治区重点项目”表样，本单位按“县级部门”表样填报；导入后以下内容不再显示，也不会导出：资金类型“一般公共预算”');
    expect(await row.getByRole('checkbox').isChecked()).toBe(false);
    await row.getByRole('checkbox').check();
    await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'import-layout-change.png') });
    await dialog.getByRole('button', { name: '导入所选 1 张表' }).click();
    const confirm = page.getByRole('dialog', { name: '确认' });
    await expect.poll(() => confirm.textContent()).toContain('1 张表的表样与本单位不同');
    await confirm.getByRole('button', { name: '取消' }).click();
    expect(await dialog.getByRole('status').count()).toBe(0);
    await dialog.getByRole('button', { name: '导入所选 1 张表' }).click();
    await confirm.getByRole('button', { name: '仍然导入' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('导入完成：新建 1，替换 0，两份都保留 0，跳过 0');
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => page.getByLabel('年度', { exact: true }).inputValue()).toBe(String(CLEAN.year));
  }, 60_000);
});
