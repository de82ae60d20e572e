import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { InventoryPage } from './inventory-page.js';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page) {
  const results = await new AxeBuilder({ page }).include('strengths-inventory').withTags(WCAG).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('the empty inventory has no accessibility violations', async ({ page }) => {
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.question('haveNow').getByRole('button', { name: 'Need ideas?' }).click();
  expect(await violations(page)).toEqual([]);
});

test('a filled inventory has no accessibility violations in any part', async ({ page }) => {
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.fillSome();
  for (const part of ['Life areas', 'My qualities', 'My priorities']) {
    await inventory.openPart(part);
    expect(await violations(page), part).toEqual([]);
  }
});

test('the summary has no accessibility violations', async ({ page }) => {
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.fillSome();
  await inventory.openPart('My summary');
  await expect(inventory.widget.getByRole('img', { name: /Where my strengths are/ })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the inventory fits a 320 px wide screen at 200% zoom without sideways scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.addAnswer('haveNow', 'A long answer that has to wrap onto several lines on a narrow phone screen');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});
