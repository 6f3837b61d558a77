/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { provinceTables } from '../../bench/province';
import { importTables } from '../../electron/import/importTables';
import { createHandlers } from '../../electron/services/handlers';
import { Workspace } from '../../electron/services/workspace';
import { tempDir } from '../helpers/paths';
import { browserSession } from './webApp';

/** A province's 2,000 projects in one year. */
function prepareWorkspace(): string {
  const folder = tempDir('jixiao-e2e-scale-');
  const workspace = new Workspace(folder);
  const { file } = createHandlers(workspace).createDepartment({ name: '全区汇总', code: '', supervisor: '', layout: '本级部门' });
  importTables(workspace.db(file), provinceTables(11, 2_000, 4).map((table) => ({ table, year: 2025, onConflict: 'keep' as const })));
  workspace.close();
  return folder;
}

const session = browserSession(prepareWorkspace);

describe('a list of 2,000 projects', () => {
  it('draws only the rows in view, and scrolls to the last', async () => {
    const { page, app } = session;
    await page.goto(app.url);
    await page.getByLabel('单位', { exact: true }).selectOption({ label: '全区汇总' });
    await page.getByLabel('年度', { exact: true }).selectOption('2025');
    await expect.poll(() => page.locator('.year-totals').textContent()).toContain('共 2000 个项目');
    const names = () => page.locator('.project-list tbody td.name').allTextContents();
    const first = await names();
    expect(first.length).toBeGreaterThan(10);
    expect(first.length).toBeLessThan(100);
    // Above the drawn rows nothing yet; below them the height of the rest.
    expect(await page.locator('.project-list tbody tr.spacer').count()).toBe(1);
    await page.locator('.project-list').evaluate((list) => (list.scrollTop = list.scrollHeight));
    await expect.poll(async () => (await names()).some((n) => first.includes(n))).toBe(false);
    // At the end: the spacer is above, and the last row drawn is the list's last.
    // Measured rows change the total height: scroll to the end until it stays there.
    const atEnd = () =>
      page.locator('.project-list').evaluate((list) => {
        list.scrollTop = list.scrollHeight;
        return !list.querySelector('tbody tr:last-child')!.classList.contains('spacer');
      });
    await expect.poll(atEnd).toBe(true);
  }, 90_000);
});
