// Quick exit: Escape pressed twice within a second leaves at once for the host's neutral
// address. A key held down, a key pressed while composing a character, and Escape while the
// kiosk asks "Are you still there?" do not count (src/kiosk/quick_exit.rs, docs/privacy.md). It works on
// an everyday page too, and an address that is not http or https is refused.
import { test, expect } from '@playwright/test';
import { NEUTRAL, WORDS, everythingShown, fillAll, openKiosk } from './kiosk-page.js';
import { InventoryPage } from './inventory-page.js';
import { serveDemoWith } from './host-page.js';

const START = new Date('2026-12-01T09:00:00.000Z');
const ON_KIOSK = /127\.0\.0\.1:\d+\/kiosk\.html$/;

/** Stops the page's clock before the page loads: the test says when each press happens. */
async function stopTheClock(page) {
  await page.clock.install({ time: START });
  await page.clock.pauseAt(new Date(START.getTime() + 60_000));
}

/** Notes every Escape key press the page hears, as the page hears it. */
async function noteEscapes(page) {
  await page.addInitScript(() => {
    window.__escapes = [];
    document.addEventListener(
      'keydown',
      (e) => e.key === 'Escape' && window.__escapes.push({ repeat: e.repeat, composing: e.isComposing }),
      true,
    );
  });
}

/** Counts the page's requests for the neutral address: one is made as soon as it leaves. */
function countLeaving(page) {
  const left = [];
  page.on('request', (request) => request.url().startsWith(NEUTRAL) && left.push(request.url()));
  return left;
}

/**
 * The page has not left: no request for the neutral address in the half second after the
 * presses (leaving asks for it at once), the address is the same, and the person's words are
 * still on screen.
 */
async function expectStillHere(page, left, url, words) {
  await page.waitForTimeout(500);
  expect(left).toEqual([]);
  await expect(page).toHaveURL(url);
  const shown = await everythingShown(page);
  for (const w of words) expect(shown).toContain(w);
}

test('Escape twice within a second leaves; two presses further apart do not', async ({ page }) => {
  await stopTheClock(page);
  const left = countLeaving(page);
  const kiosk = await openKiosk(page);
  await fillAll(kiosk);

  await page.keyboard.press('Escape');
  await page.clock.runFor(1_001);
  await page.keyboard.press('Escape');
  await page.clock.runFor(1_001);
  await page.keyboard.press('Escape');
  await expectStillHere(page, left, ON_KIOSK, WORDS);

  // A second is still within a second.
  await page.clock.runFor(1_000);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(NEUTRAL);
  await expect(page.getByRole('heading', { name: 'Weather' })).toBeVisible();
});

test('a held Escape key is not two presses, and the two presses after it still leave', async ({ page }) => {
  await stopTheClock(page);
  await noteEscapes(page);
  const left = countLeaving(page);
  const kiosk = await openKiosk(page);
  await fillAll(kiosk);

  // Held down: the keyboard repeats the key.
  await page.keyboard.down('Escape');
  await page.clock.runFor(500);
  await page.keyboard.down('Escape');
  await page.clock.runFor(30);
  await page.keyboard.down('Escape');
  await page.keyboard.up('Escape');
  expect(await page.evaluate(() => window.__escapes)).toEqual([
    { repeat: false, composing: false },
    { repeat: true, composing: false },
    { repeat: true, composing: false },
  ]);
  await expectStillHere(page, left, ON_KIOSK, WORDS);
  // A held key counts for nothing: one press after it is one press.
  await page.clock.runFor(200);
  await page.keyboard.press('Escape');
  await expectStillHere(page, left, ON_KIOSK, WORDS);
  await page.clock.runFor(500);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(NEUTRAL);
});

test('Escape pressed while a character is being composed does not count', async ({ page }) => {
  await stopTheClock(page);
  await noteEscapes(page);
  const left = countLeaving(page);
  const kiosk = await openKiosk(page);
  await fillAll(kiosk);
  const box = kiosk.inventory.question('want').getByLabel('Add in your own words');
  await box.click();
  // An input method composing a character, as for Japanese.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'かぞく', selectionStart: 3, selectionEnd: 3 });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => window.__escapes)).toEqual([
    { repeat: false, composing: true },
    { repeat: false, composing: true },
  ]);
  await expectStillHere(page, left, ON_KIOSK, WORDS);

  // The character chosen, nothing is lost, and Escape twice leaves again.
  await cdp.send('Input.insertText', { text: 'かぞく' });
  await expect(box).toHaveValue('かぞく');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(NEUTRAL);
});

test('Escape while "Are you still there?" shows keeps the person here; once it goes, Escape twice leaves', async ({ page }) => {
  await stopTheClock(page);
  const left = countLeaving(page);
  const kiosk = await openKiosk(page);
  await fillAll(kiosk);
  const prompt = page.getByRole('alertdialog', { name: 'Are you still there?' });
  await page.clock.runFor(45_000);
  await expect(prompt).toBeVisible();

  // Someone coming back presses Escape to close the prompt: that is "I'm here", not "leave".
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expectStillHere(page, left, ON_KIOSK, WORDS);
  await page.clock.runFor(1_000);
  await expect(prompt).toHaveCount(0);
  await expectStillHere(page, left, ON_KIOSK, WORDS);

  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(NEUTRAL);
});

test("quick exit on an everyday page: Escape twice and the button leave, the back button skips the page, and the person's own record stays whole", async ({ page }) => {
  await serveDemoWith(page, { 'quick-exit': NEUTRAL }, ['strengths-inventory']);
  await page.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<h1>Weather</h1>' }));
  const inventory = new InventoryPage(page);
  await page.goto('/csp.html');
  await inventory.open('/');
  const leaveButton = page.getByRole('button', { name: 'Leave this page quickly' });
  // The widget that asked for it has the button; no kiosk here, so nothing else is added.
  await expect(inventory.widget.getByRole('button', { name: 'Leave this page quickly' })).toBeVisible();
  await expect(leaveButton).toHaveCount(1);
  await expect(page.getByRole('button', { name: "I'm finished" })).toHaveCount(0);
  await inventory.addAnswer('haveNow', 'Written on my own phone');
  const kept = await inventory.storedText();

  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(NEUTRAL);
  await page.goBack();
  await expect(page).toHaveURL(/\/csp\.html$/);
  // Not a kiosk: what is kept on the person's own device is theirs, and stays as it was.
  expect(await inventory.storedText()).toBe(kept);

  await inventory.open('/');
  await expect(inventory.answers('haveNow')).toHaveValue('Written on my own phone');
  await leaveButton.click();
  await expect(page).toHaveURL(NEUTRAL);
  await page.goBack();
  await expect(page).toHaveURL(/\/csp\.html$/);
  expect(await inventory.storedText()).toBe(kept);
});

for (const address of ['javascript:alert(1)', 'data:text/html,<h1>Weather</h1>']) {
  test(`a quick-exit address that is not http or https (${address.split(':')[0]}:) is refused: no button, no leaving, a note for the web team`, async ({ page }) => {
    const notes = [];
    page.on('console', (m) => m.text().startsWith('[recovery-widgets]') && notes.push(`${m.type()}: ${m.text()}`));
    const dialogs = [];
    page.on('dialog', (d) => dialogs.push(d.message()) && d.dismiss());
    const left = [];
    page.on('request', (r) => r.url().startsWith(address.split(',')[0]) && left.push(r.url()));
    await serveDemoWith(page, { 'quick-exit': address }, ['strengths-inventory']);
    const inventory = new InventoryPage(page);
    await inventory.open('/');

    await expect(page.getByRole('button', { name: 'Leave this page quickly' })).toHaveCount(0);
    // The widget carries on as ever.
    await inventory.addAnswer('haveNow', 'Still here and still kept');
    await page.reload();
    await inventory.ready();
    await expect(inventory.answers('haveNow')).toHaveValue('Still here and still kept');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expectStillHere(page, left, /127\.0\.0\.1:\d+\/$/, ['Still here and still kept']);
    expect(dialogs).toEqual([]);
    // Once for each time the page opened.
    const note = `warning: [recovery-widgets] quick-exit="${address}" is not an http or https address; no quick exit is shown`;
    expect(notes).toEqual([note, note]);
  });
}
