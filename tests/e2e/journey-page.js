// A page object for the journey widget, <recovery-journey>.
import { expect } from '@playwright/test';
import { RECORD_KEY } from './inventory-page.js';

export class JourneyPage {
  constructor(page, { namespace = 'harbourside', locator = 'recovery-journey' } = {}) {
    this.page = page;
    this.namespace = namespace;
    this.widget = page.locator(locator);
  }

  async ready() {
    await expect(this.widget.getByRole('heading', { name: 'My journey', level: 2 })).toBeVisible();
  }

  part(name) {
    return this.widget.getByRole('navigation', { name: 'Parts of my journey' }).getByRole('button', { name, exact: true });
  }

  async openPart(name) {
    await this.part(name).click();
  }

  /** One life area in today's check-in: a group named by the area. */
  area(name) {
    return this.widget.getByRole('group', { name, exact: true });
  }

  /** Chooses a rating with a tap (on the number: its radio button covers it). */
  async rate(area, rating) {
    const choice = this.area(area).getByRole('radio', { name: String(rating), exact: true });
    await choice.click();
    await expect(choice).toBeChecked();
  }

  async helped(area, words) {
    await this.area(area).getByLabel('What has helped? (if you like)').fill(words);
  }

  /** One life area's story in the look back (or the printable page). */
  story(name, within = this.widget) {
    return within.locator('.rw-area-story').filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  /** What a story's chart shows: the number beside each point, in order. */
  async chartValues(name, within) {
    return this.story(name, within).locator('svg .rw-chart-value').allTextContents();
  }

  /** A story's table, one array of cells per row. */
  async tableRows(name, within) {
    const rows = this.story(name, within).locator('tbody tr');
    const out = [];
    for (const row of await rows.all()) out.push(await row.locator('td').allTextContents());
    return out;
  }

  async storedRecord() {
    const text = await this.page.evaluate((key) => localStorage.getItem(key), RECORD_KEY(this.namespace));
    return text === null ? null : JSON.parse(text);
  }
}
