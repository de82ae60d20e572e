// The host's `storage` attribute outside a kiosk (README, docs/privacy.md): "memory" keeps the
// record in the page only, so nothing is written anywhere and a reload starts empty;
// "session" keeps it in sessionStorage only, so a reload keeps it and a new tab, or another
// browser, starts empty. Nothing is ever written to localStorage, IndexedDB or cookies.
import { test, expect } from '@playwright/test';
import { InventoryPage, RECORD_KEY } from './inventory-page.js';
import { GoalsPage } from './goals-page.js';
import { PlannerPage } from './planner-page.js';
import { NOTHING, everythingKept, everythingShown } from './kiosk-page.js';
import { serveDemoWith } from './host-page.js';
import { expectValidRecord } from './record-schema.js';
import { NEW_RECORD, normalised, testStarted } from './whole-record.js';

const TOOLBOX = 'My wellness toolbox: things that help me feel better';
const KEY = RECORD_KEY('harbourside');
const DRAFTS_KEY = `${KEY}:drafts`;
const WORDS = ['I cook a good curry', 'Walk to the shop', 'Music in the evening', 'Half a thought about a garden'];

async function openDemo(page) {
  const inventory = new InventoryPage(page);
  await inventory.open('/');
  const goals = new GoalsPage(page);
  const planner = new PlannerPage(page);
  await goals.ready();
  await planner.ready();
  return { inventory, goals, planner };
}

/** Writes in every widget, and leaves words unfinished in an "add" box. */
async function writeSomething({ inventory, goals, planner }) {
  await inventory.addAnswer('haveNow', WORDS[0]);
  await goals.startGoal(WORDS[1]);
  await planner.openPart('Staying well');
  await planner.add(TOOLBOX, WORDS[2]);
  await inventory.question('want').getByLabel('Add in your own words').fill(WORDS[3]);
}

/** What `writeSomething` makes, as a whole record (times and ids normalised). */
const WRITTEN = {
  ...NEW_RECORD,
  inventory: {
    domains: [{ domain: 'daily-living', have_now: [{ id: '<id 1>', text: WORDS[0], updated: '<now>' }], want: [], helped_before: [] }],
    qualities: [],
    priorities: [],
  },
  goals: [
    {
      id: '<id 2>',
      text: WORDS[1],
      strengths: [],
      steps: [],
      state: 'active',
      reflection: { worked_well: '', learned: '', where_else: '' },
      history: [{ at: '<now>', change: 'started' }],
      updated: '<now>',
    },
  ],
  plan: { toolbox: [{ id: '<id 3>', text: WORDS[2], updated: '<now>' }] },
};

async function expectNothingShown(page) {
  const shown = await everythingShown(page);
  for (const words of WORDS) expect(shown).not.toContain(words);
}

test('storage="memory": nothing is written anywhere, and a reload starts empty', async ({ page }) => {
  await serveDemoWith(page, { storage: 'memory' });
  const widgets = await openDemo(page);
  await expect(widgets.inventory.widget.locator('.rw-status')).toHaveText(
    'Your answers are kept only while this page is open. Save a copy if you want to keep them.',
  );
  await writeSomething(widgets);
  const shown = await everythingShown(page);
  for (const words of WORDS) expect(shown).toContain(words);
  expect(await everythingKept(page)).toEqual(NOTHING);

  await page.reload();
  await openDemo(page);
  await expectNothingShown(page);
  await expect(widgets.inventory.question('want').getByLabel('Add in your own words')).toHaveValue('');
  expect(await everythingKept(page)).toEqual(NOTHING);
});

test('storage="session": only sessionStorage holds the record, a reload keeps it, and a new tab or another browser starts empty', async ({ page, context, browser }) => {
  const since = testStarted();
  await serveDemoWith(context, { storage: 'session' });
  const widgets = await openDemo(page);
  await expect(widgets.inventory.widget.locator('.rw-status')).toHaveText(
    'Your answers are kept until you close this tab. Save a copy if you want to keep them.',
  );
  await writeSomething(widgets);

  const kept = () =>
    page.evaluate(([key, drafts]) => ({ record: sessionStorage.getItem(key), drafts: sessionStorage.getItem(drafts) }), [KEY, DRAFTS_KEY]);
  const session = await kept();
  expect(await everythingKept(page)).toEqual({ ...NOTHING, sessionStorage: [KEY, DRAFTS_KEY].sort() });
  const record = JSON.parse(session.record);
  await expectValidRecord(record);
  expect(normalised(record, { since })).toEqual(WRITTEN);
  expect(JSON.parse(session.drafts)).toEqual({ 'inventory:daily-living:want': WORDS[3] });

  // A reload is the same tab: everything is back, and nothing was rewritten.
  await page.reload();
  await openDemo(page);
  await expect(widgets.inventory.answers('haveNow')).toHaveValue(WORDS[0]);
  await expect(widgets.inventory.question('want').getByLabel('Add in your own words')).toHaveValue(WORDS[3]);
  await expect(widgets.goals.goalNames()).toHaveText([WORDS[1]]);
  await widgets.planner.openPart('Staying well');
  await expect(widgets.planner.list(TOOLBOX).getByLabel('In my words')).toHaveValue(WORDS[2]);
  expect(await kept()).toEqual(session);
  expect(await everythingKept(page)).toEqual({ ...NOTHING, sessionStorage: [KEY, DRAFTS_KEY].sort() });

  // A new tab of the same browser starts empty, and so does another browser.
  const tab = await context.newPage();
  await openDemo(tab);
  await expectNothingShown(tab);
  expect(await everythingKept(tab)).toEqual(NOTHING);
  const other = await browser.newContext();
  const elsewhere = await other.newPage();
  await serveDemoWith(elsewhere, { storage: 'session' });
  await openDemo(elsewhere);
  await expectNothingShown(elsewhere);
  expect(await everythingKept(elsewhere)).toEqual(NOTHING);
  await other.close();
  // The first tab still has it all.
  expect(await kept()).toEqual(session);
});

test('storage="session": another tab keeping the same namespace in localStorage never reaches into this tab', async ({ context }) => {
  const since = testStarted();
  // One page of the site keeps answers for the session only; another, in the next tab, keeps
  // them on the device. Both use the namespace "harbourside".
  const sessionTab = await context.newPage();
  await serveDemoWith(sessionTab, { storage: 'session' });
  const here = await openDemo(sessionTab);
  await here.inventory.addAnswer('haveNow', WORDS[0]);
  const before = await sessionTab.evaluate((key) => sessionStorage.getItem(key), KEY);

  const localTab = await context.newPage();
  const there = await openDemo(localTab);
  await there.inventory.addAnswer('want', 'Kept on this device');
  await there.inventory.addAnswer('helpedBefore', 'Also kept on this device');
  await expect(there.inventory.answers('helpedBefore')).toHaveValue('Also kept on this device');

  // The session tab heard both saves (storage events reach every tab) and took in neither.
  await sessionTab.waitForTimeout(300);
  await expect(here.inventory.answers('want')).toHaveCount(0);
  await expect(here.inventory.answers('helpedBefore')).toHaveCount(0);
  await expect(here.inventory.answers('haveNow')).toHaveValue(WORDS[0]);
  expect(await sessionTab.evaluate((key) => sessionStorage.getItem(key), KEY)).toBe(before);
  // And the device's record is only the other tab's.
  expect(normalised(JSON.parse(await there.inventory.storedText()), { since })).toEqual({
    ...NEW_RECORD,
    inventory: {
      domains: [
        {
          domain: 'daily-living',
          have_now: [],
          want: [{ id: '<id 1>', text: 'Kept on this device', updated: '<now>' }],
          helped_before: [{ id: '<id 2>', text: 'Also kept on this device', updated: '<now>' }],
        },
      ],
      qualities: [],
      priorities: [],
    },
    goals: [],
    plan: {},
  });
});
