// The back button on a kiosk (src/kiosk/use_idle_watch.rs wipes at "pagehide"): the browser's back-forward
// cache keeps a page as it was left, so a page left with someone's words on it would bring
// them back for the next person. Coming back must find a fresh kiosk.
import { test, expect } from '@playwright/test';
import config from '../../playwright.config.js';
import { InventoryPage } from './inventory-page.js';
import { NOTHING, WORDS, everythingKept, everythingShown, expectFirstScreens, fillAll, openKiosk } from './kiosk-page.js';

// Playwright turns the browser's back-forward cache off; a person's browser has it on.
test.use({ launchOptions: { ...config.use.launchOptions, ignoreDefaultArgs: ['--disable-back-forward-cache'] } });

test("leaving the kiosk and coming back with the back button finds nothing of the person's words", async ({ page }) => {
  // The test server sends every file with "Cache-Control: no-store", which keeps a page out of
  // the back-forward cache. A host's server usually does not: serve the kiosk as one would.
  await page.route(/^http:\/\/127\.0\.0\.1:\d+\//, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['cache-control'];
    await route.fulfill({ response, headers });
  });
  // Whether the page came back from the back-forward cache (the page as it was left, which is
  // what must hold nothing) rather than being loaded afresh.
  await page.addInitScript(() => {
    window.__shown = [];
    window.addEventListener('pageshow', (e) => window.__shown.push(e.persisted ? 'from the back-forward cache' : 'loaded'));
  });
  const kiosk = await openKiosk(page);
  const fresh = await everythingShown(page);
  await fillAll(kiosk);
  const halfTyped = 'A half-written wish';
  await kiosk.inventory.question('want').getByLabel('Add in your own words').fill(halfTyped);

  await page.goto('/');
  await new InventoryPage(page).ready();
  // A page from the cache fires no "load": wait only for the address.
  await page.goBack({ waitUntil: 'commit' });
  await expect(page).toHaveURL(/\/kiosk\.html$/);
  await expect.poll(() => page.evaluate(() => window.__shown)).toEqual(['loaded', 'from the back-forward cache']);

  await expectFirstScreens(kiosk);
  const shown = await everythingShown(page);
  for (const words of [...WORDS, halfTyped]) expect(shown).not.toContain(words);
  expect(shown).toBe(fresh);
  expect(await everythingKept(page)).toEqual(NOTHING);
});
