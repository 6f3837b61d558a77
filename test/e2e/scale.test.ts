/// <reference lib="dom" />
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { provinceTables } from '../../bench/province';
import { importTables } from '../../electron/import/importTables';
import { createHandlers } from '../../electron/services/handlers';
import { Workspace } from '../../electron/services/workspace';
import { TEST_OUTPUT, tempDir } from '../helpers/paths';
import { browserSession, openOnDepartment } from './webApp';

const LONG = { ...provinceTables(12, 1, 200)[0]!, projectName: '二百个指标' };

/** A province's 2,000 projects in one year, and one project of 200 indicators. */
function prepareWorkspace(): string {
  const folder = tempDir('jixiao-e2e-scale-');
  const workspace = new Workspace(folder);
  const { file } = createHandlers(workspace).createDepartment({ name: '全区汇总', code: '', supervisor: '', layout: '本级部门' });
  importTables(
    workspace.db(file),
    [...provinceTables(11, 2_000, 4), LONG].map((table) => ({ table, year: 2025, onConflict: 'keep' as const })),
  );
  workspace.close();
  return folder;
}

const session = browserSession(prepareWorkspace);

async function openYear() {
  const { page, app } = session;
  await openOnDepartment(page, app.url, '全区汇总');
  await page.getByLabel('年度', { exact: true }).selectOption('2025');
  await expect.poll(() => page.locator('.year-totals').textContent()).toContain('共 2001 个项目');
}

describe('a list of 2,000 projects', () => {
  it('draws only the rows in view, and scrolls to the last', async () => {
    await openYear();
    const { page } = session;
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

describe('a grid of 200 indicators', () => {
  it('draws the rows in view, keeps the active cell as the keys take it to the last row, and edits it there', async () => {
    await openYear();
    const { page } = session;
    // Sorted by 指标数, most first: the long project heads the list.
    const byCount = page.getByRole('button', { name: /^指标数/ });
    await byCount.click();
    await byCount.click();
    await page.locator('.project-list td.name', { hasText: '二百个指标' }).click();
    const drawn = () => page.locator('.indicator-grid tbody tr[data-index]');
    await drawn().first().waitFor();
    const rows = await page.locator('.indicator-grid tbody tr[data-index]').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-index'))));
    expect(rows[0]).toBe(0);
    expect(rows.length).toBeLessThan(80);
    // Every run of drawn rows starts with its 一级 and 二级 labels.
    expect(await drawn().first().locator('th.l1').count()).toBe(1);
    expect(await drawn().first().locator('th.l2').count()).toBe(1);

    await drawn().first().locator('td.cell').first().click();
    const total = LONG.indicators.length;
    for (let i = 0; i < total + 5; i++) await page.keyboard.press('ArrowDown');
    const active = page.locator('.indicator-grid td.cell.active textarea');
    await expect.poll(() => active.evaluate((input) => input === document.activeElement)).toBe(true);
    const last = page.locator('.indicator-grid tbody tr[data-index]').last();
    expect(Number(await last.getAttribute('data-index'))).toBeGreaterThanOrEqual(total - 1);
    expect(await active.getAttribute('aria-label')).toContain(`第${Number(await active.locator('xpath=ancestor::tr').getAttribute('data-index')) + 1}行`);
    // The first rows are no longer drawn; the window's first row carries its labels.
    await expect.poll(async () => Number(await drawn().first().getAttribute('data-index'))).toBeGreaterThan(0);
    expect(await drawn().first().locator('th.l2').count()).toBe(1);
    await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'grid-200.png') });
    // Scrolled back to the top with the wheel, the active cell far below keeps its input and the focus.
    await page.locator('.editor').evaluate((editor) => (editor.scrollTop = 0));
    await expect.poll(async () => Number(await drawn().first().getAttribute('data-index'))).toBe(0);
    expect(await active.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('最后一行的指标');
    // Enter stays on the last row; ↑ leaves it, and the cell shows what was typed.
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.locator('.indicator-grid td.cell', { hasText: '最后一行的指标' }).count()).toBe(1);
  }, 120_000);
});
