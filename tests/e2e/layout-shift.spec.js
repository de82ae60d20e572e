import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

// The host's page keeps still while the widgets load: what stands below a widget stays where it
// is, or moves only while out of sight. Three moments are compared: before widgets.js has run
// (the host's own `:not(:defined)` rules, docs/hosting.md), while the bundle loads (the room the
// loader keeps) and once every widget is ready.

const PAGES = ['/', '/csp.html', '/kiosk.html', '/languages.html'];
const SCREENS = [
  { width: 360, height: 740 },
  { width: 412, height: 823 }, // a mid-range phone, as Lighthouse's mobile profile has it
  { width: 1350, height: 940 },
];
// Every element the host API defines (src/host/host-api.json).
const HOST_API = JSON.parse(readFileSync(new URL('../../src/host/host-api.json', import.meta.url), 'utf8'));
const ALL_WIDGETS = HOST_API.elements.map((element) => element.tag).join(',');

/** Where everything of the host's page after the first widget stands, by its place in the page. */
function hostPagePositions(page) {
  return page.evaluate((selector) => {
    const widgets = [...document.querySelectorAll(selector)];
    const inWidget = (element) => widgets.some((widget) => widget !== element && widget.contains(element));
    return [...document.body.querySelectorAll('*')]
      .filter((element) => !inWidget(element))
      .filter((element) => widgets[0].compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)
      .filter((element) => element.getClientRects().length > 0)
      .map((element, index) => {
        const { top, bottom } = element.getBoundingClientRect();
        return { index, name: element.localName, top: Math.round(top), bottom: Math.round(bottom) };
      });
  }, ALL_WIDGETS);
}

/** Whether any of it was on screen at either moment and moved, described for the failure. */
function visibleMoves(before, after, screenHeight) {
  const onScreen = ({ top, bottom }) => bottom > 0 && top < screenHeight;
  return before
    .map((was, i) => ({ was, now: after[i] }))
    .filter(({ was, now }) => now && was.top !== now.top && (onScreen(was) || onScreen(now)))
    .map(({ was, now }) => `<${was.name}> #${was.index} moved from ${was.top} to ${now.top}`);
}

for (const path of PAGES) {
  for (const screen of SCREENS) {
    test(`${path} at ${screen.width}×${screen.height}: nothing on screen moves while the widgets load`, async ({ page }) => {
      await page.setViewportSize(screen);
      let releaseLoader;
      const loaderHeld = new Promise((resolve) => (releaseLoader = resolve));
      let releaseModule;
      const moduleHeld = new Promise((resolve) => (releaseModule = resolve));
      await page.route('**/widgets/widgets.js', async (route) => {
        await loaderHeld;
        await route.continue();
      });
      await page.route('**/widgets/recovery-widgets_bg.wasm', async (route) => {
        await moduleHeld;
        await route.continue();
      });
      await page.goto(path, { waitUntil: 'commit' });

      // Before widgets.js: the page is parsed and styled, the elements not yet known.
      await page.waitForFunction(() =>
        document.readyState !== 'loading' &&
        [...document.querySelectorAll('link[rel=stylesheet]')].every((link) => link.sheet));
      expect(await page.evaluate((s) => [...document.querySelectorAll(s)].some((e) => e.matches(':defined')), ALL_WIDGETS)).toBe(false);
      const beforeLoader = await hostPagePositions(page);

      // While the bundle loads: every widget says "Loading…" in the room it keeps.
      releaseLoader();
      const widgets = page.locator(ALL_WIDGETS);
      const count = await widgets.count();
      for (let i = 0; i < count; i += 1) await expect(widgets.nth(i).getByRole('status')).toHaveText('Loading…');
      const whileLoading = await hostPagePositions(page);

      // Ready: every widget drawn.
      releaseModule();
      for (let i = 0; i < count; i += 1) await expect(widgets.nth(i).locator('.rw-root')).toBeVisible();
      const ready = await hostPagePositions(page);

      expect(beforeLoader.length).toBeGreaterThan(0);
      expect(visibleMoves(beforeLoader, whileLoading, screen.height), 'when widgets.js ran').toEqual([]);
      expect(visibleMoves(whileLoading, ready, screen.height), 'when the widgets appeared').toEqual([]);
    });
  }
}
