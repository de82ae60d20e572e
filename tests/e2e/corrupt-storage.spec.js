import { test, expect } from '@playwright/test';
import { InventoryPage, RECORD_KEY } from './inventory-page.js';

// storage.spec.js checks that unreadable stored text is kept aside under another key. This checks
// what the person is offered: a download of that text, exactly as it was stored.
const UNREADABLE = [
  {
    what: 'cut off half way',
    text: '{"format": "recovery-widgets/record", "schema_version": 2, "inventory": {"domains": [{"domain": "money", "have_now": [{"id": "a", "text": "Jo’s café on Tuesdays 🌱\r\n\tand ',
  },
  {
    what: 'with parts that do not fit',
    text: JSON.stringify({
      format: 'recovery-widgets/record',
      schema_version: 2,
      created: '2026-11-23T09:30:00.000Z',
      updated: '2026-11-23T09:30:00.000Z',
      inventory: { domains: [{ domain: 'money', want: [{ id: 'a', text: 'Ĉu la ĝardeno? 花园 "quoted" \\ back', kind: 'nonsense', updated: '2026-11-23T09:30:00.000Z' }] }] },
    }, null, 2),
  },
];

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const { readFile } = await import('node:fs/promises');
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

for (const { what, text } of UNREADABLE) {
  test(`earlier answers that cannot be read (${what}) can be downloaded exactly as they were stored`, async ({ page }) => {
    await page.addInitScript(
      ([key, text]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key, text);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [RECORD_KEY('harbourside'), text],
    );
    const inventory = new InventoryPage(page);
    await inventory.open();

    // Every widget sharing the record says so, and offers the download.
    for (const widget of ['strengths-inventory', 'goal-builder', 'warning-sign-planner']) {
      const note = page.locator(widget).locator('.rw-status');
      await expect(note, widget).toContainText("Your earlier answers on this device couldn't be read");
      await expect(note.getByRole('button', { name: 'Download my earlier answers' }), widget).toBeVisible();
    }

    const button = inventory.widget.locator('.rw-status').getByRole('button', { name: 'Download my earlier answers' });
    const file = await download(page, button);
    expect(file.name).toMatch(/^my-earlier-answers-\d{4}-\d\d-\d\d\.json$/);
    expect(file.text).toBe(text);

    // Still the same after starting afresh, and from another widget's note.
    await inventory.addAnswer('haveNow', 'A fresh start');
    const again = await download(page, page.locator('warning-sign-planner .rw-status').getByRole('button', { name: 'Download my earlier answers' }));
    expect(again.text).toBe(text);
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('recovery-widgets:harbourside:record:unreadable:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual([text]);
  });
}
