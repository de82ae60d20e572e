import { test, expect } from '@playwright/test';
import { InventoryPage } from './inventory-page.js';
import { GoalsPage } from './goals-page.js';
import { PlannerPage } from './planner-page.js';

test('a saved copy opens in a fresh browser as the same record', async ({ page, browser }) => {
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.fillSome();
  // Every widget's data, with each kind of flag and date a person sets.
  const goals = new GoalsPage(page);
  await goals.startGoal('Visit Mum', { why: 'I miss her', area: 'Relationships and people around me' });
  await goals.addStep('Book the train', { who: 'Someone else', someone: 'Jo', by: '2026-12-05' });
  await goals.addStep('Pack the night before');
  await goals.open().getByRole('button', { name: 'I did it: Book the train' }).click();
  await goals.open().getByRole('button', { name: 'Not this time: Pack the night before' }).click();
  const planner = new PlannerPage(page);
  await planner.openPart('Things that can set me off');
  await planner.add('Things that can set me off, and what I will do', 'Loud crowds', 'Step outside for air');
  await planner.openPart('Staying safe in a crisis');
  await planner.addContact('People I can ask for help', 'Jo', '0400 123 456');
  const original = await inventory.storedRecord();
  expect(original.goals[0].steps.map((s) => [s.done !== undefined, s.not_this_time === true])).toEqual([
    [true, false],
    [false, true],
  ]);

  const copy = await inventory.exportCopy();
  expect(copy.name).toMatch(/^my-recovery-answers-\d{4}-\d\d-\d\d\.json$/);
  expect(copy.text).toContain('\n  "format": "recovery-widgets/record"'); // pretty-printed
  expect(JSON.parse(copy.text)).toEqual(original);

  const fresh = await browser.newContext();
  const freshPage = await fresh.newPage();
  const elsewhere = new InventoryPage(freshPage);
  await elsewhere.open();
  await expect(elsewhere.widget.getByText('0 of 7 life areas have something written')).toBeVisible();
  await elsewhere.chooseFile(copy.name, copy.text);

  const preview = elsewhere.widget.getByRole('group', { name: 'Open a saved copy' });
  await expect(preview).toContainText('strengths: 3, wishes: 2, qualities: 2, priorities: 1');
  await expect(preview).toContainText('Replacing puts this copy in place of all that is here now.');
  await expect(preview.getByRole('button', { name: 'Add it to what I have' })).toBeFocused();
  await preview.getByRole('button', { name: 'Replace with this copy' }).click();

  await expect(elsewhere.widget.getByRole('status').filter({ hasText: 'Your saved copy is open.' })).toBeVisible();
  await expect(elsewhere.widget.getByText('3 of 7 life areas have something written')).toBeVisible();
  // The same record, word for word and time for time; only the record as a whole is marked as
  // changed when it was opened.
  const opened = await elsewhere.storedRecord();
  expect({ ...opened, updated: original.updated }).toEqual(original);
  expect(opened.updated >= original.updated).toBe(true);
  await fresh.close();
});

test('cancelling an import keeps what was there', async ({ page }) => {
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.addAnswer('haveNow', 'My own words');
  const before = await inventory.storedText();
  const other = before.replace('My own words', 'Words from a file');
  await inventory.chooseFile('copy.json', other);
  await inventory.widget.getByRole('button', { name: 'Keep what I have' }).click();
  await expect(inventory.widget.getByRole('group', { name: 'Open a saved copy' })).toHaveCount(0);
  expect(await inventory.storedText()).toBe(before);
  await expect(inventory.answers('haveNow')).toHaveValue('My own words');
});
