import { test, expect } from '@playwright/test';
import { InventoryPage } from './inventory-page.js';

const record = (extra) =>
  JSON.stringify({
    format: 'recovery-widgets/record',
    schema_version: 1,
    created: '2026-01-01T00:00:00Z',
    updated: '2026-01-01T00:00:00Z',
    ...extra,
  });

const BAD_FILES = [
  {
    what: 'a file that is not JSON',
    contents: 'Dear diary, today was a good day.',
    says: "This file can't be opened. It needs to be a copy saved from this tool (a .json file).",
  },
  {
    what: 'JSON of another shape',
    contents: JSON.stringify({ title: 'A survey export', answers: [1, 2, 3] }),
    says: "This file isn't a copy saved from this tool, so nothing here was changed.",
  },
  {
    what: 'a record from a newer version',
    contents: JSON.stringify({ format: 'recovery-widgets/record', schema_version: 99 }),
    says: 'This copy was saved by a newer version of this tool',
  },
  {
    what: 'a record with parts that do not fit',
    contents: record({ inventory: { domains: [{ domain: 'money', want: [{ id: 'a', text: 'x', kind: 'nonsense', updated: '2026-01-01T00:00:00Z' }] }] } }),
    says: "Parts of this copy can't be read, so nothing here was changed.",
  },
  {
    what: 'a file over the 8 MB limit',
    contents: record({ padding: 'x'.repeat(8 * 1024 * 1024) }),
    says: 'This file is too big to open. The limit is 8 MB.',
  },
  {
    what: 'a file that nests deeper than any record',
    contents: record({ inventory: JSON.parse('['.repeat(20) + ']'.repeat(20)) }),
    says: "This file has more layers inside it than a saved copy ever has (the limit is 16), so it can't be opened.",
  },
  {
    what: 'a file with more entries than the limit',
    contents: record({ padding: new Array(100_001).fill(0) }),
    says: 'This file holds more than 100,000 entries.',
  },
  {
    what: 'a file with one text longer than the limit',
    contents: record({ inventory: { domains: [{ domain: 'money', want: [{ id: 'a', text: 'x'.repeat(2001), updated: '2026-01-01T00:00:00Z' }] }] } }),
    says: 'One piece of writing in this file is longer than 2,000 letters, the most one entry can hold.',
  },
];

for (const bad of BAD_FILES) {
  test(`${bad.what} is refused calmly and nothing changes`, async ({ page }) => {
    const inventory = new InventoryPage(page);
    await inventory.open();
    await inventory.addAnswer('haveNow', 'Something I wrote');
    const before = await inventory.storedText();

    await inventory.chooseFile('file.json', bad.contents);
    await expect(inventory.message()).toContainText(bad.says);
    await expect(inventory.widget.getByRole('group', { name: 'Open a saved copy' })).toHaveCount(0);

    expect(await inventory.storedText()).toBe(before);
    await expect(inventory.answers('haveNow')).toHaveValue('Something I wrote');
  });
}
