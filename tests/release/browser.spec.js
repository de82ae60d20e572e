// The installed package in Debian's Chromium: a host page loading the widgets from
// node_modules works; served from the precompressed files it transfers the brotli sizes; and
// with the hashes from integrity.json it loads, while a changed byte in any file is refused.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { startServer } from '../../scripts/serve.mjs';
import { InventoryPage } from '../e2e/inventory-page.js';
import { INSTALLED, PROJECT } from './release.js';

const WIDGETS = ['strengths-inventory', 'goal-builder', 'warning-sign-planner'];
const PACKAGE = '/node_modules/recovery-widgets';
let server;
let origin;

test.beforeAll(async () => {
  ({ server, address: origin } = await startServer({ root: PROJECT, port: 0, precompressed: true, quiet: true }));
});
test.afterAll(() => server?.close());

/** Counts each widget's `recovery-widget-ready`, from before the page's own scripts run. */
async function countReady(page) {
  await page.addInitScript(() => {
    window.readyWidgets = [];
    document.addEventListener('recovery-widget-ready', (event) => window.readyWidgets.push(event.detail.widget));
  });
}
const readyWidgets = (page) => page.evaluate(() => [...window.readyWidgets].sort());

test('a page loading the widgets from the npm install works, and keeps a word typed', async ({ page }) => {
  await countReady(page);
  const inventory = new InventoryPage(page);
  await inventory.open(`${origin}index.html`);
  await expect.poll(() => readyWidgets(page)).toEqual([...WIDGETS].sort());
  await inventory.addAnswer('haveNow', 'I swim on Sundays');
  const stored = await inventory.storedRecord();
  expect(stored.inventory.domains[0].have_now[0].text).toBe('I swim on Sundays');
  await page.reload();
  await inventory.ready();
  await expect(inventory.answers('haveNow')).toHaveValue('I swim on Sundays');
});

test('served from the precompressed files, the page transfers the brotli sizes', async ({ page }) => {
  const encodings = {};
  page.on('response', (response) => {
    const name = new URL(response.url()).pathname.split('/').pop();
    encodings[name] = response.headers()['content-encoding'];
  });
  await countReady(page);
  await new InventoryPage(page).open(`${origin}index.html`);
  await expect.poll(() => readyWidgets(page)).toHaveLength(3);
  const sizes = await page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop(), [e.encodedBodySize, e.decodedBodySize]])),
  );
  for (const file of ['widgets.js', 'recovery-widgets.js', 'recovery-widgets_bg.wasm']) {
    expect(encodings[file], file).toBe('br');
    const brotli = readFileSync(`${INSTALLED}/${file}.br`).length;
    const raw = readFileSync(`${INSTALLED}/${file}`).length;
    expect(sizes[file], `${file}: transferred and decoded sizes`).toEqual([brotli, raw]);
  }
});

/** A page with Subresource Integrity: the loader's hash on its tag, the glue's in an import map. */
function pageWithIntegrity({ integrity = true, languages = '' } = {}) {
  const hashes = JSON.parse(readFileSync(`${INSTALLED}/integrity.json`, 'utf8'));
  const map = { integrity: { [`${PACKAGE}/recovery-widgets.js`]: hashes['recovery-widgets.js'] } };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SRI</title>
    ${integrity ? `<script type="importmap">${JSON.stringify(map)}</script>` : ''}
    <script type="module" src="${PACKAGE}/widgets.js" ${integrity ? `integrity="${hashes['widgets.js']}"` : ''}></script>
    </head><body>${WIDGETS.map((w) => `<${w} namespace="sri" ${languages && `languages="${languages}"`}></${w}>`).join('')}</body></html>`;
}

/** Changes one byte of `file` as the browser receives it: a letter in a comment or a word, so the file would still run. */
async function changeOneByte(page, file) {
  const changes = {
    'widgets.js': ['The recovery widgets loader', 'The recovery widgets Loader'],
    'recovery-widgets.js': ['@returns {number}', '@returns {numbeR}'],
    'recovery-widgets_bg.wasm': ['Parts of my strengths', 'Parts of my strengthS'],
    'lang/vi.json': ['Tiếng Việt', 'Tiếng ViệT'],
  };
  const [from, to] = changes[file];
  await page.route(`**${PACKAGE}/${file}`, async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    const at = body.indexOf(from);
    if (at < 0) throw new Error(`${file} has no "${from}" to change`);
    const differs = [...from].findIndex((letter, i) => letter !== to[i]);
    body[at + differs] = to.charCodeAt(differs);
    await route.fulfill({ response, body, headers: { ...response.headers(), 'content-encoding': 'identity' } });
  });
}

test('with the hashes from integrity.json the widgets load', async ({ page }) => {
  await countReady(page);
  await page.route('**/sri.html', (route) => route.fulfill({ contentType: 'text/html', body: pageWithIntegrity() }));
  await page.goto(`${origin}sri.html`);
  await expect.poll(() => readyWidgets(page)).toEqual([...WIDGETS].sort());
});

for (const file of ['widgets.js', 'recovery-widgets.js', 'recovery-widgets_bg.wasm']) {
  test(`a changed byte in ${file} is refused`, async ({ page }) => {
    const console = [];
    page.on('console', (message) => console.push(message.text()));
    await countReady(page);
    await changeOneByte(page, file);
    await page.route('**/sri.html', (route) => route.fulfill({ contentType: 'text/html', body: pageWithIntegrity() }));
    await page.goto(`${origin}sri.html`);
    if (file === 'widgets.js') {
      await expect.poll(() => console.join('\n')).toMatch(/integrity/i);
      expect(await page.evaluate(() => customElements.get('strengths-inventory'))).toBeUndefined();
    } else {
      await expect(page.locator('strengths-inventory').getByRole('status')).toHaveText(/could not load/);
      expect(console.join('\n')).toMatch(/integrity/i);
    }
    expect(await readyWidgets(page)).toEqual([]);
  });
}

test('a language file is checked by its hash: a changed byte leaves that language out, calmly', async ({ page }) => {
  const console = [];
  page.on('console', (message) => console.push(message.text()));
  await countReady(page);
  await page.route('**/sri.html', (route) => route.fulfill({ contentType: 'text/html', body: pageWithIntegrity({ languages: 'en vi' }) }));
  await page.goto(`${origin}sri.html`);
  await expect.poll(() => readyWidgets(page)).toEqual([...WIDGETS].sort());
  const menu = page.locator('strengths-inventory').getByRole('combobox', { name: 'Language' });
  await expect(menu.locator('option')).toHaveText(['English', 'Tiếng Việt']);

  await page.unrouteAll();
  await changeOneByte(page, 'lang/vi.json');
  await page.route('**/sri.html', (route) => route.fulfill({ contentType: 'text/html', body: pageWithIntegrity({ languages: 'en vi' }) }));
  await page.goto(`${origin}sri.html`);
  await expect.poll(() => readyWidgets(page)).toEqual([...WIDGETS].sort());
  await expect(page.locator('strengths-inventory').getByRole('heading', { name: 'My strengths', level: 2 })).toBeVisible();
  await expect(menu).toHaveCount(0);
  expect(console.join('\n')).toMatch(/lang\/vi\.json could not load/);
});

test('the changed loader and glue would run without integrity: it is the hash that refuses them', async ({ page }) => {
  await countReady(page);
  await changeOneByte(page, 'widgets.js');
  await changeOneByte(page, 'recovery-widgets.js');
  await page.route('**/sri.html', (route) => route.fulfill({ contentType: 'text/html', body: pageWithIntegrity({ integrity: false }) }));
  await page.goto(`${origin}sri.html`);
  await expect.poll(() => readyWidgets(page)).toEqual([...WIDGETS].sort());
});
