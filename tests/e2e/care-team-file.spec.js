// The file for a care team's computer system (a FHIR R4 document), offered in "Share a copy"
// only when the host sets care-team-file="fhir-r4", never on a kiosk. The file the share menu
// receives is checked by the independent validator (FHIR.js, tests/fhir/validate.cjs) and
// compared, as a whole, with the one core makes natively for the same record
// (crates/core/tests/fhir/typical.en.json), apart from what the browser's clock and date
// words write.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { SharePanel, TYPICAL, openPlanner, seed, stubShareMenu, watchRequests } from './share-page.js';
import { serveDemoWith } from './host-page.js';
import { openKiosk } from './kiosk-page.js';

const ON = { 'care-team-file': 'fhir-r4' };
const SAVE = "Save a file for my care team's computer system";
const NATIVE = JSON.parse(
  await readFile(new URL('../../crates/core/tests/fhir/typical.en.json', import.meta.url), 'utf8'),
);

/** Runs the validator over a file; its report, and whether it passed. */
async function validate(text, testInfo) {
  const path = testInfo.outputPath('care-team-file.json');
  await writeFile(path, text);
  try {
    return { ok: true, report: execFileSync('node', ['tests/fhir/validate.cjs', path], { encoding: 'utf8' }) };
  } catch (e) {
    return { ok: false, report: `${e.stdout}${e.stderr}` };
  }
}

/**
 * The file without what the browser's clock writes (when it was made, and the document's
 * identifier, made from that time) and the words dates are written in (the sections' text,
 * a done step's note): those are the browser's, the rest is core's alone.
 */
function withoutClockAndDateWords(bundle) {
  const copy = structuredClone(bundle);
  delete copy.timestamp;
  delete copy.identifier.value;
  for (const { resource } of copy.entry) {
    delete resource.date;
    delete resource.authored;
    for (const section of resource.section ?? []) delete section.text;
    for (const activity of resource.activity ?? []) for (const note of activity.progress ?? []) delete note.text;
  }
  return copy;
}

test('with the host\'s care-team-file on, the share menu receives a FHIR document the validator accepts, the same as core makes', async ({ page }, testInfo) => {
  await serveDemoWith(page, ON);
  await seed(page, TYPICAL);
  await stubShareMenu(page);
  const planner = await openPlanner(page);
  const requests = watchRequests(page);
  const share = new SharePanel(planner.widget);
  await share.open();
  await share.choose('Everything');
  const save = share.panel.getByRole('button', { name: SAVE });
  await expect(save).toHaveAccessibleDescription(/computer system can read, with the parts you chose/);
  await save.click();
  await expect(share.status()).toHaveText('Your copy went to the app you chose.');

  const shared = await page.evaluate(() => window.__shared);
  expect(shared).toHaveLength(1);
  expect(shared[0].keys).toEqual(['files']);
  const [file] = shared[0].files;
  // Named for what it is and the day, never for the person.
  expect(file.name).toMatch(/^care-team-file-\d{4}-\d\d-\d\d\.json$/);
  expect(file.type).toBe('application/fhir+json');

  const bundle = JSON.parse(file.text);
  expect(Date.now() - Date.parse(bundle.timestamp)).toBeLessThan(60_000);
  expect(withoutClockAndDateWords(bundle)).toEqual(withoutClockAndDateWords(NATIVE));
  const { ok, report } = await validate(file.text, testInfo);
  expect(report).toContain(`a document Bundle, ${NATIVE.entry.length} resources checked`);
  expect(ok, report).toBe(true);
  expect(requests).toEqual([]);
});

test('the file holds only the parts chosen, and asks for a part when none is', async ({ page }, testInfo) => {
  await serveDemoWith(page, ON);
  await seed(page, TYPICAL);
  await stubShareMenu(page, { canShare: false });
  const planner = await openPlanner(page);
  const share = new SharePanel(planner.widget);
  await share.open();
  const save = share.panel.getByRole('button', { name: SAVE });
  await save.click();
  await expect(share.panel.getByRole('alert')).toHaveText('Choose at least one part first.');

  await share.choose('Staying safe in a crisis');
  const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
  expect(download.suggestedFilename()).toMatch(/^care-team-file-\d{4}-\d\d-\d\d\.json$/);
  const text = await readFile(await download.path(), 'utf8');
  const bundle = JSON.parse(text);
  const sections = bundle.entry[0].resource.section;
  expect(sections.map((s) => s.code.coding[0].code)).toEqual(['plan.crisis']);
  const kinds = bundle.entry.map((e) => e.resource.resourceType);
  expect(kinds).not.toContain('Goal');
  expect(kinds).not.toContain('QuestionnaireResponse');
  const plan = bundle.entry.find((e) => e.resource.resourceType === 'CarePlan').resource;
  const people = TYPICAL.plan.people_to_ask.map((p) => p.text);
  expect(plan.activity.filter((a) => a.detail.code.coding[0].code === 'plan.list.people_to_ask').map((a) => a.detail.description)).toEqual(people);
  expect(plan.activity.some((a) => a.detail.code.coding[0].code === 'plan.list.toolbox')).toBe(false);
  const { ok, report } = await validate(text, testInfo);
  expect(ok, report).toBe(true);
});

test('without the host\'s attribute the file is not offered', async ({ page }) => {
  await seed(page, TYPICAL);
  const planner = await openPlanner(page);
  const share = new SharePanel(planner.widget);
  await share.open();
  await share.choose('Everything');
  await expect(share.panel.getByRole('button', { name: 'Share or save this copy' })).toBeVisible();
  await expect(share.panel.getByRole('button', { name: SAVE })).toHaveCount(0);
});

test('a kiosk never offers it, even with the attribute, and tells the web team why', async ({ page }) => {
  await serveDemoWith(page, ON, ['strengths-inventory', 'goal-builder', 'warning-sign-planner', 'recovery-journey'], '/kiosk.html');
  const notes = [];
  page.on('console', (m) => notes.push(m.text()));
  const kiosk = await openKiosk(page);
  await kiosk.planner.openPart('My plan on one page');
  for (const widget of [kiosk.inventory.widget, kiosk.goals.widget, kiosk.planner.widget, kiosk.journey.widget]) {
    await expect(widget.getByRole('button', { name: 'Share a copy' })).toHaveCount(0);
    await expect(widget.getByRole('button', { name: SAVE })).toHaveCount(0);
  }
  // The attribute was read, and refused.
  expect(notes.filter((n) => n.includes('care-team-file: a kiosk keeps nothing'))).toHaveLength(4);
});

test('hostile words in the file stay words in well-formed JSON the validator accepts', async ({ page }, testInfo) => {
  const H = [
    '<script>window.__pwned=1</script>',
    '"}],"resourceType":"Patient","name":[{"text":"x',
    '<img src=x onerror="window.__pwned=1">',
    "'; alert(1); // \\u0000 \u0007 <b>bold</b> &amp;",
  ];
  const at = '2026-11-20T09:00:00.000Z';
  const record = {
    format: 'recovery-widgets/record',
    schema_version: 3,
    created: at,
    updated: at,
    plan: {
      people_to_ask: H.map((text, i) => ({ id: `c${i}`, text, response: H[(i + 1) % H.length], updated: at })),
      triggers: H.map((text, i) => ({ id: `t${i}`, text, response: text, updated: at })),
    },
    goals: [
      {
        id: 'g1', text: H[0], why: H[1], domain: 'money', strengths: [],
        steps: [{ id: 's1', what: H[2], who: { someone: H[3] }, target: '2026-12-05', updated: at }],
        state: 'active', reflection: { worked_well: '', learned: '', where_else: '' },
        history: [{ at, change: 'started' }], updated: at,
      },
    ],
  };
  await serveDemoWith(page, ON);
  await seed(page, record);
  await stubShareMenu(page);
  const planner = await openPlanner(page);
  const share = new SharePanel(planner.widget);
  await share.open();
  await share.choose('Everything');
  await share.panel.getByRole('button', { name: SAVE }).click();
  await expect(share.status()).toHaveText('Your copy went to the app you chose.');
  const [file] = (await page.evaluate(() => window.__shared))[0].files;
  const bundle = JSON.parse(file.text);
  expect(bundle.entry.filter((e) => e.resource.resourceType === 'Patient')).toHaveLength(1);
  const goal = bundle.entry.find((e) => e.resource.resourceType === 'Goal').resource;
  expect(goal.description.text).toBe(H[0]);
  expect(goal.note[0].text).toBe(`Why it matters: ${H[1]}`);
  const helper = bundle.entry.find((e) => e.resource.name?.[0]?.text?.startsWith("'; alert(1);")).resource;
  // The control character is gone; every other character is as written.
  expect(helper.name[0].text).toBe("'; alert(1); // \\u0000  <b>bold</b> &amp;");
  for (const section of bundle.entry[0].resource.section) {
    expect(section.text.div).not.toMatch(/<(script|img|b)[ >]/);
  }
  expect(await page.evaluate(() => window.__pwned ?? null)).toBeNull();
  const { ok, report } = await validate(file.text, testInfo);
  expect(ok, report).toBe(true);
});

test('the share panel with the care team\'s file has no accessibility violations', async ({ page }) => {
  await serveDemoWith(page, ON);
  await seed(page, TYPICAL);
  const planner = await openPlanner(page);
  const share = new SharePanel(planner.widget);
  await share.open();
  await share.choose('Everything');
  await share.panel.getByRole('button', { name: SAVE }).focus();
  const results = await new AxeBuilder({ page })
    .include('warning-sign-planner')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
