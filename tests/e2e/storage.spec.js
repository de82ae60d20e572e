import { test, expect } from '@playwright/test';
import { InventoryPage } from './inventory-page.js';

test('when the browser blocks storage, the widget works in memory and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const inventory = new InventoryPage(page);
  await inventory.open();
  const note = inventory.widget.getByText("This browser isn't letting us keep your answers.");
  await expect(note).toBeVisible();
  await expect(inventory.widget.locator('.rw-status').getByRole('button', { name: 'Save a copy to this device' })).toBeVisible();

  await inventory.addAnswer('haveNow', 'Still works without storage');
  await expect(inventory.widget.getByText('1 of 7 life areas have something written')).toBeVisible();
  const copy = await inventory.exportCopy();
  expect(copy.text).toContain('Still works without storage');
});

test('when storage is full, answers stay on screen and the person is told', async ({ page }) => {
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.addAnswer('haveNow', 'Saved before it filled up');
  const before = await inventory.storedText();

  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await inventory.addAnswer('want', 'Written after it filled up');
  await expect(inventory.widget.getByText('There is no room left on this device to keep your answers.')).toBeVisible();
  await expect(inventory.answers('want')).toHaveValue('Written after it filled up');
  // What was already stored is left whole, never overwritten with a part.
  expect(await inventory.storedText()).toBe(before);
});

test('a stored record that cannot be read is kept aside, never overwritten', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('recovery-widgets:harbourside:record', '{"format": "recovery-widgets/record", "schema_ver');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const inventory = new InventoryPage(page);
  await inventory.open();
  await expect(inventory.widget.getByText("Your earlier answers on this device couldn't be read")).toBeVisible();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('recovery-widgets:harbourside:record:unreadable:')).map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual(['{"format": "recovery-widgets/record", "schema_ver']);
  await inventory.addAnswer('haveNow', 'A fresh start');
  expect((await inventory.storedRecord()).inventory.domains[0].have_now[0].text).toBe('A fresh start');
});

test('a record saved by a newer version is left untouched, and the person is told', async ({ page }) => {
  const newer = JSON.stringify({ format: 'recovery-widgets/record', schema_version: 99, future: 'words' });
  await page.addInitScript((newer) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('recovery-widgets:harbourside:record', newer);
      sessionStorage.setItem('seeded', '1');
    }
  }, newer);
  const inventory = new InventoryPage(page);
  await inventory.open();
  await expect(inventory.widget.getByText('were saved by a newer version of this tool')).toBeVisible();
  await inventory.addAnswer('haveNow', 'Typed on an older page');
  expect(await inventory.storedText()).toBe(newer);
});
