// A real panic, not a call to the note's code: the test bundle (scripts/build-test-bundle.sh,
// served from target/panic-test-site/) panics when a change puts "Stop here on purpose" in the
// record, as a bug would, after the change and before it is saved. Deleting the panic hook, or
// a note that lost the person's answers, fails here.
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { startServer } from '../../scripts/serve.mjs';
import { InventoryPage, RECORD_KEY } from './inventory-page.js';
import { GoalsPage } from './goals-page.js';
import { PlannerPage } from './planner-page.js';

const SITE = 'target/panic-test-site';
const TRIGGER = 'Stop here on purpose';
const NOTE = 'Something went wrong, and this tool has stopped working. Nothing you saved on this device was changed.';
const WITH_COPY = `${NOTE} You can save a copy of your answers now, then reload the page.`;
const WITHOUT_COPY = `${NOTE} Please reload the page.`;
const WIDGETS = ['strengths-inventory', 'goal-builder', 'warning-sign-planner'];

let site;
test.beforeAll(async () => {
  expect(existsSync(`${SITE}/widgets/recovery-widgets_bg.wasm`), `${SITE} holds the test bundle: run scripts/build-test-bundle.sh`).toBe(true);
  site = await startServer({ root: SITE, port: 0, quiet: true });
});
test.afterAll(async () => {
  site.server.closeAllConnections();
  await new Promise((done) => site.server.close(done));
});

/** Opens a page of the test site with every widget ready; returns its page objects. */
async function open(page, path) {
  const inventory = new InventoryPage(page, { namespace: path === '/kiosk.html' ? 'kiosk' : 'harbourside' });
  await inventory.open(`${site.address.replace(/\/$/, '')}${path}`);
  const goals = new GoalsPage(page);
  const planner = new PlannerPage(page);
  await goals.ready();
  await planner.ready();
  return { inventory, goals, planner };
}

/** What each widget's shadow root holds: its note's words and links, or that it is still running. */
function notes(page) {
  return page.evaluate((widgets) =>
    widgets.map((name) => {
      const root = document.querySelector(name).shadowRoot;
      const note = root.querySelector('.rw-panic-note');
      if (!note) return { widget: name, note: null };
      return {
        widget: name,
        note: note.querySelector('p').textContent,
        role: note.getAttribute('role'),
        links: [...note.querySelectorAll('a')].map((a) => ({ words: a.textContent, download: a.download, blob: a.href.startsWith('blob:') })),
        // Nothing else is left of the widget to press or type in.
        controls: root.querySelectorAll('button, input, textarea, select').length,
      };
    }), WIDGETS);
}

test('a real panic shows the note in every widget, offers the last saved record, and leaves storage as it was', async ({ page }) => {
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const { inventory, goals, planner } = await open(page, '/');
  await inventory.addAnswer('haveNow', 'I keep my plants alive');
  await goals.startGoal('Walk to the beach', { why: 'The sea calms me' });
  await planner.openPart('Staying well');
  await planner.add('My wellness toolbox: things that help me feel better', 'A warm shower');
  const saved = await inventory.storedText();
  expect(JSON.parse(saved).plan.toolbox.map((item) => item.text)).toEqual(['A warm shower']);

  // The change that panics: the step is made, then the bundle stops before saving it.
  await goals.widget.locator('form.rw-new-step').getByLabel('What I will do').fill(TRIGGER);
  await goals.widget.locator('form.rw-new-step').getByRole('button', { name: 'Add this step' }).click();

  await expect.poll(() => notes(page).then((all) => all.filter((n) => n.note).length)).toBe(3);
  const label = 'Save a copy to this device';
  expect(await notes(page)).toEqual(
    WIDGETS.map((widget) => ({ widget, note: WITH_COPY, role: 'alert', links: [{ words: label, download: 'my-recovery-answers.json', blob: true }], controls: 0 })),
  );
  // The web team is told in the console; the person never sees the details.
  expect(errors.some((e) => e.includes('recovery widgets stopped') && e.includes('stopped on purpose by a test'))).toBe(true);
  // Storage holds exactly what was last saved: nothing of the step that stopped it.
  expect(await inventory.storedText()).toBe(saved);

  // The copy on offer is that same record, whole, and it downloads with the module stopped.
  const [download] = await Promise.all([page.waitForEvent('download'), inventory.widget.getByRole('link', { name: label }).click()]);
  expect(download.suggestedFilename()).toBe('my-recovery-answers.json');
  expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toEqual(JSON.parse(saved));

  // A widget added after the stop does not start on the stopped module: it says so.
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('goal-builder'), { id: 'late' })));
  await expect(page.locator('#late')).toHaveText(WITHOUT_COPY);
  // And a reload starts afresh from what was saved.
  await page.reload();
  await inventory.ready();
  expect(await inventory.storedText()).toBe(saved);
  await expect(inventory.answers('haveNow')).toHaveValue('I keep my plants alive');
});

test('on a kiosk a real panic shows the note in every widget, offers no copy, and nothing is kept', async ({ page }) => {
  const { inventory, goals } = await open(page, '/kiosk.html');
  await inventory.addAnswer('haveNow', 'I keep my plants alive');
  await goals.widget.getByLabel('My goal, in my own words').fill(TRIGGER);
  await goals.widget.getByRole('button', { name: 'Add this goal' }).click();
  await expect.poll(() => notes(page).then((all) => all.filter((n) => n.note).length)).toBe(3);
  // A file saved on a shared screen would stay for the next person: no copy is offered.
  expect(await notes(page)).toEqual(WIDGETS.map((widget) => ({ widget, note: WITHOUT_COPY, role: 'alert', links: [], controls: 0 })));
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  expect(await page.evaluate((key) => localStorage.getItem(key), RECORD_KEY('kiosk'))).toBeNull();
});
