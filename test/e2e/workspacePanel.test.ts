/// <reference lib="dom" />
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEPARTMENT_NAME_MISSING, DEPARTMENT_NAME_TOO_LONG, MAX_DEPARTMENT_NAME_HANZI } from '../../shared/departmentName';
import { TEST_OUTPUT, tempDir } from '../helpers/paths';
import { browserSession } from './webApp';

const session = browserSession(() => tempDir());

describe('新增单位 in the app', () => {
  it('says at the name field that a 单位名称 is needed when 新增单位 is pressed without one, and adds nothing', async () => {
    const { page, app } = session;
    await page.goto(app.url);
    const name = page.getByLabel('单位名称', { exact: true });
    await page.getByLabel('单位编码').fill('001');
    await name.fill('  ');
    await page.getByRole('button', { name: '新增单位' }).click();
    await expect.poll(() => page.locator('.department-form .field-error').textContent()).toBe(DEPARTMENT_NAME_MISSING);
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('单位名称');
    expect(await page.getByText('这个文件夹中还没有单位。').count()).toBe(1);
    await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'department-name-missing.png') });
    await name.fill('财政局');
    expect(await page.locator('.department-form .field-error').count()).toBe(0);
  }, 60_000);

  it('says at the name field when the name is too long for the files named after it, and adds the longest that fits', async () => {
    const { page, app } = session;
    await page.goto(app.url);
    const name = page.getByLabel('单位名称', { exact: true });
    const add = page.getByRole('button', { name: '新增单位' });
    await name.fill('财'.repeat(MAX_DEPARTMENT_NAME_HANZI + 1));
    await expect.poll(() => page.locator('.department-form .field-error').textContent()).toBe(DEPARTMENT_NAME_TOO_LONG);
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await add.isDisabled()).toBe(true);
    await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'department-name.png') });

    await name.fill('财'.repeat(MAX_DEPARTMENT_NAME_HANZI));
    expect(await page.locator('.department-form .field-error').count()).toBe(0);
    await add.click();
    await expect.poll(() => page.getByLabel('单位', { exact: true }).locator('option:checked').textContent()).toBe('财'.repeat(MAX_DEPARTMENT_NAME_HANZI));
  }, 60_000);
});
