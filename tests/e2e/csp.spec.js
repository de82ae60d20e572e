import { test, expect } from '@playwright/test';
import { JourneyPage } from './journey-page.js';
import { InventoryPage } from './inventory-page.js';

test('under a strict Content-Security-Policy the widget works with zero violations', async ({ page }) => {
  const violations = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (v) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.reportViolation(`${e.violatedDirective} blocked ${e.blockedURI}`),
    );
  });

  const inventory = new InventoryPage(page, { namespace: 'csp-demo' });
  await inventory.open('/csp.html');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).toContain("style-src 'self'");
  expect(policy).not.toContain('unsafe-inline');

  // Styles applied (the adopted style sheet was not blocked): the Add button is coloured.
  const addButton = inventory.question('haveNow').getByRole('button', { name: 'Add', exact: true });
  await expect(addButton).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');

  await inventory.fillSome();
  const goals = page.locator('goal-builder');
  await goals.getByRole('button', { name: /^Start a goal:/ }).first().click();
  await goals.getByLabel('What I will do').last().fill('A first small step');
  await goals.getByLabel('By when').last().fill('2026-12-05');
  await goals.getByRole('button', { name: 'Add this step' }).click();
  await goals.getByRole('button', { name: /^I did it/ }).click();
  await goals.getByRole('button', { name: 'I achieved this!' }).click();
  await goals.getByRole('button', { name: 'Summary' }).click();
  const planner = page.locator('warning-sign-planner');
  await expect(planner.locator('.rw-crisis a').first()).toHaveAttribute('href', 'tel:0255501234');
  await planner.getByRole('button', { name: 'Staying safe in a crisis' }).click();
  const people = planner.getByRole('region', { name: 'People I can ask for help' });
  await people.getByLabel('Name').fill('Jo');
  await people.getByLabel('Phone number').fill('0400 123 456');
  await people.getByRole('button', { name: 'Add this person' }).click();
  await planner.getByRole('button', { name: 'My plan on one page' }).click();
  const journey = new JourneyPage(page, { namespace: 'csp-demo' });
  await journey.rate('Money', 6);
  await journey.helped('Money', 'The budget app');
  await journey.openPart('Look back');
  await expect(journey.story('Money').getByRole('img')).toBeVisible();
  await expect(journey.widget.getByText('Goal achieved:', { exact: false })).toBeVisible();
  await journey.openPart('How far I have come');
  await expect(journey.story('Money')).toContainText('The budget app');
  await inventory.openPart('My summary');
  await expect(inventory.widget.getByRole('img', { name: /Where my strengths are/ })).toBeVisible();
  const copy = await inventory.exportCopy();
  await inventory.chooseFile(copy.name, copy.text);
  await inventory.widget.getByRole('button', { name: 'Replace with this copy' }).click();
  await page.reload();
  await inventory.ready();
  await expect(inventory.widget.getByText('3 of 7 life areas have something written')).toBeVisible();

  expect(violations).toEqual([]);
});
