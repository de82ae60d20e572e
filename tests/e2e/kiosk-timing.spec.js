// Kiosk timing, second by second. The page's clock is stopped before the page loads and moved
// on only by the test, so every touch happens at a known moment and the kiosk's once-a-second
// check falls exactly on whole seconds after it: the prompt must appear at 45 quiet seconds and
// not one tick sooner, count down from 15, and clear the screen at 0 and not one tick sooner.
// One big jump of the clock would step over all of that.
import { test, expect } from '@playwright/test';
import { NOTHING, WORDS, everythingKept, everythingShown, expectFirstScreens, fillAll, openKiosk } from './kiosk-page.js';

const START = new Date('2026-12-01T09:00:00.000Z');
// www/kiosk.html's settings, checked in each test against the page itself.
const IDLE_S = 45;
const COUNTDOWN_S = 15;

/** Stops the page's clock, before the page loads (a minute after START: it runs until then). */
async function stopTheClock(page) {
  await page.clock.install({ time: START });
  await page.clock.pauseAt(new Date(START.getTime() + 60_000));
}

async function expectKioskSettings(page) {
  const settings = await page.evaluate(() => [document.documentElement.dataset.recoveryIdleTimeout, document.documentElement.dataset.recoveryIdleCountdown]);
  expect(settings).toEqual([String(IDLE_S), String(COUNTDOWN_S)]);
}

const stillThere = (page) => page.getByRole('alertdialog', { name: 'Are you still there?' });

const countdownWords = (seconds) =>
  `To keep your answers private, this screen will clear soon. Seconds left: ${seconds}. Touch the screen or press a key to keep going.`;

test('an untouched kiosk never asks "Are you still there?", at any moment', async ({ page }) => {
  await stopTheClock(page);
  const kiosk = await openKiosk(page);
  await expectKioskSettings(page);
  const fresh = await everythingShown(page);
  // Every two seconds, to well past the idle time and the countdown together.
  for (let s = 2; s <= 3 * (IDLE_S + COUNTDOWN_S); s += 2) {
    await page.clock.runFor(2_000);
    await expect(stillThere(page), `${s} s after the page opened`).toHaveCount(0);
  }
  expect(await everythingShown(page)).toBe(fresh);
  await expect(kiosk.inventory.widget.getByText('This is a shared screen. Nothing you write here is kept')).toBeVisible();
});

test('after use: no prompt before 45 quiet seconds, the prompt at 45, and the screen cleared when the countdown ends, not a second before', async ({ page }) => {
  await stopTheClock(page);
  const kiosk = await openKiosk(page);
  await expectKioskSettings(page);
  const fresh = await everythingShown(page);
  // Every touch and key press happens now, at START: the quiet spell starts here.
  await fillAll(kiosk);
  const prompt = stillThere(page);
  const expectWordsShown = async (when) => {
    const shown = await everythingShown(page);
    for (const words of WORDS) expect(shown, `"${words}" ${when}`).toContain(words);
  };

  for (let s = 1; s < IDLE_S; s++) {
    await page.clock.runFor(1_000);
    await expect(prompt, `${s} quiet seconds`).toHaveCount(0);
  }
  await page.clock.runFor(1_000);
  await expect(prompt, `${IDLE_S} quiet seconds`).toBeVisible();
  await expect(prompt.locator('#rw-still-there-text')).toHaveText(countdownWords(COUNTDOWN_S));
  await expect(prompt.getByRole('button', { name: 'Keep going' })).toBeFocused();
  await expectWordsShown(`behind the prompt at ${IDLE_S} s`);

  // The countdown, one second at a time; everything stays until its last second.
  for (let left = COUNTDOWN_S - 1; left >= 1; left--) {
    await page.clock.runFor(1_000);
    await expect(prompt.locator('#rw-still-there-text'), `${left} s left`).toHaveText(countdownWords(left));
    await expectWordsShown(`with ${left} s left`);
  }

  // At 0 the screen is cleared: every widget back at its first screen, showing exactly what a
  // fresh kiosk shows, and nothing kept anywhere.
  await page.clock.runFor(1_000);
  await expect(prompt).toHaveCount(0);
  await expectFirstScreens(kiosk);
  expect(await everythingShown(page)).toBe(fresh);
  expect(await everythingKept(page)).toEqual(NOTHING);

  // Cleared, the kiosk is unused again: it never asks the empty screen.
  for (let s = 2; s <= 2 * (IDLE_S + COUNTDOWN_S); s += 2) {
    await page.clock.runFor(2_000);
    await expect(prompt, `${s} s after the screen was cleared`).toHaveCount(0);
  }
});
