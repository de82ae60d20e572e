import { test, expect } from '@playwright/test';
import { InventoryPage } from './inventory-page.js';

for (const path of ['/', '/csp.html']) {
  test(`${path}: nothing is requested from elsewhere, and nothing at all once the widget is ready`, async ({ page, baseURL }) => {
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    const inventory = new InventoryPage(page, { namespace: path === '/' ? 'harbourside' : 'csp-demo' });
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
    await inventory.exportCopy();
    await page.waitForTimeout(500);

    const origin = new URL(baseURL).origin;
    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    expect(requests.slice(atReady)).toEqual([]);
    expect(requests.some((url) => url.endsWith('/widgets/recovery-widgets_bg.wasm'))).toBe(true);
  });
}

test('events the widget sends to the host carry nothing the person wrote', async ({ page }) => {
  await page.addInitScript(() => {
    window.__events = [];
    for (const type of ['recovery-widget-ready']) {
      document.addEventListener(type, (e) => window.__events.push({ type: e.type, detail: JSON.stringify(e.detail) }));
    }
  });
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.fillSome();
  const goals = page.locator('goal-builder');
  await goals.getByLabel('My goal, in my own words').fill('A private goal');
  await goals.getByRole('button', { name: 'Add this goal' }).click();
  const planner = page.locator('warning-sign-planner');
  await planner.getByLabel('Add in your own words').first().fill('A private sign');
  await planner.getByRole('button', { name: 'Add', exact: true }).first().click();
  const events = await page.evaluate(() => window.__events);
  expect(events).toEqual([
    { type: 'recovery-widget-ready', detail: '{"widget":"strengths-inventory"}' },
    { type: 'recovery-widget-ready', detail: '{"widget":"goal-builder"}' },
    { type: 'recovery-widget-ready', detail: '{"widget":"warning-sign-planner"}' },
  ]);
});
