import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { PlannerPage, SECTIONS } from './planner-page.js';
import { InventoryPage } from './inventory-page.js';

async function axe(page) {
  const results = await new AxeBuilder({ page })
    .include('warning-sign-planner')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** One entry in every part of the plan, and two people to call. */
async function fillEveryPart(planner) {
  await planner.openPart('Staying well');
  await planner.add('What I am like when I am well', 'I laugh and see my friends');
  await planner.add('My wellness toolbox: things that help me feel better', 'A walk by the river');
  await planner.add('Things I do every day to stay well', 'Breakfast outside');
  await planner.add('Things I might do when I need them', 'A quiet day off');
  await planner.openPart('Things that can set me off');
  await planner.add('Things that can set me off, and what I will do', 'Money worries', 'Ring the money counsellor');
  await planner.openPart('Early warning signs');
  await planner.add('Small changes I notice, and what I will do', 'Sleeping badly', 'Tell Jo and go to bed at ten');
  await planner.openPart('When things are getting worse');
  await planner.add('Signs that things are getting worse', 'Not eating');
  await planner.add('My stronger plan for then', 'Call my worker the same day');
  await planner.openPart('Staying safe in a crisis');
  await planner.add('My warning signs of a crisis', 'Feeling there is no way out');
  await planner.add('Things I can do on my own to get through', 'Cold water on my face');
  await planner.add('People and places that take my mind off things', 'The library');
  await planner.addContact('People I can ask for help', 'Jo (my sister)', '0400 123 456');
  await planner.addContact('People I can ask for help', 'Uncle Ray', '+61 2 5550 9876');
  await planner.addContact('Professionals and services I can contact', 'Dr Chen', '(02) 5550 1111');
  await planner.add('Making my space safer', 'Jo keeps my medicine');
  await planner.add('My reasons for living, and what matters most to me', 'My kids');
  await planner.openPart('For my supporters');
  await planner.add('What helps when I am unwell', 'Sit with me quietly');
  await planner.add('What does not help', 'Telling me to cheer up');
  await planner.add('People I want involved', 'Jo');
  await planner.add('People I do not want involved', 'My old boss');
  await planner.add('My wishes about treatment and medicine', 'The medicine that worked in 2024');
  await planner.add('When this plan can be put away', 'When I say so');
  await planner.openPart('After a crisis');
  await planner.add('My steps back to my routines', 'Short walks first');
}

test('every part of the plan is filled, people can be called or texted, and a reload keeps it all', async ({ page }) => {
  await page.goto('/');
  const planner = new PlannerPage(page);
  await planner.ready();
  await fillEveryPart(planner);
  await expect(planner.widget.getByText('7 of 7 parts have something written')).toBeVisible();

  await planner.openPart('Staying safe in a crisis');
  const jo = planner.list('People I can ask for help').locator('.rw-contact').first();
  await expect(jo.getByRole('link', { name: 'Call Jo (my sister)' })).toHaveAttribute('href', 'tel:0400123456');
  await expect(jo.getByRole('link', { name: 'Text Jo (my sister)' })).toHaveAttribute('href', 'sms:0400123456');
  const ray = planner.list('People I can ask for help').locator('.rw-contact').nth(1);
  await expect(ray.getByRole('link', { name: 'Call Uncle Ray' })).toHaveAttribute('href', 'tel:+61255509876');

  await page.reload();
  await planner.ready();
  await expect(planner.widget.getByText('7 of 7 parts have something written')).toBeVisible();
  await planner.openPart('Staying safe in a crisis');
  await expect(planner.list('People I can ask for help').getByLabel('Phone number').first()).toHaveValue('0400 123 456');
  await planner.openPart('Things that can set me off');
  await expect(planner.widget.getByLabel('What I will do', { exact: true }).first()).toHaveValue('Ring the money counsellor');
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('recovery-widgets:harbourside:record')));
  expect(stored.plan.people_to_ask.map((c) => c.response)).toEqual(['0400 123 456', '+61 2 5550 9876']);
  expect(Object.keys(stored.plan)).toHaveLength(22);
});

test('a number that cannot be dialled is kept as typed and flagged gently', async ({ page }) => {
  await page.goto('/');
  const planner = new PlannerPage(page);
  await planner.ready();
  await planner.openPart('Staying safe in a crisis');
  await planner.addContact('People I can ask for help', 'Aunty May', 'ask Jo for it');
  const may = planner.list('People I can ask for help').locator('.rw-contact').first();
  await expect(may.getByText('This number may not work for calls. Check it when you can.')).toBeVisible();
  await expect(may.getByRole('link')).toHaveCount(0);
  await expect(may.getByLabel('Phone number')).toHaveValue('ask Jo for it');
});

const HOST_LINES = JSON.stringify([
  { name: 'Harbourside crisis team', number: '(02) 5550 1234', hours: '24 hours', description: '<img src=x onerror=alert(1)>Our own team' },
  { name: 'Lifeline', number: '13 11 14', text: '0477 13 11 14' },
]);

async function addPlannerWith(page, json) {
  await page.evaluate((json) => {
    const config = document.createElement('script');
    config.type = 'application/json';
    config.id = 'test-lines';
    config.textContent = json;
    document.body.append(config);
    const planner = document.createElement('warning-sign-planner');
    planner.id = 'configured';
    planner.setAttribute('storage', 'memory');
    planner.setAttribute('crisis-lines-from', 'test-lines');
    document.body.append(planner);
  }, json);
  const planner = new PlannerPage(page, '#configured');
  await planner.ready();
  return planner;
}

test('the host’s crisis lines replace the defaults, shown as text', async ({ page }) => {
  await page.goto('/');
  await new PlannerPage(page).ready();
  const planner = await addPlannerWith(page, HOST_LINES);
  await expect(planner.crisisLinks()).toHaveText([
    'Call Harbourside crisis team on (02) 5550 1234',
    'Call Lifeline on 13 11 14',
    'Text Lifeline on 0477 13 11 14',
  ]);
  await expect(planner.crisisLinks().first()).toHaveAttribute('href', 'tel:0255501234');
  await expect(planner.widget.locator('.rw-crisis')).toContainText('<img src=x onerror=alert(1)>Our own team');
  await expect(planner.widget.locator('.rw-crisis img')).toHaveCount(0);
});

for (const [what, json] of [
  ['malformed JSON', '[{ name: "oops" '],
  ['a line with no number', JSON.stringify([{ name: 'Local team' }])],
]) {
  test(`crisis lines with ${what} fall back to the defaults and tell the web team`, async ({ page }) => {
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto('/');
    await new PlannerPage(page).ready();
    const planner = await addPlannerWith(page, json);
    await expect(planner.crisisLinks()).toHaveText([
      'Call Emergency on 000',
      'Call Lifeline on 13 11 14',
      'Text Lifeline on 0477 13 11 14',
      'Call Beyond Blue on 1300 22 4636',
      'Call 13YARN on 13 92 76',
    ]);
    expect(warnings.some((w) => w.includes('crisis-lines-from="test-lines"') && w.includes('showing the default crisis lines'))).toBe(true);
  });
}

test('the crisis lines are a few key presses away from every part', async ({ page }) => {
  await page.goto('/');
  const planner = new PlannerPage(page);
  await planner.ready();
  for (const section of SECTIONS) {
    await planner.openPart(section);
    // Where a person is working: the first box of the part.
    await planner.widget.locator('.rw-plan-section textarea, .rw-plan-section input').first().focus();
    // Shift+Tab to "Help now", Enter, Tab to the first crisis line's call link.
    await page.keyboard.press('Shift+Tab');
    await expect(planner.widget.getByRole('button', { name: 'Help now' }), section).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(planner.widget.getByRole('heading', { name: 'Need help now?' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(planner.crisisLinks().first(), section).toBeFocused();
    await expect(planner.crisisLinks().first()).toHaveAttribute('href', 'tel:000');
  }
});

test('coping ideas come from the toolbox and from the strengths inventory', async ({ page }) => {
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.addAnswer('helpedBefore', 'Calling my cousin');
  const planner = new PlannerPage(page);
  await planner.add('My wellness toolbox: things that help me feel better', 'Gardening');
  await planner.openPart('Staying safe in a crisis');
  const onMyOwn = planner.list('Things I can do on my own to get through');
  await onMyOwn.getByRole('button', { name: 'Add: Gardening' }).click();
  await onMyOwn.getByRole('button', { name: 'Add: Calling my cousin' }).click();
  await expect(onMyOwn.getByLabel('In my words').nth(0)).toHaveValue('Gardening');
  await expect(onMyOwn.getByLabel('In my words').nth(1)).toHaveValue('Calling my cousin');
  await expect(onMyOwn.getByRole('button', { name: /^Add: / })).toHaveCount(0);

  await onMyOwn.getByRole('button', { name: 'Move up: Calling my cousin' }).click();
  await expect(onMyOwn.getByLabel('In my words').nth(0)).toHaveValue('Calling my cousin');
  await expect(onMyOwn.getByRole('status')).toHaveText('“Calling my cousin” is now number 1.');
  await expect(onMyOwn.getByRole('button', { name: 'Move down: Calling my cousin' })).toBeFocused();
});

test('my plan on one page is ordered for a hard moment and prints cleanly', async ({ page }) => {
  await page.goto('/');
  const planner = new PlannerPage(page);
  await planner.ready();
  await fillEveryPart(planner);
  await planner.openPart('My plan on one page');
  const headings = planner.widget.locator('.rw-plan-summary h4');
  await expect(headings.nth(0)).toHaveText('Need help now?');
  await expect(headings.nth(1)).toHaveText('People I can ask for help');
  await expect(headings.nth(2)).toHaveText('Professionals and services I can contact');
  await expect(headings.nth(3)).toHaveText('My warning signs of a crisis');
  await expect(headings.last()).toHaveText('My steps back to my routines');
  await expect(planner.widget.locator('.rw-plan-summary')).toContainText('Money worries — What I will do: Ring the money counsellor');
  await page.emulateMedia({ media: 'print' });
  await expect(planner.widget.locator('.rw-plan-summary')).toBeVisible();
  // The crisis lines print once, first, with their numbers: not the panel made for the screen.
  await expect(planner.widget.getByRole('heading', { name: 'Need help now?' }).filter({ visible: true })).toHaveCount(1);
  await expect(planner.widget.locator('.rw-plan-summary li').filter({ hasText: 'Lifeline' })).toHaveText('Lifeline: 13 11 14');
  await expect(planner.widget.getByRole('button', { name: 'Print my plan' })).toBeHidden();
  await expect(planner.widget.getByRole('navigation')).toBeHidden();
});

test('the planner has no accessibility violations: empty, filled and one page', async ({ page }) => {
  await page.goto('/');
  const planner = new PlannerPage(page);
  await planner.ready();
  expect(await axe(page), 'empty').toEqual([]);
  await fillEveryPart(planner);
  await planner.openPart('Staying safe in a crisis');
  await planner.addContact('People I can ask for help', 'Aunty May', 'ask Jo');
  expect(await axe(page), 'filled').toEqual([]);
  await planner.openPart('My plan on one page');
  expect(await axe(page), 'one page').toEqual([]);
});
