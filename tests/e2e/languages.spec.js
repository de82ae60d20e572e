// Every person in their own language: the widgets on /languages.html (English by default,
// offering the six built-in languages), switched by the person, right to left in Arabic.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

const PAGE = '/languages.html';
const NAMESPACE = 'languages';
const RECORD = `recovery-widgets:${NAMESPACE}:record`;
const WIDGETS = ['strengths-inventory', 'goal-builder', 'warning-sign-planner', 'recovery-journey'];
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// The words of each language, from the files the bundle serves: a test names what a person
// reads in that language.
const file = (tag) => JSON.parse(readFileSync(new URL(`../../crates/core/lang/${tag}.json`, import.meta.url), 'utf8'));
const LANGUAGES = Object.fromEntries(['en', 'zh-Hans', 'zh-Hant', 'ar', 'vi', 'pa', 'es'].map((t) => [t, file(t)]));
/** The words for `key` in `tag`. */
const say = (tag, key) => {
  const words = LANGUAGES[tag][key];
  if (words === undefined) throw new Error(`no ${key} in ${tag}.json`);
  return words;
};

async function open(page) {
  await page.goto(PAGE);
  for (const tag of WIDGETS) {
    await expect(page.locator(tag).locator('.rw-root h2').first()).toBeVisible();
  }
}

/** Chooses a language in one widget's menu, as a person would. */
async function choose(page, tag, { widget = 'strengths-inventory' } = {}) {
  const menu = page.locator(widget).getByRole('combobox', { name: LANGUAGES[await shownIn(page, widget)]['language.menu'] });
  await menu.selectOption(tag);
  for (const other of WIDGETS) {
    await expect(page.locator(other).locator('.rw-root')).toHaveAttribute('lang', tag);
  }
}

/** The language a widget shows now. */
const shownIn = (page, widget) => page.locator(widget).locator('.rw-root').getAttribute('lang').then((l) => (l === 'en-AU' ? 'en' : l));

async function violations(page) {
  const results = await new AxeBuilder({ page }).include(WIDGETS.join(',')).withTags(WCAG).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('each language is offered by its own name, and the host default comes first', async ({ page }) => {
  await open(page);
  const menu = page.locator('strengths-inventory').getByRole('combobox', { name: 'Language' });
  await expect(menu).toHaveValue('en');
  const options = await menu.locator('option').evaluateAll((all) => all.map((o) => [o.value, o.lang, o.textContent]));
  expect(options).toEqual(['en', 'zh-Hans', 'zh-Hant', 'ar', 'vi', 'pa', 'es'].map((t) => [t, t, say(t, 'language.name')]));
});

test('in Arabic every widget reads right to left, mirrored, with no accessibility violations', async ({ page }) => {
  await open(page);
  await choose(page, 'ar');
  for (const tag of WIDGETS) {
    await expect(page.locator(tag).locator('.rw-root')).toHaveAttribute('dir', 'rtl');
  }
  const inventory = page.locator('strengths-inventory');
  await expect(inventory.getByRole('heading', { level: 2, name: say('ar', 'inventory.title') })).toBeVisible();

  // Mirrored: the list of life areas stands to the right of the area it opens, the first part
  // of the menu to the right of the second, and the heading against the right edge.
  const areas = await inventory.getByRole('navigation', { name: say('ar', 'area.list_label') }).boundingBox();
  const area = await inventory.getByRole('heading', { level: 3, name: say('ar', 'domain.daily-living') }).boundingBox();
  expect(areas.x).toBeGreaterThan(area.x + area.width - 1);
  const parts = inventory.getByRole('navigation', { name: say('ar', 'nav.label') }).getByRole('button');
  const [first, second] = [await parts.nth(0).boundingBox(), await parts.nth(1).boundingBox()];
  expect(first.x).toBeGreaterThan(second.x);
  const root = await inventory.locator('.rw-root').boundingBox();
  const heading = await inventory.getByRole('heading', { level: 2 }).boundingBox();
  expect(root.x + root.width - (heading.x + heading.width)).toBeLessThan(40);

  // The next-area arrow points the way Arabic reads on: to the left.
  const arrow = inventory.getByRole('button', { name: say('ar', 'area.next') }).locator('.rw-arrow');
  expect(await arrow.evaluate((el) => getComputedStyle(el).transform)).toBe('matrix(-1, 0, 0, 1, 0, 0)');

  // The chart's bars grow from the right.
  await inventory.getByRole('textbox', { name: say('ar', 'entry.new_label') }).first().fill('أطبخ طعامًا طيبًا');
  await inventory.getByRole('button', { name: say('ar', 'entry.add'), exact: true }).first().click();
  await inventory.getByRole('button', { name: say('ar', 'nav.summary') }).click();
  const bar = await inventory.locator('.rw-chart-svg rect').first().boundingBox();
  const svg = await inventory.locator('.rw-chart-svg').boundingBox();
  expect(svg.x + svg.width - (bar.x + bar.width)).toBeLessThan(2);

  // Phone numbers stay left to right inside Arabic sentences.
  const call = page.locator('warning-sign-planner').locator('a[href="tel:131114"]').first();
  await expect(call).toContainText('\u206613 11 14\u2069');

  expect(await violations(page)).toEqual([]);
});

for (const tag of ['zh-Hans', 'pa']) {
  test(`in ${say(tag, 'language.name')} (${tag}) there are no accessibility violations`, async ({ page }) => {
    await open(page);
    await choose(page, tag);
    await expect(page.locator('goal-builder').getByRole('heading', { level: 2, name: say(tag, 'goals.title') })).toBeVisible();
    await expect(page.locator('goal-builder').locator('.rw-root')).toHaveAttribute('dir', 'ltr');
    expect(await violations(page)).toEqual([]);
  });
}

test('switching language keeps everything typed, even an unfinished "add" box, and asks the server for nothing', async ({ page }) => {
  await open(page);
  const inventory = page.locator('strengths-inventory');
  await inventory.getByRole('textbox', { name: 'Add in your own words' }).first().fill('I make good soup');
  await inventory.getByRole('button', { name: 'Add', exact: true }).first().click();
  await inventory.getByRole('textbox', { name: 'Add in your own words' }).nth(1).fill('Half a thought, not added yet');
  const goals = page.locator('goal-builder');
  await goals.getByRole('textbox', { name: 'My goal, in my own words' }).fill('Walk to the beach');

  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await choose(page, 'vi');
  await choose(page, 'ar', { widget: 'goal-builder' });
  await choose(page, 'zh-Hant', { widget: 'warning-sign-planner' });
  await choose(page, 'en');

  await expect(inventory.getByLabel('Your words').first()).toHaveValue('I make good soup');
  await expect(inventory.getByRole('textbox', { name: 'Add in your own words' }).nth(1)).toHaveValue('Half a thought, not added yet');
  await expect(goals.getByRole('textbox', { name: 'My goal, in my own words' })).toHaveValue('Walk to the beach');
  expect(requests).toEqual([]);
});

test('the choice is kept with the record, and a reload opens in it', async ({ page }) => {
  await open(page);
  await choose(page, 'vi', { widget: 'warning-sign-planner' });
  expect(await page.evaluate((key) => localStorage.getItem(key), `recovery-widgets:${NAMESPACE}:record:language`)).toBe('vi');
  await page.reload();
  for (const tag of WIDGETS) {
    await expect(page.locator(tag).locator('.rw-root')).toHaveAttribute('lang', 'vi');
  }
  await expect(page.locator('strengths-inventory').getByRole('combobox', { name: say('vi', 'language.menu') })).toHaveValue('vi');
});

test('in Vietnamese the crisis lines add free interpreting (TIS National, 131 450); in English they do not', async ({ page }) => {
  await open(page);
  const planner = page.locator('warning-sign-planner');
  const crisis = planner.getByRole('region', { name: 'Need help now?' });
  await expect(crisis.locator('.rw-crisis-line')).toHaveCount(4);
  await expect(crisis.locator('a[href="tel:131450"]')).toHaveCount(0);

  await choose(page, 'vi');
  const lines = planner.getByRole('region', { name: say('vi', 'crisis.title') }).locator('.rw-crisis-line');
  await expect(lines).toHaveCount(5);
  await expect(lines.nth(1)).toContainText(say('vi', 'crisis.default.interpreter'));
  await expect(lines.nth(1)).toContainText(say('vi', 'crisis.default.interpreter.about'));
  await expect(lines.nth(1).getByRole('link', { name: say('vi', 'crisis.call').replace('{name}', say('vi', 'crisis.default.interpreter')).replace('{number}', '131 450') })).toHaveAttribute('href', 'tel:131450');
});

test('an entry mixing Arabic and English survives save, reload, export and import byte for byte', async ({ page, browser }) => {
  const mixed = 'أحب المشي مع كلبي Max on Sundays، ثم قهوة with Jo ☕';
  await open(page);
  await choose(page, 'ar');
  const inventory = page.locator('strengths-inventory');
  const addBox = inventory.getByRole('textbox', { name: say('ar', 'entry.new_label') }).first();
  await expect(addBox).toHaveAttribute('dir', 'auto');
  await addBox.fill(mixed);
  await inventory.getByRole('button', { name: say('ar', 'entry.add'), exact: true }).first().click();
  const stored = () => page.evaluate((key) => JSON.parse(localStorage.getItem(key)), RECORD);
  expect((await stored()).inventory.domains[0].have_now[0].text).toBe(mixed);

  await page.reload();
  await expect(inventory.getByLabel(say('ar', 'entry.edit_label')).first()).toHaveValue(mixed);
  expect((await stored()).inventory.domains[0].have_now[0].text).toBe(mixed);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    inventory.getByRole('button', { name: say('ar', 'data.export') }).click(),
  ]);
  const copy = await readFile(await download.path(), 'utf8');
  expect(JSON.parse(copy)).toEqual(await stored());
  expect(copy).toContain(JSON.stringify(mixed));

  const fresh = await browser.newContext();
  const elsewhere = await fresh.newPage();
  await open(elsewhere);
  const there = elsewhere.locator('strengths-inventory');
  const [chooser] = await Promise.all([
    elsewhere.waitForEvent('filechooser'),
    there.getByRole('button', { name: 'Open a saved copy' }).click(),
  ]);
  await chooser.setFiles({ name: 'copy.json', mimeType: 'application/json', buffer: Buffer.from(copy) });
  await there.getByRole('button', { name: 'Replace with this copy' }).click();
  await expect(there.getByLabel('Your words').first()).toHaveValue(mixed);
  const opened = await elsewhere.evaluate((key) => JSON.parse(localStorage.getItem(key)), RECORD);
  expect({ ...opened, updated: null }).toEqual({ ...JSON.parse(copy), updated: null });
  await fresh.close();
});

test('on a kiosk, "I\'m finished" goes back to the host\'s language for the next person', async ({ page }) => {
  await page.goto('/kiosk.html');
  await expect(page.locator('strengths-inventory').getByRole('heading', { name: 'My strengths', level: 2 })).toBeVisible();
  // The host offers languages on its kiosk (set here as a host's script would).
  await page.evaluate(() => {
    for (const widget of document.querySelectorAll('strengths-inventory, goal-builder, warning-sign-planner, recovery-journey')) {
      widget.setAttribute('languages', 'en ar vi');
    }
  });
  await expect(page.locator('strengths-inventory').getByRole('combobox', { name: 'Language' })).toBeVisible();
  await choose(page, 'ar');
  expect(await page.evaluate(() => Object.keys(localStorage).length + Object.keys(sessionStorage).length)).toBe(0);

  const kiosk = page.locator('strengths-inventory');
  await kiosk.getByRole('button', { name: say('ar', 'kiosk.finish') }).click();
  await kiosk.getByRole('button', { name: say('ar', 'kiosk.clear') }).click();
  for (const tag of WIDGETS) {
    await expect(page.locator(tag).locator('.rw-root')).toHaveAttribute('lang', 'en');
    await expect(page.locator(tag).locator('.rw-root')).toHaveAttribute('dir', 'ltr');
  }
  await expect(kiosk.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
});

test('a host words each language on its own, and gives each its own crisis lines', async ({ page }) => {
  // languages.html as a host might write it: its own wording and lines per language.
  await page.route('**/languages.html', async (route) => {
    const response = await route.fetch();
    const wording = { en: { 'inventory.title': 'Our strengths page' }, vi: { 'inventory.title': 'Trang điểm mạnh của chúng tôi' } };
    const lines = {
      en: [{ name: 'Harbourside team', number: '(02) 5550 1234' }],
      vi: [{ name: 'Đội Harbourside (tiếng Việt)', number: '(02) 5550 1235' }],
    };
    const html = (await response.text())
      .replace('<main>', `<main><script type="application/json" id="words">${JSON.stringify(wording)}</script>
        <script type="application/json" id="lines">${JSON.stringify(lines)}</script>`)
      .replaceAll('namespace="languages"', 'namespace="languages" text-from="words" crisis-lines-from="lines"');
    await route.fulfill({ response, body: html });
  });
  await open(page);
  const inventory = page.locator('strengths-inventory');
  const planner = page.locator('warning-sign-planner');
  await expect(inventory.getByRole('heading', { level: 2 })).toHaveText('Our strengths page');
  await expect(planner.locator('.rw-crisis-line')).toHaveText([/Harbourside team/]);

  await choose(page, 'vi');
  await expect(inventory.getByRole('heading', { level: 2 })).toHaveText('Trang điểm mạnh của chúng tôi');
  await expect(planner.locator('.rw-crisis-line')).toHaveText([/Đội Harbourside \(tiếng Việt\)/]);
  // Words the host left out are the language's own.
  await expect(inventory.getByRole('button', { name: say('vi', 'nav.summary') })).toBeVisible();

  // A language the host gave no lines keeps the service's own team, with free interpreting.
  await choose(page, 'es');
  await expect(inventory.getByRole('heading', { level: 2 })).toHaveText(say('es', 'inventory.title'));
  await expect(planner.locator('.rw-crisis-line')).toHaveText([new RegExp(say('es', 'crisis.default.interpreter').replace(/[()]/g, '\\$&')), /Harbourside team/]);
});

test('every menu shows the language on screen, whichever widget it was chosen in', async ({ page }) => {
  await open(page);
  const menus = WIDGETS.map((tag) => page.locator(tag).locator('#rw-language-menu'));
  await choose(page, 'vi');
  await choose(page, 'en');
  await choose(page, 'vi', { widget: 'goal-builder' });
  for (const menu of menus) await expect(menu).toHaveValue('vi');
  // Back to English from the first widget's menu, which showed English a moment ago.
  await choose(page, 'en');
  for (const menu of menus) await expect(menu).toHaveValue('en');
  await choose(page, 'ar', { widget: 'warning-sign-planner' });
  for (const menu of menus) await expect(menu).toHaveValue('ar');
});

test('a host language tag written with an underscore still works, and nonsense falls back to English', async ({ page }) => {
  for (const [tag, shown] of [['en_AU', 'en'], ['x', 'en']]) {
    await page.route('**/languages.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace('<html lang="en-AU">', `<html lang="${tag}">`) });
    });
    await open(page);
    await expect(page.locator('strengths-inventory').locator('.rw-root')).toHaveAttribute('lang', shown);
    await expect(page.locator('strengths-inventory').getByText('0 of 7 life areas have something written')).toBeVisible();
    await page.unrouteAll();
  }
});

test('while the bundle loads, and if it cannot, each widget says so in the language it will show', async ({ page }) => {
  // The page's lang → the built-in language the widgets then show.
  for (const [tag, language] of [['ar', 'ar'], ['zh-TW', 'zh-Hant'], ['zh', 'zh-Hans'], ['es-419', 'es'], ['pa-Arab', 'en'], ['vi_VN', 'vi']]) {
    await page.route('**/languages.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace('<html lang="en-AU">', `<html lang="${tag}">`) });
    });
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route('**/widgets/recovery-widgets_bg.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(PAGE);
    const note = page.locator('strengths-inventory').getByRole('status');
    await expect(note).toHaveText(say(language, 'loader.loading'));
    await expect(note).toHaveAttribute('lang', language);
    await expect(note).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
    release();
    await expect(page.locator('strengths-inventory').getByRole('heading', { level: 2, name: say(language, 'inventory.title') })).toBeVisible();

    // The same page when the module cannot be downloaded.
    await page.unrouteAll();
    await page.route('**/languages.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace('<html lang="en-AU">', `<html lang="${tag}">`) });
    });
    await page.route('**/widgets/recovery-widgets_bg.wasm', (route) => route.abort('connectionfailed'));
    await page.goto(PAGE);
    for (const widget of WIDGETS) {
      await expect(page.locator(widget).getByRole('status')).toHaveText(say(language, 'loader.could_not_load'));
    }
    await page.unrouteAll();
  }
});
