import { test, expect } from '@playwright/test';
import { InventoryPage } from './inventory-page.js';

const JUNK = 'another-site-feature:cache';
const NO_ROOM = 'There is no room left on this device to keep your answers.';
const SAVED = 'Your answers are saved on this device.';
// Room left after filling: enough for a few more words, far too little for a long answer.
const ROOM = 300;

/**
 * Fills this origin's storage with junk under another key, to the last character the browser
 * allows (a real QuotaExceededError, not a stand-in), then frees `room` characters of it.
 * Returns the junk's length.
 */
async function fillStorage(page, room) {
  return page.evaluate(
    ([key, room]) => {
      const fits = (n) => {
        try {
          localStorage.setItem(key, 'x'.repeat(n));
          return true;
        } catch (error) {
          if (error.name !== 'QuotaExceededError') throw error;
          return false;
        }
      };
      let low = 0;
      let high = 1024;
      while (fits(high)) [low, high] = [high, high * 2];
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (fits(middle)) low = middle;
        else high = middle;
      }
      if (!fits(low) || fits(low + 1)) throw new Error('storage did not fill up');
      localStorage.setItem(key, 'x'.repeat(low - room));
      return low - room;
    },
    [JUNK, room],
  );
}

const haveNow = (record) => record.inventory.domains.find((d) => d.domain === 'daily-living');

test('when storage really fills up, nothing stored is harmed, a copy can still be saved, and saving picks up again once there is room', async ({ page }) => {
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.addAnswer('haveNow', 'Saved before it filled up');

  const junk = await fillStorage(page, ROOM);
  expect(junk).toBeGreaterThan(1_000_000);
  // Nothing of the record was pushed out to make room.
  expect(haveNow(await inventory.storedRecord()).have_now.map((e) => e.text)).toEqual(['Saved before it filled up']);

  // A few more words still fit: they are saved, and the widget says so.
  await inventory.answers('haveNow').fill('Saved before it filled up, most days');
  await expect(inventory.widget.getByText(SAVED)).toBeVisible();
  const lastWhole = await inventory.storedText();
  expect(haveNow(JSON.parse(lastWhole)).have_now[0].text).toBe('Saved before it filled up, most days');

  // A long answer does not fit: the person is told, in every widget sharing the record.
  const long = `A garden of my own, ${'with tomatoes, beans and a lemon tree '.repeat(40)}`.trim();
  expect(long.length).toBeGreaterThan(ROOM * 4);
  await inventory.addAnswer('want', long);
  await expect(inventory.widget.getByText(NO_ROOM)).toBeVisible();
  await expect(page.locator('goal-builder').getByText(NO_ROOM)).toBeVisible();
  await expect(page.locator('warning-sign-planner').getByText(NO_ROOM)).toBeVisible();
  await expect(inventory.widget.getByText(SAVED)).toHaveCount(0);

  // More answers go on working on screen.
  await inventory.addAnswer('helpedBefore', 'Written after it filled up');
  await expect(inventory.answers('want')).toHaveValue(long);
  await expect(inventory.answers('helpedBefore')).toHaveValue('Written after it filled up');
  await expect(inventory.widget.getByText('1 of 7 life areas have something written')).toBeVisible();

  // What is stored is still the last whole record: readable, never a part of a newer one.
  const stored = await inventory.storedText();
  expect(stored).toBe(lastWhole);
  expect(JSON.parse(stored).format).toBe('recovery-widgets/record');
  expect(await page.evaluate((key) => localStorage.getItem(key).length, JUNK)).toBe(junk);

  // A saved copy holds everything, the answers storage could not keep included, from the data
  // panel and from the button beside the warning alike.
  const copy = await inventory.exportCopy();
  const exported = JSON.parse(copy.text);
  expect(haveNow(exported).have_now.map((e) => e.text)).toEqual(['Saved before it filled up, most days']);
  expect(haveNow(exported).want.map((e) => e.text)).toEqual([long]);
  expect(haveNow(exported).helped_before.map((e) => e.text)).toEqual(['Written after it filled up']);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    inventory.widget.locator('.rw-status').getByRole('button', { name: 'Save a copy to this device' }).click(),
  ]);
  const { readFile } = await import('node:fs/promises');
  expect(JSON.parse(await readFile(await download.path(), 'utf8'))).toEqual(exported);

  // Once there is room again, the next change saves the whole record and the warning goes.
  await page.evaluate((key) => localStorage.removeItem(key), JUNK);
  await inventory.answers('helpedBefore').fill('Written after it filled up, and kept');
  await expect(inventory.widget.getByText(SAVED)).toBeVisible();
  await expect(inventory.widget.getByText(NO_ROOM)).toHaveCount(0);
  await expect(page.locator('warning-sign-planner').getByText(SAVED)).toBeVisible();
  const kept = haveNow(await inventory.storedRecord());
  expect(kept.have_now.map((e) => e.text)).toEqual(['Saved before it filled up, most days']);
  expect(kept.want.map((e) => e.text)).toEqual([long]);
  expect(kept.helped_before.map((e) => e.text)).toEqual(['Written after it filled up, and kept']);

  await page.reload();
  await inventory.ready();
  await expect(inventory.answers('want')).toHaveValue(long);
  await expect(inventory.answers('helpedBefore')).toHaveValue('Written after it filled up, and kept');
  await expect(inventory.widget.getByText(SAVED)).toBeVisible();
});

// Words in an "add" box that no longer fit in storage: the person is told, as for answers.
test('words in an "add" box that no longer fit are not dropped without a word', async ({ page }) => {
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.addAnswer('haveNow', 'Saved before it filled up');
  await fillStorage(page, ROOM);

  const unfinished = 'A long thought I have not finished yet, '.repeat(20).trim();
  const box = inventory.question('want').getByLabel('Add in your own words');
  await box.fill(unfinished);
  await expect(box).toHaveValue(unfinished);
  const drafts = await page.evaluate(() => localStorage.getItem('recovery-widgets:harbourside:record:drafts'));
  expect(drafts ?? '').not.toContain(unfinished);
  await expect(inventory.widget.getByText(NO_ROOM)).toBeVisible();
});
