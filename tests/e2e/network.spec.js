import { test, expect } from '@playwright/test';
import { InventoryPage } from './inventory-page.js';

const NAMESPACES = { '/': 'harbourside', '/csp.html': 'csp-demo', '/kiosk.html': 'kiosk' };

for (const path of Object.keys(NAMESPACES)) {
  test(`${path}: nothing is requested from elsewhere, and nothing at all once the widget is ready`, async ({ page, baseURL }) => {
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    const inventory = new InventoryPage(page, { namespace: NAMESPACES[path] });
    await inventory.open(path);
    await page.waitForLoadState('networkidle');
    const atReady = requests.length;

    await inventory.fillSome();
    const goals = page.locator('goal-builder');
    await goals.getByRole('button', { name: /^Start a goal:/ }).first().click();
    await goals.getByLabel('What I will do').last().fill('A first small step');
    await goals.getByRole('button', { name: 'Add this step' }).click();
    await goals.getByRole('button', { name: /^I did it/ }).click();
    await goals.getByRole('button', { name: 'Summary' }).click();
    const planner = page.locator('warning-sign-planner');
    await planner.getByLabel('Add in your own words').first().fill('I sing in the car');
    await planner.getByRole('button', { name: 'Add', exact: true }).first().click();
    await planner.getByRole('button', { name: 'My plan on one page' }).click();
    await inventory.openPart('My priorities');
    await inventory.openPart('My summary');
    if (path === '/kiosk.html') {
      await inventory.widget.getByRole('button', { name: "I'm finished" }).click();
      await inventory.widget.getByRole('button', { name: 'Clear everything now' }).click();
      await expect(inventory.widget.getByText('0 of 7 life areas have something written')).toBeVisible();
    } else {
      await inventory.exportCopy();
    }
    await page.waitForTimeout(500);

    const origin = new URL(baseURL).origin;
    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    expect(requests.slice(atReady)).toEqual([]);
    expect(requests.some((url) => url.endsWith('/widgets/recovery-widgets_bg.wasm'))).toBe(true);
  });
}

for (const path of ['/', '/kiosk.html']) {
  test(`${path}: every event the widgets send carries nothing the person wrote`, async ({ page }) => {
    // Every event dispatched from script on the page, whatever its type or target.
    await page.addInitScript(() => {
      window.__events = [];
      const dispatch = EventTarget.prototype.dispatchEvent;
      EventTarget.prototype.dispatchEvent = function (event) {
        let detail = null;
        try {
          detail = JSON.stringify(event.detail ?? null);
        } catch {
          detail = String(event.detail);
        }
        window.__events.push({ type: event.type, detail, text: JSON.stringify(event) });
        return dispatch.call(this, event);
      };
    });
    const inventory = new InventoryPage(page, { namespace: path === '/' ? 'harbourside' : 'kiosk' });
    await inventory.open(path);
    const typed = ['A private strength', 'A private wish', 'A private goal', 'A private sign'];
    await inventory.addAnswer('haveNow', typed[0]);
    await inventory.addAnswer('want', typed[1]);
    const goals = page.locator('goal-builder');
    await goals.getByLabel('My goal, in my own words').fill(typed[2]);
    await goals.getByRole('button', { name: 'Add this goal' }).click();
    const planner = page.locator('warning-sign-planner');
    await planner.getByLabel('Add in your own words').first().fill(typed[3]);
    await planner.getByRole('button', { name: 'Add', exact: true }).first().click();
    if (path === '/kiosk.html') {
      await inventory.widget.getByRole('button', { name: "I'm finished" }).click();
      await inventory.widget.getByRole('button', { name: 'Clear everything now' }).click();
    } else {
      await inventory.exportCopy();
    }
    const events = await page.evaluate(() => window.__events);
    // The only events with a detail are the three "ready" events, naming the widget.
    expect(events.filter((e) => e.detail !== 'null')).toEqual([
      { type: 'recovery-widget-ready', detail: '{"widget":"strengths-inventory"}', text: '{"isTrusted":false}' },
      { type: 'recovery-widget-ready', detail: '{"widget":"goal-builder"}', text: '{"isTrusted":false}' },
      { type: 'recovery-widget-ready', detail: '{"widget":"warning-sign-planner"}', text: '{"isTrusted":false}' },
    ]);
    for (const event of events) {
      for (const words of typed) expect(JSON.stringify(event), event.type).not.toContain(words);
    }
  });
}
