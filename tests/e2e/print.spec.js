// Printing (issue #23): whatever part of a widget is open, print shows that widget's summary
// (the strengths profile, the goals on one page, the plan on one page) in the person's words,
// with no boxes to type in, menus or buttons. The browser's own print (Ctrl+P) is print media
// with no button pressed; our Print buttons must open the print dialog. `window.print` is
// replaced by a counter, so no dialog opens in the tests.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { InventoryPage, RECORD_KEY } from './inventory-page.js';
import { GoalsPage } from './goals-page.js';
import { PlannerPage } from './planner-page.js';
import { openKiosk } from './kiosk-page.js';

const TOOLBOX = 'My wellness toolbox: things that help me feel better';
const CRISIS_SIGNS = 'My warning signs of a crisis';
const PEOPLE = 'People I can ask for help';

/** Counts calls to `window.print` instead of opening the print dialog. */
async function watchPrint(page) {
  await page.addInitScript(() => {
    window.__printCalls = 0;
    window.print = () => {
      window.__printCalls += 1;
    };
  });
}

function printCalls(page) {
  return page.evaluate(() => window.__printCalls);
}

/** Nothing in the widget can be typed in, chosen or pressed, and no menu shows. */
async function expectNothingToEdit(widget) {
  const controls = widget.locator('textarea, input, select, button, nav, progress, [role="alert"]:not(:empty)');
  await expect(controls.filter({ visible: true })).toHaveCount(0);
}

/** Each of the person's words shows exactly once: in the summary, not again in the open part. */
async function expectEachOnce(widget, region, words) {
  for (const text of words) {
    await expect(region.getByText(text, { exact: true }), text).toBeVisible();
    await expect(widget.getByText(text, { exact: true }).filter({ visible: true }), text).toHaveCount(1);
  }
}

/** The summary fills the widget's width: no blank column beside it. */
async function expectFullWidth(widget, region) {
  const outer = await widget.boundingBox();
  const inner = await region.boundingBox();
  expect(inner.width).toBeGreaterThan(outer.width * 0.9);
}

/** No id is used twice in any widget, so every aria reference points at one element. */
async function expectUniqueIds(page) {
  const repeated = await page.evaluate(() =>
    ['strengths-inventory', 'goal-builder', 'warning-sign-planner', 'recovery-journey'].flatMap((tag) => {
      const ids = [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll('[id]') ?? [])].map((e) => e.id);
      return ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `${tag} #${id}`);
    }),
  );
  expect(repeated).toEqual([]);
}

async function fillGoals(goals) {
  await goals.startGoal('Plant tomatoes', { why: 'Fresh food and time outside' });
  await goals.addStep('Buy seedlings on Saturday', { who: 'Family', by: '2026-12-05' });
  await goals.startGoal('Walk to the beach', { why: 'I feel calm by the sea' });
  await goals.addStep('Find my sneakers');
}

async function fillPlan(planner) {
  await planner.openPart('Staying well');
  await planner.add(TOOLBOX, 'Music in the evening');
  await planner.openPart('Staying safe in a crisis');
  await planner.add(CRISIS_SIGNS, 'Feeling there is no way out');
  await planner.addContact(PEOPLE, 'Aunty May', '0400 123 456');
}

test('the inventory prints its strengths profile from "Life areas", with no editing boxes', async ({ page }) => {
  await watchPrint(page);
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.fillSome();
  await inventory.openPart('Life areas');
  await inventory.openArea('Money');

  // Ctrl+P: print media, no button pressed.
  await page.emulateMedia({ media: 'print' });
  const profile = inventory.widget.getByRole('region', { name: 'My strengths profile' });
  await expect(profile).toBeVisible();
  await expect(profile.getByRole('heading', { level: 4 })).toHaveText([
    'What I want to work on first',
    'My qualities',
    'Daily living and home',
    'Money',
    'Relationships and people around me',
  ]);
  await expect(profile.getByRole('listitem').filter({ hasText: 'Save for a trip to see Mum (Money)' })).toBeVisible();
  await expect(profile.getByRole('listitem').filter({ hasText: 'Humour' })).toContainText('one of my top qualities');
  await expect(profile.getByRole('img', { name: /In me: 3\. In my relationships: 1\./ })).toBeVisible();
  await expectEachOnce(inventory.widget, profile, [
    'I cook a good curry',
    'A garden of my own',
    'My sister Jo calls every Sunday',
    'The peer group at the library',
    'Save for a trip to see Mum',
  ]);
  // The open life area and its list of areas do not print.
  await expect(inventory.widget.getByRole('heading', { name: 'Money', level: 3 })).toBeHidden();
  await expect(inventory.question('want')).toBeHidden();
  await expectNothingToEdit(inventory.widget);
  await expectFullWidth(inventory.widget, profile);
  await expectUniqueIds(page);

  // Back on screen, the person is where they were; the profile is not shown twice.
  await page.emulateMedia({ media: 'screen' });
  await expect(inventory.answers('want')).toHaveValue('Save for a trip to see Mum');
  await expect(profile).toBeHidden();

  // The profile's own Print button opens the print dialog.
  await inventory.openPart('My summary');
  await profile.getByRole('button', { name: 'Print my profile' }).click();
  await expect.poll(() => printCalls(page)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(profile).toBeVisible();
  await expectEachOnce(inventory.widget, profile, ['I cook a good curry', 'The peer group at the library']);
  await expectNothingToEdit(inventory.widget);
  await expectUniqueIds(page);
});

test('the browser\'s own print events ready the profile for the whole print dialog, then it goes', async ({ page }) => {
  // Some browsers (Firefox) signal Ctrl+P only with `beforeprint` and `afterprint`, and the
  // print preview may be laid out again while the dialog is open.
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.addAnswer('haveNow', 'I cook a good curry');
  // Hidden on screen, so only found with includeHidden.
  const profile = inventory.widget.getByRole('region', { name: 'My strengths profile', includeHidden: true });
  await expect(profile).toHaveCount(0);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(profile).toBeAttached();
  await expect(profile).toBeHidden(); // on screen, behind the dialog, nothing changes
  await page.emulateMedia({ media: 'print' });
  await expectEachOnce(inventory.widget, profile, ['I cook a good curry']);
  await expectNothingToEdit(inventory.widget);
  await page.emulateMedia({ media: 'screen' });
  await expect(inventory.answers('haveNow')).toHaveValue('I cook a good curry');
  await expect(profile).toBeAttached(); // the dialog is still open
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(profile).toHaveCount(0);
});

test('the goal builder prints every goal on one page from an open goal', async ({ page }) => {
  await watchPrint(page);
  await page.goto('/');
  const goals = new GoalsPage(page);
  await goals.ready();
  await fillGoals(goals);
  await expect(goals.open().getByRole('heading', { name: 'Walk to the beach', level: 3 })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  const summary = goals.widget.getByRole('region', { name: 'My goals on one page' });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('heading', { level: 4 })).toHaveText(['Plant tomatoes', 'Walk to the beach']);
  await expect(summary).toContainText('Why it matters: Fresh food and time outside');
  await expect(summary).toContainText('Buy seedlings on Saturday (Family · By when: 5 Dec 2026)');
  await expect(summary).toContainText('Why it matters: I feel calm by the sea');
  await expect(summary).toContainText('Find my sneakers');
  await expectEachOnce(goals.widget, summary, ['Plant tomatoes', 'Walk to the beach']);
  // The open goal, with its boxes, does not print.
  await expect(goals.open()).toBeHidden();
  await expectNothingToEdit(goals.widget);
  await expectFullWidth(goals.widget, summary);
  await expectUniqueIds(page);

  await page.emulateMedia({ media: 'screen' });
  await expect(goals.open()).toBeVisible();
  await expect(summary).toBeHidden();

  await goals.widget.getByRole('button', { name: 'Summary' }).click();
  await summary.getByRole('button', { name: 'Print my goals' }).click();
  await expect.poll(() => printCalls(page)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(summary).toContainText('Find my sneakers');
  await expectNothingToEdit(goals.widget);
  await expectUniqueIds(page);
});

test('the planner prints my plan on one page, crisis first, from any part', async ({ page }) => {
  await watchPrint(page);
  await page.goto('/');
  const planner = new PlannerPage(page);
  await planner.ready();
  await fillPlan(planner);

  await page.emulateMedia({ media: 'print' });
  const plan = planner.widget.locator('.rw-plan-summary');
  await expect(planner.widget.getByRole('region', { name: 'My plan on one page' })).toBeVisible();
  await expect(plan.getByRole('heading', { level: 4 })).toHaveText(['Need help now?', PEOPLE, CRISIS_SIGNS, TOOLBOX]);
  await expect(plan.getByRole('listitem').filter({ hasText: 'Aunty May' })).toHaveText('Aunty May: 0400 123 456');
  await expectEachOnce(planner.widget, plan, ['Feeling there is no way out', 'Music in the evening']);
  // The crisis lines print once, with their numbers (the panel at the top is for the screen).
  await expect(planner.widget.getByRole('heading', { name: 'Need help now?' }).filter({ visible: true })).toHaveCount(1);
  await expect(plan.getByRole('listitem').filter({ hasText: 'Lifeline' })).toHaveText('Lifeline: 13 11 14');
  // The part that was open, with its boxes and ideas, does not print.
  await expect(planner.list(PEOPLE)).toBeHidden();
  await expect(planner.list(CRISIS_SIGNS)).toBeHidden();
  await expectNothingToEdit(planner.widget);
  await expectFullWidth(planner.widget, plan);
  await expectUniqueIds(page);

  await page.emulateMedia({ media: 'screen' });
  await expect(planner.list(PEOPLE)).toBeVisible();
  await expect(plan).toHaveCount(0);

  await planner.openPart('My plan on one page');
  await planner.widget.getByRole('button', { name: 'Print my plan' }).click();
  await expect.poll(() => printCalls(page)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(plan.getByRole('heading', { level: 4 })).toHaveText(['Need help now?', PEOPLE, CRISIS_SIGNS, TOOLBOX]);
  await expectNothingToEdit(planner.widget);
  await expectUniqueIds(page);
});

test('on a kiosk, "Print my answers" prints all three summaries, whatever each widget shows', async ({ page }) => {
  await watchPrint(page);
  const { inventory, goals, planner } = await openKiosk(page);
  // Each widget on a part with boxes to type in.
  await inventory.addAnswer('haveNow', 'I am good at listening');
  await inventory.addAnswer('want', 'A bike to ride to work');
  await fillGoals(goals);
  await fillPlan(planner);

  const bar = planner.widget.locator('.rw-kiosk-bar');
  await bar.getByRole('button', { name: "I'm finished" }).click();
  await bar.getByRole('button', { name: 'Print my answers' }).click();
  await expect.poll(() => printCalls(page)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  const profile = inventory.widget.getByRole('region', { name: 'My strengths profile' });
  const goalsPage = goals.widget.getByRole('region', { name: 'My goals on one page' });
  const plan = planner.widget.getByRole('region', { name: 'My plan on one page' });
  await expect(profile.getByRole('heading', { level: 4 })).toHaveText(['Daily living and home']);
  await expectEachOnce(inventory.widget, profile, ['I am good at listening', 'A bike to ride to work']);
  await expect(goalsPage.getByRole('heading', { level: 4 })).toHaveText(['Plant tomatoes', 'Walk to the beach']);
  await expectEachOnce(goals.widget, goalsPage, ['Plant tomatoes', 'Walk to the beach']);
  await expect(plan.getByRole('heading', { level: 4 })).toHaveText(['Need help now?', PEOPLE, CRISIS_SIGNS, TOOLBOX]);
  await expectEachOnce(planner.widget, plan, ['Feeling there is no way out', 'Music in the evening']);
  for (const widget of [inventory.widget, goals.widget, planner.widget]) await expectNothingToEdit(widget);
  await expectUniqueIds(page);
  // The kiosk page's own welcome and how to clear the screen are not part of the person's copy.
  await expect(page.getByRole('heading', { name: 'Welcome to Harbourside', level: 1 })).toBeHidden();
  await expect(page.getByText('Use these while you wait.')).toBeHidden();
});

test('"Print my answers", offered when answers are too long for codes, prints every summary', async ({ page }) => {
  await watchPrint(page);
  await page.goto('/');
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [RECORD_KEY('harbourside'), JSON.stringify(tooLongForCodes())]);
  const inventory = new InventoryPage(page);
  await inventory.open();
  const panel = inventory.widget.getByRole('region', { name: 'Keep a copy' });
  await panel.getByRole('button', { name: 'Show a code for my phone' }).click();
  await panel.getByRole('button', { name: 'Print my answers' }).click();
  await expect.poll(() => printCalls(page)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(inventory.widget.getByRole('region', { name: 'My strengths profile' })).toContainText('I keep my flat tidy most days');
  await expect(page.locator('goal-builder').getByRole('region', { name: 'My goals on one page' }).getByRole('heading', { level: 4 })).toHaveCount(60);
  await expect(page.locator('warning-sign-planner').getByRole('region', { name: 'My plan on one page' })).toBeVisible();
  for (const tag of ['strengths-inventory', 'goal-builder', 'warning-sign-planner']) await expectNothingToEdit(page.locator(tag));
  await expectUniqueIds(page);
});

/** The typical record with 60 long goals: far more than six take-home codes hold. */
function tooLongForCodes() {
  const record = JSON.parse(readFileSync(new URL('../../crates/core/tests/fixtures/v3-typical.json', import.meta.url), 'utf8'));
  const syllables = ['ka', 'lo', 'mi', 'ren', 'ta', 'so', 'vi', 'dun', 'pe', 'ari', 'jo', 'bel', 'nu', 'qua', 'zet', 'ho'];
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const sentence = () => {
    let text = '';
    while (text.length < 1500) {
      const word = Array.from({ length: 1 + Math.floor(next() * 3) }, () => syllables[Math.floor(next() * syllables.length)]).join('');
      text += (text ? ' ' : '') + word;
    }
    return text;
  };
  record.goals = Array.from({ length: 60 }, (_, i) => ({
    ...record.goals[i % 3],
    id: `long-goal-${i}`,
    text: `Goal ${i + 1}: ${sentence()}`,
    why: sentence(),
    steps: [{ id: `long-step-${i}`, what: sentence(), who: 'me', updated: record.updated }],
    history: [],
  }));
  return record;
}
