// Reaching into the widgets' shadow roots over WebDriver, with the same words the Chromium
// tests' page objects use (tests/e2e/*-page.js): a button by its name, a box by its label, a
// region by its heading. Names are worked out in the page the way a screen reader would for
// these widgets (aria-label, aria-labelledby, a <label>, else the text), and only elements a
// person can see count, as with Playwright's getByRole and getByLabel.
import { By, Key } from 'selenium-webdriver';

export { Key };
export const WIDGET_TAGS = ['strengths-inventory', 'goal-builder', 'warning-sign-planner', 'recovery-journey'];
export const RECORD_KEY = (namespace) => `recovery-widgets:${namespace}:record`;
/** Generous, bounded: a cold engine under xvfb on two shared cores can be slow to start. */
export const TIMEOUT = 20_000;

// Runs in the page: every element in `tag`'s shadow root that each step of `path` finds
// inside the last. A step is { role, name, label, text, css, level, exact, hidden }; a name,
// label or text is a string (found anywhere in it, in any case, as Playwright does; the whole
// of it with `exact`) or { pattern, flags } (a regular expression). Spaces are squeezed.
function findInPage(tag, path) {
  const squeeze = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
  const host = document.querySelector(tag);
  const root = host?.shadowRoot;
  if (!root) return [];
  const textOf = (ids) => squeeze(ids.split(/\s+/).map((id) => root.getElementById(id)?.textContent ?? '').join(' '));
  const nameOf = (el) => {
    if (el.hasAttribute('aria-label')) return squeeze(el.getAttribute('aria-label'));
    if (el.hasAttribute('aria-labelledby')) return textOf(el.getAttribute('aria-labelledby'));
    const legend = el.localName === 'fieldset' && el.querySelector(':scope > legend');
    if (legend) return squeeze(legend.innerText);
    if (el.labels?.length) return squeeze([...el.labels].map((l) => l.innerText).join(' '));
    if (el.localName === 'img') return squeeze(el.alt);
    const title = el.querySelector(':scope > title');
    if (el.localName === 'svg' && title) return squeeze(title.textContent);
    return squeeze(el.innerText ?? el.textContent);
  };
  const ROLES = {
    button: 'button, [role=button]',
    link: 'a[href]',
    checkbox: 'input[type=checkbox], [role=checkbox]',
    radio: 'input[type=radio], [role=radio]',
    textbox: 'textarea, input:not([type]), input[type=text], input[type=tel], input[type=date]',
    combobox: 'select',
    heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
    region: 'section[aria-labelledby], section[aria-label], [role=region]',
    group: 'fieldset, [role=group]',
    navigation: 'nav, [role=navigation]',
    img: 'img, [role=img]',
    alert: '[role=alert]',
    alertdialog: '[role=alertdialog]',
    status: '[role=status]',
    article: 'article, [role=article]',
  };
  // As Playwright matches names: a string anywhere in the name, in any case, unless `exact`.
  const matches = (wanted, actual, exact) => {
    if (typeof wanted !== 'string') return new RegExp(wanted.pattern, wanted.flags).test(actual);
    return exact ? actual === wanted : actual.toLowerCase().includes(wanted.toLowerCase());
  };
  const seen = (el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('[aria-hidden=true]');
  let scopes = [root];
  for (const step of path) {
    const found = new Set();
    for (const scope of scopes) {
      let candidates;
      // Only words: the element found so far, when it shows them (as Playwright's toContainText).
      if (!step.css && !step.role && step.label === undefined) candidates = [scope];
      else if (step.css) candidates = [...scope.querySelectorAll(step.css)];
      else if (step.label !== undefined) candidates = [...scope.querySelectorAll('textarea, input, select')];
      else candidates = [...scope.querySelectorAll(ROLES[step.role])];
      for (const el of candidates) {
        if (el !== root && !step.hidden && !seen(el)) continue;
        if (step.label !== undefined && !matches(step.label, nameOf(el), step.exact)) continue;
        if (step.name !== undefined && !matches(step.name, nameOf(el), step.exact)) continue;
        if (step.text !== undefined && !matches(step.text, squeeze(el.textContent), step.exact)) continue;
        if (step.level !== undefined && el.localName !== `h${step.level}`) continue;
        found.add(el);
      }
    }
    scopes = [...found];
  }
  return scopes;
}

const asStep = (step) => {
  const out = { ...step };
  for (const key of ['name', 'label', 'text']) {
    if (step[key] instanceof RegExp) out[key] = { pattern: step[key].source, flags: step[key].flags };
  }
  return out;
};

/** A widget on the page (by its tag), for finding and working what is in it. */
export class Widget {
  constructor(driver, tag) {
    this.driver = driver;
    this.tag = tag;
  }

  /** Every element the path finds, now. */
  all(...path) {
    return this.driver.executeScript(findInPage, this.tag, path.map(asStep));
  }

  /** The element the path finds (the last, if several), waiting for it to be there. */
  async find(...path) {
    let found = [];
    await this.driver.wait(
      async () => (found = await this.all(...path)).length > 0,
      TIMEOUT,
      `<${this.tag}> shows nothing for ${JSON.stringify(path)}`,
    );
    return found.at(-1);
  }

  /** Waits until the path finds exactly `count` elements. */
  async expectCount(count, ...path) {
    let found = [];
    await this.driver
      .wait(async () => (found = await this.all(...path)).length === count, TIMEOUT)
      .catch(() => {
        throw new Error(`<${this.tag}>: expected ${count} of ${JSON.stringify(path)}, found ${found.length}`);
      });
  }

  async click(...path) {
    await (await this.find(...path)).click();
  }

  /**
   * Types `text` into a box, in place of what was there. No click first: WebKitWebDriver may
   * refuse a click on a box inside a shadow root that is plainly on top.
   */
  async fill(path, text) {
    const box = await this.find(...[path].flat());
    await box.clear();
    if (text) await box.sendKeys(text);
  }

  /** Chooses an option of a <select>, by its words or by `{ value }`, as a person clicks it. */
  async choose(path, option) {
    const select = await this.find(...[path].flat());
    const which = typeof option === 'string' ? `normalize-space(.)=${JSON.stringify(option)}` : `@value=${JSON.stringify(option.value)}`;
    await select.findElement(By.xpath(`./option[${which}]`)).click();
  }

  /** Waits until a box (the last the path finds) holds `value`; returns it. */
  async expectValue(value, ...path) {
    let actual;
    await this.driver
      .wait(async () => {
        const found = await this.all(...path);
        actual = found.length ? await found.at(-1).getProperty('value') : '(nothing found)';
        return actual === value;
      }, TIMEOUT)
      .catch(() => {
        throw new Error(`<${this.tag}>: ${JSON.stringify(path)} holds ${JSON.stringify(actual)}, not ${JSON.stringify(value)}`);
      });
    return actual;
  }

  /** Waits until the widget's text includes `words`. */
  async expectText(words) {
    let text = '';
    await this.driver
      .wait(async () => (text = await this.text()).includes(words), TIMEOUT)
      .catch(() => {
        throw new Error(`<${this.tag}> never said "${words}"; it says: ${text.slice(0, 400)}…`);
      });
  }

  /** Everything the widget shows as text, spaces squeezed. */
  text() {
    return this.driver.executeScript(
      (tag) => (document.querySelector(tag)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
      this.tag,
    );
  }

  /** Waits until the widget's heading shows: it has loaded and is ready to use. */
  async ready(heading) {
    await this.find({ role: 'heading', name: heading, level: 2 });
  }
}

/** The three widgets on a page, named as the Chromium tests name them. */
export function widgetsOn(driver) {
  return {
    inventory: new Widget(driver, 'strengths-inventory'),
    goals: new Widget(driver, 'goal-builder'),
    planner: new Widget(driver, 'warning-sign-planner'),
  };
}

export const HEADINGS = {
  inventory: 'My strengths',
  goals: 'My goals',
  planner: 'My plan for staying well',
};

/** Opens `path` and waits until every widget on it is ready. */
export async function openPage(driver, base, path = '/') {
  await driver.get(new URL(path, base).href);
  const widgets = widgetsOn(driver);
  for (const [key, widget] of Object.entries(widgets)) await widget.ready(HEADINGS[key]);
  return widgets;
}

/** The stored record (parsed), or null. */
export async function storedRecord(driver, namespace = 'harbourside') {
  const text = await driver.executeScript((key) => localStorage.getItem(key), RECORD_KEY(namespace));
  return text === null ? null : JSON.parse(text);
}

/** The element that has the keyboard, looking inside shadow roots. */
export function focused(driver) {
  return driver.executeScript(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  });
}

/** Presses a key (or keys, as a chord) on whatever has the keyboard, as a person would. */
export async function press(driver, ...keys) {
  const actions = driver.actions();
  for (const key of keys) actions.keyDown(key);
  for (const key of [...keys].reverse()) actions.keyUp(key);
  await actions.perform();
}

/** Types text on whatever has the keyboard, key by key. */
export async function type(driver, text) {
  await driver.actions().sendKeys(text).perform();
}

/**
 * Presses Tab (or Shift+Tab) until the element the path finds has the keyboard, without ever
 * taking the keyboard out of the page. Past the page's last element, Tab goes to the browser's
 * own bar; a person pressing Tab again comes back into a page that has the focus. Under
 * geckodriver it does not: the keys still reach the page and move its focus, but the page no
 * longer has the browser's focus (`document.hasFocus()` is false), so Firefox no longer lets
 * Enter or Space press a button. A plain page without the widgets shows the same
 * (docs/testing.md), so the tests go the short way, as a person would, and stop here if not.
 */
export async function tabTo(widget, path, { backwards = false, limit = 200 } = {}) {
  const target = await widget.find(...[path].flat());
  const { driver } = widget;
  for (let i = 0; i < limit; i++) {
    const now = await focused(driver);
    if (now && (await now.getId()) === (await target.getId())) return;
    if (!(await driver.executeScript(() => document.hasFocus()))) {
      throw new Error(`the keyboard left the page on its way to ${JSON.stringify(path)} in <${widget.tag}>: go the other way`);
    }
    if (backwards) await press(driver, Key.SHIFT, Key.TAB);
    else await press(driver, Key.TAB);
  }
  throw new Error(`never reached ${JSON.stringify(path)} in <${widget.tag}> with the keyboard`);
}
