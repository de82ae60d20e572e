// The longest text one entry may hold (MAX_TEXT_CHARS in crates/core/src/inventory.rs: 2000
// characters), when an entry is edited in place: words past it are refused, never cut, with a
// calm message; the box keeps everything typed, so nothing is lost on screen; the stored record
// keeps the last words that fitted, and never holds more.
import { test, expect } from '@playwright/test';
import { InventoryPage } from './inventory-page.js';
import { PlannerPage } from './planner-page.js';
import { expectValidRecord } from './record-schema.js';
import { NEW_RECORD, normalised, testStarted } from './whole-record.js';

const LIMIT = 2000;
const TOO_LONG = `That is longer than ${LIMIT.toLocaleString("en")} characters. Could you make it shorter, or split it in two?`;
const TOOLBOX = 'My wellness toolbox: things that help me feel better';

/** Exactly `n` characters of ordinary writing, with letters outside ASCII in it. */
const writing = (n) => 'Cooking dal for my whānau on Sundays, and café visits after. '.repeat(Math.ceil(n / 60)).slice(0, n);

const recordWith = (part) => ({
  ...NEW_RECORD,
  inventory: { domains: [], qualities: [], priorities: [] },
  goals: [],
  plan: {},
  ...part,
});

/** Each widget's edit-in-place box, and the whole record that holds `text` in it. */
const BOXES = {
  'an answer in my strengths': {
    async open(page) {
      const inventory = new InventoryPage(page);
      await inventory.open();
      await inventory.addAnswer('haveNow', 'I cook');
      const box = inventory.answers('haveNow');
      return { box, message: box.locator('xpath=..').locator('[role=alert]') };
    },
    record: (text) =>
      recordWith({
        inventory: {
          domains: [{ domain: 'daily-living', have_now: [{ id: '<id 1>', text, updated: '<now>' }], want: [], helped_before: [] }],
          qualities: [],
          priorities: [],
        },
      }),
  },
  'an entry in my plan': {
    async open(page) {
      await page.goto('/');
      const planner = new PlannerPage(page);
      await planner.ready();
      await planner.openPart('Staying well');
      await planner.add(TOOLBOX, 'Cooking');
      const box = planner.list(TOOLBOX).getByLabel('In my words');
      return { box, message: box.locator('xpath=..').locator('[role=alert]') };
    },
    record: (text) => recordWith({ plan: { toolbox: [{ id: '<id 1>', text, updated: '<now>' }] } }),
  },
};

for (const [name, { open, record }] of Object.entries(BOXES)) {
  test(`${name}, edited in place past ${LIMIT} characters: refused calmly, kept on screen, never stored`, async ({ page }) => {
    const since = testStarted();
    const { box, message } = await open(page);
    const stored = async () => JSON.parse(await page.evaluate(() => localStorage.getItem('recovery-widgets:harbourside:record')));

    // Exactly the limit fits.
    const full = writing(LIMIT);
    await box.fill(full);
    await expect(message).toHaveText('');
    const atLimit = await stored();
    await expectValidRecord(atLimit);
    expect(normalised(atLimit, { since })).toEqual(record(full));

    // Typed on past it, key by key: each key is refused, and the box keeps every one.
    await box.focus();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(' And rice.');
    await expect(message).toBeVisible();
    await expect(message).toHaveText(TOO_LONG);
    await expect(box).toHaveValue(`${full} And rice.`);
    expect(await stored()).toEqual(atLimit);

    // Pasted in all at once, twice the limit: the same.
    await box.fill(full + full);
    await expect(message).toHaveText(TOO_LONG);
    await expect(box).toHaveValue(full + full);
    expect(await stored()).toEqual(atLimit);

    // Made shorter: saved as it stands, and the message goes.
    const shorter = `${full.slice(0, LIMIT - 10)} And rice.`;
    await box.fill(shorter);
    await expect(message).toHaveText('');
    const saved = await stored();
    await expectValidRecord(saved);
    expect(normalised(saved, { since })).toEqual(record(shorter));
  });
}
