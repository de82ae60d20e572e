import { test, expect } from '@playwright/test';
import { GoalsPage } from './goals-page.js';

// How the widgets load: what a person sees before, while and if not.

/** The words `recovery-widgets-stopped` carries in these tests (the bundle sends its own). */
const STOPPED = 'This tool has stopped. Please reload the page.';

/** Collects the page's uncaught errors, to check there were none. */
function pageErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

test('the wasm module is asked for before the glue that starts it has arrived', async ({ page }) => {
  const asked = [];
  let releaseGlue;
  const glueHeld = new Promise((resolve) => (releaseGlue = resolve));
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await page.route('**/widgets/recovery-widgets.js', async (route) => {
    await glueHeld;
    await route.continue();
  });
  await page.goto('/');
  await expect.poll(() => asked).toContain('/widgets/recovery-widgets_bg.wasm');
  releaseGlue();
  await expect(page.locator('strengths-inventory').getByRole('heading', { name: 'My strengths', level: 2 })).toBeVisible();
});

for (const file of ['recovery-widgets_bg.wasm', 'recovery-widgets.js']) {
  test(`when ${file} cannot be downloaded, every widget says so calmly`, async ({ page }) => {
    const errors = pageErrors(page);
    await page.route(`**/widgets/${file}`, (route) => route.abort('connectionfailed'));
    await page.goto('/');
    for (const name of ['strengths-inventory', 'goal-builder', 'warning-sign-planner']) {
      await expect(
        page.locator(name).getByText('Sorry, this tool could not load. Please check your connection and reload the page.'),
      ).toBeVisible();
    }
    // Nothing left unhandled (an uncaught rejection would show here).
    expect(errors).toEqual([]);
  });
}

test('the first widget is built and shown before the next ones, not after all of them', async ({ page }) => {
  // At the moment the strengths inventory's first text box appears, note what the goal
  // builder further down the page shows.
  await page.addInitScript(`(${whenFirstReady})('strengths-inventory', () => {
    window.__goalsWhenFirstReady = document.querySelector('goal-builder').shadowRoot.textContent;
  })`);
  await page.goto('/');
  await expect(page.locator('goal-builder').getByRole('heading', { name: 'My goals', level: 2 })).toBeVisible();
  expect(await page.evaluate(() => window.__goalsWhenFirstReady)).toBe('Loading…');
});

/** Notes, in the page, the moment `first`'s first text box appears, and calls `then` there. */
function whenFirstReady(first, then) {
  const seen = new MutationObserver(() => {
    if (!document.querySelector(first)?.shadowRoot?.querySelector('textarea, input[type="text"]')) return;
    seen.disconnect();
    then();
  });
  document.addEventListener('DOMContentLoaded', () => {
    seen.observe(document.querySelector(first).shadowRoot, { childList: true, subtree: true });
  });
}

test('widgets are built in the order they stand on the page', async ({ page }) => {
  await page.route('**/planner-first.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Planner first</title>
        <script type="module" src="/widgets/widgets.js"></script>
        <warning-sign-planner namespace="order"></warning-sign-planner>
        <goal-builder namespace="order"></goal-builder>
        <strengths-inventory namespace="order"></strengths-inventory>`,
    }),
  );
  await page.addInitScript(`(${whenFirstReady})('warning-sign-planner', () => {
    window.__others = ['goal-builder', 'strengths-inventory'].map((n) => document.querySelector(n).shadowRoot.textContent);
  })`);
  await page.goto('/planner-first.html');
  await expect(page.locator('strengths-inventory').getByRole('heading', { name: 'My strengths', level: 2 })).toBeVisible();
  expect(await page.evaluate(() => window.__others)).toEqual(['Loading…', 'Loading…']);
});

test('if the bundle stops before every widget is built, the rest say so instead of starting', async ({ page }) => {
  const errors = pageErrors(page);
  // What the bundle's panic note announces (src/panic_note.rs), right after the first widget.
  await page.addInitScript(`(${whenFirstReady})('strengths-inventory', () => {
    document.dispatchEvent(new CustomEvent('recovery-widgets-stopped', { detail: ${JSON.stringify(STOPPED)} }));
  })`);
  await page.goto('/');
  for (const name of ['goal-builder', 'warning-sign-planner']) {
    await expect(page.locator(name).getByText(STOPPED)).toBeVisible();
  }
  await page.waitForTimeout(300);
  await expect(page.locator('goal-builder').getByRole('heading', { name: 'My goals' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a widget moved in the page after the bundle stopped keeps the note it showed', async ({ page }) => {
  const errors = pageErrors(page);
  await page.goto('/');
  const goals = new GoalsPage(page);
  await goals.ready();
  // What the bundle's panic note does (src/panic_note.rs): its note in each widget it built,
  // with a link to the person's answers, then the event.
  await page.evaluate((stopped) => {
    const widget = document.querySelector('goal-builder');
    const note = document.createElement('div');
    note.className = 'rw-root rw-panic-note';
    note.setAttribute('role', 'alert');
    note.textContent = 'This tool has stopped. Save a copy of your answers.';
    widget.shadowRoot.replaceChildren(note);
    document.dispatchEvent(new CustomEvent('recovery-widgets-stopped', { detail: stopped }));
    // The host moves it, say to the end of the page.
    document.body.append(widget);
  }, STOPPED);
  await page.waitForTimeout(300);
  await expect(goals.widget.getByRole('alert')).toHaveText('This tool has stopped. Save a copy of your answers.');
  expect(errors).toEqual([]);
});

test('a widget taken out, then put back after the bundle stopped, says it has stopped', async ({ page }) => {
  const errors = pageErrors(page);
  await page.goto('/');
  const goals = new GoalsPage(page);
  await goals.ready();
  await page.evaluate((stopped) => {
    window.__widget = document.querySelector('goal-builder');
    // It stops, and its box keeps only an empty container. (A real stop may still reach it
    // with the bundle's note; this checks the case where nothing did.)
    window.__widget.remove();
    document.dispatchEvent(new CustomEvent('recovery-widgets-stopped', { detail: stopped }));
  }, STOPPED);
  await page.waitForTimeout(300);
  await page.evaluate(() => document.body.append(window.__widget));
  await expect(goals.widget.getByText(STOPPED)).toBeVisible();
  expect(errors).toEqual([]);
});

// A host may act on `recovery-widget-ready`, which a widget sends while it is being built.
test.describe('a host acting on recovery-widget-ready', () => {
  /** A page with one widget and, before widgets.js runs, a listener for its ready event. */
  function hostPage(page, path, { kiosk = false, listener, once = true, more = '' }) {
    return page.route(`**/${path}`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en" ${kiosk ? 'data-recovery-kiosk data-recovery-idle-timeout="45" data-recovery-idle-countdown="15"' : ''}>
          <title>Host</title>
          <script>document.addEventListener('recovery-widget-ready', ${listener}, { once: ${once} });</script>
          <script type="module" src="/widgets/widgets.js"></script>
          <strengths-inventory namespace="host"></strengths-inventory>${more}`,
      }),
    );
  }

  test('a setting it changes then is used', async ({ page }) => {
    await hostPage(page, 'ready-setting.html', {
      listener: `(event) => event.target.setAttribute('domains', 'health,meaning')`,
    });
    await page.goto('/ready-setting.html');
    const inventory = page.locator('strengths-inventory');
    await expect(inventory.getByRole('heading', { name: 'Health and wellbeing', level: 3 })).toBeVisible();
    await expect(inventory.getByText('0 of 2 life areas have something written')).toBeVisible();
    await expect(inventory.getByRole('heading', { name: 'Daily living and home', level: 3 })).toHaveCount(0);
  });

  test('a listener that sets a setting each time, unchanged, restarts the widget once', async ({ page }) => {
    await hostPage(page, 'ready-every-time.html', {
      listener: `(event) => {
        window.__ready = (window.__ready ?? 0) + 1;
        event.target.setAttribute('domains', 'health,meaning');
      }`,
      once: false,
    });
    await page.goto('/ready-every-time.html');
    await expect(page.locator('strengths-inventory').getByText('0 of 2 life areas have something written')).toBeVisible();
    await page.waitForTimeout(300);
    // Built with the page's settings, then once more with the new one; the same value set
    // again changes nothing.
    expect(await page.evaluate(() => window.__ready)).toBe(2);
  });

  test('a widget it restarts again and again does not hold back the widgets after it', async ({ page }) => {
    await hostPage(page, 'ready-restarts.html', {
      more: '<goal-builder namespace="host"></goal-builder>',
      once: false,
      // A new value each time, for as long as the goal builder is not there.
      listener: `(event) => {
        if (event.target.localName !== 'strengths-inventory') return;
        if (document.querySelector('goal-builder').shadowRoot?.querySelector('h2')) return;
        window.__restarts = (window.__restarts ?? 0) + 1;
        event.target.setAttribute('domains', window.__restarts % 2 ? 'health' : 'health,meaning');
      }`,
    });
    await page.goto('/ready-restarts.html');
    await new GoalsPage(page).ready();
    await expect(page.locator('strengths-inventory').getByText('life areas have something written')).toBeVisible();
  });

  test('a widget it takes out of the page stops, and the next kiosk widget asks "Are you still there?"', async ({ page }) => {
    await page.clock.install();
    await hostPage(page, 'ready-remove.html', {
      kiosk: true,
      listener: `(event) => { window.__removed = event.target.localName; event.target.remove(); }`,
    });
    await page.goto('/ready-remove.html');
    await expect.poll(() => page.evaluate(() => window.__removed)).toBe('strengths-inventory');
    await page.evaluate(() => document.body.append(document.createElement('goal-builder')));
    const goals = new GoalsPage(page);
    await goals.ready();
    await goals.startGoal('Walk to the beach');
    await page.clock.fastForward(46_000);
    // Only one widget on a page holds the prompt: the removed one must have let it go.
    await expect(goals.widget.getByRole('alertdialog', { name: 'Are you still there?' })).toBeVisible();
  });
});

test('a widget that cannot start says so, calmly, instead of leaving a blank box', async ({ page }) => {
  const errors = pageErrors(page);
  // The browser refuses the widget's styles (as a broken or locked-down browser might): the
  // bundle cannot build that widget.
  await page.addInitScript(() => {
    CSSStyleSheet.prototype.replaceSync = () => {
      throw new DOMException('refused for this test', 'NotAllowedError');
    };
  });
  await page.goto('/');
  for (const tag of ['strengths-inventory', 'goal-builder', 'warning-sign-planner']) {
    await expect(page.locator(tag).getByRole('status')).toHaveText('Sorry, this tool could not start. Please reload the page.');
  }
  expect(errors).toEqual([]);
});
