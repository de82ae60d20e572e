// A page object for the passcode: setting it in "Keep a copy", and the locked view every
// widget shows until it is opened.
import { expect } from '@playwright/test';

export const WIDGETS = ['strengths-inventory', 'goal-builder', 'warning-sign-planner'];

export class PasscodePage {
  constructor(page, { widget = 'strengths-inventory', namespace = 'harbourside' } = {}) {
    this.page = page;
    this.namespace = namespace;
    this.widget = page.locator(widget);
  }

  panel() {
    return this.widget.getByRole('region', { name: 'Lock with a passcode' });
  }

  /** Sets a passcode the way a person does, and waits until storage holds the record locked. */
  async set(passcode) {
    await this.panel().getByRole('button', { name: 'Set a passcode' }).click();
    await expect(this.panel().getByText('If you forget the passcode, no one can open your answers again')).toBeVisible();
    await this.panel().getByLabel('New passcode', { exact: true }).fill(passcode);
    await this.panel().getByLabel('The same passcode again').fill(passcode);
    await this.panel().getByRole('button', { name: 'Lock with this passcode' }).click();
    await expect(this.panel().getByRole('button', { name: 'Lock now' })).toBeVisible({ timeout: 15_000 });
    await this.settled();
  }

  /** Changes the passcode, and waits until storage holds everything under the new one. */
  async change(passcode) {
    const before = (await this.envelopes())[this.recordKey()]?.kdf.salt;
    await this.panel().getByRole('button', { name: 'Change the passcode' }).click();
    await this.panel().getByLabel('New passcode', { exact: true }).fill(passcode);
    await this.panel().getByLabel('The same passcode again').fill(passcode);
    await this.panel().getByRole('button', { name: 'Change the passcode' }).click();
    await expect(this.panel().getByText('Your passcode is changed.')).toBeVisible({ timeout: 15_000 });
    await expect.poll(async () => (await this.envelopes())[this.recordKey()]?.kdf.salt).not.toBe(before);
    await this.settled();
  }

  recordKey() {
    return `recovery-widgets:${this.namespace}:record`;
  }

  /** Every stored value under this record's name that is a locked envelope, by key. */
  async envelopes() {
    const all = await storedEverywhere(this.page);
    const found = {};
    for (const [key, text] of Object.entries(all.localStorage)) {
      if (!key.startsWith(this.recordKey())) continue;
      try {
        const value = JSON.parse(text);
        if (value?.format === 'recovery-widgets/locked') found[key] = value;
      } catch {
        // not JSON: not an envelope
      }
    }
    return found;
  }

  /** Waits until the record and its drafts (if any) are stored locked. */
  async settled() {
    await expect
      .poll(async () => {
        const all = (await storedEverywhere(this.page)).localStorage;
        return Object.entries(all)
          .filter(([key]) => key === this.recordKey() || key === `${this.recordKey()}:drafts`)
          .every(([, text]) => text.startsWith('{"format":"recovery-widgets/locked"'));
      })
      .toBe(true);
  }

  lockedHeading() {
    return this.widget.getByRole('heading', { name: 'Your answers are locked', level: 2 });
  }

  async unlock(passcode) {
    await this.widget.getByLabel('Passcode', { exact: true }).fill(passcode);
    await this.widget.getByRole('button', { name: 'Open', exact: true }).click();
  }

  async lockNow() {
    await this.panel().getByRole('button', { name: 'Lock now' }).click();
    await expect(this.lockedHeading()).toBeVisible();
  }
}

/** Every value in every storage area the page can reach: localStorage, sessionStorage, and
 * the names and contents of every IndexedDB database. */
export async function storedEverywhere(page) {
  return page.evaluate(async () => {
    const area = (s) => Object.fromEntries(Object.keys(s).map((k) => [k, s.getItem(k)]));
    const databases = [];
    for (const info of (await indexedDB.databases?.()) ?? []) {
      const db = await new Promise((resolve, reject) => {
        const open = indexedDB.open(info.name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of db.objectStoreNames) {
        const values = await new Promise((resolve) => {
          const get = db.transaction(store).objectStore(store).getAll();
          get.onsuccess = () => resolve(get.result);
        });
        databases.push({ name: info.name, store, values: JSON.stringify(values) });
      }
      db.close();
    }
    return { localStorage: area(localStorage), sessionStorage: area(sessionStorage), indexedDB: databases, cookies: document.cookie };
  });
}

/** The typed words found anywhere in storage, with where: empty when nothing leaked. */
export async function wordsInStorage(page, words) {
  const all = await storedEverywhere(page);
  const found = [];
  for (const [areaName, area] of Object.entries({ localStorage: all.localStorage, sessionStorage: all.sessionStorage })) {
    for (const [key, text] of Object.entries(area)) {
      for (const word of words) {
        if (key.includes(word) || text.includes(word)) found.push(`${areaName} ${key}: ${word}`);
      }
    }
  }
  for (const db of all.indexedDB) {
    for (const word of words) if (db.values.includes(word)) found.push(`indexedDB ${db.name}/${db.store}: ${word}`);
  }
  for (const word of words) if (all.cookies.includes(word)) found.push(`cookie: ${word}`);
  return found;
}
