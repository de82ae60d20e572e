// A page object for the strengths inventory: the words a person sees, as locators.
import { expect } from '@playwright/test';

export const QUESTIONS = {
  haveNow: 'What is going well, and what do I have now?',
  want: 'What do I want?',
  helpedBefore: 'What has helped me before?',
};

export const RECORD_KEY = (namespace) => `recovery-widgets:${namespace}:record`;

export class InventoryPage {
  constructor(page, { namespace = 'harbourside' } = {}) {
    this.page = page;
    this.namespace = namespace;
    this.widget = page.locator('strengths-inventory');
  }

  async open(path = '/') {
    await this.page.goto(path);
    await this.ready();
  }

  async ready() {
    await expect(this.widget.getByRole('heading', { name: 'My strengths', level: 2 })).toBeVisible();
  }

  part(name) {
    return this.widget.getByRole('navigation', { name: 'Parts of my strengths' }).getByRole('button', { name });
  }

  async openPart(name) {
    await this.part(name).click();
  }

  areaButton(name) {
    return this.widget.getByRole('navigation', { name: 'Choose a life area' }).getByRole('button', { name });
  }

  async openArea(name) {
    await this.areaButton(name).click();
    await expect(this.widget.getByRole('heading', { name, level: 3 })).toBeVisible();
  }

  question(key) {
    return this.widget.getByRole('region', { name: QUESTIONS[key] });
  }

  async addAnswer(key, text) {
    const question = this.question(key);
    await question.getByLabel('Add in your own words').fill(text);
    await question.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(question.getByLabel('Your words').last()).toHaveValue(text);
  }

  answers(key) {
    return this.question(key).getByLabel('Your words');
  }

  quality(name) {
    return this.widget.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) });
  }

  star(name) {
    return this.widget.getByRole('button', { name: `One of my top qualities: ${name}` });
  }

  message() {
    return this.widget.getByRole('alert').filter({ hasText: /\S/ });
  }

  async storedText() {
    return this.page.evaluate((key) => localStorage.getItem(key), RECORD_KEY(this.namespace));
  }

  async storedRecord() {
    const text = await this.storedText();
    return text === null ? null : JSON.parse(text);
  }

  /** Saves a copy through the person's button and returns the downloaded file's text. */
  async exportCopy() {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.widget.getByRole('region', { name: 'Keep a copy' }).getByRole('button', { name: 'Save a copy to this device' }).click(),
    ]);
    const { readFile } = await import('node:fs/promises');
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }

  /** Chooses a file through the person's "Open a saved copy" button. */
  async chooseFile(name, contents) {
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.widget.getByRole('button', { name: 'Open a saved copy' }).click(),
    ]);
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
  }

  /** Fills a few areas, qualities and a priority, the way a person might. */
  async fillSome() {
    await this.openArea('Daily living and home');
    await this.addAnswer('haveNow', 'I cook a good curry');
    await this.question('haveNow').getByLabel('Where is this strength?').selectOption('individual');
    await this.addAnswer('want', 'A garden of my own');
    await this.openArea('Relationships and people around me');
    await this.addAnswer('haveNow', 'My sister Jo calls every Sunday');
    await this.question('haveNow').getByLabel('Where is this strength?').selectOption('interpersonal');
    await this.addAnswer('helpedBefore', 'The peer group at the library');
    await this.openArea('Money');
    await this.addAnswer('want', 'Save for a trip to see Mum');
    await this.question('want').getByRole('checkbox', { name: 'One of my priorities' }).check();
    await this.openPart('My qualities');
    await this.quality('Kindness').check();
    await this.quality('Humour').check();
    await this.star('Humour').click();
    await expect(this.star('Humour')).toHaveAttribute('aria-pressed', 'true');
  }
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it never does. */
export async function tabTo(page, target, { backwards = false, limit = 200 } = {}) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el.getRootNode().activeElement === el).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`never reached ${target} with the keyboard`);
}
