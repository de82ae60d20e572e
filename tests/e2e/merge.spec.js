// Two copies of one record brought together: two tabs writing at once, and a saved copy
// added to what is here. Nothing either side wrote may be lost.
import { test, expect } from '@playwright/test';
import { InventoryPage, RECORD_KEY } from './inventory-page.js';
import { GoalsPage } from './goals-page.js';
import { expectValidRecord } from './record-schema.js';
import { comparable } from './whole-record.js';

/**
 * Lets a test hold back `storage` events in a tab, as if the tab were busy, and release them
 * later in the order they came. Installed before the page loads, so it wraps the widgets' own
 * listener.
 */
async function allowHoldingStorageEvents(context) {
  await context.addInitScript(() => {
    const listeners = [];
    const held = [];
    window.__holding = false;
    const add = window.addEventListener.bind(window);
    window.addEventListener = (type, listener, options) => {
      if (type !== 'storage') return add(type, listener, options);
      listeners.push(listener);
      return add(type, (event) => (window.__holding ? held.push(event) : listener(event)), options);
    };
    window.__release = () => {
      window.__holding = false;
      const events = held.splice(0);
      for (const event of events) for (const listener of listeners) listener(event);
      return events.length;
    };
  });
}

const holdStorageEvents = (page) => page.evaluate(() => (window.__holding = true));
const releaseStorageEvents = (page) => page.evaluate(() => window.__release());

/** Two tabs of the demo page in one browser, each with its goal builder ready. */
async function twoTabsOfGoals(context) {
  const first = await context.newPage();
  const second = await context.newPage();
  await new InventoryPage(first).open();
  await new InventoryPage(second).open();
  return { first, second, goalsHere: new GoalsPage(first), goalsThere: new GoalsPage(second) };
}

async function openGoal(goals, name) {
  await goals.widget.locator('.rw-goal-choice').filter({ hasText: name }).click();
  await expect(goals.open().getByRole('heading', { name, level: 3 })).toBeVisible();
}

test('two tabs editing different goals at the same moment both keep their words', async ({ context }) => {
  await allowHoldingStorageEvents(context);
  const { first, second, goalsHere, goalsThere } = await twoTabsOfGoals(context);
  await goalsHere.startGoal('Walk to the shop');
  await goalsHere.startGoal('Call Sam on Sundays');
  await expect(goalsThere.goalNames()).toHaveCount(2);
  await openGoal(goalsHere, 'Walk to the shop');
  await openGoal(goalsThere, 'Call Sam on Sundays');

  // Neither tab hears of the other's save before making its own: the second save overwrites
  // the first in storage.
  await holdStorageEvents(first);
  await holdStorageEvents(second);
  await goalsHere.open().getByLabel('Why it matters to me').fill('Fresh air helps me');
  await goalsThere.open().getByLabel('Why it matters to me').fill('Sam makes me laugh');
  const stored = async () => JSON.parse(await first.evaluate((key) => localStorage.getItem(key), RECORD_KEY('harbourside')));
  const whys = (record) => Object.fromEntries(record.goals.map((g) => [g.text, g.why ?? '']));
  // (Polled: on a busy machine the second tab's save can land a moment after its keystrokes.)
  await expect.poll(async () => whys(await stored())).toEqual({ 'Walk to the shop': '', 'Call Sam on Sundays': 'Sam makes me laugh' });

  expect(await releaseStorageEvents(first)).toBeGreaterThan(0);
  await releaseStorageEvents(second);

  const both = { 'Walk to the shop': 'Fresh air helps me', 'Call Sam on Sundays': 'Sam makes me laugh' };
  await expect.poll(async () => whys(await stored())).toEqual(both);
  await expectValidRecord(await stored());
  // Each tab shows both, and neither lost what it had on screen.
  await expect(goalsHere.open().getByLabel('Why it matters to me')).toHaveValue('Fresh air helps me');
  await openGoal(goalsHere, 'Call Sam on Sundays');
  await expect(goalsHere.open().getByLabel('Why it matters to me')).toHaveValue('Sam makes me laugh');
  await openGoal(goalsThere, 'Walk to the shop');
  await expect(goalsThere.open().getByLabel('Why it matters to me')).toHaveValue('Fresh air helps me');
});

test('a step removed in one tab stays removed in the other', async ({ context }) => {
  const { goalsHere, goalsThere } = await twoTabsOfGoals(context);
  await goalsHere.startGoal('Get back to the pool');
  await goalsHere.addStep('Find my goggles');
  await goalsHere.addStep('Check the timetable');
  await openGoal(goalsThere, 'Get back to the pool');
  await expect(goalsThere.open().locator('.rw-step-list').getByLabel('What I will do')).toHaveCount(2);

  await goalsHere.open().getByRole('button', { name: 'Remove step: Find my goggles' }).click();
  await expect(goalsThere.open().locator('.rw-step-list').getByLabel('What I will do')).toHaveCount(1);
  // A change in the other tab must not bring it back.
  await goalsThere.open().getByLabel('Why it matters to me').fill('Swimming clears my head');
  await expect(goalsHere.open().getByLabel('Why it matters to me')).toHaveValue('Swimming clears my head');
  await expect(goalsHere.open().locator('.rw-step-list').getByLabel('What I will do')).toHaveCount(1);
  await expect(goalsHere.open().locator('.rw-step-list').getByLabel('What I will do')).toHaveValue('Check the timetable');
});

test('adding a saved copy keeps what is here, brings in what is new, and keeps the newer change', async ({ page, browser }) => {
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.addAnswer('haveNow', 'I walk the dog');
  await inventory.addAnswer('want', 'A garden of my own');
  const copy = await inventory.exportCopy();

  // Elsewhere: the same copy opened, one answer changed since, and a new one written.
  const other = await browser.newContext();
  const elsewhere = new InventoryPage(await other.newPage());
  await elsewhere.open();
  await elsewhere.chooseFile(copy.name, copy.text);
  await elsewhere.widget.getByRole('button', { name: 'Replace with this copy' }).click();
  await elsewhere.answers('haveNow').first().fill('I walk the dog every morning');
  await elsewhere.addAnswer('helpedBefore', 'Talking to my nan');
  await elsewhere.page.evaluate(() => new Promise((r) => setTimeout(r, 5)));

  // Here: something new written too, then the old copy added again.
  await inventory.addAnswer('helpedBefore', 'The library on Tuesdays');
  const newer = await elsewhere.exportCopy();
  await other.close();
  const here = await inventory.storedRecord();
  const theirs = JSON.parse(newer.text);

  await inventory.chooseFile(newer.name, newer.text);
  const preview = inventory.widget.getByRole('group', { name: 'Open a saved copy' });
  await expect(preview).toContainText('strengths: 2, wishes: 1');
  await expect(preview).toContainText('Adding it keeps all that is here and brings in what is new.');
  await expect(preview.getByRole('button', { name: 'Add it to what I have' })).toBeFocused();
  await preview.getByRole('button', { name: 'Add it to what I have' }).click();
  await expect(inventory.widget.getByRole('status').filter({ hasText: 'Your saved copy was added to what you had.' })).toBeVisible();

  const shown = (key) => inventory.answers(key).evaluateAll((boxes) => boxes.map((b) => b.value).sort());
  expect(await shown('haveNow')).toEqual(['I walk the dog every morning']);
  expect(await shown('want')).toEqual(['A garden of my own']);
  expect(await shown('helpedBefore')).toEqual(['Talking to my nan', 'The library on Tuesdays']);
  const stored = await inventory.storedRecord();
  await expectValidRecord(stored);
  expect(stored.inventory.domains[0].helped_before.map((e) => e.text).sort()).toEqual(['Talking to my nan', 'The library on Tuesdays']);
  // Whole entries, ids and times included: the newer change as it was made, what each side
  // added, and everything else as it was here.
  const area = (record) => record.inventory.domains.find((d) => d.domain === 'daily-living');
  const byId = (entries) => [...entries].sort((a, b) => (a.id < b.id ? -1 : 1));
  // The changed answer is theirs, whole, marked as changed when it was added here (so another
  // open tab follows it too).
  expect(comparable(area(stored).have_now)).toEqual(comparable(area(theirs).have_now));
  expect(area(stored).have_now[0].updated >= area(theirs).have_now[0].updated).toBe(true);
  expect(area(theirs).have_now[0].id).toBe(area(here).have_now[0].id);
  expect(byId(area(stored).want)).toEqual(byId(area(here).want));
  expect(byId(area(stored).helped_before)).toEqual(byId([...area(here).helped_before, ...area(theirs).helped_before]));
  const rest = (record) => ({ ...record, updated: null, inventory: { ...record.inventory, domains: record.inventory.domains.filter((d) => d !== area(record)) } });
  expect(rest(stored)).toEqual(rest(here));
  expect(stored.updated >= here.updated).toBe(true);
});

test('putting a saved copy in place of everything is followed by another open tab', async ({ context, browser }) => {
  // A copy made elsewhere, holding one answer.
  const other = await browser.newContext();
  const elsewhere = new InventoryPage(await other.newPage());
  await elsewhere.open();
  await elsewhere.addAnswer('want', 'A copy from my phone');
  const copy = await elsewhere.exportCopy();
  await other.close();

  const first = new InventoryPage(await context.newPage());
  const second = new InventoryPage(await context.newPage());
  await first.open();
  await second.open();
  await first.addAnswer('haveNow', 'Written here first');
  await expect(second.answers('haveNow')).toHaveValue('Written here first');

  await first.chooseFile(copy.name, copy.text);
  await first.widget.getByRole('button', { name: 'Replace with this copy' }).click();
  await expect(first.answers('want')).toHaveValue('A copy from my phone');
  await expect(first.answers('haveNow')).toHaveCount(0);
  // The other tab follows, and does not bring back what was replaced.
  await expect(second.answers('want')).toHaveValue('A copy from my phone');
  await expect(second.answers('haveNow')).toHaveCount(0);
  await second.addAnswer('helpedBefore', 'Then written in the second tab');
  await expect(first.answers('helpedBefore')).toHaveValue('Then written in the second tab');
  await expect(first.answers('haveNow')).toHaveCount(0);
  const stored = await first.storedRecord();
  expectValidRecord(stored);
  expect(stored.inventory.domains.flatMap((d) => d.have_now)).toEqual([]);
});
