import { test, expect } from '@playwright/test';
import { InventoryPage } from './inventory-page.js';

test('the summary reads like a strengths profile, with a chart', async ({ page }) => {
  const inventory = new InventoryPage(page);
  await inventory.open();
  await expect(inventory.widget.getByText('0 of 7 life areas')).toBeVisible();
  await inventory.openPart('My summary');
  await expect(inventory.widget.getByText('Your profile will fill up as you write.')).toBeVisible();

  await inventory.openPart('Life areas');
  await inventory.fillSome();
  await inventory.openPart('My summary');
  const summary = inventory.widget.getByRole('region', { name: 'My strengths profile' });
  await expect(summary.getByRole('heading', { name: 'What I want to work on first' })).toBeVisible();
  await expect(summary.getByRole('listitem').filter({ hasText: 'Save for a trip to see Mum (Money)' })).toBeVisible();
  await expect(summary.getByRole('heading', { name: 'Daily living and home', level: 4 })).toBeVisible();
  await expect(summary).toContainText('I cook a good curry');
  await expect(summary.getByRole('listitem').filter({ hasText: 'Humour' })).toContainText('one of my top qualities');
  await expect(summary.getByRole('img', { name: /In me: 3\. In my relationships: 1\. Around me: 0\. Not sorted yet: 1\./ })).toBeVisible();
  await expect(summary.locator('svg rect')).toHaveCount(4);
});

test('printing shows the profile without buttons or menus', async ({ page }) => {
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.fillSome();
  await inventory.openPart('My summary');
  await page.emulateMedia({ media: 'print' });
  await expect(inventory.widget.getByRole('region', { name: 'My strengths profile' })).toBeVisible();
  await expect(inventory.widget.getByText('I cook a good curry')).toBeVisible();
  await expect(inventory.part('Life areas')).toBeHidden();
  await expect(inventory.widget.getByRole('button', { name: 'Print my profile' })).toBeHidden();
  await expect(inventory.widget.getByRole('button', { name: 'Save a copy to this device' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
});

test('example ideas are there when a person is stuck', async ({ page }) => {
  const inventory = new InventoryPage(page);
  await inventory.open();
  const question = inventory.question('helpedBefore');
  const toggle = question.getByRole('button', { name: 'Need ideas?' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(question.getByText('A housing worker')).toBeHidden();
  await toggle.click();
  await expect(question.getByRole('button', { name: 'Hide ideas' })).toHaveAttribute('aria-expanded', 'true');
  await expect(question.getByText('A housing worker')).toBeVisible();
});
