// A page object for the warning-sign planner.
import { expect } from '@playwright/test';

export const SECTIONS = [
  'Staying well',
  'Things that can set me off',
  'Early warning signs',
  'When things are getting worse',
  'Staying safe in a crisis',
  'For my supporters',
  'After a crisis',
];

export class PlannerPage {
  constructor(page, locator = 'warning-sign-planner') {
    this.page = page;
    this.widget = page.locator(locator);
  }

  async ready() {
    await expect(this.widget.getByRole('heading', { name: 'My plan for staying well', level: 2 })).toBeVisible();
  }

  part(name) {
    return this.widget.getByRole('navigation', { name: 'Parts of my plan' }).getByRole('button', { name, exact: true });
  }

  async openPart(name) {
    await this.part(name).click();
  }

  list(title) {
    return this.widget.getByRole('region', { name: title, exact: true });
  }

  async add(title, text, response = '') {
    const list = this.list(title);
    await list.getByLabel('Add in your own words').fill(text);
    if (response) await list.getByLabel('What I will do', { exact: true }).last().fill(response);
    await list.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(list.getByLabel('In my words').last()).toHaveValue(text);
  }

  async addContact(title, name, phone) {
    const list = this.list(title);
    const form = list.locator('form');
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Phone number').fill(phone);
    await form.getByRole('button', { name: 'Add this person' }).click();
    await expect(list.locator('.rw-contact').last().getByLabel('Name')).toHaveValue(name);
  }

  crisisLinks() {
    return this.widget.locator('.rw-crisis a');
  }
}
