/// <reference lib="dom" />
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultFiscalYear } from '../../shared/fiscalYear';
import type { TargetTable } from '../../shared/interchange/targetTable';
import { departmentWith } from '../helpers/departments';
import { ROOT, TEST_OUTPUT, readJson } from '../helpers/paths';
import { browserSession, openOnDepartment } from './webApp';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test/fixtures/clean-target-table.json'));
/** The year the app opens on. */
const YEAR = defaultFiscalYear(new Date());

const DAMAGED = '结转标记被改坏的项目';

/**
 * Two departments in one workspace: the first has a project of the year the app opens on, and
 * one whose list of carried parts to review was overwritten by hand with something that is not
 * a list (the editor cannot draw it).
 */
function prepareWorkspace(): string {
  const source = departmentWith('来源单位', '本级部门', [
    { ...CLEAN, year: YEAR },
    { ...CLEAN, year: YEAR, projectName: DAMAGED },
  ]);
  source.workspace.db(source.departmentFile).prepare(`UPDATE project SET review_pending = '{"amounts":true}' WHERE id = ?`).run(source.ids[1]);
  departmentWith('本单位', '县级部门', [], source.workspace);
  source.workspace.close();
  return source.workspace.path;
}

const session = browserSession(prepareWorkspace);

describe('从其他单位复制 in a workspace of two departments', () => {
  it('opens, lists the other department’s projects and copies the ticked one', async () => {
    const { page, app } = session;
    await openOnDepartment(page, app.url, '本单位');
    await expect.poll(() => page.locator('.project-list h2').textContent()).toBe(`${YEAR} 年度项目`);
    await page.getByRole('button', { name: '从其他单位复制…' }).click();
    const dialog = page.getByRole('dialog', { name: '从其他单位复制' });
    await expect.poll(() => dialog.getByLabel('来源单位').inputValue()).toBe('来源单位.jixiao.db');
    await expect.poll(() => dialog.getByRole('checkbox').count()).toBe(2);
    await dialog.getByRole('checkbox', { name: CLEAN.projectName }).check();
    await dialog.getByRole('button', { name: '复制所选 1 个项目' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe(`已复制 1 个项目到 ${YEAR} 年度`);
    await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'copy-dialog.png') });
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => page.locator('.project-list tbody td.name').allTextContents()).toEqual([CLEAN.projectName]);
  }, 60_000);

  it('keeps the rest of the window when a part fails, says what failed, and lets the clerk go on', async () => {
    const { page } = session;
    await page.getByLabel('单位', { exact: true }).selectOption({ label: '来源单位' });
    await page.locator('.project-list tbody td.name', { hasText: DAMAGED }).click();
    const failure = page.getByRole('region', { name: '项目编辑区' }).getByRole('alert');
    await expect.poll(() => failure.textContent()).toMatch(/^「项目编辑区」出错，已停止显示：.+。窗口的其他部分不受影响，可继续使用。$/);
    await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'error-boundary.png') });
    // The list and the top bar are still there and work: another project opens in the editor.
    expect(await page.locator('.project-list tbody td.name').allTextContents()).toEqual([CLEAN.projectName, DAMAGED]);
    await page.locator('.project-list tbody td.name', { hasText: CLEAN.projectName }).click();
    await expect.poll(() => page.getByLabel('项目名称').inputValue()).toBe(CLEAN.projectName);
    expect(await failure.count()).toBe(0);
  }, 60_000);
});
