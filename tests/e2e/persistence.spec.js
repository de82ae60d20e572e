import { test, expect } from '@playwright/test';
import { InventoryPage } from './inventory-page.js';

test('everything written is still there after a reload', async ({ page }) => {
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.fillSome();

  await page.reload();
  await inventory.ready();
  await expect(inventory.widget.getByText('3 of 7 life areas have something written')).toBeVisible();

  await inventory.openArea('Daily living and home');
  await expect(inventory.answers('haveNow')).toHaveValue('I cook a good curry');
  await expect(inventory.question('haveNow').getByLabel('Where is this strength?')).toHaveValue('individual');
  await expect(inventory.answers('want')).toHaveValue('A garden of my own');
  await inventory.openArea('Relationships and people around me');
  await expect(inventory.answers('helpedBefore')).toHaveValue('The peer group at the library');
  await inventory.openArea('Money');
  await expect(inventory.question('want').getByRole('checkbox', { name: 'One of my priorities' })).toBeChecked();

  await inventory.openPart('My qualities');
  await expect(inventory.quality('Kindness')).toBeChecked();
  await expect(inventory.star('Humour')).toHaveAttribute('aria-pressed', 'true');

  await inventory.openPart('My priorities');
  await expect(inventory.widget.locator('.rw-priority-name')).toHaveText(['Save for a trip to see Mum (Money)']);
});

test('an edit in place is saved as it is typed', async ({ page }) => {
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.addAnswer('haveNow', 'I keep my room tidy');
  await inventory.answers('haveNow').fill('I keep my room tidy most days');
  const stored = await inventory.storedRecord();
  expect(stored.inventory.domains[0].have_now[0].text).toBe('I keep my room tidy most days');
  await page.reload();
  await inventory.ready();
  await expect(inventory.answers('haveNow')).toHaveValue('I keep my room tidy most days');
});

test('removing an answer removes it for good', async ({ page }) => {
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.addAnswer('want', 'Learn to drive');
  await inventory.question('want').getByRole('button', { name: 'Remove: Learn to drive' }).click();
  await expect(inventory.answers('want')).toHaveCount(0);
  await page.reload();
  await inventory.ready();
  await expect(inventory.answers('want')).toHaveCount(0);
});

test('the stored record is the documented format', async ({ page }) => {
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.addAnswer('haveNow', 'I walk the dog');
  const stored = await inventory.storedRecord();
  expect(stored.format).toBe('recovery-widgets/record');
  expect(stored.schema_version).toBe(4);
  expect(stored.updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  expect(stored.inventory.domains[0]).toMatchObject({ domain: 'daily-living', have_now: [{ text: 'I walk the dog' }] });
});

test('two tabs of the same site keep each other’s answers', async ({ context }) => {
  const first = new InventoryPage(await context.newPage());
  const second = new InventoryPage(await context.newPage());
  await first.open();
  await second.open();
  await first.addAnswer('haveNow', 'Written in the first tab');
  await expect(second.answers('haveNow')).toHaveValue('Written in the first tab');
  await second.addAnswer('want', 'Written in the second tab');
  await expect(first.answers('want')).toHaveValue('Written in the second tab');
  const stored = await first.storedRecord();
  const texts = stored.inventory.domains[0];
  expect(texts.have_now[0].text).toBe('Written in the first tab');
  expect(texts.want[0].text).toBe('Written in the second tab');
});

test('words typed in an "add" box but not yet added survive moving around and a reload', async ({ page }) => {
  const inventory = new InventoryPage(page);
  await inventory.open();
  const box = inventory.question('want').getByLabel('Add in your own words');
  await box.fill('Half a thought about');
  await inventory.openArea('Money');
  await inventory.openArea('Daily living and home');
  await expect(box).toHaveValue('Half a thought about');
  await page.reload();
  await inventory.ready();
  await expect(box).toHaveValue('Half a thought about');
  await box.fill('Half a thought about a garden');
  await inventory.question('want').getByRole('button', { name: 'Add', exact: true }).click();
  await expect(inventory.answers('want')).toHaveValue('Half a thought about a garden');
  await page.reload();
  await inventory.ready();
  await expect(box).toHaveValue('');

  const goals = page.locator('goal-builder');
  await goals.getByLabel('My goal, in my own words').fill('A goal I am still wording');
  const planner = page.locator('warning-sign-planner');
  await planner.getByLabel('Add in your own words').first().fill('A sign I am still wording');
  await page.reload();
  await inventory.ready();
  await expect(goals.getByLabel('My goal, in my own words')).toHaveValue('A goal I am still wording');
  await expect(planner.getByLabel('Add in your own words').first()).toHaveValue('A sign I am still wording');
});
