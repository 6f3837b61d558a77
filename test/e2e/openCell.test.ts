/// <reference lib="dom" />
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDepartmentDb } from '../../electron/db/open';
import { projectsOfYear } from '../../electron/db/projects';
import { defaultFiscalYear } from '../../shared/fiscalYear';
import type { TargetTable } from '../../shared/interchange/targetTable';
import { closedDepartment } from '../helpers/departments';
import { ROOT, readJson } from '../helpers/paths';
import { browserSession, openOnDepartment } from './webApp';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test/fixtures/clean-target-table.json'));
/** The year the app opens on. */
const YEAR = defaultFiscalYear(new Date());
let departmentFile = '';

const session = browserSession(() => {
  const made = closedDepartment('关页测试单位', '本级部门', [{ ...CLEAN, year: YEAR }]);
  departmentFile = made.path;
  return made.workspace.path;
});

const valueCell = (p: Page, level2Label: string) =>
  p
    .locator('.indicator-grid tbody tr', { has: p.locator('th.l2', { hasText: level2Label }) })
    .locator('td.cell')
    .nth(1);

/** The stored 指标值 of the project's 社会效益指标. */
function storedValue(): string | undefined {
  const db = openDepartmentDb(departmentFile, { readonly: true });
  try {
    return projectsOfYear(db, YEAR)[0]!.indicators.find((i) => i.level2 === '社会效益指标')?.value;
  } finally {
    db.close();
  }
}

describe('a grid cell typed in when the tab closes', () => {
  it('counts as unsaved (badge, leave prompt) and is saved as the tab goes', async () => {
    const { page, app } = session;
    await openOnDepartment(page, app.url, '关页测试单位');
    await page.locator('.project-list tbody td.name', { hasText: CLEAN.projectName }).click();
    await expect.poll(() => page.getByLabel('项目名称').inputValue()).toBe(CLEAN.projectName);
    await expect.poll(() => page.locator('.save-status').getAttribute('data-state')).toBe('saved');

    // Typed over the cell, not yet left: still in the cell's editor, so not 已保存.
    await valueCell(page, '22-社会效益').click();
    await page.keyboard.type('≥98%');
    await expect.poll(() => page.locator('.save-status').getAttribute('data-state')).toBe('pending');
    expect(await page.locator('.save-status').textContent()).toBe('有未保存的修改…');

    const prompts: string[] = [];
    page.on('dialog', (dialog) => {
      prompts.push(dialog.type());
      void dialog.accept();
    });
    const closed = new Promise((resolve) => page.once('close', resolve));
    await page.close({ runBeforeUnload: true });
    await closed;
    expect(prompts).toEqual(['beforeunload']);
    await expect.poll(storedValue).toBe('≥98%');

    // A new tab opens on the project again, with the typed value.
    const again = await page.context().newPage();
    await again.goto(app.url);
    await expect.poll(() => valueCell(again, '22-社会效益').textContent()).toBe('≥98%');
    await expect.poll(() => again.locator('.save-status').getAttribute('data-state')).toBe('saved');
  }, 60_000);
});
