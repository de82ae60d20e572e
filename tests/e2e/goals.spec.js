import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { InventoryPage, tabTo } from './inventory-page.js';
import { GoalsPage } from './goals-page.js';

async function axe(page) {
  const results = await new AxeBuilder({ page })
    .include('goal-builder')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Strengths and a prioritised wish to build a goal on. */
async function inventoryWithAWish(page) {
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.openArea('Health and wellbeing');
  await inventory.addAnswer('haveNow', 'I walk most days');
  await inventory.addAnswer('helpedBefore', 'Swimming with my cousin');
  await inventory.addAnswer('want', 'Swim once a week');
  await inventory.question('want').getByRole('checkbox', { name: 'One of my priorities' }).check();
  await inventory.openPart('My qualities');
  await inventory.quality('Persistence|Sticking with it').check();
  return inventory;
}

test('a goal from a priority, built on strengths, worked through step by step and celebrated', async ({ page }) => {
  await inventoryWithAWish(page);
  const goals = new GoalsPage(page);
  await goals.ready();

  await goals.widget.getByRole('button', { name: 'Start a goal: Swim once a week' }).click();
  const goal = goals.open();
  await expect(goal.getByRole('heading', { name: 'Swim once a week', level: 3 })).toBeVisible();
  await expect(goal.getByLabel('Life area')).toHaveValue('health');

  await goals.linkStrength('I walk most days (Health and wellbeing)');
  await goals.linkStrength('Sticking with it');

  await goals.addStep('Find the pool timetable online', { who: 'Me', by: '2026-12-01' });
  await goals.addStep('Buy goggles at the market', { who: 'Someone else', someone: 'Cousin Lee', by: '2026-12-03' });
  await goals.addStep('Swim on Saturday morning', { who: 'A friend', by: '2026-12-05' });
  await expect(goals.widget.locator('.rw-goal-choice')).toContainText('0 of 3 steps done');

  for (const step of ['Find the pool timetable online', 'Buy goggles at the market', 'Swim on Saturday morning']) {
    await goal.getByRole('button', { name: `I did it: ${step}` }).click();
  }
  await expect(goals.widget.locator('.rw-goal-choice')).toContainText('3 of 3 steps done');

  await goal.getByRole('button', { name: 'I achieved this!' }).click();
  const celebration = goal.getByRole('group', { name: /You did it!/ });
  await expect(celebration).toContainText('Well done.');
  await expect(celebration.getByRole('heading', { name: /You did it!/ })).toBeFocused();
  await celebration.getByLabel('What worked well?').fill('Going with my cousin');
  await celebration.getByLabel('What did I learn?').fill('Mornings suit me');
  await celebration.getByLabel('Where else in my life could this help me?').fill('Getting to my art class');

  await page.reload();
  const again = new GoalsPage(page);
  await again.ready();
  const reopened = again.open();
  await expect(reopened.getByRole('heading', { name: 'Swim once a week', level: 3 })).toBeVisible();
  await expect(again.widget.locator('.rw-goal-choice')).toContainText('Achieved · 3 of 3 steps done');
  await expect(reopened.locator('.rw-link-list')).toContainText('I walk most days (Health and wellbeing)');
  await expect(reopened.locator('.rw-link-list')).toContainText('Sticking with it');
  await expect(reopened.getByLabel('Their name')).toHaveValue('Cousin Lee');
  await expect(reopened.getByLabel('By when').first()).toHaveValue('2026-12-01');
  await expect(reopened.getByLabel('What worked well?')).toHaveValue('Going with my cousin');
  await reopened.getByText('What has changed').click();
  await expect(reopened.locator('.rw-history')).toContainText('Now: Achieved');
  await expect(reopened.locator('.rw-history')).toContainText('Step done: Swim on Saturday morning');

  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('recovery-widgets:harbourside:record')));
  expect(stored.schema_version).toBe(4);
  expect(stored.goals[0]).toMatchObject({ text: 'Swim once a week', domain: 'health', state: 'achieved' });
  expect(stored.goals[0].steps[1]).toMatchObject({ who: { someone: 'Cousin Lee' }, target: '2026-12-03' });
});

test('a linked strength follows its rewording, and a removed one is named gone', async ({ page }) => {
  const inventory = await inventoryWithAWish(page);
  const goals = new GoalsPage(page);
  await goals.startGoal('Walk to the beach');
  await goals.linkStrength('I walk most days (Health and wellbeing)');

  await inventory.openPart('Life areas');
  await inventory.openArea('Health and wellbeing');
  await inventory.answers('haveNow').fill('I walk every single day');
  await expect(goals.widget.locator('.rw-link-list')).toContainText('I walk every single day (Health and wellbeing)');

  await inventory.question('haveNow').getByRole('button', { name: 'Remove: I walk every single day' }).click();
  await expect(goals.widget.getByText('A strength linked here has been removed from your strengths.')).toBeVisible();
  await expect(goals.widget.getByRole('heading', { name: 'Walk to the beach', level: 3 })).toBeVisible();
});

test('a goal can be reworded, paused and let go, and the history keeps it all', async ({ page }) => {
  await page.goto('/');
  const goals = new GoalsPage(page);
  await goals.ready();
  await goals.startGoal('Go back to study', { why: 'I miss learning', area: 'Work, study and volunteering' });
  const goal = goals.open();
  await goal.getByRole('button', { name: 'Reword' }).click();
  await expect(goal.getByLabel('New words for my goal')).toBeFocused();
  await goal.getByLabel('New words for my goal').fill('Do a short course at TAFE');
  await goal.getByRole('button', { name: 'Save new words' }).click();
  await expect(goal.getByRole('heading', { name: 'Do a short course at TAFE', level: 3 })).toBeFocused();
  await goal.getByRole('button', { name: 'Pause for now' }).click();
  await expect(goal.getByText('This goal is resting.')).toBeVisible();
  await expect(goal.getByRole('heading', { name: 'What next for this goal' })).toBeFocused();
  await goal.getByRole('button', { name: 'Let this goal go' }).click();
  await expect(goal.getByText('You chose to let this goal go.')).toBeVisible();
  await goal.getByText('What has changed').click();
  const history = goal.locator('.rw-history li');
  await expect(history).toHaveCount(4);
  await expect(history.nth(0)).toContainText('Now: Let go');
  await expect(history.nth(2)).toContainText('Reworded. Before: “Go back to study”');
  await expect(history.nth(3)).toContainText('Started');
});

test('a step that did not happen is learning, and too-long words are refused, not cut', async ({ page }) => {
  await page.goto('/');
  const goals = new GoalsPage(page);
  await goals.ready();
  await goals.startGoal('Sleep better');
  await goals.addStep('Phone off at 10 pm', { by: '2026-12-02' });
  const goal = goals.open();
  await goal.getByRole('button', { name: 'Not this time: Phone off at 10 pm' }).click();
  await expect(goal.getByText("This one didn't happen this time. That's okay")).toBeVisible();
  // Typed key by key: the box must keep the cursor as each letter is saved.
  await goal.getByLabel('What I learned').click();
  await page.keyboard.type('Charging it in the kitchen helps');
  await expect(goal.getByLabel('What I learned')).toHaveValue('Charging it in the kitchen helps');
  await expect(goals.widget.locator('.rw-goal-choice')).toContainText('0 of 0 steps done');

  await goals.widget.getByLabel('My goal, in my own words').fill('x'.repeat(2001));
  await goals.widget.getByRole('button', { name: 'Add this goal' }).click();
  await expect(goals.widget.getByRole('alert').filter({ hasText: 'longer than 2,000 characters' })).toBeVisible();
  await expect(goals.goalNames()).toHaveText(['Sleep better']);
});

test('step nudges point to something small to start this week', async ({ page }) => {
  await page.goto('/');
  const goals = new GoalsPage(page);
  await goals.ready();
  await goals.startGoal('Feel fitter');
  const form = goals.widget.locator('form.rw-new-step');
  await form.getByLabel('What I will do').fill('Exercise more');
  await expect(form.locator('.rw-nudges')).toContainText('Words like “more” or “better” are hard to tick off.');
  await expect(form.locator('.rw-nudges')).toContainText('Picking a day can help you get started.');
  await form.getByLabel('What I will do').fill('Walk around the block after lunch on Monday');
  await form.getByLabel('By when').fill(await page.evaluate(() => new Date().toISOString().slice(0, 10)));
  await expect(form.locator('.rw-nudges li')).toHaveCount(0);
});

test('goals and steps are created and reordered with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  const goals = new GoalsPage(page);
  await goals.ready();
  const keys = page.keyboard;
  for (const text of ['First goal', 'Second goal']) {
    await tabTo(page, goals.widget.getByLabel('My goal, in my own words'), { backwards: text === 'Second goal' });
    await keys.type(text);
    await tabTo(page, goals.widget.getByRole('button', { name: 'Add this goal' }));
    await keys.press('Enter');
    await expect(goals.widget.getByRole('heading', { name: text, level: 3 })).toBeVisible();
  }
  for (const step of ['Step one', 'Step two']) {
    await tabTo(page, goals.widget.locator('form.rw-new-step').getByLabel('What I will do'), { backwards: true });
    await keys.type(step);
    await tabTo(page, goals.widget.getByRole('button', { name: 'Add this step' }));
    await keys.press('Enter');
  }
  const steps = goals.widget.locator('.rw-step-list').getByLabel('What I will do');
  await expect(steps).toHaveCount(2);
  await tabTo(page, goals.widget.getByRole('button', { name: 'Move step up: Step two' }), { backwards: true });
  await keys.press('Enter');
  await expect(steps.nth(0)).toHaveValue('Step two');
  await expect(goals.widget.getByRole('button', { name: 'Move step down: Step two' })).toBeFocused();
  await expect(goals.widget.getByRole('status').filter({ hasText: 'is now step number 1' })).toHaveText('“Step two” is now step number 1.');

  await tabTo(page, goals.widget.getByRole('button', { name: 'Move goal up: Second goal' }), { backwards: true });
  await keys.press('Enter');
  await expect(goals.goalNames()).toHaveText(['Second goal', 'First goal']);
  await expect(goals.widget.getByRole('button', { name: 'Move goal down: Second goal' })).toBeFocused();
  await expect(goals.widget.getByRole('status').filter({ hasText: 'is now goal number 1' })).toHaveText('“Second goal” is now goal number 1.');
});

test('dates stay the same day after export and import in another time zone', async ({ browser }) => {
  const sydney = await browser.newContext({ timezoneId: 'Australia/Sydney' });
  const page = await sydney.newPage();
  await page.goto('/');
  const goals = new GoalsPage(page);
  await goals.ready();
  await goals.startGoal('Visit Mum');
  await goals.addStep('Book the train', { by: '2026-12-05' });
  const inventory = new InventoryPage(page);
  const copy = await inventory.exportCopy();
  await sydney.close();

  const losAngeles = await browser.newContext({ timezoneId: 'America/Los_Angeles' });
  const other = await losAngeles.newPage();
  const there = new InventoryPage(other);
  await there.open();
  await there.chooseFile(copy.name, copy.text);
  await expect(there.widget.getByRole('group', { name: 'Open a saved copy' })).toContainText('goals: 1, steps: 1');
  await there.widget.getByRole('button', { name: 'Replace with this copy' }).click();
  const goalsThere = new GoalsPage(other);
  await goalsThere.widget.locator('.rw-goal-choice').filter({ hasText: 'Visit Mum' }).click();
  await expect(goalsThere.open().getByLabel('By when').first()).toHaveValue('2026-12-05');
  await losAngeles.close();
});

test('the goal builder has no accessibility violations: empty, filled, achieved and summary', async ({ page }) => {
  await inventoryWithAWish(page);
  const goals = new GoalsPage(page);
  await goals.ready();
  expect(await axe(page), 'empty').toEqual([]);

  await goals.widget.getByRole('button', { name: 'Start a goal: Swim once a week' }).click();
  await goals.linkStrength('I walk most days (Health and wellbeing)');
  await goals.addStep('Find the pool timetable', { who: 'Someone else', someone: 'Lee', by: '2026-12-01' });
  await goals.addStep('Go for a swim', { by: '2026-12-05' });
  await goals.open().getByRole('button', { name: 'I did it: Find the pool timetable' }).click();
  await goals.open().getByRole('button', { name: 'Not this time: Go for a swim' }).click();
  await goals.open().getByText('What has changed').click();
  expect(await axe(page), 'filled').toEqual([]);

  await goals.open().getByRole('button', { name: 'I achieved this!' }).click();
  expect(await axe(page), 'achieved').toEqual([]);

  await goals.widget.getByRole('button', { name: 'Summary' }).click();
  await expect(goals.widget.getByRole('heading', { name: 'My goals on one page' })).toBeVisible();
  expect(await axe(page), 'summary').toEqual([]);
});

test('the goals summary prints on its own, without buttons', async ({ page }) => {
  await page.goto('/');
  const goals = new GoalsPage(page);
  await goals.ready();
  await goals.startGoal('Plant tomatoes', { why: 'Fresh food and time outside' });
  await goals.addStep('Buy seedlings on Saturday', { who: 'Family', by: '2026-12-05' });
  await goals.widget.getByRole('button', { name: 'Summary' }).click();
  const summary = goals.widget.getByRole('region', { name: 'My goals on one page' });
  await expect(summary).toContainText('Plant tomatoes');
  await expect(summary).toContainText('Why it matters: Fresh food and time outside');
  await expect(summary).toContainText('Buy seedlings on Saturday (Family · By when: 5 Dec 2026)');
  await page.emulateMedia({ media: 'print' });
  await expect(summary).toBeVisible();
  await expect(goals.widget.getByRole('button', { name: 'Print my goals' })).toBeHidden();
  await expect(goals.widget.getByRole('navigation')).toBeHidden();
});
