// A page object for the goal builder.
import { expect } from '@playwright/test';

export class GoalsPage {
  constructor(page) {
    this.page = page;
    this.widget = page.locator('goal-builder');
  }

  async ready() {
    await expect(this.widget.getByRole('heading', { name: 'My goals', level: 2 })).toBeVisible();
  }

  open() {
    return this.widget.getByRole('article');
  }

  async startGoal(text, { why = '', area = '' } = {}) {
    await this.widget.getByLabel('My goal, in my own words').fill(text);
    if (why) await this.widget.getByLabel('Why it matters to me').last().fill(why);
    if (area) await this.widget.getByLabel('Life area').last().selectOption({ label: area });
    await this.widget.getByRole('button', { name: 'Add this goal' }).click();
    await expect(this.widget.getByRole('heading', { name: text, level: 3 })).toBeVisible();
  }

  async addStep(what, { who = '', someone = '', by = '' } = {}) {
    const form = this.widget.locator('form.rw-new-step');
    await form.getByLabel('What I will do').fill(what);
    if (who) await form.getByLabel('Who helps').selectOption({ label: who });
    // Typed key by key, as a person would: spaces between words must survive.
    if (someone) await form.getByLabel('Their name').pressSequentially(someone);
    if (by) await form.getByLabel('By when').fill(by);
    await form.getByRole('button', { name: 'Add this step' }).click();
    await expect(this.widget.locator('.rw-step-list').getByLabel('What I will do').last()).toHaveValue(what);
  }

  step(what) {
    return this.widget.locator('.rw-step').filter({ has: this.page.getByRole('textbox', { name: 'What I will do' }) }).filter({
      has: this.widget.locator(`textarea`).filter({ hasText: '' }),
    });
  }

  async linkStrength(name) {
    await this.widget.getByLabel('Choose a strength').selectOption({ label: name });
    await this.widget.getByRole('button', { name: 'Link this strength' }).click();
    await expect(this.widget.locator('.rw-link-list')).toContainText(name);
  }

  goalNames() {
    return this.widget.locator('.rw-goal-name');
  }
}
