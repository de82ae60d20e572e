// Kiosk mode (www/kiosk.html): nothing of one person is kept for the next. The page turns on
// kiosk mode for all three widgets, with a 45-second idle prompt and a 15-second countdown,
// and a quick exit to a neutral address.
import { test, expect } from '@playwright/test';
import { NEUTRAL, NOTHING, cspViolations, everythingKept, expectFirstScreens, fillAll, openKiosk } from './kiosk-page.js';

test('a kiosk keeps nothing, and "I\'m finished" clears every widget back to its first screen', async ({ page }) => {
  const kiosk = await openKiosk(page);
  await fillAll(kiosk);
  // Half-typed words too.
  await kiosk.inventory.question('want').getByLabel('Add in your own words').fill('A half-written wish');
  await kiosk.inventory.openPart('My qualities');
  expect(await everythingKept(page)).toEqual(NOTHING);
  await expect(kiosk.inventory.widget.getByText('This is a shared screen. Nothing you write here is kept')).toBeVisible();
  // The browser keeps no typed words for autofill to offer the next person.
  const boxes = await page.evaluate(() =>
    ['strengths-inventory', 'goal-builder', 'warning-sign-planner', 'recovery-journey'].flatMap((tag) =>
      [...document.querySelector(tag).shadowRoot.querySelectorAll('textarea, input:not([type=checkbox]):not([type=radio]):not([type=file])')].map(
        (box) => ({ id: box.id, off: box.autocomplete === 'off' || box.form?.autocomplete === 'off' }),
      ),
    ),
  );
  expect(boxes.length).toBeGreaterThan(5);
  expect(boxes.filter((b) => !b.off)).toEqual([]);
  // A file saved on a shared screen would stay for the next person: no "Save a copy" here.
  await expect(page.getByRole('button', { name: 'Save a copy to this device' })).toHaveCount(0);

  const bar = kiosk.goals.widget.locator('.rw-kiosk-bar');
  await bar.getByRole('button', { name: "I'm finished" }).click();
  const finish = bar.getByRole('group', { name: "I'm finished" });
  await expect(finish).toContainText('you can print your answers or take them home on your phone');
  await expect(finish.getByRole('button', { name: 'Print my answers' })).toBeVisible();
  // Every button a person touches here is at least 44 px each way.
  for (const button of await bar.getByRole('button').all()) {
    const box = await button.boundingBox();
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
  }
  await finish.getByRole('button', { name: 'Clear everything now' }).click();

  await expectFirstScreens(kiosk);
  // The keyboard starts again at the top, where the next person starts reading.
  await expect(kiosk.inventory.widget.getByRole('heading', { name: 'My strengths', level: 2 })).toBeFocused();
  await expect(kiosk.inventory.question('want').getByLabel('Add in your own words')).toHaveValue('');
  expect(await everythingKept(page)).toEqual(NOTHING);
  expect(await cspViolations(page)).toEqual([]);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('taps work throughout: a tap on the prompt keeps going, and finishing clears everything', async ({ page }) => {
    await page.clock.install();
    const kiosk = await openKiosk(page);
    await fillAll(kiosk);
    const prompt = page.getByRole('alertdialog', { name: 'Are you still there?' });
    await page.clock.fastForward(46_000);
    await expect(prompt).toBeVisible();
    // A tap anywhere on the prompt, away from its button.
    await prompt.tap({ position: { x: 8, y: 8 } });
    await page.clock.runFor(1_000);
    await expect(prompt).toHaveCount(0);
    await expect(kiosk.inventory.answers('haveNow')).toHaveValue('I am good at listening');
    const bar = kiosk.goals.widget.locator('.rw-kiosk-bar');
    await bar.getByRole('button', { name: "I'm finished" }).tap();
    await bar.getByRole('button', { name: 'Clear everything now' }).tap();
    await expectFirstScreens(kiosk);
  });
});

test('after a quiet spell the kiosk asks "Are you still there?", a touch keeps going, and the countdown clears everything', async ({ page }) => {
  await page.clock.install();
  const kiosk = await openKiosk(page);
  await fillAll(kiosk);
  const prompt = page.getByRole('alertdialog', { name: 'Are you still there?' });

  await page.clock.fastForward(40_000);
  await expect(prompt).toHaveCount(0);
  await page.clock.fastForward(6_000);
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText(/Seconds left: 1[0-5]\./);
  // The keyboard is on "Keep going", so Enter or Space can only keep going.
  await expect(prompt.getByRole('button', { name: 'Keep going' })).toBeFocused();
  const keep = prompt.getByRole('button', { name: 'Keep going' });
  const box = await keep.boundingBox();
  expect(box.height).toBeGreaterThanOrEqual(44);

  // A key press (or any touch) keeps going at the next tick, with nothing lost, and starts the
  // quiet spell again.
  await page.keyboard.press('Shift');
  await page.clock.runFor(1_000);
  await expect(prompt).toHaveCount(0);
  await expect(kiosk.inventory.answers('haveNow')).toHaveValue('I am good at listening');
  await page.clock.fastForward(40_000);
  await expect(prompt).toHaveCount(0);
  await page.clock.fastForward(6_000);
  await expect(prompt).toBeVisible();
  await keep.click();
  await expect(prompt).toHaveCount(0);
  await expect(kiosk.goals.goalNames()).toHaveCount(1);

  // Walked away: the prompt appears, counts down, and everything is cleared.
  await page.clock.fastForward(46_000);
  await expect(prompt).toBeVisible();
  await page.clock.fastForward(16_000);
  await expect(prompt).toHaveCount(0);
  await expectFirstScreens(kiosk);
  expect(await everythingKept(page)).toEqual(NOTHING);
});

test('quick exit leaves at once for the neutral page, by button or by pressing Escape twice', async ({ page }) => {
  await page.goto('/');
  let kiosk = await openKiosk(page);
  await fillAll(kiosk);
  await kiosk.planner.widget.getByRole('button', { name: 'Leave this page quickly' }).click();
  await expect(page).toHaveURL(NEUTRAL);
  // The kiosk page is gone from history: back goes to the page before it.
  await page.goBack();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);

  kiosk = await openKiosk(page);
  await kiosk.inventory.addAnswer('haveNow', 'Something private');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/kiosk\.html$/);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(NEUTRAL);
});

test('the kiosk bar, its finishing choices, the take-home code and the idle prompt have no accessibility violations', async ({ page }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const violations = async () => {
    const results = await new AxeBuilder({ page })
      .include('strengths-inventory')
      .include('goal-builder')
      .include('warning-sign-planner')
      .withTags(WCAG)
      .analyze();
    return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  };
  await page.clock.install();
  const kiosk = await openKiosk(page);
  expect(await violations(), 'kiosk').toEqual([]);
  await kiosk.inventory.widget.getByRole('button', { name: "I'm finished" }).click();
  expect(await violations(), "I'm finished").toEqual([]);
  await kiosk.inventory.widget.getByRole('button', { name: 'Take my answers home on my phone' }).click();
  await expect(kiosk.inventory.widget.getByRole('img', { name: /A code to scan/ })).toBeVisible();
  expect(await violations(), 'the take-home code').toEqual([]);
  await page.clock.fastForward(46_000);
  await expect(page.getByRole('alertdialog', { name: 'Are you still there?' })).toBeVisible();
  expect(await violations(), 'Are you still there?').toEqual([]);
});
