import { test, expect } from '@playwright/test';
import { InventoryPage } from './inventory-page.js';

// Known bug, kept as a test that fails until it is fixed (run with E2E_SHOW_KNOWN_BUGS=1 to see
// it fail). Each page reads the drafts key (`…:record:drafts`) once, when it opens
// (src/store.rs RecordStore::open), and every change to an "add" box writes its whole map back
// (set_draft). Nothing listens for another tab's drafts (on_saved_elsewhere only hears the record
// key). So when two tabs are open, typing in any "add" box in one tab erases the unfinished
// words of every "add" box of the other tab from storage, and the other tab's next reload (or
// reopening) shows them gone.
test('unfinished words in one tab survive typing in another tab and a reload', async ({ context }) => {
  test.fail(!process.env.E2E_SHOW_KNOWN_BUGS, 'known bug: a tab writes back its stale copy of the drafts');
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
