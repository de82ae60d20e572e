import { test, expect } from '@playwright/test';

// How the widgets load: what a person sees before, while and if not.

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
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
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
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  // What the bundle's panic note announces (src/panic_note.rs), right after the first widget.
  await page.addInitScript(`(${whenFirstReady})('strengths-inventory', () => {
    document.dispatchEvent(new CustomEvent('recovery-widgets-stopped', { detail: 'This tool has stopped. Please reload the page.' }));
  })`);
  await page.goto('/');
  for (const name of ['goal-builder', 'warning-sign-planner']) {
    await expect(page.locator(name).getByText('This tool has stopped. Please reload the page.')).toBeVisible();
  }
  await page.waitForTimeout(300);
  await expect(page.locator('goal-builder').getByRole('heading', { name: 'My goals' })).toHaveCount(0);
  expect(errors).toEqual([]);
});
