import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectValidRecord } from './record-schema.js';
import { InventoryPage } from './inventory-page.js';
import { GoalsPage } from './goals-page.js';
import { PlannerPage } from './planner-page.js';

// Words a person (or a file someone hands them) might hold that would run code, or change what
// is shown, if the widgets ever treated them as markup or as a link. Each must come back exactly
// as written: as text, never as HTML, and never normalised.
const H = {
  script: '<script>window.__pwned=1</script>',
  img: '<img src=x onerror="window.__pwned=1">',
  js: 'javascript:window.__pwned=1',
  svg: '"><svg onload=window.__pwned=1>',
  rtl: '\u202Eevil\u202C',
  zeroWidth: 'a\u200Bb\u200Dc',
  astral: '🌱𝒜🏳️‍🌈',
  // Decomposed accents (never to be composed to é, ñ) and stacked combining marks.
  combining: 'e\u0301 n\u0303 Z\u0351\u0334\u0322a\u0308\u0489l\u0336g\u0327o\u0338',
  mixed: "'; alert(1); // <b>bold</b> &amp; &lt;script&gt; {{constructor.constructor('window.__pwned=1')()}} ${window.__pwned=1}",
  // Web and mail addresses stay words: no link is ever made from what a person wrote.
  web: 'https://evil.example/steal?q=1 www.evil.example mailto:me@evil.example #top',
};
const ODD_ID = 'x"><img src=x onerror=window.__pwned=1>';
const AT = '2024-11-23T09:30:00.000Z';

// A version 2 record in the shape of crates/core/tests/fixtures/v2-inventory-goals-plan.json,
// written the way the widgets write it, so the stored copy can be compared whole.
const RECORD = {
  format: 'recovery-widgets/record',
  schema_version: 2,
  created: AT,
  updated: '2024-12-04T08:00:00.000Z',
  inventory: {
    domains: [
      {
        domain: 'money',
        have_now: [{ id: 'h1', text: H.script, kind: 'individual', updated: AT }],
        want: [{ id: 'h2', text: H.img, updated: AT }],
        helped_before: [{ id: 'h3', text: H.js, updated: AT }],
      },
      {
        domain: 'relationships',
        have_now: [{ id: 'h4', text: H.svg, kind: 'interpersonal', updated: AT }],
        want: [{ id: 'h5', text: H.rtl, updated: AT }],
        helped_before: [{ id: 'h6', text: H.zeroWidth, updated: AT }],
      },
      {
        domain: 'health',
        have_now: [{ id: ODD_ID, text: H.astral, updated: AT }],
        want: [{ id: 'h8', text: H.combining, updated: AT }],
        helped_before: [{ id: 'h9', text: H.mixed, updated: AT }],
      },
    ],
    qualities: [{ quality: 'hope', top: true }],
    priorities: [{ id: 'p1', domain: 'money', wish: 'h2' }],
  },
  goals: [
    {
      id: 'g1',
      text: H.script,
      why: H.img,
      domain: 'money',
      strengths: [{ entry: 'h1' }, { entry: ODD_ID }],
      steps: [
        { id: 's1', what: H.svg, who: { someone: H.js }, target: '2026-12-05', notes: H.rtl },
        { id: 's2', what: H.zeroWidth, who: 'me', not_this_time: true, learned: H.astral },
        { id: 's3', what: H.combining, who: { someone: 'javascript:alert(1)' }, done: '2026-12-04', notes: H.mixed },
      ],
      state: 'active',
      reflection: { worked_well: '', learned: '', where_else: '' },
      history: [
        { at: AT, change: 'started' },
        { at: '2024-11-24T09:30:00.000Z', change: { reworded: H.img } },
        { at: '2024-11-25T09:30:00.000Z', change: { step_not_this_time: H.zeroWidth } },
        { at: '2024-12-04T08:00:00.000Z', change: { step_done: H.svg } },
      ],
    },
    {
      id: 'g2',
      text: H.svg,
      why: H.astral,
      strengths: [],
      steps: [],
      state: 'achieved',
      reflection: { worked_well: H.script, learned: H.combining, where_else: H.js },
      history: [
        { at: AT, change: 'started' },
        { at: '2024-11-26T09:30:00.000Z', change: { state: 'achieved' } },
      ],
    },
  ],
  plan: {
    when_well: [{ id: 'w1', text: H.script }],
    toolbox: [{ id: 'w2', text: H.img }],
    triggers: [{ id: 'w3', text: H.js, response: H.svg }],
    early_signs: [{ id: 'w4', text: H.rtl, response: H.zeroWidth }],
    crisis_signs: [{ id: 'w5', text: H.astral }],
    people_to_ask: [
      { id: 'w6', text: H.svg, response: 'javascript:alert(1)' },
      { id: 'w7', text: H.script, response: 'tel:000<script>' },
      { id: 'w12', text: H.web, response: 'https://evil.example/call' },
    ],
    services: [{ id: 'w8', text: H.img, response: '0400 123 456' }],
    reasons_for_living: [{ id: 'w9', text: H.combining }],
    helps: [{ id: 'w10', text: H.mixed }, { id: 'w13', text: H.web }],
    back_to_routine: [{ id: 'w11', text: H.zeroWidth }],
  },
};

const WIDGETS = ['strengths-inventory', 'goal-builder', 'warning-sign-planner', 'recovery-journey'];

/** The exact values of form fields, in order (no trimming, no whitespace folding). */
const values = (locator) => locator.evaluateAll((els) => els.map((e) => e.value));
/** The exact text of elements, in order. */
const texts = (locator) => locator.evaluateAll((els) => els.map((e) => e.textContent));

/** Watches every widget's shadow root (and the page) for elements that should never appear. */
function watchForInjectedElements() {
  window.__injected = [];
  const DANGEROUS = new Set(['script', 'img', 'iframe', 'object', 'embed', 'frame', 'base', 'meta', 'link']);
  const check = (node) => {
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    for (const el of [node, ...node.querySelectorAll('*')]) {
      const name = el.localName;
      const handlers = [...el.attributes].map((a) => a.name).filter((a) => a.startsWith('on'));
      if (DANGEROUS.has(name) || handlers.length) window.__injected.push(`<${name} ${handlers.join(' ')}>`);
    }
  };
  const watch = (root) =>
    new MutationObserver((changes) => {
      for (const change of changes) {
        if (change.type === 'childList') change.addedNodes.forEach(check);
        else if (change.attributeName?.startsWith('on')) window.__injected.push(`${change.target.localName} ${change.attributeName}`);
      }
    }).observe(root, { childList: true, subtree: true, attributes: true });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    watch(root);
    return root;
  };
  document.addEventListener('DOMContentLoaded', () => watch(document.body));
}

/** Everything unsafe found in the widgets now, and seen added to them since the page loaded. */
async function unsafeThings(page) {
  return page.evaluate((widgets) => {
    const found = [...(window.__injected ?? [])];
    for (const name of widgets) {
      const root = document.querySelector(name)?.shadowRoot;
      if (!root) {
        found.push(`${name} has no shadow root`);
        continue;
      }
      for (const el of root.querySelectorAll('script, img, iframe, object, embed, svg:not([role="img"])')) found.push(`${name}: <${el.localName}>`);
      for (const el of root.querySelectorAll('*')) {
        for (const a of el.attributes) if (a.name.startsWith('on')) found.push(`${name}: <${el.localName} ${a.name}>`);
      }
      for (const a of root.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href');
        // docs/privacy.md: the only links are to a phone (tel:, sms:) and a saved copy (blob:).
        if (!/^(tel:|sms:|blob:)/.test(href)) found.push(`${name}: a link to ${href}`);
      }
    }
    if (window.__pwned !== undefined) found.push(`window.__pwned is ${window.__pwned}`);
    return found;
  }, WIDGETS);
}

/**
 * A version 2 record as the widgets read and store it, in the current version: each entry takes
 * the file's time as its own (version 3), and there are no check-ins (version 4).
 */
function asCurrentVersion(record) {
  const moved = structuredClone(record);
  moved.schema_version = 4;
  for (const q of moved.inventory.qualities) q.updated = moved.updated;
  for (const p of moved.inventory.priorities) p.updated = moved.updated;
  for (const g of moved.goals) {
    g.updated = moved.updated;
    for (const s of g.steps) s.updated = moved.updated;
  }
  for (const items of Object.values(moved.plan)) for (const item of items) item.updated = moved.updated;
  return moved;
}

/** The stored record with its own `updated` (the moment it was opened here) set aside. */
function asOpened(stored) {
  expect(stored.updated >= RECORD.updated).toBe(true);
  return { ...stored, updated: RECORD.updated };
}

test('a record full of hostile text renders inert and intact', async ({ page }) => {
  test.setTimeout(60_000);
  const dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.addInitScript(watchForInjectedElements);

  const inventory = new InventoryPage(page);
  await inventory.open();
  const contents = JSON.stringify(RECORD, null, 2);
  await inventory.chooseFile('hostile.json', contents);
  const preview = inventory.widget.getByRole('group', { name: 'Open a saved copy' });
  await expect(preview).toContainText('goals: 2, steps: 3');
  await preview.getByRole('button', { name: 'Replace with this copy' }).click();
  await expect(inventory.widget.getByRole('status').filter({ hasText: 'Your saved copy is open.' })).toBeVisible();

  // Stored exactly as imported, moved to the current version: every text byte for byte.
  const stored = await inventory.storedRecord();
  expect(asOpened(stored)).toEqual(asCurrentVersion(RECORD));
  expectValidRecord(stored);

  // The strengths inventory: each answer in its box, exactly.
  const area = async (name, haveNow, want, helpedBefore) => {
    await inventory.openPart('Life areas');
    await inventory.openArea(name);
    expect(await values(inventory.answers('haveNow')), `${name}: have now`).toEqual([haveNow]);
    expect(await values(inventory.answers('want')), `${name}: want`).toEqual([want]);
    expect(await values(inventory.answers('helpedBefore')), `${name}: helped before`).toEqual([helpedBefore]);
  };
  await area('Money', H.script, H.img, H.js);
  await area('Relationships and people around me', H.svg, H.rtl, H.zeroWidth);
  await area('Health and wellbeing', H.astral, H.combining, H.mixed);
  // An id that looks like markup still labels its own box.
  await expect(inventory.widget.getByRole('button', { name: `Remove: ${H.astral}` })).toBeVisible();

  await inventory.openPart('My priorities');
  expect(await texts(inventory.widget.locator('.rw-priority-name'))).toEqual([`${H.img} (Money)`]);
  await inventory.openPart('My summary');
  const profile = await texts(inventory.widget.getByRole('region', { name: 'My strengths profile' }));
  for (const text of [H.script, H.img, H.js, H.svg, H.rtl, H.zeroWidth, H.astral, H.combining, H.mixed]) {
    expect(profile[0], `the strengths profile shows ${JSON.stringify(text)}`).toContain(text);
  }

  // The goal builder: the goal list, the open goal, its steps, history and reflection.
  const goals = new GoalsPage(page);
  expect(await texts(goals.goalNames())).toEqual([H.script, H.svg]);
  await goals.widget.locator('.rw-goal-choice').nth(0).click();
  const goal = goals.open();
  expect(await texts(goal.locator('#rw-goal-heading'))).toEqual([H.script]);
  expect(await values(goal.getByLabel('Why it matters to me'))).toEqual([H.img]);
  const steps = goal.locator('.rw-step-list');
  expect(await values(steps.getByLabel('What I will do'))).toEqual([H.svg, H.zeroWidth, H.combining]);
  expect(await values(steps.getByLabel('Their name'))).toEqual([H.js, 'javascript:alert(1)']);
  expect(await values(steps.getByLabel('Notes'))).toEqual([H.rtl, '', H.mixed]);
  expect(await values(steps.getByLabel('What I learned'))).toEqual([H.astral]);
  expect(await texts(goal.locator('.rw-link-list li'))).toEqual([
    expect.stringContaining(`${H.script} (Money)`),
    expect.stringContaining(`${H.astral} (Health and wellbeing)`),
  ]);
  await expect(goal.getByRole('button', { name: `I did it: ${H.svg}` })).toBeVisible();
  await goal.getByText('What has changed').click();
  const history = await texts(goal.locator('.rw-history li'));
  expect(history).toHaveLength(4);
  expect(history[0]).toContain(`Step done: ${H.svg}`);
  expect(history[1]).toContain(H.zeroWidth);
  expect(history[2]).toContain(`Reworded. Before: “${H.img}”`);

  await goals.widget.locator('.rw-goal-choice').nth(1).click();
  expect(await texts(goal.locator('#rw-goal-heading'))).toEqual([H.svg]);
  expect(await values(goal.getByLabel('Why it matters to me'))).toEqual([H.astral]);
  expect(await values(goal.getByLabel('What worked well?'))).toEqual([H.script]);
  expect(await values(goal.getByLabel('What did I learn?'))).toEqual([H.combining]);
  expect(await values(goal.getByLabel('Where else in my life could this help me?'))).toEqual([H.js]);

  await goals.widget.getByRole('button', { name: 'Summary' }).click();
  const goalsSummary = (await texts(goals.widget.getByRole('region', { name: 'My goals on one page' })))[0];
  for (const text of [H.script, H.img, H.svg, H.zeroWidth, H.combining, H.astral]) {
    expect(goalsSummary, `the goals summary shows ${JSON.stringify(text)}`).toContain(text);
  }

  // The planner: every part that holds words.
  const planner = new PlannerPage(page);
  const items = async (title, expected, responses) => {
    const list = planner.list(title);
    expect(await values(list.getByLabel('In my words')), title).toEqual(expected);
    if (responses) expect(await values(list.locator('.rw-plan-items').getByLabel('What I will do', { exact: true })), title).toEqual(responses);
  };
  await planner.openPart('Staying well');
  await items('What I am like when I am well', [H.script]);
  await items('My wellness toolbox: things that help me feel better', [H.img]);
  await planner.openPart('Things that can set me off');
  await items('Things that can set me off, and what I will do', [H.js], [H.svg]);
  await planner.openPart('Early warning signs');
  await items('Small changes I notice, and what I will do', [H.rtl], [H.zeroWidth]);
  await planner.openPart('Staying safe in a crisis');
  await items('My warning signs of a crisis', [H.astral]);
  await items('My reasons for living, and what matters most to me', [H.combining]);
  const people = planner.list('People I can ask for help').locator('.rw-contact');
  expect(await values(people.getByLabel('Name'))).toEqual([H.svg, H.script, H.web]);
  expect(await values(people.getByLabel('Phone number'))).toEqual(['javascript:alert(1)', 'tel:000<script>', 'https://evil.example/call']);
  // No number can be dialled: no link is made from them, and the person is told gently.
  await expect(people.locator('a')).toHaveCount(0);
  await expect(people.getByText('This number may not work for calls.')).toHaveCount(3);
  const service = planner.list('Professionals and services I can contact').locator('.rw-contact');
  expect(await values(service.getByLabel('Name'))).toEqual([H.img]);
  expect(await texts(service.locator('a'))).toEqual([`Call ${H.img}`, `Text ${H.img}`]);
  expect(await service.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['tel:0400123456', 'sms:0400123456']);
  await planner.openPart('For my supporters');
  await items('What helps when I am unwell', [H.mixed, H.web]);
  await planner.openPart('After a crisis');
  await items('My steps back to my routines', [H.zeroWidth]);
  await planner.openPart('My plan on one page');
  const onePage = (await texts(planner.widget.locator('.rw-plan-summary')))[0];
  for (const text of [H.script, H.img, H.js, H.svg, H.rtl, H.zeroWidth, H.astral, H.combining, H.mixed, H.web, 'javascript:alert(1)', 'tel:000<script>', 'https://evil.example/call']) {
    expect(onePage, `the plan on one page shows ${JSON.stringify(text)}`).toContain(text);
  }

  // The journey offers the plan's triggers and early signs to tick, each exactly as written
  // (ticking them is the next test's: this one keeps the record as it was opened).
  const journey = page.locator('recovery-journey');
  const signs = journey.getByRole('region', { name: 'Signs I have noticed lately' });
  expect(await texts(signs.locator('label span'))).toEqual([H.js, H.rtl]);

  // Nothing ran, nothing was made from the words, and no link leads anywhere but a phone.
  expect(await unsafeThings(page)).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(pageErrors).toEqual([]);

  // And again from the stored copy, after a reload.
  await page.reload();
  await inventory.ready();
  await inventory.openArea('Money');
  expect(await values(inventory.answers('haveNow'))).toEqual([H.script]);
  await goals.widget.locator('.rw-goal-choice').nth(0).click();
  expect(await values(goals.open().locator('.rw-step-list').getByLabel('Their name'))).toEqual([H.js, 'javascript:alert(1)']);
  await planner.openPart('Staying safe in a crisis');
  expect(await values(planner.list('People I can ask for help').locator('.rw-contact').getByLabel('Phone number'))).toEqual([
    'javascript:alert(1)',
    'tel:000<script>',
    'https://evil.example/call',
  ]);
  expect(await unsafeThings(page)).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(asOpened(await inventory.storedRecord())).toEqual(asCurrentVersion(RECORD));
});

test('check-ins full of hostile text render inert and intact in the journey', async ({ page }) => {
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.addInitScript(watchForInjectedElements);
  const file = readFileSync(new URL('../../crates/core/tests/corpus/hostile-text.json', import.meta.url), 'utf8');
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.chooseFile('hostile-check-ins.json', file);
  const preview = inventory.widget.getByRole('group', { name: 'Open a saved copy' });
  await expect(preview).toContainText('check-ins: 1');
  await preview.getByRole('button', { name: 'Replace with this copy' }).click();
  const stored = await inventory.storedRecord();
  expect(stored.journey).toEqual(JSON.parse(file).journey);
  expectValidRecord(stored);

  const journey = page.locator('recovery-journey');
  await journey.getByRole('navigation', { name: 'Parts of my journey' }).getByRole('button', { name: 'Look back' }).click();
  const tables = await texts(journey.locator('.rw-area-story td'));
  for (const text of ['<script>window.__pwned=1</script>', '\u202eevil\u202c']) expect(tables).toContain(text);
  // A life area this page does not offer is named by its id, as text.
  await expect(journey.getByRole('heading', { name: '<img src=x onerror=alert(1)>', exact: true })).toBeVisible();
  expect(await texts(journey.locator('.rw-over-time li li'))).toEqual(['<svg onload=alert(1)>']);
  await journey.getByRole('navigation', { name: 'Parts of my journey' }).getByRole('button', { name: 'How far I have come' }).click();
  await expect(journey.getByRole('region', { name: 'How far I have come' })).toContainText('<script>window.__pwned=1</script>');
  expect(await unsafeThings(page)).toEqual([]);
  expect(pageErrors).toEqual([]);
});
