// Taking the answers home by QR code. The code on screen is read from a screenshot's pixels
// by zxing-cpp (npm zxing-wasm; the reader in many phones' scanning apps), the link is opened
// in a fresh browser context (the phone), and the record that arrives is compared with the one
// the code carries.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { InventoryPage, RECORD_KEY } from './inventory-page.js';
import { GoalsPage } from './goals-page.js';
import { cspViolations, openKiosk } from './kiosk-page.js';
import { expectValidRecord } from './record-schema.js';
import { comparable } from './whole-record.js';
import { CARRIED_FROM_THE_KIOSK, CHECK_IN_FROM_THE_KIOSK, readQrCodes, recordIn } from './take-home-link.js';

// A tablet's screen: two device pixels to a CSS pixel.
test.use({ deviceScaleFactor: 2 });

// The typical record, with a step that did not happen this time and what was learned: every
// kind of flag a person sets travels in a code (its top-five stars are in the file already).
const TYPICAL = (() => {
  const record = JSON.parse(readFileSync(new URL('../../crates/core/tests/fixtures/v3-typical.json', import.meta.url), 'utf8'));
  Object.assign(record.goals[0].steps[1], { not_this_time: true, learned: 'Tea late at night still keeps me up' });
  // Written now, it is a record of the current version (version 4 added only check-ins).
  record.schema_version = 4;
  return JSON.stringify(record, null, 2);
})();

/** Reads the code on screen the way a phone's camera does: from its pixels. */
async function scan(code) {
  const found = await readQrCodes(await code.screenshot());
  expect(found.map((f) => f.isValid), 'a QR reader finds one code').toEqual([true]);
  return { link: found[0].text, version: Number(found[0].version) };
}

/** The words of a record, each once, sorted: what must arrive whatever the ids and times. */
function wordsIn(record) {
  const words = new Set();
  const walk = (value, key) => {
    if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, k));
    else if (typeof value === 'string' && !['id', 'updated', 'created', 'at', 'entry', 'wish', 'format'].includes(key)) words.add(value);
  };
  walk({ inventory: record.inventory, goals: record.goals, plan: record.plan });
  return [...words].sort();
}

/** Opens the site with this record stored, as if the person had written it here. */
async function openWith(page, record) {
  await page.goto('/');
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [RECORD_KEY('harbourside'), record]);
  const inventory = new InventoryPage(page);
  await inventory.open('/');
  return inventory;
}

/**
 * Opens a take-home link on "the phone" (a browser context: its storage lasts between links)
 * in a new tab, as a camera app does, and adds what it carries. Returns the tab.
 */
async function addOnPhone(phoneContext, link, expectedPreview) {
  const phone = await phoneContext.newPage();
  await phone.goto(link);
  await new InventoryPage(phone).ready();
  // The answers left the address bar, and no entry in the tab's history holds them.
  expect(await phone.evaluate(() => location.href)).toBe(link.split('#')[0]);
  const history = await phone.evaluate(() => navigation.entries().map((entry) => entry.url));
  expect(history).toEqual([link.split('#')[0]]);
  const preview = phone.getByRole('group', { name: 'Answers from a code' });
  await expect(preview).toContainText(expectedPreview);
  // The person is told the browser's own history list may keep the link.
  await expect(preview).toContainText("Your phone's browser may keep the link, with your answers in it, in its history.");
  // A code may be one of several: it can be added, never put in place of what is there.
  await expect(preview.getByRole('button', { name: 'Replace with this copy' })).toHaveCount(0);
  // The keyboard is already on the choice.
  await expect(preview.getByRole('button', { name: 'Add it to what I have' })).toBeFocused();
  await preview.getByRole('button', { name: 'Add it to what I have' }).click();
  await expect(phone.getByRole('status').filter({ hasText: 'The answers from the code were added to what you had.' })).toBeVisible();
  return phone;
}

test('a kiosk visitor takes their answers home: scan, open on the phone, add, nothing left in the address', async ({ page, browser, baseURL }) => {
  const { inventory, goals, planner, journey } = await openKiosk(page);
  await inventory.addAnswer('haveNow', 'I am good at listening');
  await inventory.openPart('My qualities');
  await inventory.quality('Kindness').check();
  await inventory.star('Kindness').click();
  await goals.startGoal('Sleep before midnight', { why: 'I feel calmer' });
  await goals.addStep('Phone on the charger at ten', { by: '2026-12-05' });
  await goals.addStep('Read before bed');
  await goals.open().getByRole('button', { name: 'Not this time: Read before bed' }).click();
  await planner.openPart('Staying well');
  await planner.add('My wellness toolbox: things that help me feel better', 'Music in the evening');
  await journey.rate('Relationships and people around me', 6);
  await journey.helped('Relationships and people around me', 'A cup of tea with Sam');

  const bar = goals.widget.locator('.rw-kiosk-bar');
  await bar.getByRole('button', { name: "I'm finished" }).click();
  await bar.getByRole('button', { name: 'Take my answers home on my phone' }).click();
  const { link } = await scan(bar.getByRole('img', { name: "A code to scan with your phone's camera", exact: true }));
  // The kiosk page names the service's everyday page: a phone opening the kiosk page would keep nothing.
  expect(link.startsWith(`${baseURL}/index.html#rw1.1.1.`)).toBe(true);
  const carried = recordIn(link);
  expectValidRecord(carried);
  // Everything written, flags and stars and dates included, is in the code.
  expect(comparable(carried, { ids: false })).toEqual(
    comparable({ ...CARRIED_FROM_THE_KIOSK, journey: CHECK_IN_FROM_THE_KIOSK }, { ids: false }),
  );
  // Making the code kept nothing on the shared screen, under the kiosk page's strict policy.
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  expect(await cspViolations(page)).toEqual([]);

  const phoneContext = await browser.newContext();
  const phone = await addOnPhone(phoneContext, link, 'strengths: 1, wishes: 0, qualities: 1, priorities: 0, goals: 1, steps: 2, plan entries: 1, check-ins: 1');
  const stored = JSON.parse(await phone.evaluate((key) => localStorage.getItem(key), RECORD_KEY('harbourside')));
  expectValidRecord(stored);
  // The phone keeps what the code carried, whole: ids, flags, stars, dates and states.
  expect(comparable(stored)).toEqual(comparable(carried));
  await expect(new GoalsPage(phone).goalNames()).toHaveText(['Sleep before midnight']);

  // Opening the page again offers nothing: the link is gone from the address.
  await phone.reload();
  await new InventoryPage(phone).ready();
  await expect(phone.getByRole('group', { name: 'Answers from a code' })).toHaveCount(0);

  // Scanning the same code again (or a fresh one of the same answers) adds nothing twice.
  await bar.getByRole('button', { name: 'Take my answers home on my phone' }).click();
  await expect(bar.getByRole('img', { name: /A code to scan/ })).toHaveCount(0);
  await bar.getByRole('button', { name: 'Take my answers home on my phone' }).click();
  expect((await scan(bar.getByRole('img', { name: /A code to scan/ }))).link).toBe(link);
  await addOnPhone(phoneContext, link, 'goals: 1');
  const again = JSON.parse(await phone.evaluate((key) => localStorage.getItem(key), RECORD_KEY('harbourside')));
  expect(comparable(again)).toEqual(comparable(stored));
  await phoneContext.close();
});

test('a typical completed inventory, goals and plan fit in one code', async ({ page, baseURL }) => {
  const inventory = await openWith(page, TYPICAL);
  const panel = inventory.widget.getByRole('region', { name: 'Keep a copy' });
  await panel.getByRole('button', { name: 'Show a code for my phone' }).click();
  const { link, version } = await scan(panel.getByRole('img', { name: "A code to scan with your phone's camera", exact: true }));
  test.info().annotations.push({ type: 'code', description: `typical record: ${link.length} characters, QR version ${version}` });
  expect(link.startsWith(`${baseURL}/#rw1.1.1.`)).toBe(true);
  const carried = recordIn(link);
  // The whole record, with shorter ids: every flag, star, date and state as it was.
  expect(comparable(carried, { ids: false })).toEqual(comparable(JSON.parse(TYPICAL), { ids: false }));
  // Short ids, so the code stays small; the goal's links still point at the same answers.
  expect(carried.goals[0].id).toHaveLength(8);
  const linked = carried.goals[0].strengths.find((s) => s.entry).entry;
  const answer = carried.inventory.domains.flatMap((d) => d.have_now).find((e) => e.id === linked);
  expect(answer.text).toBe('I walk Biscuit every morning');
  await panel.getByRole('button', { name: 'Hide the code' }).click();
  await expect(panel.getByRole('img', { name: /A code to scan/ })).toHaveCount(0);
  // The same answers make the same code.
  await panel.getByRole('button', { name: 'Show a code for my phone' }).click();
  expect((await scan(panel.getByRole('img', { name: /A code to scan/ }))).link).toBe(link);
  // A change while the code shows makes it again, with the new words.
  await inventory.addAnswer('haveNow', 'I make a good cup of tea');
  // (The code is remade after a pause in typing, so it may be replaced while it is read: read
  // it again until the new one is there.)
  await expect
    .poll(async () => {
      try {
        return wordsIn(recordIn((await scan(panel.getByRole('img', { name: /A code to scan/ }))).link));
      } catch {
        return [];
      }
    })
    .toContain('I make a good cup of tea');
});

/** A word-salad sentence from a seeded generator: text that compresses like real writing. */
function sentences(seed, count, length) {
  const syllables = ['ka', 'lo', 'mi', 'ren', 'ta', 'so', 'vi', 'dun', 'pe', 'ari', 'jo', 'bel', 'nu', 'qua', 'zet', 'ho'];
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => {
    let text = '';
    while (text.length < length) {
      const word = Array.from({ length: 1 + Math.floor(next() * 3) }, () => syllables[Math.floor(next() * syllables.length)]).join('');
      text += (text ? ' ' : '') + word;
    }
    return text;
  });
}

/** The typical record with many more goals, each with its own words. */
function withManyGoals(goalCount, seed, length = 80) {
  const record = JSON.parse(TYPICAL);
  const texts = sentences(seed, goalCount * 3, length);
  record.goals = Array.from({ length: goalCount }, (_, i) => ({
    ...record.goals[i % 3],
    id: `extra-goal-${i}`,
    text: texts[3 * i],
    why: texts[3 * i + 1],
    steps: [{ id: `extra-step-${i}`, what: texts[3 * i + 2], who: 'me', updated: record.updated }],
    history: [],
  }));
  return record;
}

test('answers too long for one code come as a few, each added on its own', async ({ page, browser }) => {
  const record = withManyGoals(40, 7);
  const inventory = await openWith(page, JSON.stringify(record));
  const panel = inventory.widget.getByRole('region', { name: 'Keep a copy' });
  await panel.getByRole('button', { name: 'Show a code for my phone' }).click();
  const caption = panel.locator('figcaption');
  await expect(caption).toHaveText(/^Code 1 of [2-6]$/);
  const parts = Number((await caption.textContent()).slice(-1));
  await expect(panel).toContainText(`Your answers are too long for one code, so there are ${parts}.`);
  const links = [];
  for (let i = 1; i <= parts; i += 1) {
    await expect(caption).toHaveText(`Code ${i} of ${parts}`);
    links.push((await scan(panel.getByRole('img', { name: new RegExp(`code ${i} of ${parts}$`) }))).link);
    await panel.getByRole('button', { name: 'Next code' }).click();
  }
  // The buttons go round: after the last code comes the first again, and back.
  await expect(caption).toHaveText(`Code 1 of ${parts}`);
  await panel.getByRole('button', { name: 'Previous code' }).click();
  await expect(caption).toHaveText(`Code ${parts} of ${parts}`);
  // Every code holds a piece; together they hold every word, and no goal comes twice.
  const pieces = links.map(recordIn);
  const byText = (goals) => [...goals].sort((a, b) => (a.text < b.text ? -1 : 1));
  const goalsOf = (records, options) => byText(records.flatMap((r) => comparable(r, { ...options, among: records }).goals));
  expect(goalsOf(pieces, { ids: false })).toEqual(goalsOf([record], { ids: false }));
  expect([...new Set(pieces.flatMap(wordsIn))].sort()).toEqual(wordsIn(record));

  // On the phone, in any order: each code is added to what the phone has.
  const phoneContext = await browser.newContext();
  let phone;
  for (const [i, link] of [...links.entries()].reverse()) {
    phone = await addOnPhone(phoneContext, link, `This came from code ${i + 1} of ${parts}.`);
  }
  const stored = JSON.parse(await phone.evaluate((key) => localStorage.getItem(key), RECORD_KEY('harbourside')));
  expectValidRecord(stored);
  expect(wordsIn(stored)).toEqual(wordsIn(record));
  // Every goal whole, whichever code brought it, and the rest of the record as the codes had it.
  expect(goalsOf([stored])).toEqual(goalsOf(pieces));
  expect({ ...comparable(stored, { ids: false }), goals: [] }).toEqual({ ...comparable(record, { ids: false }), goals: [] });
  await phoneContext.close();
});

test('answers too long even for several codes: a calm message and printing instead', async ({ page }) => {
  // Long, varied goals: far more than six codes hold.
  const inventory = await openWith(page, JSON.stringify(withManyGoals(60, 11, 1500)));
  const panel = inventory.widget.getByRole('region', { name: 'Keep a copy' });
  await panel.getByRole('button', { name: 'Show a code for my phone' }).click();
  await expect(panel.getByRole('alert').filter({ hasText: 'Your answers are too long to fit in codes. You can print them instead.' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Print my answers' })).toBeVisible();
  await expect(panel.getByRole('img', { name: /A code to scan/ })).toHaveCount(0);
});

test('a cut-short link changes nothing, says so, and still leaves the address', async ({ page: first, baseURL }) => {
  await openWith(first, TYPICAL);
  const before = await first.evaluate((key) => localStorage.getItem(key), RECORD_KEY('harbourside'));
  // A new tab, as a camera app opens a link (the same tab would only move to the fragment).
  const page = await first.context().newPage();
  // As a camera that caught half a code might pass it on.
  await page.goto(`${baseURL}/#rw1.1.1.3JZ3JZ3JZ`);
  const inventory = new InventoryPage(page);
  await inventory.ready();
  await expect(page.getByRole('alert').filter({ hasText: 'The answers in this link could not be read.' })).toBeVisible();
  expect(await page.evaluate(() => location.href.includes('#'))).toBe(false);
  expect(await page.evaluate((key) => localStorage.getItem(key), RECORD_KEY('harbourside'))).toBe(before);
  await expect(page.getByRole('button', { name: 'Add it to what I have' })).toHaveCount(0);
});

test('the answers leave the address before the bundle has even loaded', async ({ page, baseURL }) => {
  // A slow connection: the wasm file takes a while.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/recovery-widgets_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${baseURL}/#rw1.1.1.3JZ3JZ`);
  await page.waitForFunction(() => customElements.get('goal-builder'));
  // The loader has run, the widgets have not started, and the fragment is already gone.
  expect(await page.locator('goal-builder').evaluate((el) => el.shadowRoot.textContent)).toBe('Loading…');
  expect(await page.evaluate(() => [location.href.includes('#'), navigation.entries().map((e) => e.url)])).toEqual([
    false,
    [`${baseURL}/`],
  ]);
  release();
  await new InventoryPage(page).ready();
  await expect(page.getByRole('alert').filter({ hasText: 'The answers in this link could not be read.' })).toBeVisible();
});

test('a take-home link opened in a tab already on the page is taken out of the address too', async ({ page, baseURL }) => {
  await openWith(page, TYPICAL);
  // Only the fragment changes: no new page load of its own.
  await page.evaluate(() => {
    location.hash = '#rw1.1.1.3JZ3JZ';
  });
  await new InventoryPage(page).ready();
  await expect(page.getByRole('alert').filter({ hasText: 'The answers in this link could not be read.' })).toBeVisible();
  expect(await page.evaluate(() => location.href)).toBe(`${baseURL}/`);
  expect(await page.evaluate(() => navigation.entries().map((e) => e.url).filter((url) => url.includes('#')))).toEqual([]);
});

test('on a kiosk the code goes when the finishing choices close or the screen is left alone, and needs a page to link to', async ({ page }) => {
  await page.clock.install();
  const { goals } = await openKiosk(page);
  await goals.startGoal('Sleep before midnight');
  const bar = goals.widget.locator('.rw-kiosk-bar');
  const finished = bar.getByRole('button', { name: "I'm finished" });
  const takeHome = bar.getByRole('button', { name: 'Take my answers home on my phone' });
  const code = bar.getByRole('img', { name: /A code to scan/ });
  await finished.click();
  await takeHome.click();
  await expect(code).toBeVisible();
  await bar.getByRole('button', { name: 'Not yet' }).click();
  await finished.click();
  await expect(code).toHaveCount(0);
  await takeHome.click();
  await expect(code).toBeVisible();
  // 45 seconds alone: "Are you still there?", and the code is gone from the screen.
  await page.clock.fastForward(46_000);
  await expect(page.getByRole('alertdialog', { name: 'Are you still there?' })).toBeVisible();
  await expect(code).toHaveCount(0);

  // A kiosk widget with no take-home-url offers no code: a phone would open a kiosk too.
  await page.goto('/');
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('goal-builder'), { id: 'k' })));
  await page.evaluate(() => {
    const el = document.getElementById('k');
    el.setAttribute('namespace', 'kiosk-two');
    el.setAttribute('kiosk', '');
  });
  const lone = page.locator('#k');
  await lone.getByRole('button', { name: "I'm finished" }).click();
  await expect(lone.getByRole('button', { name: 'Print my answers' })).toBeVisible();
  await expect(lone.getByRole('button', { name: 'Take my answers home on my phone' })).toHaveCount(0);
});
