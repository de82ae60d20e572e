import { test, expect } from '@playwright/test';
import { InventoryPage } from './inventory-page.js';

// Each page keeps its own copy of the unfinished "add" boxes, but writes only the box that
// changed into the stored drafts (`…:record:drafts`), so typing in one tab never erases what
// another tab left unfinished.
test('unfinished words in one tab survive typing in another tab and a reload', async ({ context }) => {
  const first = new InventoryPage(await context.newPage());
  const second = new InventoryPage(await context.newPage());
  await first.open();
  await second.open();

  const firstBox = first.question('want').getByLabel('Add in your own words');
  await firstBox.pressSequentially('Half a thought in the first tab');
  const secondBox = second.page.locator('warning-sign-planner').getByLabel('Add in your own words').first();
  await secondBox.pressSequentially('A sign from the second tab');

  await first.page.reload();
  await first.ready();
  await expect(firstBox).toHaveValue('Half a thought in the first tab');
  await second.page.reload();
  await second.ready();
  await expect(secondBox).toHaveValue('A sign from the second tab');
});
