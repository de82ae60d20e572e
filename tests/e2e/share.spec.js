// Sharing by the person's own hand: a readable copy of the parts they choose (through the
// share menu, a download where there is none, or the clipboard as text), and reminders in
// their own calendar. The copy is checked as a person opening it would see it, in a browser
// with JavaScript off; the calendar files are read by an independent parser (ical.js).
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import { GoalsPage } from './goals-page.js';
import { JourneyPage } from './journey-page.js';
import {
  SharePanel, TYPICAL, JOURNEY, journeyCopy, openCopy, openPlanner, seed, stubShareMenu, watchRequests,
} from './share-page.js';
import { openKiosk } from './kiosk-page.js';

const CRISIS = 'Staying safe in a crisis';
const CRISIS_LISTS = ['crisis_signs', 'on_my_own', 'take_my_mind_off', 'people_to_ask', 'services', 'safer_space', 'reasons_for_living'];
const AU_LINES = ['Emergency: 000', 'Lifeline: 13 11 14', 'Beyond Blue: 1300 22 4636', '13YARN: 13 92 76'];

/** Each entry of the given plan lists as the copy shows it: a contact with its number. */
function planLines(record, lists) {
  return lists.flatMap((list) =>
    (record.plan[list] ?? []).map((item) =>
      list === 'people_to_ask' || list === 'services'
        ? `${item.text}: ${item.response}`
        : (list === 'triggers' || list === 'early_signs') && item.response
          ? `${item.text} — What I will do: ${item.response}`
          : item.text,
    ),
  );
}

test('the share menu is handed one file holding exactly the crisis part, in three taps', async ({ page, browser }) => {
  await seed(page, TYPICAL);
  await stubShareMenu(page);
  const planner = await openPlanner(page);
  const requests = watchRequests(page);
  const share = new SharePanel(planner.widget);

  await share.open(); // tap 1
  await share.choose(CRISIS); // tap 2
  await share.send(); // tap 3
  await expect(share.status()).toHaveText('Your copy went to the app you chose.');

  const shared = await page.evaluate(() => window.__shared);
  expect(shared).toHaveLength(1);
  expect(shared[0].keys).toEqual(['files']); // no text or address beside the file
  expect(shared[0].files).toHaveLength(1);
  const [file] = shared[0].files;
  expect(file.name).toMatch(/^my-plan-\d{4}-\d\d-\d\d\.html$/);
  expect(file.type).toBe('text/html');

  const copy = await openCopy(browser, file.text);
  expect(copy.lang).toBe('en');
  expect(copy.dir).toBe('ltr');
  // One part: the copy is named for it.
  expect(copy.title).toBe(CRISIS);
  expect(copy.h1).toBe(CRISIS);
  expect(copy.h2).toEqual([CRISIS]);
  expect(copy.items).toEqual([...AU_LINES, ...planLines(TYPICAL, CRISIS_LISTS)]);
  expect(copy.links).toEqual(['tel:000', 'tel:131114', 'tel:1300224636', 'tel:139276', 'tel:0400123456', 'tel:0390001234', 'tel:0411222333']);
  // Nothing from the parts not chosen.
  for (const words of ['A walk with Biscuit', 'Money worries', 'Sleep before midnight', 'I pay my rent on time', 'Raised voices']) {
    expect(copy.text).not.toContain(words);
  }
  expect(copy.requests).toEqual([]);
  expect(requests).toEqual([]);
});

test('with no share menu the copy of everything downloads, and shows every part with JavaScript off', async ({ page, browser }) => {
  await seed(page, TYPICAL);
  await stubShareMenu(page, { canShare: false });
  const planner = await openPlanner(page);
  const requests = watchRequests(page);
  const share = new SharePanel(planner.widget);
  await share.open();
  await expect(share.choice('Everything')).toBeFocused();
  await share.choose('Everything');
  for (const part of ['Staying well', 'My goals', 'My strengths']) await expect(share.choice(part)).toBeChecked();
  // Parts with nothing written are not offered.
  await expect(share.choice('When things are getting worse')).toHaveCount(1);
  const copy = await share.download();
  // Several kinds of part: a name and a title for the whole.
  expect(copy.name).toMatch(/^my-recovery-\d{4}-\d\d-\d\d\.html$/);
  await expect(share.status()).toHaveText('Your copy is in your downloads. You can send it or open it from there.');

  const seen = await openCopy(browser, copy.text);
  expect(seen.title).toBe('My recovery, in my own words');
  expect(seen.h1).toBe('My recovery, in my own words');
  expect(seen.h2).toEqual([
    CRISIS,
    'Staying well',
    'Things that can set me off',
    'Early warning signs',
    'When things are getting worse',
    'For my supporters',
    'After a crisis',
    'My goals',
    'My strengths',
  ]);
  const every = [
    ...planLines(TYPICAL, Object.keys(TYPICAL.plan)),
    ...TYPICAL.goals.flatMap((g) => [g.text, ...g.steps.map((s) => s.what)]),
    ...TYPICAL.inventory.domains.flatMap((d) => [...d.have_now, ...d.want, ...d.helped_before].map((e) => e.text)),
  ];
  for (const words of every) expect(seen.text, words).toContain(words);
  expect(seen.requests).toEqual([]);
  expect(requests).toEqual([]);
});

test('a share menu that refuses the file leaves the person a download; closing the menu leaves nothing', async ({ browser }) => {
  for (const refuse of ['NotAllowedError', 'AbortError']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await seed(page, TYPICAL);
    await stubShareMenu(page, { refuse });
    const planner = await openPlanner(page);
    const share = new SharePanel(planner.widget);
    await share.open();
    await share.choose(CRISIS);
    const downloads = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await share.send();
    if (refuse === 'AbortError') {
      await page.waitForTimeout(500);
      expect(downloads).toEqual([]);
      await expect(share.panel.locator('[role=status]')).toHaveText('');
    } else {
      await expect(share.status()).toHaveText('Your copy is in your downloads. You can send it or open it from there.');
      expect(downloads).toHaveLength(1);
      expect(downloads[0]).toMatch(/^my-plan-\d{4}-\d\d-\d\d\.html$/);
    }
    await context.close();
  }
});

test('copy as text puts the chosen part on the clipboard, and nothing chosen asks for a part', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seed(page, TYPICAL);
  const planner = await openPlanner(page);
  const share = new SharePanel(planner.widget);
  await share.open();
  await share.panel.getByRole('button', { name: 'Copy as text' }).click();
  await expect(share.panel.getByRole('alert')).toHaveText('Choose at least one part first.');
  await share.choose('For my supporters');
  await share.panel.getByRole('button', { name: 'Copy as text' }).click();
  await expect(share.status()).toHaveText('Copied. You can paste it into a message.');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const lines = text.split('\n');
  expect(lines[0]).toBe('For my supporters');
  expect(lines[1]).toMatch(/^Written by me\. This copy was made on .+\.$/);
  expect(lines.slice(2)).toEqual([
    '',
    '== For my supporters ==',
    '',
    'What helps when I am unwell',
    '• Speak slowly and keep it simple',
    '• Let me have Biscuit with me',
    '',
    'What does not help',
    '• Raised voices',
    '',
  ]);
});

test('a person shares only their journey: one file with exactly that part, newest check-in first, readable with JavaScript off', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seed(page, JOURNEY);
  await stubShareMenu(page);
  await page.goto('/');
  const journey = new JourneyPage(page);
  await journey.ready();
  const requests = watchRequests(page);
  const share = new SharePanel(journey.widget);
  await share.open();
  // Every part with words is offered, in every widget's dialog, the journey among them.
  const offered = share.panel.getByRole('group', { name: 'What goes in?' }).getByRole('checkbox');
  const names = [];
  for (const box of await offered.all()) names.push(await box.evaluate((b) => b.parentElement.innerText.trim()));
  expect(names).toEqual([
    'Everything', 'Staying safe in a crisis', 'Staying well', 'Things that can set me off', 'Early warning signs',
    'After a crisis', 'My goals', 'My strengths', 'My journey',
  ]);
  await share.choose('My journey');
  await share.send();
  await expect(share.status()).toHaveText('Your copy went to the app you chose.');

  const expected = journeyCopy(JOURNEY);
  const shared = await page.evaluate(() => window.__shared);
  expect(shared).toHaveLength(1);
  expect(shared[0].files).toHaveLength(1);
  const [file] = shared[0].files;
  expect(file.name).toMatch(/^my-journey-\d{4}-\d\d-\d\d\.html$/);
  const seen = await openCopy(browser, file.text);
  expect(seen.title).toBe('My journey');
  expect(seen.h1).toBe('My journey');
  expect(seen.h2).toEqual(['My journey']);
  expect(seen.h3).toEqual(expected.groups.map((g) => g.title));
  expect(seen.items).toEqual(expected.groups.flatMap((g) => g.lines));
  expect(seen.requests).toEqual([]);

  // The same copy as text, whole, against the text built from the record.
  await share.panel.getByRole('button', { name: 'Copy as text' }).click();
  await expect(share.status()).toHaveText('Copied. You can paste it into a message.');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const made = text.split('\n')[1];
  expect(made).toMatch(/^Written by me\. This copy was made on .+\.$/);
  expect(text).toBe(expected.text(made));
  expect(requests).toEqual([]);

  // The planner's dialog offers the journey too.
  const planner = new SharePanel(page.locator('warning-sign-planner'));
  await planner.open();
  await expect(planner.choice('My journey')).toHaveCount(1);
});

test('hostile words in a shared copy stay words, even with JavaScript on', async ({ page, browser }) => {
  const H = [
    '<script>window.__pwned=1</script>',
    '<img src=x onerror="window.__pwned=1">',
    '"><svg onload=window.__pwned=1>',
    "'; alert(1); // <b>bold</b> &amp; &lt;script&gt;",
    '</style><script>window.__pwned=1</script>',
  ];
  const at = '2026-11-20T09:00:00.000Z';
  const record = {
    format: 'recovery-widgets/record',
    schema_version: 4,
    created: at,
    updated: at,
    plan: {
      people_to_ask: H.map((text, i) => ({ id: `c${i}`, text, response: 'javascript:window.__pwned=1', updated: at })),
      triggers: H.map((text, i) => ({ id: `t${i}`, text, response: text, updated: at })),
    },
    goals: [
      {
        id: 'g1', text: H[0], why: H[1], domain: 'money', strengths: [],
        steps: [{ id: 's1', what: H[2], who: { someone: H[3] }, target: '2026-12-05', updated: at }],
        state: 'active', reflection: { worked_well: '', learned: '', where_else: '' },
        history: [{ at, change: 'started' }], updated: at,
      },
    ],
    journey: {
      check_ins: H.map((text, i) => ({
        id: `j${i}`, date: `2026-11-0${i + 1}`, updated: at,
        areas: [{ domain: 'money', rating: i, helped: text }],
        noticed: [{ sign: 't0', text }],
      })),
    },
  };
  await seed(page, record);
  await stubShareMenu(page, { canShare: false });
  const planner = await openPlanner(page);
  const share = new SharePanel(planner.widget);
  await share.open();
  await share.choose('Everything');
  const copy = await share.download();
  const seen = await openCopy(browser, copy.text, { javaScript: true });
  expect(seen.pwned).toBeNull();
  expect(seen.elements).toEqual(['a', 'bdi', 'body', 'em', 'h1', 'h2', 'h3', 'head', 'html', 'li', 'main', 'meta', 'p', 'section', 'span', 'strong', 'style', 'title', 'ul']);
  expect(seen.links.filter((href) => !href.startsWith('tel:'))).toEqual([]);
  for (const words of H) expect(seen.text).toContain(words);
  expect(seen.h2).toContain('My journey');
  expect(seen.requests).toEqual([]);
});

test('a step with a day goes into the calendar as an all-day event on that day, wherever the person is', async ({ browser }) => {
  for (const timezoneId of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
    const context = await browser.newContext({ timezoneId });
    const page = await context.newPage();
    await seed(page, TYPICAL);
    await page.goto('/');
    const goals = new GoalsPage(page);
    await goals.ready();
    const requests = watchRequests(page);
    await goals.widget.getByRole('button', { name: 'Get a part-time job in a cafe' }).first().click();
    // A step already done offers no reminder.
    await expect(goals.widget.getByRole('button', { name: /^Add to my calendar: / })).toHaveCount(3);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      goals.widget.getByRole('button', { name: 'Add to my calendar: Ask at two cafes on High Street' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('my-step-2026-12-05.ics');
    const { readFile } = await import('node:fs/promises');
    const ics = await readFile(await download.path(), 'utf8');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent'));
    expect(event.summary, timezoneId).toBe('Ask at two cafes on High Street');
    expect(event.description).toBe('A step toward my goal: Get a part-time job in a cafe');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-12-05');
    expect(event.endDate.toString()).toBe('2026-12-06');
    expect(event.uid).toMatch(/^step-[a-z0-9]+@recovery-widgets$/);
    await expect(goals.widget.getByRole('status').filter({ hasText: 'The reminder is in your downloads.' })).toBeVisible();
    expect(requests).toEqual([]);
    await context.close();
  }
});

test('"look at my plan again" goes into the calendar on the day picked', async ({ page }) => {
  const planner = await openPlanner(page);
  await planner.openPart('My plan on one page');
  const reminder = planner.widget.getByRole('region', { name: 'Look at my plan again' });
  await reminder.getByRole('button', { name: 'Add the reminder to my calendar' }).click();
  await expect(reminder.getByRole('alert')).toHaveText('Choose a day first.');
  await reminder.getByLabel('Which day?').fill('2027-03-01');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    reminder.getByRole('button', { name: 'Add the reminder to my calendar' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('look-at-my-plan-2027-03-01.ics');
  const { readFile } = await import('node:fs/promises');
  const ics = await readFile(await download.path(), 'utf8');
  expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  const calendar = new ICAL.Component(ICAL.parse(ics));
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent'));
  expect(event.summary).toBe('Look at my plan again');
  expect(event.startDate.isDate).toBe(true);
  expect(event.startDate.toString()).toBe('2027-03-01');
  expect(calendar.getFirstSubcomponent('vevent').getFirstSubcomponent('valarm').getFirstPropertyValue('action')).toBe('DISPLAY');
  await expect(reminder.getByRole('status')).toHaveText('The reminder is in your downloads. Open it to add it to your calendar.');
});

test('a kiosk offers no sharing, no download and no calendar file: the take-home code or print only', async ({ page }) => {
  const kiosk = await openKiosk(page);
  await kiosk.goals.startGoal('Visit Mum');
  await kiosk.goals.addStep('Book the train', { by: '2026-12-05' });
  await kiosk.planner.openPart('My plan on one page');
  for (const widget of [kiosk.inventory.widget, kiosk.goals.widget, kiosk.planner.widget, kiosk.journey.widget]) {
    await expect(widget.getByRole('button', { name: /Share a copy|Add to my calendar|Save a copy to this device/ })).toHaveCount(0);
  }
  await expect(kiosk.planner.widget.getByRole('region', { name: 'Look at my plan again' })).toHaveCount(0);
  const bar = kiosk.goals.widget.locator('.rw-kiosk-bar');
  await bar.getByRole('button', { name: "I'm finished" }).click();
  await expect(bar.getByRole('button', { name: 'Take my answers home on my phone' })).toBeVisible();
  await expect(bar.getByRole('button', { name: 'Print my answers' })).toBeVisible();
});

test('the share panel has no accessibility violations', async ({ page }) => {
  await seed(page, TYPICAL);
  const planner = await openPlanner(page);
  const share = new SharePanel(planner.widget);
  await share.open();
  await share.choose(CRISIS);
  await share.panel.getByRole('button', { name: 'Share or save this copy' }).focus();
  const results = await new AxeBuilder({ page })
    .include('warning-sign-planner')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
