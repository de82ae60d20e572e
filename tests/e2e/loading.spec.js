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

test('when the bundle cannot be downloaded, every widget says so calmly', async ({ page }) => {
  await page.route('**/widgets/recovery-widgets_bg.wasm', (route) => route.abort('connectionfailed'));
  await page.goto('/');
  for (const name of ['strengths-inventory', 'goal-builder', 'warning-sign-planner']) {
    await expect(
      page.locator(name).getByText('Sorry, this tool could not load. Please check your connection and reload the page.'),
    ).toBeVisible();
  }
});

test('the first widget is built and shown before the next ones, not after all of them', async ({ page }) => {
  // At the moment the strengths inventory's first text box appears, note what the goal
  // builder further down the page shows.
  await page.addInitScript(() => {
    const seen = new MutationObserver(() => {
      const box = document.querySelector('strengths-inventory')?.shadowRoot?.querySelector('textarea, input[type="text"]');
      if (!box) return;
      seen.disconnect();
      window.__goalsWhenFirstReady = document.querySelector('goal-builder').shadowRoot?.textContent;
    });
    document.addEventListener('DOMContentLoaded', () => {
      seen.observe(document.querySelector('strengths-inventory').shadowRoot, { childList: true, subtree: true });
    });
  });
  await page.goto('/');
  await expect(page.locator('goal-builder').getByRole('heading', { name: 'My goals', level: 2 })).toBeVisible();
  expect(await page.evaluate(() => window.__goalsWhenFirstReady)).toBe('Loading…');
});
