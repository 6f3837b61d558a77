/// <reference lib="dom" />
/** 从上年结转 with the year in project names: offered moved on, ticked per project. */
import { describe, expect, it } from 'vitest';
import { addDepartment, CENTRE_TABLE, preparedWorkspace, YEAR } from './centreProject';
import { browserSession } from './webApp';

const LAST = YEAR - 1;
const NAMES = [`${LAST}年农村饮水安全巩固提升工程`, `${LAST}年高标准农田建设`, '办公家具设备购置'];

const session = browserSession(() =>
  preparedWorkspace((workspace) =>
    addDepartment(
      workspace,
      '结转改名测试单位',
      NAMES.map((projectName) => ({ ...CENTRE_TABLE, year: LAST, projectName })),
    ),
  ),
);

describe('从上年结转', () => {
  it('offers to move the year in project names on, ticked per project, and names the carried projects so', async () => {
    const page = await session.freshPage();
    await page.getByLabel('单位', { exact: true }).selectOption({ label: '结转改名测试单位' });
    await page.getByRole('button', { name: '从上年结转…' }).click();
    const dialog = page.getByRole('dialog', { name: '从上年结转' });
    const first = dialog.getByLabel(`改名为“${YEAR}年农村饮水安全巩固提升工程”`);
    const second = dialog.getByLabel(`改名为“${YEAR}年高标准农田建设”`);
    await expect.poll(() => first.isChecked()).toBe(true);
    expect(await second.isChecked()).toBe(true);
    // A name without the year is offered nothing.
    expect(await dialog.locator('.carry-rename').count()).toBe(2);
    await second.uncheck();
    await dialog.getByRole('button', { name: '结转所选 3 个项目' }).click();
    await expect.poll(() => dialog.textContent()).toContain('已结转 3 个项目');
    await dialog.getByRole('button', { name: '关闭' }).click();
    const names = () => page.locator('.project-list tbody tr td:nth-child(2)').allTextContents();
    await expect
      .poll(async () => (await names()).map((n) => n.trim()).sort())
      .toEqual([`${LAST}年高标准农田建设`, `${YEAR}年农村饮水安全巩固提升工程`, '办公家具设备购置'].sort());
  }, 60_000);
});
