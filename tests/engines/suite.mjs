// The cross-engine suite: what a person does, in WebKitGTK (Safari's engine) and Firefox ESR,
// against the release build in dist/ served on loopback by scripts/serve.mjs. The same flows,
// words and checks as the Chromium tests in tests/e2e/ (named beside each test), so both
// suites hold the widgets to the same promises. webkit.test.mjs and firefox.test.mjs run it,
// one engine each; scripts/test.sh runs both.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { NEW_RECORD, comparable, normalised } from '../e2e/whole-record.js';
import { CARRIED_FROM_THE_KIOSK, readQrCodes, recordIn } from '../e2e/take-home-link.js';
import { startEngine } from './engines.mjs';
import { Key, TIMEOUT, Widget, focused, openPage, press, storedRecord, tabTo, type, widgetsOn } from './widgets.mjs';

const PORT = Number(process.env.E2E_PORT ?? 8181);
const SITE = `http://127.0.0.1:${PORT}/`;
// Another site, standing for the neutral page a quick exit goes to (there is no internet here).
const NEUTRAL = `http://127.0.0.1:${PORT + 1}/weather`;
const RESULTS = new URL('./results/', import.meta.url).pathname;

const QUESTIONS = {
  haveNow: 'What is going well, and what do I have now?',
  want: 'What do I want?',
  helpedBefore: 'What has helped me before?',
};
const question = (key) => ({ role: 'region', name: QUESTIONS[key] });
const TOOLBOX = 'My wellness toolbox: things that help me feel better';

// What a person does, as the Chromium tests' page objects do it (tests/e2e/*-page.js).

async function openArea(inventory, name) {
  await inventory.click({ role: 'navigation', name: 'Choose a life area' }, { role: 'button', name });
  await inventory.find({ role: 'heading', name, level: 3 });
}

async function openPart(widget, menu, name) {
  await widget.click({ role: 'navigation', name: menu }, { role: 'button', name, exact: true });
}

async function addAnswer(inventory, key, text) {
  await inventory.fill([question(key), { label: 'Add in your own words' }], text);
  await inventory.click(question(key), { role: 'button', name: 'Add', exact: true });
  await inventory.expectValue(text, question(key), { label: 'Your words' });
}

/** Ticks a checkbox, waiting until it shows as ticked. */
async function check(widget, ...path) {
  const box = await widget.find(...path);
  if (!(await box.isSelected())) await box.click();
  await widget.driver.wait(() => box.isSelected(), TIMEOUT, `${JSON.stringify(path)} never showed as ticked`);
}

async function expectPressed(widget, ...path) {
  await widget.driver.wait(
    async () => (await (await widget.find(...path)).getAttribute('aria-pressed')) === 'true',
    TIMEOUT,
    `${JSON.stringify(path)} never showed as pressed`,
  );
}

/** tests/e2e/inventory-page.js `fillSome`: a few areas, qualities and a priority. */
async function fillSome(inventory) {
  await openArea(inventory, 'Daily living and home');
  await addAnswer(inventory, 'haveNow', 'I cook a good curry');
  await inventory.choose([question('haveNow'), { label: 'Where is this strength?' }], { value: 'individual' });
  await addAnswer(inventory, 'want', 'A garden of my own');
  await openArea(inventory, 'Relationships and people around me');
  await addAnswer(inventory, 'haveNow', 'My sister Jo calls every Sunday');
  await inventory.choose([question('haveNow'), { label: 'Where is this strength?' }], { value: 'interpersonal' });
  await addAnswer(inventory, 'helpedBefore', 'The peer group at the library');
  await openArea(inventory, 'Money');
  await addAnswer(inventory, 'want', 'Save for a trip to see Mum');
  await check(inventory, question('want'), { role: 'checkbox', name: 'One of my priorities' });
  await openPart(inventory, 'Parts of my strengths', 'My qualities');
  await check(inventory, { role: 'checkbox', name: /^Kindness\b/ });
  await check(inventory, { role: 'checkbox', name: /^Humour\b/ });
  await inventory.click({ role: 'button', name: 'One of my top qualities: Humour' });
  await expectPressed(inventory, { role: 'button', name: 'One of my top qualities: Humour' });
}

/**
 * Puts a date in a date box, and waits until the box holds it. WebKitGTK's box takes what a
 * person in the en-US locale types (month/day/year; an ISO date typed there becomes year 5);
 * geckodriver fills a date box from an ISO date and ignores anything else.
 */
async function typeDate(widget, path, isoDate) {
  const box = await widget.find(...[path].flat());
  const [year, month, day] = isoDate.split('-');
  await box.sendKeys(widget.driver.engine === 'webkit' ? `${month}/${day}/${year}` : isoDate);
  await widget.driver.wait(async () => (await box.getProperty('value')) === isoDate, TIMEOUT, `the date box never held ${isoDate}`);
}

/** tests/e2e/goals-page.js `startGoal`. */
async function startGoal(goals, text, { why = '', area = '' } = {}) {
  await goals.fill({ label: 'My goal, in my own words' }, text);
  if (why) await goals.fill({ label: 'Why it matters to me' }, why);
  if (area) await goals.choose({ label: 'Life area' }, area);
  await goals.click({ role: 'button', name: 'Add this goal' });
  await goals.find({ role: 'heading', name: text, level: 3 });
}

/** tests/e2e/goals-page.js `addStep`. */
async function addStep(goals, what, { who = '', someone = '', by = '' } = {}) {
  const form = { css: 'form.rw-new-step' };
  await goals.fill([form, { label: 'What I will do' }], what);
  if (who) await goals.choose([form, { label: 'Who helps' }], who);
  if (someone) await goals.fill([form, { label: 'Their name' }], someone);
  if (by) await typeDate(goals, [form, { label: 'By when' }], by);
  await goals.click(form, { role: 'button', name: 'Add this step' });
  await goals.expectValue(what, { css: '.rw-step-list' }, { label: 'What I will do' });
}

/** tests/e2e/planner-page.js `add`. */
async function addToPlan(planner, title, text) {
  const list = { role: 'region', name: title, exact: true };
  await planner.fill([list, { label: 'Add in your own words' }], text);
  await planner.click(list, { role: 'button', name: 'Add', exact: true });
  await planner.expectValue(text, list, { label: 'In my words' });
}

/** tests/e2e/planner-page.js `addContact`. */
async function addContact(planner, title, name, phone) {
  const form = [{ role: 'region', name: title, exact: true }, { css: 'form' }];
  await planner.fill([...form, { label: 'Name' }], name);
  await planner.fill([...form, { label: 'Phone number' }], phone);
  await planner.click(...form, { role: 'button', name: 'Add this person' });
  await planner.expectValue(name, { role: 'region', name: title, exact: true }, { css: '.rw-contact' }, { label: 'Name' });
}

/** tests/e2e/kiosk-page.js `everythingKept`: everything a browser could keep for this site. */
function everythingKept(driver) {
  return driver.executeAsyncScript(function (done) {
    (async () => ({
      localStorage: Object.keys(localStorage).sort(),
      sessionStorage: Object.keys(sessionStorage).sort(),
      indexedDB: (await indexedDB.databases()).map((d) => d.name).sort(),
      cookies: document.cookie,
      caches: (await caches.keys()).sort(),
    }))().then(done, (error) => done({ error: String(error) }));
  });
}
const NOTHING = { localStorage: [], sessionStorage: [], indexedDB: [], cookies: '', caches: [] };

/** The stored record, once there is one (a save may follow a change by a moment). */
async function savedRecord(driver, namespace) {
  let record = null;
  await driver.wait(async () => (record = await storedRecord(driver, namespace)) !== null, TIMEOUT, 'nothing was saved');
  return record;
}

/** Waits until the browser is at `url` (a string, or a test of the address). */
async function expectAddress(driver, url) {
  let now = '';
  await driver
    .wait(async () => {
      now = await driver.getCurrentUrl();
      return typeof url === 'string' ? now === url : url.test(now);
    }, TIMEOUT)
    .catch(() => {
      throw new Error(`the address is ${now}, not ${url}`);
    });
}

/** Waits until the page has drawn what it shows now (two frames), for a screenshot. */
function drawn(driver) {
  return driver.executeAsyncScript((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
}

/**
 * Reads the code on screen as a phone's camera does: from its pixels, in the middle of the
 * screen. The whole screen, not the element: WebKitWebDriver's picture of an element inside a
 * shadow root comes back black.
 */
async function scan(driver, code) {
  const where = await driver.executeScript((el) => {
    const box = el.getBoundingClientRect();
    window.scrollTo({ top: window.scrollY + box.top - (window.innerHeight - box.height) / 2, behavior: 'instant' });
    return { top: el.getBoundingClientRect().top, height: box.height, screen: window.innerHeight };
  }, code);
  assert.ok(where.top >= 0 && where.top + where.height <= where.screen, `the whole code is on screen: ${JSON.stringify(where)}`);
  await drawn(driver);
  const png = Buffer.from(await driver.takeScreenshot(), 'base64');
  writeFileSync(join(RESULTS, `${driver.engine}-take-home-code.png`), png);
  const found = await readQrCodes(png);
  assert.deepEqual(
    found.map((f) => f.isValid),
    [true],
    'a QR reader finds one code',
  );
  return found[0].text;
}

export function crossEngineSuite(engineKey) {
  describe(`in ${engineKey}`, () => {
    let engine;
    let site;
    let neutral;
    const sessions = [];
    /**
     * A fresh browser session: its own storage, as a new person's browser. The one before is
     * closed first: geckodriver drives one session at a time.
     */
    const browser = async () => {
      await closeSessions();
      const session = await engine.open();
      sessions.push(session);
      return session;
    };

    before(async () => {
      mkdirSync(RESULTS, { recursive: true });
      ({ server: site } = await startServer({ root: 'dist', port: PORT, quiet: true }));
      neutral = createServer((req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<h1>Weather</h1>'));
      await new Promise((ready) => neutral.listen(PORT + 1, '127.0.0.1', ready));
      engine = await startEngine(engineKey);
    });

    after(async () => {
      await engine?.stop();
      site?.close();
      neutral?.close();
    });

    // Each test's sessions end with it, passed or failed.
    const closeSessions = async () => {
      for (const session of sessions.splice(0)) await session.quit();
    };
    // Each test is bounded: a hung engine fails its test, and the next one starts.
    const it = (name, body, options = {}) => test(name, { timeout: 240_000, ...options }, async () => {
      try {
        await body();
      } finally {
        await closeSessions();
      }
    });

    it('every widget is ready, and styled, on the demo, kiosk and strict-CSP pages (csp.spec.js, loading.spec.js)', async () => {
      const driver = await browser();
      for (const path of ['/', '/kiosk.html', '/csp.html']) {
        const { inventory, goals, planner } = await openPage(driver, SITE, path);
        // The adopted style sheet applied (a strict policy would block a <style> in the page):
        // the Add button is coloured.
        const add = await inventory.find(question('haveNow'), { role: 'button', name: 'Add', exact: true });
        assert.notEqual(await add.getCssValue('background-color'), 'rgba(0, 0, 0, 0)', `${path}: the Add button has its colour`);
        await goals.find({ role: 'button', name: 'Add this goal' });
        // The crisis lines (each page names its own).
        assert.match(await (await planner.find({ role: 'link', name: /^Call / })).getAttribute('href'), /^tel:\d+$/);
        if (path === '/') {
          await drawn(driver);
          writeFileSync(join(RESULTS, `${engineKey}-demo.png`), await driver.takeScreenshot(), 'base64');
        }
      }
    });

    it('everything written is still there after a reload, the stored record whole (persistence.spec.js)', async () => {
      const driver = await browser();
      const { inventory, goals, planner } = await openPage(driver, SITE);
      await inventory.expectText('0 of 7 life areas have something written');
      await fillSome(inventory);
      await startGoal(goals, 'Visit Mum', { why: 'I miss her' });
      await addStep(goals, 'Book the train');
      await openPart(planner, 'Parts of my plan', 'Staying well');
      await addToPlan(planner, TOOLBOX, 'Music in the evening');
      const before = await storedRecord(driver);
      assert.deepEqual(normalised(before), EXPECTED_AFTER_FILLING);

      await driver.navigate().refresh();
      const again = await openPage(driver, SITE);
      assert.deepEqual(await storedRecord(driver), before, 'the stored record is as it was');
      await again.inventory.expectText('3 of 7 life areas have something written');
      await openArea(again.inventory, 'Daily living and home');
      await again.inventory.expectValue('I cook a good curry', question('haveNow'), { label: 'Your words' });
      await again.inventory.expectValue('individual', question('haveNow'), { label: 'Where is this strength?' });
      await again.inventory.expectValue('A garden of my own', question('want'), { label: 'Your words' });
      await openPart(again.inventory, 'Parts of my strengths', 'My qualities');
      await expectPressed(again.inventory, { role: 'button', name: 'One of my top qualities: Humour' });
      await again.goals.find({ role: 'heading', name: 'Visit Mum', level: 3 });
      await again.goals.expectValue('Book the train', { css: '.rw-step-list' }, { label: 'What I will do' });
      await openPart(again.planner, 'Parts of my plan', 'Staying well');
      await again.planner.expectValue('Music in the evening', { role: 'region', name: TOOLBOX, exact: true }, { label: 'In my words' });
    });

    it('a saved copy opens again through the file input, in a fresh browser, as the same record (export-import.spec.js)', async () => {
      const driver = await browser();
      const { inventory, goals, planner } = await openPage(driver, SITE);
      await fillSome(inventory);
      await startGoal(goals, 'Visit Mum', { why: 'I miss her', area: 'Relationships and people around me' });
      await addStep(goals, 'Book the train', { who: 'Someone else', someone: 'Jo', by: '2026-12-05' });
      await addStep(goals, 'Pack the night before');
      await goals.click({ role: 'article' }, { role: 'button', name: 'I did it: Book the train' });
      await goals.click({ role: 'article' }, { role: 'button', name: 'Not this time: Pack the night before' });
      await openPart(planner, 'Parts of my plan', 'Staying safe in a crisis');
      await addContact(planner, 'People I can ask for help', 'Jo', '0400 123 456');
      const original = await storedRecord(driver);
      assert.deepEqual(
        original.goals[0].steps.map((s) => [s.target ?? null, s.done !== undefined, s.not_this_time === true]),
        [
          ['2026-12-05', true, false],
          [null, false, true],
        ],
      );

      const copy = await saveCopy(driver, inventory);
      assert.match(copy.name, /^my-recovery-answers-\d{4}-\d\d-\d\d\.json$/);
      assert.deepEqual(JSON.parse(copy.text), original);

      const fresh = await browser();
      const elsewhere = await openPage(fresh, SITE);
      await elsewhere.inventory.expectText('0 of 7 life areas have something written');
      const file = await elsewhere.inventory.find({ role: 'region', name: 'Keep a copy' }, { css: 'input[type=file]', hidden: true });
      await file.sendKeys(copy.path);
      const preview = { role: 'group', name: 'Open a saved copy' };
      await elsewhere.inventory.find(preview, { text: 'strengths: 3, wishes: 2, qualities: 2, priorities: 1' });
      await elsewhere.inventory.click(preview, { role: 'button', name: 'Replace with this copy' });
      await elsewhere.inventory.find({ role: 'status', text: 'Your saved copy is open.' });
      await elsewhere.inventory.expectText('3 of 7 life areas have something written');
      const opened = await storedRecord(fresh);
      assert.deepEqual({ ...opened, updated: original.updated }, original);
    });

    it('a goal with a step, its date and who helps, is kept as chosen (goals.spec.js)', async () => {
      const driver = await browser();
      const { goals } = await openPage(driver, SITE);
      await startGoal(goals, 'Sleep before midnight', { why: 'I feel calmer', area: 'Health and wellbeing' });
      await addStep(goals, 'Phone on the charger at ten', { who: 'Someone else', someone: 'Jo Smith', by: '2026-12-05' });
      const [goal] = (await storedRecord(driver)).goals;
      assert.deepEqual(normalised({ ...goal, history: [] }), {
        id: '<id 1>',
        text: 'Sleep before midnight',
        why: 'I feel calmer',
        domain: 'health',
        strengths: [],
        steps: [{ id: '<id 2>', what: 'Phone on the charger at ten', who: { someone: 'Jo Smith' }, target: '2026-12-05', updated: '<now>' }],
        state: 'active',
        reflection: { worked_well: '', learned: '', where_else: '' },
        history: [],
        updated: '<now>',
      });
      await goals.expectText('By when');
    });

    it("a check-in on the journey is kept: a life area's rating and what helped, in the stored record (journey.spec.js)", async () => {
      const driver = await browser();
      await openPage(driver, SITE);
      const journey = new Widget(driver, 'recovery-journey');
      await journey.ready('My journey');
      const money = { role: 'group', name: 'Money', exact: true };
      // A tap on the number, as tests/e2e/journey-page.js `rate` (its radio button covers it).
      const four = await journey.find(money, { role: 'radio', name: '4', exact: true });
      await four.click();
      await driver.wait(() => four.isSelected(), TIMEOUT, 'the rating never showed as chosen');
      await journey.fill([money, { label: 'What has helped? (if you like)' }], 'Talking to the money counsellor');
      await journey.expectText('4 out of 10: some good, some hard');
      const today = await driver.executeScript(() => {
        const d = new Date();
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      });
      let kept = null;
      await driver
        .wait(async () => {
          kept = (await storedRecord(driver))?.journey;
          return kept?.check_ins?.[0]?.areas?.[0]?.helped === 'Talking to the money counsellor';
        }, TIMEOUT)
        .catch(() => {
          throw new Error(`the check-in was not kept whole: ${JSON.stringify(kept)}`);
        });
      assert.deepEqual(normalised(kept), {
        check_ins: [
          {
            id: '<id 1>',
            date: today,
            areas: [{ domain: 'money', rating: 4, helped: 'Talking to the money counsellor' }],
            updated: '<now>',
          },
        ],
      });
    });

    it('planner contacts can be called or texted: tel: and sms: links (planner.spec.js)', async () => {
      const driver = await browser();
      const { planner } = await openPage(driver, SITE);
      const crisis = await planner.find({ role: 'link', name: /^Call Emergency/ });
      assert.equal(await crisis.getAttribute('href'), 'tel:000');
      await openPart(planner, 'Parts of my plan', 'Staying safe in a crisis');
      await addContact(planner, 'People I can ask for help', 'Jo (my sister)', '0400 123 456');
      await addContact(planner, 'People I can ask for help', 'Uncle Ray', '+61 2 5550 9876');
      const people = { role: 'region', name: 'People I can ask for help', exact: true };
      const href = async (name) => (await planner.find(people, { role: 'link', name, exact: true })).getAttribute('href');
      assert.equal(await href('Call Jo (my sister)'), 'tel:0400123456');
      assert.equal(await href('Text Jo (my sister)'), 'sms:0400123456');
      assert.equal(await href('Call Uncle Ray'), 'tel:+61255509876');
    });

    it('on a kiosk, "I\'m finished" clears every widget, and nothing is kept anywhere (kiosk.spec.js)', async () => {
      const driver = await browser();
      const { inventory, goals, planner } = await openPage(driver, SITE, '/kiosk.html');
      await fillAll({ inventory, goals, planner });
      await inventory.fill([question('want'), { label: 'Add in your own words' }], 'A half-written wish');
      assert.deepEqual(await everythingKept(driver), NOTHING);
      await inventory.expectText('This is a shared screen. Nothing you write here is kept');
      await inventory.expectCount(0, { role: 'button', name: 'Save a copy to this device' });

      const bar = { css: '.rw-kiosk-bar' };
      await goals.click(bar, { role: 'button', name: "I'm finished" });
      const finish = [bar, { role: 'group', name: "I'm finished" }];
      await goals.find(...finish, { text: 'you can print your answers or take them home on your phone' });
      await goals.click(...finish, { role: 'button', name: 'Clear everything now' });

      // Every widget back at its first screen, the keyboard at the top.
      await inventory.expectText('0 of 7 life areas have something written');
      await inventory.expectCount(0, question('haveNow'), { label: 'Your words' });
      await inventory.expectValue('', question('want'), { label: 'Add in your own words' });
      await goals.expectCount(0, { css: '.rw-goal-name' });
      await planner.expectCount(0, { label: 'In my words' });
      const top = await inventory.find({ role: 'heading', name: 'My strengths', level: 2 });
      await driver.wait(async () => (await (await focused(driver))?.getId()) === (await top.getId()), TIMEOUT, 'the keyboard is at the top');
      assert.deepEqual(await everythingKept(driver), NOTHING);
      const shown = await Promise.all([inventory.text(), goals.text(), planner.text()]);
      for (const words of WORDS) assert.ok(!shown.join('\n').includes(words), `"${words}" is gone from the screen`);
    });

    it('quick exit leaves at once, by button or Escape twice, and leaves no way back (quick-exit.spec.js, kiosk.spec.js)', async () => {
      const driver = await browser();
      // Another page first, then an everyday page whose host set a quick exit on each widget.
      await openPage(driver, SITE, '/csp.html');
      await openPage(driver, SITE);
      await setQuickExit(driver);
      let { inventory, planner } = await openPageAgain(driver);
      await addAnswer(inventory, 'haveNow', 'Something private');
      await press(driver, Key.ESCAPE);
      assert.equal(await driver.getCurrentUrl(), SITE, 'one Escape stays');
      await press(driver, Key.ESCAPE);
      await expectAddress(driver, NEUTRAL);
      // Quick exit replaces the page in history: back goes to the page before it.
      await driver.navigate().back();
      await expectAddress(driver, `${SITE}csp.html`);

      // The kiosk page, by its button.
      await openPage(driver, SITE, '/kiosk.html');
      await setQuickExit(driver);
      ({ inventory, planner } = await openPageAgain(driver));
      await addAnswer(inventory, 'haveNow', 'Something private');
      await planner.click({ role: 'button', name: 'Leave this page quickly' });
      await expectAddress(driver, NEUTRAL);
      await driver.navigate().back();
      await expectAddress(driver, `${SITE}csp.html`);
    });

    it('a take-home code is drawn, read from its pixels, and opened on "the phone" with every answer (take-home.spec.js)', async () => {
      const driver = await browser();
      const { inventory, goals, planner } = await openPage(driver, SITE, '/kiosk.html');
      await addAnswer(inventory, 'haveNow', 'I am good at listening');
      await openPart(inventory, 'Parts of my strengths', 'My qualities');
      await check(inventory, { role: 'checkbox', name: /^Kindness\b/ });
      await inventory.click({ role: 'button', name: 'One of my top qualities: Kindness' });
      await expectPressed(inventory, { role: 'button', name: 'One of my top qualities: Kindness' });
      await startGoal(goals, 'Sleep before midnight', { why: 'I feel calmer' });
      await addStep(goals, 'Phone on the charger at ten', { by: '2026-12-05' });
      await addStep(goals, 'Read before bed');
      await goals.click({ role: 'article' }, { role: 'button', name: 'Not this time: Read before bed' });
      await openPart(planner, 'Parts of my plan', 'Staying well');
      await addToPlan(planner, TOOLBOX, 'Music in the evening');

      const bar = { css: '.rw-kiosk-bar' };
      await goals.click(bar, { role: 'button', name: "I'm finished" });
      await goals.click(bar, { role: 'button', name: 'Take my answers home on my phone' });
      const code = await goals.find(bar, { role: 'img', name: "A code to scan with your phone's camera", exact: true });
      await drawn(driver);
      const link = await scan(driver, code);
      assert.ok(link.startsWith(`${SITE}index.html#rw1.1.1.`), `a link to the everyday page: ${link.slice(0, 60)}`);
      const carried = recordIn(link);
      assert.deepEqual(comparable(carried, { ids: false }), comparable(CARRIED_FROM_THE_KIOSK, { ids: false }));
      assert.deepEqual(await everythingKept(driver), NOTHING, 'making the code kept nothing on the kiosk');

      // The phone: a fresh browser opens the link, and adds what it carries.
      const phone = await browser();
      await phone.get(link);
      const { inventory: phoneInventory, goals: phoneGoals } = widgetsOn(phone);
      await phoneInventory.ready('My strengths');
      assert.equal(await phone.getCurrentUrl(), link.split('#')[0], 'the answers left the address');
      const preview = { role: 'group', name: 'Answers from a code' };
      await phoneInventory.find(preview, { text: 'strengths: 1, wishes: 0, qualities: 1, priorities: 0, goals: 1, steps: 2, plan entries: 1' });
      const add = await phoneInventory.find(preview, { role: 'button', name: 'Add it to what I have' });
      await phone.wait(async () => (await (await focused(phone))?.getId()) === (await add.getId()), TIMEOUT, 'the keyboard is on the choice');
      await add.click();
      await phoneInventory.find({ role: 'status', text: 'The answers from the code were added to what you had.' });
      assert.deepEqual(comparable(await savedRecord(phone)), comparable(carried));
      await phoneGoals.find({ css: '.rw-goal-name', text: 'Sleep before midnight', exact: true });
    });

    it('in Arabic every widget reads right to left, and the choice makes no request (languages.spec.js)', async () => {
      const driver = await browser();
      const arabic = JSON.parse(readFileSync(new URL('../../crates/core/lang/ar.json', import.meta.url), 'utf8'));
      const { inventory, goals, planner } = await openPage(driver, SITE, '/languages.html');
      const asked = () => driver.executeScript(() => performance.getEntriesByType('resource').length);
      const before = await asked();
      await inventory.choose({ label: 'Language' }, { value: 'ar' });
      for (const widget of [inventory, goals, planner]) {
        await driver.wait(async () => (await (await widget.find({ css: '.rw-root' })).getAttribute('dir')) === 'rtl', TIMEOUT, `<${widget.tag}> never turned right to left`);
        assert.equal(await (await widget.find({ css: '.rw-root' })).getAttribute('lang'), 'ar');
      }
      await inventory.find({ role: 'heading', name: arabic['inventory.title'], level: 2 });
      // Mirrored: the list of life areas stands to the right of the area it opens.
      const areas = await (await inventory.find({ role: 'navigation', name: arabic['area.list_label'] })).getRect();
      const area = await (await inventory.find({ role: 'heading', name: arabic['domain.daily-living'], level: 3 })).getRect();
      assert.ok(areas.x > area.x + area.width - 1, `the areas (x ${areas.x}) stand right of the area (right edge ${area.x + area.width})`);
      // A phone number reads left to right inside an Arabic sentence.
      assert.match(await (await planner.find({ css: 'a[href="tel:131114"]' })).getText(), /13 11 14/);
      assert.equal(await asked(), before, 'choosing a language asked the server for nothing');
      await drawn(driver);
      writeFileSync(join(RESULTS, `${engineKey}-arabic.png`), await driver.takeScreenshot(), 'base64');
    });

    it('the whole inventory can be completed with the keyboard alone (keyboard.spec.js)', async () => {
      const driver = await browser();
      const { inventory } = await openPage(driver, SITE);
      const where = [question('haveNow'), { label: 'Where is this strength?' }];

      // A strength in the first area, tagged.
      await tabTo(inventory, [question('haveNow'), { label: 'Add in your own words' }]);
      await type(driver, 'I am good with animals');
      await press(driver, Key.TAB);
      await press(driver, Key.ENTER);
      await inventory.expectValue('I am good with animals', question('haveNow'), { label: 'Your words' });
      // Back to the box for its kind, just above (not round the whole page: see tabTo).
      await tabTo(inventory, where, { backwards: true });
      await press(driver, Key.ARROW_DOWN);
      await inventory.expectValue('individual', ...where);

      // Another area, a wish, made a priority.
      await tabTo(inventory, [{ role: 'navigation', name: 'Choose a life area' }, { role: 'button', name: 'Work, study and volunteering' }], { backwards: true });
      await press(driver, Key.ENTER);
      await inventory.find({ role: 'heading', name: 'Work, study and volunteering', level: 3 });
      await tabTo(inventory, [question('want'), { label: 'Add in your own words' }]);
      await type(driver, 'Volunteer at the animal shelter');
      await press(driver, Key.TAB);
      await press(driver, Key.ENTER);
      const priority = [question('want'), { role: 'checkbox', name: 'One of my priorities' }];
      await tabTo(inventory, priority, { backwards: true });
      await press(driver, Key.SPACE);
      await driver.wait(async () => (await inventory.find(...priority)).isSelected(), TIMEOUT, 'the wish is a priority');
      await tabTo(inventory, { role: 'checkbox', name: 'This life area is one of my priorities' });
      await press(driver, Key.SPACE);

      // Qualities: choose one and star it.
      await tabTo(inventory, [{ role: 'navigation', name: 'Parts of my strengths' }, { role: 'button', name: 'My qualities', exact: true }], { backwards: true });
      await press(driver, Key.ENTER);
      await tabTo(inventory, { role: 'checkbox', name: /^Patience\b/ });
      await press(driver, Key.SPACE);
      await driver.wait(async () => (await inventory.find({ role: 'checkbox', name: /^Patience\b/ })).isSelected(), TIMEOUT, 'Patience is ticked');
      await press(driver, Key.TAB);
      await press(driver, Key.ENTER);
      await expectPressed(inventory, { role: 'button', name: 'One of my top qualities: Patience' });

      // Priorities: put the area first, with the keyboard staying on the moved item.
      await tabTo(inventory, [{ role: 'navigation', name: 'Parts of my strengths' }, { role: 'button', name: 'My priorities', exact: true }], { backwards: true });
      await press(driver, Key.ENTER);
      await tabTo(inventory, { role: 'button', name: 'Move up: Work, study and volunteering', exact: true });
      await press(driver, Key.ENTER);
      await inventory.find({ role: 'status', text: '“Work, study and volunteering” is now number 1.', exact: true });
      const moveDown = await inventory.find({ role: 'button', name: 'Move down: Work, study and volunteering', exact: true });
      await driver.wait(async () => (await (await focused(driver))?.getId()) === (await moveDown.getId()), TIMEOUT, 'the keyboard stays on the moved item');

      // The summary shows it all.
      await tabTo(inventory, [{ role: 'navigation', name: 'Parts of my strengths' }, { role: 'button', name: 'My summary', exact: true }], { backwards: true });
      await press(driver, Key.ENTER);
      const summary = { role: 'region', name: 'My strengths profile' };
      for (const words of ['I am good with animals', 'Volunteer at the animal shelter', 'Patience']) await inventory.find(summary, { text: words });

      const stored = await storedRecord(driver);
      assert.equal(stored.inventory.domains.find((d) => d.domain === 'daily-living').have_now[0].kind, 'individual');
      assert.deepEqual(stored.inventory.qualities.map(({ quality, top }) => ({ quality, top })), [{ quality: 'patience', top: true }]);
      assert.deepEqual(stored.inventory.priorities.map((p) => p.domain), ['work-study', 'work-study']);
    });
  });
}

/** tests/e2e/kiosk-page.js `fillAll` and its `WORDS`. */
const WORDS = ['I am good at listening', 'Sleep before midnight', 'Music in the evening'];
async function fillAll({ inventory, goals, planner }) {
  await addAnswer(inventory, 'haveNow', WORDS[0]);
  await startGoal(goals, WORDS[1]);
  await openPart(planner, 'Parts of my plan', 'Staying well');
  await addToPlan(planner, TOOLBOX, WORDS[2]);
}

/** The host sets a quick exit, to the neutral page, on every widget on the page. */
function setQuickExit(driver) {
  return driver.executeScript(
    (address) => document.querySelectorAll('strengths-inventory, goal-builder, warning-sign-planner').forEach((w) => w.setAttribute('quick-exit', address)),
    NEUTRAL,
  );
}

/** The widgets of the page already open, once each is ready again (after a setting changed). */
async function openPageAgain(driver) {
  const widgets = widgetsOn(driver);
  await widgets.planner.find({ role: 'button', name: 'Leave this page quickly' });
  await widgets.inventory.ready('My strengths');
  await widgets.goals.ready('My goals');
  return widgets;
}

/**
 * Saves a copy through the person's button, and returns the file: its name, its text and where
 * it is (the session's downloads folder: engines.mjs).
 */
async function saveCopy(driver, inventory) {
  const folder = driver.downloads;
  const before = new Set(readdirSync(folder));
  await inventory.click({ role: 'region', name: 'Keep a copy' }, { role: 'button', name: 'Save a copy to this device' });
  let name;
  await driver.wait(
    () => (name = readdirSync(folder).find((file) => !before.has(file) && file.endsWith('.json'))),
    TIMEOUT,
    `no copy was saved in ${folder}`,
  );
  const path = join(folder, name);
  let text = '';
  await driver.wait(() => {
    text = readFileSync(path, 'utf8');
    return text.trimEnd().endsWith('}');
  }, TIMEOUT);
  return { name, text, path };
}

// What `fillSome`, a goal with a step and a toolbox entry write, whole: every time made during
// the test is "<now>", every id "<id N>" in order of appearance (whole-record.js).
const EXPECTED_AFTER_FILLING = {
  ...NEW_RECORD,
  inventory: {
    domains: [
      {
        domain: 'daily-living',
        have_now: [{ id: '<id 1>', text: 'I cook a good curry', kind: 'individual', updated: '<now>' }],
        want: [{ id: '<id 2>', text: 'A garden of my own', updated: '<now>' }],
        helped_before: [],
      },
      {
        domain: 'relationships',
        have_now: [{ id: '<id 3>', text: 'My sister Jo calls every Sunday', kind: 'interpersonal', updated: '<now>' }],
        want: [],
        helped_before: [{ id: '<id 4>', text: 'The peer group at the library', updated: '<now>' }],
      },
      { domain: 'money', have_now: [], want: [{ id: '<id 5>', text: 'Save for a trip to see Mum', updated: '<now>' }], helped_before: [] },
    ],
    qualities: [
      { quality: 'kindness', top: false, updated: '<now>' },
      { quality: 'humour', top: true, updated: '<now>' },
    ],
    priorities: [{ id: '<id 6>', domain: 'money', wish: '<id 5>', updated: '<now>' }],
  },
  goals: [
    {
      id: '<id 7>',
      text: 'Visit Mum',
      why: 'I miss her',
      strengths: [],
      steps: [{ id: '<id 8>', what: 'Book the train', updated: '<now>' }],
      state: 'active',
      reflection: { worked_well: '', learned: '', where_else: '' },
      history: [{ at: '<now>', change: 'started' }],
      updated: '<now>',
    },
  ],
  plan: { toolbox: [{ id: '<id 9>', text: 'Music in the evening', updated: '<now>' }] },
};
