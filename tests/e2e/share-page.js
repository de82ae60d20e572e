// "Share a copy" and "Add to my calendar", as a person meets them, and what the tests need
// around them: a record put in place before the page loads, a stubbed share menu that keeps
// what it was handed, the copy opened as a page of its own, and calendar files read back.
import { expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { RECORD_KEY } from './inventory-page.js';
import { PlannerPage } from './planner-page.js';

/** Every http(s) request the page makes from now on (blob: downloads are not requests out). */
export function watchRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    if (/^https?:/.test(r.url())) seen.push(`${r.method()} ${r.url()}`);
  });
  return seen;
}

/** The demo page, opened at the warning-sign planner, ready. */
export async function openPlanner(page) {
  await page.goto('/');
  const planner = new PlannerPage(page);
  await planner.ready();
  return planner;
}

/** The typical record the core's golden files are made from. */
export const TYPICAL = JSON.parse(
  await readFile(new URL('../../crates/core/tests/fixtures/v3-typical.json', import.meta.url), 'utf8'),
);

/** A record with three check-ins on the journey (and a plan, goals and strengths). */
export const JOURNEY = JSON.parse(
  await readFile(new URL('../../crates/core/tests/fixtures/v4-journey.json', import.meta.url), 'utf8'),
);

/** The demo page's names of the life areas the fixtures use, in its order. */
const AREA_NAMES = {
  money: 'Money',
  relationships: 'Relationships and people around me',
  health: 'Health and wellbeing',
};

/** A day as the demo page (en-AU) writes it: "1 Dec 2026". */
const dayText = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d).toLocaleDateString('en-AU', { dateStyle: 'medium' });
};

const ratingSaid = (r) => `${r} out of 10: ${r <= 3 ? 'a harder time' : r <= 6 ? 'some good, some hard' : 'going well'}`;

/**
 * The journey part of a shared copy, worked out from the record alone: how each area moved
 * (first and latest rating), then each check-in newest first with every area any check-in
 * answered ("Skipped" where it was left out or not rated), what helped and the signs noticed.
 * `groups` are the document's headings and list items; `text(made)` the whole text copy.
 */
export function journeyCopy(record) {
  const checkIns = record.journey.check_ins;
  // The host's order first (the demo page's areas), then any others.
  const order = Object.keys(AREA_NAMES);
  const areas = [...new Set(checkIns.flatMap((c) => c.areas.map((a) => a.domain)))].sort(
    (a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99),
  );
  const stories = areas.flatMap((area) => {
    const points = checkIns.flatMap((c) => c.areas.filter((a) => a.domain === area && a.rating != null).map((a) => ({ date: c.date, rating: a.rating })));
    if (points.length === 0) return [];
    const [first, latest] = [points[0], points.at(-1)];
    const start = `${AREA_NAMES[area]}: ${first.rating} on ${dayText(first.date)}`;
    if (points.length === 1) return [`${start}.`];
    const moved = latest.rating > first.rating ? ' This has grown.' : latest.rating < first.rating ? ' A harder time lately.' : '';
    return [`${start}, ${latest.rating} now.${moved}`];
  });
  const groups = [
    { title: 'How far I have come', lines: stories },
    ...[...checkIns].reverse().map((c) => ({
      title: `My check-in for ${dayText(c.date)}`,
      lines: [
        ...areas.map((area) => {
          const answer = c.areas.find((a) => a.domain === area);
          const said = answer?.rating != null ? ratingSaid(answer.rating) : 'Skipped';
          const helped = answer?.helped?.trim() ? ` — What helped: ${answer.helped.trim()}` : '';
          return `${AREA_NAMES[area]}: ${said}${helped}`;
        }),
        ...(c.noticed ?? []).map((n) => `I noticed: ${n.text}`),
      ],
    })),
  ];
  const text = (made) =>
    ['My journey', made, '', '== My journey ==', ...groups.flatMap((g) => ['', g.title, ...g.lines.map((l) => `• ${l}`)]), ''].join('\n');
  return { groups, text };
}

/** Puts `record` in the demo page's storage before any script runs (every load). */
export async function seed(page, record, namespace = 'harbourside') {
  await page.addInitScript(
    ([key, text]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, text);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [RECORD_KEY(namespace), JSON.stringify(record)],
  );
}

/**
 * A share menu that says yes to files and keeps what it was handed in `window.__shared`
 * (each file's name, type and text). Or, with `canShare: false`, a browser with no share menu;
 * with `refuse`, a share menu that fails with that DOMException name (`AbortError` when the
 * person closes it).
 */
export async function stubShareMenu(page, { canShare = true, refuse = '' } = {}) {
  await page.addInitScript(([canShare, refuse]) => {
    window.__shared = [];
    if (!canShare) {
      Object.defineProperty(Navigator.prototype, 'canShare', { value: undefined, configurable: true });
      Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
      return;
    }
    Object.defineProperty(Navigator.prototype, 'canShare', {
      configurable: true,
      value: (data) => Array.isArray(data?.files) && data.files.length > 0 && data.files.every((f) => f instanceof File),
    });
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: async (data) => {
        if (refuse) throw new DOMException('refused', refuse);
        const files = await Promise.all(
          (data.files ?? []).map(async (f) => ({ name: f.name, type: f.type, text: await f.text() })),
        );
        window.__shared.push({ files, title: data.title, text: data.text, url: data.url, keys: Object.keys(data) });
      },
    });
  }, [canShare, refuse]);
}

/** The "Share a copy" panel of the widget `widget` (a locator). */
export class SharePanel {
  constructor(widget) {
    this.widget = widget;
    this.data = widget.getByRole('region', { name: 'Keep a copy' });
    this.panel = this.data.getByRole('group', { name: 'Share a copy' });
  }

  async open() {
    await this.data.getByRole('button', { name: 'Share a copy' }).click();
    await expect(this.panel).toBeVisible();
  }

  choice(name) {
    return this.panel.getByRole('group', { name: 'What goes in?' }).getByRole('checkbox', { name, exact: true });
  }

  async choose(...names) {
    for (const name of names) await this.choice(name).check();
  }

  send() {
    return this.panel.getByRole('button', { name: 'Share or save this copy' }).click();
  }

  /** Sends with no share menu: the download's name and text. */
  async download() {
    const page = this.widget.page();
    const [download] = await Promise.all([page.waitForEvent('download'), this.send()]);
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }

  status() {
    return this.panel.getByRole('status');
  }
}

/**
 * What a person sees in a shared copy opened on its own in a browser with JavaScript off (or
 * on, with `javaScript: true`): its language and direction, headings, and each list item's
 * text, and every element's name (to find any the document never writes).
 */
export async function openCopy(browser, html, { javaScript = false } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript });
  const page = await context.newPage();
  await page.route('http://copy.invalid/**', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('http://copy.invalid/my-plan.html');
  const seen = {
    lang: await page.getAttribute('html', 'lang'),
    dir: await page.getAttribute('html', 'dir'),
    title: await page.title(),
    h1: await page.locator('h1').innerText(),
    h2: await page.locator('h2').allInnerTexts(),
    h3: await page.locator('h3').allInnerTexts(),
    items: await page.locator('li').allInnerTexts(),
    text: await page.locator('body').innerText(),
    elements: await page.locator('*').evaluateAll((all) => [...new Set(all.map((e) => e.localName))].sort()),
    links: await page.locator('a').evaluateAll((all) => all.map((a) => a.getAttribute('href'))),
    pwned: javaScript ? await page.evaluate(() => window.__pwned ?? null) : null,
    requests: requests.slice(1),
  };
  await context.close();
  return seen;
}
