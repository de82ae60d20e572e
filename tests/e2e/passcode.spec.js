import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { InventoryPage } from './inventory-page.js';
import { PasscodePage, WIDGETS, storedEverywhere, wordsInStorage } from './passcode-page.js';
import { validateRecord } from './record-schema.js';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const validateEnvelope = new Ajv2020({ strict: true, allErrors: true }).compile(
  JSON.parse(readFileSync(new URL('../../schema/locked-v1.schema.json', import.meta.url), 'utf8')),
);

// An optional passcode (issue #22): the record, its drafts and any text set aside are stored
// locked (AES-GCM under a key from PBKDF2-SHA-256, all through the browser's WebCrypto), and
// every widget shows only the passcode box, the crisis lines and quick exit until the person
// opens it in that tab.

const PASSCODE = 'river stones 42';
const ANSWER = 'Marigold seedlings on the sill';
const DRAFT = 'Half a thought about quokkas';
const SET_ASIDE = 'Zephyr wrote this before it broke';
const LATER = 'Kookaburra mornings';
const WORDS = ['Marigold', 'quokkas', 'Zephyr', 'Kookaburra'];
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Notes every request the page makes once the widgets are ready, other than loading the page
 * again (a reload asks for the same files, with GET, and nothing else). */
function watchRequests(page) {
  const seen = { ready: false, loading: new Set(), after: [] };
  page.on('request', (request) => {
    const what = `${request.method()} ${request.url()}`;
    if (!seen.ready) seen.loading.add(what);
    else if (!seen.loading.has(what)) seen.after.push(what);
  });
  return seen;
}

test('a passcode locks every widget, opens only with the passcode, and nothing typed is stored in plain text', async ({ page }) => {
  test.setTimeout(120_000);
  // A stored text that cannot be read is set aside; it must be locked with the rest.
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('recovery-widgets:harbourside:record', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, `{"format": "recovery-widgets/record", "${SET_ASIDE}`);
  const requests = watchRequests(page);
  const inventory = new InventoryPage(page);
  await inventory.open();
  requests.ready = true;
  await inventory.addAnswer('haveNow', ANSWER);
  await inventory.question('want').getByLabel('Add in your own words').fill(DRAFT);
  const lock = new PasscodePage(page);
  expect((await wordsInStorage(page, WORDS)).length).toBeGreaterThan(0); // the check can see words

  await lock.set(PASSCODE);
  await expect.poll(() => wordsInStorage(page, WORDS)).toEqual([]);
  const stored = await storedEverywhere(page);
  expect(Object.keys(stored.localStorage).sort()).toEqual(
    expect.arrayContaining([lock.recordKey(), `${lock.recordKey()}:drafts`]),
  );
  const setAside = Object.keys(stored.localStorage).filter((k) => k.includes(':unreadable:'));
  expect(setAside).toHaveLength(1);
  expect(Object.keys(await lock.envelopes()).sort()).toEqual(
    [lock.recordKey(), `${lock.recordKey()}:drafts`, setAside[0]].sort(),
  );

  // Reloaded: every widget is locked, shows the crisis lines, and holds none of the words.
  await page.reload();
  for (const tag of WIDGETS) {
    const widget = new PasscodePage(page, { widget: tag });
    await expect(widget.lockedHeading()).toBeVisible();
    await expect(widget.widget.getByRole('heading', { name: 'Need help now?' })).toBeVisible();
    await expect(widget.widget.getByLabel('Passcode', { exact: true })).toBeVisible();
    const shown = await page.locator(tag).evaluate((el) => el.shadowRoot.textContent);
    for (const word of WORDS) expect(shown, tag).not.toContain(word);
  }
  await expect(inventory.widget.getByRole('heading', { name: 'My strengths' })).toHaveCount(0);

  // A wrong passcode says so gently; the right one opens every widget on the page.
  await lock.unlock('river stones 24');
  await expect(inventory.widget.getByText('That passcode did not open them. Take your time and try again.')).toBeVisible({ timeout: 15_000 });
  await expect(lock.lockedHeading()).toBeVisible();
  await lock.unlock(PASSCODE);
  await inventory.ready();
  await expect(inventory.answers('haveNow')).toHaveValue(ANSWER);
  await expect(inventory.question('want').getByLabel('Add in your own words')).toHaveValue(DRAFT);
  await expect(page.locator('goal-builder').getByRole('heading', { name: 'My goals', level: 2 })).toBeVisible();

  // An edit is saved locked, with a fresh nonce, and is there after a reload.
  const before = (await lock.envelopes())[lock.recordKey()];
  await inventory.addAnswer('want', LATER);
  await expect.poll(async () => (await lock.envelopes())[lock.recordKey()].ciphertext).not.toBe(before.ciphertext);
  await lock.settled();
  await page.reload();
  await expect(lock.lockedHeading()).toBeVisible();
  await lock.unlock(PASSCODE);
  await inventory.ready();
  await expect(inventory.answers('haveNow')).toHaveValue(ANSWER);
  await expect(inventory.answers('want')).toHaveValue(LATER);
  await expect.poll(() => wordsInStorage(page, WORDS)).toEqual([]);
  expect(requests.after).toEqual([]);
});

test('the stored envelope is the documented one: PBKDF2-SHA-256, 600,000 iterations, one salt, a fresh nonce each save', async ({ page }) => {
  test.setTimeout(60_000);
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.addAnswer('haveNow', ANSWER);
  const lock = new PasscodePage(page);
  await lock.set(PASSCODE);
  const first = (await lock.envelopes())[lock.recordKey()];
  await inventory.addAnswer('want', LATER);
  await expect.poll(async () => (await lock.envelopes())[lock.recordKey()].ciphertext).not.toBe(first.ciphertext);
  const second = (await lock.envelopes())[lock.recordKey()];
  const bytes = (b64) => Buffer.from(b64, 'base64').length;
  for (const envelope of [first, second]) {
    expect(Object.keys(envelope).sort()).toEqual(['cipher', 'ciphertext', 'format', 'holds', 'kdf', 'lock_version']);
    expect(envelope).toMatchObject({ format: 'recovery-widgets/locked', lock_version: 1, holds: 'record' });
    expect(envelope.kdf.name).toBe('PBKDF2-SHA-256');
    expect(envelope.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(envelope.cipher.name).toBe('AES-GCM-256');
    expect(bytes(envelope.kdf.salt)).toBe(16);
    expect(bytes(envelope.cipher.nonce)).toBe(12);
    expect(validateEnvelope(envelope), JSON.stringify(validateEnvelope.errors)).toBe(true);
  }
  expect(second.kdf.salt).toBe(first.kdf.salt);
  expect(second.cipher.nonce).not.toBe(first.cipher.nonce);

  // The browser's own WebCrypto opens it with the passcode: the record inside is whole.
  const opened = await page.evaluate(async ({ envelope, passcode }) => {
    const b = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
    const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passcode), 'PBKDF2', false, ['deriveKey']);
    const key = await crypto.subtle.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt: b(envelope.kdf.salt), iterations: envelope.kdf.iterations },
      base, { name: 'AES-GCM', length: 256 }, false, ['decrypt'],
    );
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: b(envelope.cipher.nonce), additionalData: new TextEncoder().encode('recovery-widgets/locked:1:record') },
      key, b(envelope.ciphertext),
    );
    return JSON.parse(new TextDecoder().decode(plain));
  }, { envelope: second, passcode: PASSCODE });
  expect(opened.format).toBe('recovery-widgets/record');
  expect(validateRecord(opened).errors).toEqual([]);
  const texts = opened.inventory.domains.flatMap((d) => [...d.have_now, ...d.want].map((e) => e.text));
  expect(texts.sort()).toEqual([LATER, ANSWER].sort());
});

test('another tab locks with this one, and unlocking is per tab', async ({ context }) => {
  test.setTimeout(90_000);
  const first = new InventoryPage(await context.newPage());
  const second = new InventoryPage(await context.newPage());
  await first.open();
  await second.open();
  await first.addAnswer('haveNow', ANSWER);
  await expect(second.answers('haveNow')).toHaveValue(ANSWER);
  const firstLock = new PasscodePage(first.page);
  const secondLock = new PasscodePage(second.page);

  // Setting a passcode in one tab locks the other.
  await firstLock.set(PASSCODE);
  await expect(secondLock.lockedHeading()).toBeVisible();
  await expect(first.answers('haveNow')).toHaveValue(ANSWER);

  // Opened in both, the tabs still follow each other's edits, decrypted in memory only.
  await secondLock.unlock(PASSCODE);
  await second.ready();
  await second.addAnswer('want', LATER);
  await expect(first.answers('want')).toHaveValue(LATER);
  await first.question('helpedBefore').getByLabel('Add in your own words').fill(DRAFT);
  await expect.poll(() => wordsInStorage(first.page, WORDS)).toEqual([]);

  // "Lock now" in one tab locks the other; opening one leaves the other locked.
  await firstLock.lockNow();
  await expect(secondLock.lockedHeading()).toBeVisible();
  await firstLock.unlock(PASSCODE);
  await first.ready();
  await expect(first.answers('want')).toHaveValue(LATER);
  await expect(secondLock.lockedHeading()).toBeVisible();
  await secondLock.unlock(PASSCODE);
  await second.ready();
  await expect(second.question('helpedBefore').getByLabel('Add in your own words')).toHaveValue(DRAFT);
});

test('it locks again after the time the person chose, and when the page is hidden for a minute', async ({ page }) => {
  test.setTimeout(90_000);
  await page.clock.install();
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.addAnswer('haveNow', ANSWER);
  const lock = new PasscodePage(page);
  await lock.set(PASSCODE);
  await expect(lock.panel().getByLabel('Lock again when I leave it for')).toHaveValue('5');
  await lock.panel().getByLabel('Lock again when I leave it for').selectOption('15');

  // Left alone: still open at 14 minutes 58 seconds (the clock is checked each second),
  // locked at 15.
  await page.clock.runFor(14 * 60_000 + 58_000);
  await expect(inventory.answers('haveNow')).toHaveValue(ANSWER);
  await page.clock.runFor(3_000);
  await expect(lock.lockedHeading()).toBeVisible();
  const shown = await inventory.widget.evaluate((el) => el.shadowRoot.textContent);
  expect(shown).not.toContain('Marigold');

  // The choice is kept; the idle clock starts again when it is opened.
  await lock.unlock(PASSCODE);
  await inventory.ready();
  await expect(lock.panel().getByLabel('Lock again when I leave it for')).toHaveValue('15');
  await page.clock.runFor(5 * 60_000);
  await expect(inventory.answers('haveNow')).toHaveValue(ANSWER);

  // Hidden (another app, the screen off): locked after a minute.
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.clock.runFor(58_000);
  await expect(inventory.answers('haveNow')).toHaveValue(ANSWER);
  await page.clock.runFor(3_000);
  await expect(lock.lockedHeading()).toBeVisible();
});

test('a tab left alone locks itself, not the tab in use; a page a phone froze while hidden is locked on return', async ({ context }) => {
  test.setTimeout(90_000);
  const first = new InventoryPage(await context.newPage());
  const second = new InventoryPage(await context.newPage());
  await first.page.clock.install();
  await first.open();
  await second.open();
  await first.addAnswer('haveNow', ANSWER);
  const firstLock = new PasscodePage(first.page);
  const secondLock = new PasscodePage(second.page);
  await firstLock.set(PASSCODE);
  await secondLock.unlock(PASSCODE);
  await second.ready();

  // The person works in the second tab; the first is left alone for five minutes.
  await first.page.clock.runFor(4 * 60_000);
  await second.question('want').getByLabel('Add in your own words').pressSequentially('Kook');
  await first.page.clock.runFor(2 * 60_000);
  await expect(firstLock.lockedHeading()).toBeVisible();
  // The tab in use stays open, the words being typed still there.
  await expect(second.question('want').getByLabel('Add in your own words')).toHaveValue('Kook');
  await expect(secondLock.lockedHeading()).toBeHidden();

  // Hidden, then frozen (no timer runs) for two minutes, as a phone does; back on screen it
  // is locked before the answers show again.
  await second.page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  const now = await second.page.evaluate(() => Date.now());
  await second.page.clock.setSystemTime(now + 2 * 60_000);
  await second.page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(secondLock.lockedHeading()).toBeVisible();
});

test('wrong passcodes are slowed gently, never locked out', async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.install();
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.addAnswer('haveNow', ANSWER);
  const lock = new PasscodePage(page);
  await lock.set(PASSCODE);
  await page.reload();
  const wrong = inventory.widget.getByText('That passcode did not open them. Take your time and try again.');
  const wait = inventory.widget.getByText('You can try again in a few seconds.');
  const box = inventory.widget.getByLabel('Passcode', { exact: true });
  for (let i = 0; i < 3; i++) {
    await lock.unlock(`wrong ${i}`);
    await expect(wrong).toBeVisible({ timeout: 15_000 });
    await expect(box).toHaveValue('');
    await expect(wait).toHaveCount(0);
  }
  // After the third wrong try in a row, the next waits two seconds (and says so); then it is
  // tried as usual. Nothing is ever locked out.
  await lock.unlock(PASSCODE);
  await expect(wait).toBeVisible();
  await expect(lock.lockedHeading()).toBeVisible();
  await page.clock.runFor(1_500);
  await lock.unlock(PASSCODE);
  await expect(wait).toBeVisible();
  await page.clock.runFor(600);
  await lock.unlock(PASSCODE);
  await inventory.ready();
  await expect(inventory.answers('haveNow')).toHaveValue(ANSWER);
});

test('the passcode can be changed and removed, and nothing is lost either way', async ({ page }) => {
  test.setTimeout(120_000);
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.addAnswer('haveNow', ANSWER);
  await inventory.question('want').getByLabel('Add in your own words').fill(DRAFT);
  const lock = new PasscodePage(page);
  await lock.set(PASSCODE);
  await lock.change('a new passcode 7');
  await expect.poll(() => wordsInStorage(page, WORDS)).toEqual([]);

  await page.reload();
  await lock.unlock(PASSCODE);
  await expect(inventory.widget.getByText('That passcode did not open them.', { exact: false })).toBeVisible({ timeout: 15_000 });
  await lock.unlock('a new passcode 7');
  await inventory.ready();
  await expect(inventory.answers('haveNow')).toHaveValue(ANSWER);
  await expect(inventory.question('want').getByLabel('Add in your own words')).toHaveValue(DRAFT);

  await lock.panel().getByRole('button', { name: 'Remove the passcode' }).click();
  await expect(lock.panel().getByText('The passcode is removed.', { exact: false })).toBeVisible();
  expect(await lock.envelopes()).toEqual({});
  const record = await inventory.storedRecord();
  expect(record.inventory.domains.flatMap((d) => d.have_now.map((e) => e.text))).toEqual([ANSWER]);
  await page.reload();
  await inventory.ready();
  await expect(inventory.answers('haveNow')).toHaveValue(ANSWER);
  await expect(inventory.question('want').getByLabel('Add in your own words')).toHaveValue(DRAFT);
});

test('a plain save by a page that does not know the passcode is locked again, not taken for its removal', async ({ context }) => {
  test.setTimeout(90_000);
  const first = new InventoryPage(await context.newPage());
  const second = new InventoryPage(await context.newPage());
  await first.open();
  await second.open();
  await first.addAnswer('haveNow', ANSWER);
  const firstLock = new PasscodePage(first.page);
  const secondLock = new PasscodePage(second.page);
  await expect.poll(() => first.page.evaluate((key) => localStorage.getItem(key), firstLock.recordKey())).toContain('Marigold');
  const plain = await first.page.evaluate((key) => localStorage.getItem(key), firstLock.recordKey());
  await firstLock.set(PASSCODE);
  await expect(secondLock.lockedHeading()).toBeVisible();

  // An older version of the page, open in the second tab, saves the record as it knows it:
  // in plain text (stood in for by writing it there).
  await second.page.evaluate(([key, text]) => localStorage.setItem(key, text), [firstLock.recordKey(), plain]);
  // The first tab keeps its passcode and stores the record locked again.
  await expect.poll(() => wordsInStorage(first.page, WORDS)).toEqual([]);
  expect(Object.keys(await firstLock.envelopes())).toContain(firstLock.recordKey());
  await expect(first.answers('haveNow')).toHaveValue(ANSWER);
  await expect(firstLock.lockedHeading()).toBeHidden();
  await expect(secondLock.lockedHeading()).toBeVisible();

  // A real removal in the first tab is followed by the second.
  await firstLock.panel().getByRole('button', { name: 'Remove the passcode' }).click();
  await expect(firstLock.panel().getByText('The passcode is removed.', { exact: false })).toBeVisible();
  await expect(secondLock.lockedHeading()).toBeHidden();
  await expect(second.answers('haveNow')).toHaveValue(ANSWER);
});

test('a forgotten passcode starts again only after a clear choice, with the locked copy offered first', async ({ page }) => {
  test.setTimeout(60_000);
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.addAnswer('haveNow', ANSWER);
  const lock = new PasscodePage(page);
  await lock.set(PASSCODE);
  const stored = (await storedEverywhere(page)).localStorage[lock.recordKey()];
  await page.reload();
  await inventory.widget.getByRole('button', { name: 'I forgot my passcode' }).click();
  await expect(inventory.widget.getByText('No one can open your answers without the passcode.', { exact: false })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    inventory.widget.getByRole('button', { name: 'Save the locked copy first' }).click(),
  ]);
  const { readFile } = await import('node:fs/promises');
  expect(await readFile(await download.path(), 'utf8')).toBe(stored);
  expect(download.suggestedFilename()).toMatch(/^my-recovery-answers-locked-\d{4}-\d{2}-\d{2}\.json$/);

  // "Keep them locked" keeps them; only the clear "Yes" removes them.
  await inventory.widget.getByRole('button', { name: 'Keep them locked' }).click();
  expect((await storedEverywhere(page)).localStorage[lock.recordKey()]).toBe(stored);
  await inventory.widget.getByRole('button', { name: 'I forgot my passcode' }).click();
  await inventory.widget.getByRole('button', { name: 'Yes, remove my locked answers and start again' }).click();
  await inventory.ready();
  await expect(inventory.answers('haveNow')).toHaveCount(0);
  expect(await lock.envelopes()).toEqual({});
});

test('the locked view has no accessibility violations, and works from the keyboard', async ({ page }) => {
  test.setTimeout(60_000);
  const inventory = new InventoryPage(page);
  await inventory.open();
  const lock = new PasscodePage(page);
  await lock.set(PASSCODE);
  const set = await new AxeBuilder({ page }).include('strengths-inventory').withTags(WCAG).analyze();
  expect(set.violations.map((v) => v.id)).toEqual([]);
  await page.reload();
  await expect(lock.lockedHeading()).toBeVisible();
  await inventory.widget.getByRole('button', { name: 'I forgot my passcode' }).click();
  for (const tag of WIDGETS) {
    const results = await new AxeBuilder({ page }).include(tag).withTags(WCAG).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), tag).toEqual([]);
  }
  await inventory.widget.getByLabel('Passcode', { exact: true }).focus();
  await page.keyboard.type(PASSCODE);
  await page.keyboard.press('Enter');
  await inventory.ready();
});

test('under the strict Content-Security-Policy a passcode sets, locks and opens with no violation', async ({ page }) => {
  test.setTimeout(60_000);
  const violations = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (v) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} blocked ${e.blockedURI}`));
  });
  const requests = watchRequests(page);
  const inventory = new InventoryPage(page, { namespace: 'csp-demo' });
  await inventory.open('/csp.html');
  requests.ready = true;
  await inventory.addAnswer('haveNow', ANSWER);
  const lock = new PasscodePage(page, { namespace: 'csp-demo' });
  await lock.set(PASSCODE);
  await page.reload();
  await expect(lock.lockedHeading()).toBeVisible();
  await expect(page.locator('warning-sign-planner').locator('.rw-crisis a').first()).toHaveAttribute('href', 'tel:0255501234');
  await lock.unlock(PASSCODE);
  await inventory.ready();
  await expect(inventory.answers('haveNow')).toHaveValue(ANSWER);
  await expect.poll(() => wordsInStorage(page, WORDS)).toEqual([]);
  expect(violations).toEqual([]);
  expect(requests.after).toEqual([]);
});

test('the locked view keeps quick exit', async ({ page }) => {
  test.setTimeout(60_000);
  await page.route('**/quick.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="en"><title>Quick</title><script type="module" src="/widgets/widgets.js"></script><strengths-inventory namespace="quick" quick-exit="https://example.org/"></strengths-inventory>',
    }),
  );
  const inventory = new InventoryPage(page, { namespace: 'quick' });
  await inventory.open('/quick.html');
  const lock = new PasscodePage(page, { namespace: 'quick' });
  await lock.set(PASSCODE);
  await page.reload();
  await expect(lock.lockedHeading()).toBeVisible();
  await expect(inventory.widget.getByRole('button', { name: 'Leave this page quickly' })).toBeVisible();
});

test('a locked copy saves encrypted, and opens elsewhere only with the passcode, whole', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.fillSome();
  await inventory.openPart('Life areas');
  await inventory.openArea('Daily living and home');
  await inventory.addAnswer('helpedBefore', ANSWER);
  const lock = new PasscodePage(page);
  await lock.set(PASSCODE);
  // The usual file is still there to choose, in plain JSON.
  const plain = await inventory.exportCopy();
  const original = JSON.parse(plain.text);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    lock.panel().getByRole('button', { name: 'Save a locked copy (it opens with my passcode)' }).click(),
  ]);
  const { readFile } = await import('node:fs/promises');
  const lockedText = await readFile(await download.path(), 'utf8');
  expect(download.suggestedFilename()).toMatch(/^my-recovery-answers-locked-\d{4}-\d{2}-\d{2}\.json$/);
  const envelope = JSON.parse(lockedText);
  expect(validateEnvelope(envelope), JSON.stringify(validateEnvelope.errors)).toBe(true);
  expect(envelope.holds).toBe('record');
  for (const word of ['Marigold', 'curry', 'garden', 'Jo calls']) expect(lockedText).not.toContain(word);

  // In a fresh browser with no passcode: the copy asks for its passcode, refuses a wrong one.
  const fresh = await browser.newContext();
  const elsewhere = new InventoryPage(await fresh.newPage());
  await elsewhere.open();
  await elsewhere.chooseFile(download.suggestedFilename(), lockedText);
  await expect(elsewhere.widget.getByText('This copy is locked. Type its passcode to open it.')).toBeVisible();
  await elsewhere.widget.getByLabel('Passcode', { exact: true }).fill('not the passcode');
  await elsewhere.widget.getByRole('button', { name: 'Open this copy' }).click();
  await expect(elsewhere.widget.getByText('That passcode did not open them.', { exact: false })).toBeVisible({ timeout: 15_000 });
  await elsewhere.widget.getByLabel('Passcode', { exact: true }).fill(PASSCODE);
  await elsewhere.widget.getByRole('button', { name: 'Open this copy' }).click();
  const preview = elsewhere.widget.getByRole('group', { name: 'Open a saved copy' });
  await expect(preview).toContainText('strengths: 4, wishes: 2, qualities: 2, priorities: 1', { timeout: 15_000 });
  await preview.getByRole('button', { name: 'Replace with this copy' }).click();
  await expect(elsewhere.answers('helpedBefore')).toHaveCount(1);
  // The same record, word for word and time for time.
  const opened = await elsewhere.storedRecord();
  expect({ ...opened, updated: original.updated }).toEqual(original);
  await fresh.close();
});

/**
 * Two tabs of one record with a passcode set in the first and opened in the second, each with
 * unfinished words in an "add" box (the first in the inventory, the second in the planner),
 * stored locked.
 */
async function twoOpenTabsWithUnfinishedWords(context) {
  const first = new InventoryPage(await context.newPage());
  await first.open();
  const firstLock = new PasscodePage(first.page);
  await firstLock.set(PASSCODE);
  const second = new InventoryPage(await context.newPage());
  await second.page.goto('/');
  const secondLock = new PasscodePage(second.page);
  await expect(secondLock.lockedHeading()).toBeVisible();
  await secondLock.unlock(PASSCODE);
  await second.ready();

  const firstBox = first.question('want').getByLabel('Add in your own words');
  await firstBox.pressSequentially('Half a thought in the first tab');
  await firstLock.settled();
  const secondBox = second.page.locator('warning-sign-planner').getByLabel('Add in your own words').first();
  await secondBox.pressSequentially('A sign from the second tab');
  await secondLock.settled();
  expect(await wordsInStorage(first.page, ['Half a thought', 'A sign from'])).toEqual([]);
  return { first, firstLock, firstBox, second, secondLock, secondBox };
}

test('with a passcode, unfinished words in one tab survive typing in another tab and a reload', async ({ context }) => {
  test.setTimeout(90_000);
  const { first, firstLock, firstBox, second, secondLock, secondBox } = await twoOpenTabsWithUnfinishedWords(context);

  for (const [tab, lock] of [[first, firstLock], [second, secondLock]]) {
    await tab.page.reload();
    await lock.unlock(PASSCODE);
    await tab.ready();
  }
  await expect(firstBox).toHaveValue('Half a thought in the first tab');
  await expect(secondBox).toHaveValue('A sign from the second tab');
});

test('changing or removing the passcode in one tab keeps the unfinished words of another', async ({ context }) => {
  test.setTimeout(120_000);
  const { first, firstLock, firstBox, second, secondLock, secondBox } = await twoOpenTabsWithUnfinishedWords(context);

  // Changed in the first tab: the second locks, and its words wait under the new passcode.
  await firstLock.change('a new passcode 7');
  await expect(secondLock.lockedHeading()).toBeVisible();
  expect(await wordsInStorage(first.page, ['Half a thought', 'A sign from'])).toEqual([]);
  for (const [tab, lock] of [[first, firstLock], [second, secondLock]]) {
    await tab.page.reload();
    await lock.unlock('a new passcode 7');
    await tab.ready();
  }
  await expect(firstBox).toHaveValue('Half a thought in the first tab');
  await expect(secondBox).toHaveValue('A sign from the second tab');

  // Removed in the first tab: every unfinished word is kept, in plain text again.
  await firstLock.panel().getByRole('button', { name: 'Remove the passcode' }).click();
  await expect(firstLock.panel().getByText('The passcode is removed.', { exact: false })).toBeVisible();
  await expect.poll(() => wordsInStorage(first.page, ['Half a thought', 'A sign from'])).toHaveLength(2);
  await second.page.reload();
  await second.ready();
  await expect(secondBox).toHaveValue('A sign from the second tab');
});
