// Another tab of this browser saving the record with another version of the widgets
// (src/store/other_tabs.rs, `saved_elsewhere`). A newer version's save is never written over: this tab
// stops saving and says so. An older version's save (which lacks the times merging needs) is
// first kept aside whole under `…:record:unreadable:<time>`, then merged in.
import { test, expect } from '@playwright/test';
import { InventoryPage, RECORD_KEY } from './inventory-page.js';
import { GoalsPage } from './goals-page.js';
import { expectValidRecord } from './record-schema.js';
import { NEW_RECORD, normalised, testStarted } from './whole-record.js';

const KEY = RECORD_KEY('harbourside');
const DRAFTS_KEY = `${KEY}:drafts`;

/**
 * The widgets' page in one tab, and in another tab a page of the same site without widgets,
 * where the test writes to storage as another version of the widgets would.
 */
async function twoTabs(context) {
  const page = await context.newPage();
  const inventory = new InventoryPage(page);
  await inventory.open('/');
  const other = await context.newPage();
  await other.goto('/no-widgets-here');
  const saveThere = (text) => other.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, text]);
  return { page, inventory, goals: new GoalsPage(page), saveThere };
}

function webTeamNotes(page) {
  const notes = [];
  page.on('console', (m) => m.text().startsWith('[recovery-widgets]') && notes.push(m.text()));
  return notes;
}

const storedAt = (page, key) => page.evaluate((key) => localStorage.getItem(key), key);

test('a newer version saving in another tab: this tab stops saving, says so, and never writes over it', async ({ context }) => {
  const { page, inventory, goals, saveThere } = await twoTabs(context);
  const notes = webTeamNotes(page);
  await inventory.addAnswer('haveNow', 'Written before the newer save');
  await inventory.question('want').getByLabel('Add in your own words').fill('Unfinished before');
  const draftsBefore = await storedAt(page, DRAFTS_KEY);

  const newer = JSON.stringify({
    format: 'recovery-widgets/record',
    schema_version: 5,
    created: '2026-11-23T09:30:00.000Z',
    updated: '2026-12-01T09:00:00.000Z',
    inventory: { domains: [], qualities: [], priorities: [] },
    goals: [],
    plan: {},
    something_new: { words: 'only version 5 knows this' },
  });
  await saveThere(newer);

  const status = inventory.widget.locator('.rw-status');
  await expect(status).toHaveText(
    'Your answers on this device were saved by a newer version of this tool, so this page leaves them as they are. ' +
      'What you write here stays while this page is open. To keep it, save a copy. Save a copy to this device',
  );
  await expect(status.getByRole('button', { name: 'Save a copy to this device' })).toBeVisible();
  expect(notes).toEqual([
    '[recovery-widgets] another tab saved a newer version (the record has schema version 5; this bundle reads up to 4); this page stops saving',
  ]);

  // More typing, of every kind: added, edited in place, unfinished, in another widget.
  await inventory.addAnswer('want', 'Written after the newer save');
  await inventory.answers('haveNow').fill('Written before the newer save, and changed after');
  await inventory.question('helpedBefore').getByLabel('Add in your own words').fill('Unfinished after');
  await goals.startGoal('A goal after the newer save');

  // Nothing is lost on screen, and the newer record and the drafts are exactly as they were.
  await expect(inventory.answers('haveNow')).toHaveValue('Written before the newer save, and changed after');
  await expect(inventory.answers('want')).toHaveValue('Written after the newer save');
  await expect(goals.goalNames()).toHaveText(['A goal after the newer save']);
  expect(await storedAt(page, KEY)).toBe(newer);
  expect(await storedAt(page, DRAFTS_KEY)).toBe(draftsBefore);
  expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual([KEY, DRAFTS_KEY].sort());
});

test("an older version saving in another tab: its save is kept aside exactly as it was, and merged in with this tab's words", async ({ context }) => {
  const since = testStarted();
  const { page, inventory, goals, saveThere } = await twoTabs(context);
  const notes = webTeamNotes(page);
  await inventory.addAnswer('haveNow', 'Written in this tab');
  await goals.startGoal('A goal from this tab');

  // A version 2 page, opened before this one, saves what it has: its own answers, a goal.
  const older = JSON.stringify({
    format: 'recovery-widgets/record',
    schema_version: 2,
    created: '2026-11-23T09:30:00.000Z',
    updated: '2026-11-23T09:40:00.000Z',
    inventory: {
      domains: [
        {
          domain: 'money',
          have_now: [{ id: 'old1', text: 'I pay my rent on time', kind: 'individual', updated: '2026-11-23T09:35:00.000Z' }],
          want: [{ id: 'old2', text: 'Save for a trip to see Mum', updated: '2026-11-23T09:36:00.000Z' }],
          helped_before: [],
        },
      ],
      qualities: [{ quality: 'hope', top: true }],
      priorities: [{ id: 'old3', domain: 'money', wish: 'old2' }],
    },
    goals: [
      {
        id: 'old4',
        text: 'Open a savings account',
        strengths: [{ entry: 'old1' }],
        steps: [{ id: 'old5', what: 'Ask the bank about fees', who: 'me' }],
        state: 'active',
        reflection: { worked_well: '', learned: '', where_else: '' },
        history: [{ at: '2026-11-23T09:38:00.000Z', change: 'started' }],
      },
    ],
    plan: { toolbox: [{ id: 'old6', text: 'A walk by the water' }] },
  });
  await expectValidRecord(JSON.parse(older));
  await saveThere(older);

  // Merged in: this tab shows the older tab's words beside its own.
  await inventory.openArea('Money');
  await expect(inventory.answers('haveNow')).toHaveValue('I pay my rent on time');
  // (What only the other tab has comes first: nothing of this tab's came before it there.)
  await expect(goals.goalNames()).toHaveText(['Open a savings account', 'A goal from this tab']);

  // Kept aside whole, byte for byte, under one recovery key.
  const asideKeys = await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}:unreadable:`)), KEY);
  expect(asideKeys).toHaveLength(1);
  expect(asideKeys[0]).toMatch(new RegExp(`^${KEY}:unreadable:\\d+$`));
  expect(await storedAt(page, asideKeys[0])).toBe(older);
  expect(notes).toEqual([`[recovery-widgets] another tab saved with an older version; its save was kept under the key "${asideKeys[0]}"`]);

  // The record is this version again, with both tabs' words.
  const merged = JSON.parse(await storedAt(page, KEY));
  await expectValidRecord(merged);
  // The older tab's words come in as it wrote them. The times version 2 did not keep (of goals,
  // steps, qualities, priorities and plan entries) are the earliest there is, so that where the
  // two tabs differ, this tab's words win (src/store/other_tabs.rs).
  const NO_TIME = '1970-01-01T00:00:00.000Z';
  const reflection = { worked_well: '', learned: '', where_else: '' };
  expect(normalised(merged, { since, known: ['old1', 'old2', 'old3', 'old4', 'old5', 'old6'] })).toEqual({
    ...NEW_RECORD,
    created: '2026-11-23T09:30:00.000Z',
    inventory: {
      domains: [
        { domain: 'daily-living', have_now: [{ id: '<id 1>', text: 'Written in this tab', updated: '<now>' }], want: [], helped_before: [] },
        {
          domain: 'money',
          have_now: [{ id: 'old1', text: 'I pay my rent on time', kind: 'individual', updated: '2026-11-23T09:35:00.000Z' }],
          want: [{ id: 'old2', text: 'Save for a trip to see Mum', updated: '2026-11-23T09:36:00.000Z' }],
          helped_before: [],
        },
      ],
      qualities: [{ quality: 'hope', top: true, updated: NO_TIME }],
      priorities: [{ id: 'old3', domain: 'money', wish: 'old2', updated: NO_TIME }],
    },
    goals: [
      {
        id: 'old4',
        text: 'Open a savings account',
        strengths: [{ entry: 'old1' }],
        steps: [{ id: 'old5', what: 'Ask the bank about fees', who: 'me', updated: NO_TIME }],
        state: 'active',
        reflection,
        history: [{ at: '2026-11-23T09:38:00.000Z', change: 'started' }],
        updated: NO_TIME,
      },
      {
        id: '<id 2>',
        text: 'A goal from this tab',
        strengths: [],
        steps: [],
        state: 'active',
        reflection,
        history: [{ at: '<now>', change: 'started' }],
        updated: '<now>',
      },
    ],
    plan: { toolbox: [{ id: 'old6', text: 'A walk by the water', updated: NO_TIME }] },
  });

  // More typing here leaves the kept-aside copy alone.
  await inventory.addAnswer('want', 'Written after the merge');
  expect(await storedAt(page, asideKeys[0])).toBe(older);
});
