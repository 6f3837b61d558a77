/// <reference lib="dom" />
/**
 * The 绩效目标表 as a clerk used to WPS and Excel works in it: amounts typed with their unit, the
 * grid's columns and cell editor at the common screen sizes, and undo without blank steps. Each test
 * opens the app afresh on a department of its own.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/services/workspace';
import { addDepartment, openProject, preparedWorkspace, storedProject } from './centreProject';
import { browserSession } from './webApp';

/** Department files by name, as prepared. */
const files: Record<string, string> = {};

function prepare(prepared: Workspace): void {
  for (const name of ['金额测试单位']) files[name] = addDepartment(prepared, name).path;
}

const session = browserSession(() => preparedWorkspace(prepare));
const saved = (p: Page) => expect.poll(() => p.locator('.save-status').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');

describe('a clerk used to WPS and Excel', () => {
  it('types amounts with their unit, in 元 or 万元, and sees them as the form prints them; a bare figure too large for 万元 is asked about', async () => {
    const page = await session.freshPage();
    await openProject(page, '金额测试单位');
    // Shown as the form prints amounts.
    expect(await page.getByLabel('项目总额').inputValue()).toBe('19.51');
    expect(await page.getByLabel('本级资金其他资金').inputValue()).toBe('0.00');

    const typed: [string, string, number][] = [
      ['项目总额', '450万', 450_000_000],
      ['年度资金总额', '450万元', 450_000_000],
      ['本级资金资金总额', '4,500,000元', 450_000_000],
      ['本级资金财政拨款', '4500000.01元', 450_000_001],
    ];
    for (const [label, text] of typed) {
      await page.getByLabel(label).fill(text);
      expect(await page.locator('.field-error').count()).toBe(0);
      await page.getByLabel(label).press('Tab');
    }
    for (const [label] of typed.slice(0, 3)) expect(await page.getByLabel(label).inputValue()).toBe('450.00');
    expect(await page.getByLabel('本级资金财政拨款').inputValue()).toBe('450.000001');

    // 4500000 万元 is 450 亿元: kept as typed, and the field asks; the clerk chooses 元.
    await page.getByLabel('本级资金财政拨款').fill('4500000');
    const offer = page.locator('.field-offer');
    await expect.poll(() => offer.textContent()).toContain('4500000.00 万元过大，是否按元填写？');
    await page.getByLabel('本级资金财政拨款').press('Tab');
    expect(await page.getByLabel('本级资金财政拨款').inputValue()).toBe('4500000');
    await saved(page);
    expect(storedProject(files['金额测试单位']!)?.funds.财政拨款).toBe(4_500_000_000_000);
    await offer.getByRole('button', { name: '按元：450.00 万元' }).click();
    expect(await page.getByLabel('本级资金财政拨款').inputValue()).toBe('450.00');
    expect(await offer.count()).toBe(0);
    await saved(page);
    const stored = storedProject(files['金额测试单位']!)!;
    expect([stored.totalFunds, stored.annualFunds]).toEqual([450_000_000, 450_000_000]);

    // 保持原值 keeps 万元, and the question goes.
    await page.getByLabel('本级资金其他资金').fill('200000');
    await offer.getByRole('button', { name: '保持原值' }).click();
    expect(await page.getByLabel('本级资金其他资金').inputValue()).toBe('200000.00');
    expect(await offer.count()).toBe(0);
  }, 60_000);
});
