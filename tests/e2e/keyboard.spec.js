import { test, expect } from '@playwright/test';
import { InventoryPage, tabTo } from './inventory-page.js';

test('the whole inventory can be completed with the keyboard alone', async ({ page }) => {
  const inventory = new InventoryPage(page);
  const { widget } = inventory;
  const keys = page.keyboard;
  await inventory.open();

  // A strength in the first area, tagged.
  await tabTo(page, inventory.question('haveNow').getByLabel('Add in your own words'));
  await keys.type('I am good with animals');
  await keys.press('Tab');
  await keys.press('Enter');
  await expect(inventory.answers('haveNow')).toHaveValue('I am good with animals');
  await tabTo(page, inventory.question('haveNow').getByLabel('Where is this strength?'));
  await keys.press('ArrowDown');
  await expect(inventory.question('haveNow').getByLabel('Where is this strength?')).toHaveValue('individual');

  // Another area, a wish, made a priority.
  await tabTo(page, inventory.areaButton('Work, study and volunteering'), { backwards: true });
  await keys.press('Enter');
  await expect(widget.getByRole('heading', { name: 'Work, study and volunteering', level: 3 })).toBeVisible();
  await tabTo(page, inventory.question('want').getByLabel('Add in your own words'));
  await keys.type('Volunteer at the animal shelter');
  await keys.press('Tab');
  await keys.press('Enter');
  await tabTo(page, inventory.question('want').getByRole('checkbox', { name: 'One of my priorities' }));
  await keys.press('Space');
  await expect(inventory.question('want').getByRole('checkbox', { name: 'One of my priorities' })).toBeChecked();
  await tabTo(page, widget.getByRole('checkbox', { name: 'This life area is one of my priorities' }));
  await keys.press('Space');

  // Qualities: choose one and star it.
  await tabTo(page, inventory.part('My qualities'), { backwards: true });
  await keys.press('Enter');
  await tabTo(page, inventory.quality('Patience'));
  await keys.press('Space');
  await expect(inventory.quality('Patience')).toBeChecked();
  await keys.press('Tab');
  await keys.press('Enter');
  await expect(inventory.star('Patience')).toHaveAttribute('aria-pressed', 'true');

  // Priorities: put the area first, with the keyboard staying on the moved item.
  await tabTo(page, inventory.part('My priorities'), { backwards: true });
  await keys.press('Enter');
  const names = widget.locator('.rw-priority-name');
  await expect(names).toHaveText(['Volunteer at the animal shelter (Work, study and volunteering)', 'Work, study and volunteering']);
  const moveUp = widget.getByRole('button', { name: 'Move up: Work, study and volunteering', exact: true });
  await tabTo(page, moveUp);
  await keys.press('Enter');
  await expect(names).toHaveText(['Work, study and volunteering', 'Volunteer at the animal shelter (Work, study and volunteering)']);
  await expect(widget.getByRole('button', { name: 'Move down: Work, study and volunteering', exact: true })).toBeFocused();
  await expect(widget.getByRole('status').filter({ hasText: 'is now number 1' })).toHaveText('“Work, study and volunteering” is now number 1.');

  // The summary shows it all.
  await tabTo(page, inventory.part('My summary'), { backwards: true });
  await keys.press('Enter');
  const summary = widget.getByRole('region', { name: 'My strengths profile' });
  await expect(summary).toContainText('I am good with animals');
  await expect(summary).toContainText('Volunteer at the animal shelter');
  await expect(summary).toContainText('Patience');

  const stored = await inventory.storedRecord();
  expect(stored.inventory.qualities).toMatchObject([{ quality: 'patience', top: true }]);
  expect(stored.inventory.qualities[0].updated <= stored.updated).toBe(true);
  expect(stored.inventory.priorities.map((p) => p.domain)).toEqual(['work-study', 'work-study']);
});
