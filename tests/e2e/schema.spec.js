// The published JSON Schemas in schema/: the golden files match their own version and fail the
// others where the versions differ; broken copies fail; and a full export from the demo page,
// and the stored record, match. Only the last test needs a page.
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import {
  LATEST_VERSION,
  VERSIONS,
  expectValidRecord,
  formatErrors,
  validateAgainst,
  validateRecord,
} from './record-schema.js';
import { InventoryPage } from './inventory-page.js';
import { GoalsPage } from './goals-page.js';
import { PlannerPage } from './planner-page.js';

const fixture = (name) =>
  JSON.parse(readFileSync(new URL(`../../crates/core/tests/fixtures/${name}`, import.meta.url), 'utf8'));
const V1 = 'v1-inventory.json';
const V2 = 'v2-inventory-goals-plan.json';

/** The errors as "<path> <keyword> <detail>" lines, sorted, for exact comparison. */
function summary(errors) {
  return errors
    .map((e) => {
      const detail = e.params.missingProperty ?? e.params.additionalProperty ?? e.params.allowedValue ?? '';
      return `${e.instancePath} ${e.keyword} ${detail}`.trim();
    })
    .sort();
}

/** Validates against `version` after setting `schema_version` to match, so only the shape counts. */
function asVersion(version, json) {
  return validateAgainst(version, { ...structuredClone(json), schema_version: version });
}

/** Every object the v3 format gives an `updated` time that v2 does not. */
function v3Holders(record) {
  return [
    ...record.inventory.qualities.map((_, i) => `/inventory/qualities/${i}`),
    ...record.inventory.priorities.map((_, i) => `/inventory/priorities/${i}`),
    ...(record.goals ?? []).flatMap((g, i) => [`/goals/${i}`, ...g.steps.map((_, j) => `/goals/${i}/steps/${j}`)]),
    ...Object.entries(record.plan ?? {}).flatMap(([list, items]) => items.map((_, i) => `/plan/${list}/${i}`)),
  ];
}

/** The v2 golden file moved to version 3 the way the Rust migration is meant to: `updated` added. */
function v2AsV3() {
  const record = structuredClone(fixture(V2));
  record.schema_version = 3;
  const at = record.updated;
  for (const q of record.inventory.qualities) q.updated = at;
  for (const p of record.inventory.priorities) p.updated = at;
  for (const g of record.goals) {
    g.updated = at;
    for (const s of g.steps) s.updated = at;
  }
  for (const items of Object.values(record.plan)) for (const item of items) item.updated = at;
  return record;
}

test.describe('the golden files', () => {
  test('every golden file, of every version and mix of widgets, matches its own version', () => {
    const dir = new URL('../../crates/core/tests/fixtures/', import.meta.url);
    const names = readdirSync(dir).filter((n) => n.endsWith('.json'));
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const name of names) {
      const record = fixture(name);
      expect(name.startsWith(`v${record.schema_version}-`), name).toBe(true);
      expectValidRecord(record, name);
    }
    expect(names.some((n) => n.startsWith(`v${LATEST_VERSION}-`))).toBe(true);
  });

  test('each matches the schema of its own version', () => {
    expect(fixture(V1).schema_version).toBe(1);
    expect(fixture(V2).schema_version).toBe(2);
    expectValidRecord(fixture(V1), V1);
    expectValidRecord(fixture(V2), V2);
  });

  test('each fails every other version’s schema as it is, on schema_version at least', () => {
    for (const [name, own] of [[V1, 1], [V2, 2]]) {
      for (const other of VERSIONS.filter((v) => v !== own)) {
        const { valid, errors } = validateAgainst(other, fixture(name));
        expect(valid, `${name} against v${other}`).toBe(false);
        expect(summary(errors), `${name} against v${other}`).toContain('/schema_version const ' + other);
      }
    }
  });

  test('version 1 lacks what version 2 requires: goals and plan', () => {
    const { valid, errors } = asVersion(2, fixture(V1));
    expect(valid).toBe(false);
    expect(summary(errors)).toEqual(['required goals', 'required plan']);
  });

  test('version 2 has what version 1 does not allow: goals and plan', () => {
    const { valid, errors } = asVersion(1, fixture(V2));
    expect(valid).toBe(false);
    expect(summary(errors)).toEqual(['additionalProperties goals', 'additionalProperties plan']);
  });

  test('version 1 and 2 lack the `updated` times version 3 requires, on exactly the objects that need one', () => {
    for (const name of [V1, V2]) {
      const record = fixture(name);
      const { valid, errors } = asVersion(3, record);
      expect(valid, name).toBe(false);
      const missingUpdated = errors.filter((e) => e.keyword === 'required' && e.params.missingProperty === 'updated');
      expect(missingUpdated.map((e) => e.instancePath).sort(), name).toEqual(v3Holders(record).sort());
      const rest = summary(errors.filter((e) => !missingUpdated.includes(e)));
      expect(rest, name).toEqual(name === V1 ? ['required goals', 'required plan'] : []);
    }
    // Sanity: the v2 file gives every kind of object v3 changes something to check.
    const holders = v3Holders(fixture(V2));
    for (const part of ['/inventory/qualities/', '/inventory/priorities/', '/goals/', '/goals/0/steps/', '/plan/']) {
      expect(holders.some((p) => p.startsWith(part)), part).toBe(true);
    }
  });
});

test.describe('version 3', () => {
  test('the version 2 golden file with `updated` added where version 3 needs it matches version 3 only', () => {
    const record = v2AsV3();
    expectValidRecord(record, 'the v2 golden file moved to v3');
    const { valid, errors } = asVersion(2, record);
    expect(valid).toBe(false);
    expect(new Set(errors.map((e) => e.params.additionalProperty))).toEqual(new Set(['updated']));
  });

  test('every new `updated`, on steps too, is required and a timestamp', () => {
    const cases = [
      ['/goals/0/steps/0', (r) => r.goals[0].steps[0]],
      ['/goals/1', (r) => r.goals[1]],
      ['/inventory/qualities/0', (r) => r.inventory.qualities[0]],
      ['/inventory/priorities/0', (r) => r.inventory.priorities[0]],
      ['/plan/people_to_ask/0', (r) => r.plan.people_to_ask[0]],
    ];
    for (const [path, pick] of cases) {
      const missing = v2AsV3();
      delete pick(missing).updated;
      expect(summary(validateRecord(missing).errors), path).toEqual([`${path} required updated`]);
      const notATime = v2AsV3();
      pick(notATime).updated = '2026-12-04';
      const { valid, errors } = validateRecord(notATime);
      expect(valid, path).toBe(false);
      expect(new Set(errors.map((e) => e.instancePath)), path).toEqual(new Set([`${path}/updated`]));
    }
  });
});

test.describe('broken copies fail', () => {
  /** [what, change to the v2 golden file, the errors expected (path and keyword)]. */
  const cases = [
    ['an unknown field on a goal', (r) => { r.goals[0].colour = 'blue'; }, ['/goals/0 additionalProperties colour']],
    ['an unknown field at the top', (r) => { r.settings = {}; }, ['additionalProperties settings']],
    ['a goal of 2001 characters', (r) => { r.goals[0].text = 'x'.repeat(2001); }, ['/goals/0/text maxLength']],
    ['an answer of 2001 characters', (r) => { r.inventory.domains[0].have_now[0].text = 'é'.repeat(2001); }, ['/inventory/domains/0/have_now/0/text maxLength']],
    ['a phone number of 2001 characters', (r) => { r.plan.people_to_ask[0].response = '0'.repeat(2001); }, ['/plan/people_to_ask/0/response maxLength']],
    ['a kind that is not one of the three', (r) => { r.inventory.domains[0].have_now[0].kind = 'personal'; }, ['/inventory/domains/0/have_now/0/kind enum']],
    ['a state that is not one of the four', (r) => { r.goals[0].state = 'done'; }, ['/goals/0/state enum']],
    ['month 13 in a date', (r) => { r.goals[0].steps[0].target = '2026-13-01'; }, ['/goals/0/steps/0/target format', '/goals/0/steps/0/target pattern']],
    ['30 February', (r) => { r.goals[0].steps[0].done = '2026-02-30'; }, ['/goals/0/steps/0/done format']],
    ['a date with a time', (r) => { r.goals[0].steps[0].done = '2026-12-04T00:00:00.000Z'; }, ['/goals/0/steps/0/done format', '/goals/0/steps/0/done pattern']],
    // The reader accepts these; the writer never writes them.
    ['a time with an offset', (r) => { r.updated = '2026-12-04T19:00:00.000+11:00'; }, ['/updated pattern']],
    ['a time without milliseconds', (r) => { r.created = '2026-11-23T09:30:00Z'; }, ['/created pattern']],
    ['a plan item with no id', (r) => { delete r.plan.toolbox[0].id; }, ['/plan/toolbox/0 required id']],
    ['a goal with no id', (r) => { delete r.goals[1].id; }, ['/goals/1 required id']],
    ['an answer with no updated time', (r) => { delete r.inventory.domains[1].helped_before[0].updated; }, ['/inventory/domains/1/helped_before/0 required updated']],
    ['a goal with no reflection', (r) => { delete r.goals[1].reflection; }, ['/goals/1 required reflection']],
    ['an empty plan list (the writer leaves it out)', (r) => { r.plan.worse_plan = []; }, ['/plan/worse_plan minItems']],
    ['a plan list the format does not have', (r) => { r.plan.wishes = [{ id: 'x', text: 'y' }]; }, ['/plan additionalProperties wishes']],
    ['an empty `why` (the writer leaves it out)', (r) => { r.goals[1].why = ''; }, ['/goals/1/why minLength']],
    ['not_this_time: false (the writer leaves it out)', (r) => { r.goals[0].steps[0].not_this_time = false; }, ['/goals/0/steps/0/not_this_time const true']],
    ['a helper that is not one of the choices', (r) => { r.goals[0].steps[0].who = 'neighbour'; }, ['/goals/0/steps/0/who enum', '/goals/0/steps/0/who oneOf', '/goals/0/steps/0/who type']],
    ['`someone` as a plain string', (r) => { r.goals[0].steps[1].who = 'someone'; }, ['/goals/0/steps/1/who enum', '/goals/0/steps/1/who oneOf', '/goals/0/steps/1/who type']],
    ['a strength link with both fields', (r) => { r.goals[0].strengths[0] = { entry: 'k3x9', quality: 'hope' }; }, ['/goals/0/strengths/0 additionalProperties entry', '/goals/0/strengths/0 additionalProperties quality', '/goals/0/strengths/0 oneOf']],
    ['a history change the format does not have', (r) => { r.goals[0].history[0].change = 'finished'; }, ['/goals/0/history/0/change const started', '/goals/0/history/0/change oneOf', '/goals/0/history/0/change type', '/goals/0/history/0/change type', '/goals/0/history/0/change type', '/goals/0/history/0/change type']],
    ['the goals as an object', (r) => { r.goals = { g1: r.goals[0] }; }, ['/goals type']],
    ['another format name', (r) => { r.format = 'recovery-widgets/profile'; }, ['/format const recovery-widgets/record']],
  ];

  for (const [what, change, expected] of cases) {
    test(what, () => {
      const record = structuredClone(fixture(V2));
      change(record);
      const { valid, errors } = validateRecord(record);
      expect(valid, 'the broken copy was accepted').toBe(false);
      expect(summary(errors), formatErrors(errors)).toEqual(expected);
    });
  }

  test('text of exactly 2000 characters passes, counted as characters, not UTF-16 units or bytes', () => {
    for (const ch of ['x', 'é', '🙂']) {
      const record = structuredClone(fixture(V2));
      record.goals[0].text = ch.repeat(2000);
      record.plan.triggers[0].response = ch.repeat(2000);
      expectValidRecord(record, `2000 × ${ch}`);
      record.goals[0].text += ch;
      expect(summary(validateRecord(record).errors), `2001 × ${ch}`).toEqual(['/goals/0/text maxLength']);
    }
  });

  test('a record with no version, or a version with no schema, is refused by validateRecord', () => {
    for (const version of [undefined, 0, 5, '2', 2.5]) {
      const record = structuredClone(fixture(V2));
      record.schema_version = version;
      const { valid, errors } = validateRecord(record);
      expect(valid, String(version)).toBe(false);
      expect(errors[0].message, String(version)).toContain('has no published schema');
    }
    for (const notARecord of [null, [], 'text', 42]) {
      expect(validateRecord(notARecord).valid, JSON.stringify(notARecord)).toBe(false);
    }
  });
});

test('a full export from the demo page matches the published schema', async ({ page }) => {
  await page.goto('/');
  const inventory = new InventoryPage(page);
  await inventory.ready();
  await inventory.fillSome();

  const goals = new GoalsPage(page);
  await goals.ready();
  await goals.startGoal('Grow tomatoes on the balcony', { why: 'Cooking with my own food', area: 'Daily living and home' });
  await goals.linkStrength('I cook a good curry (Daily living and home)');
  await goals.addStep('Buy two pots and some soil', { who: 'Me', by: '2026-12-05' });
  await goals.addStep('Ask about seedlings at the market', { who: 'Someone else', someone: 'Aunty May', by: '2026-12-12' });
  const goal = goals.open();
  await goal.getByRole('button', { name: 'I did it: Buy two pots and some soil' }).click();
  await goal.getByRole('button', { name: 'Not this time: Ask about seedlings at the market' }).click();
  await goal.getByRole('button', { name: 'Pause for now' }).click();

  const planner = new PlannerPage(page);
  await planner.ready();
  await planner.openPart('Staying well');
  await planner.add('My wellness toolbox: things that help me feel better', 'A walk by the river');
  await planner.openPart('Things that can set me off');
  await planner.add('Things that can set me off, and what I will do', 'Money worries', 'Ring the money counsellor');
  await planner.openPart('Staying safe in a crisis');
  await planner.addContact('People I can ask for help', 'Jo (my sister)', '0400 123 456');

  const copy = await inventory.exportCopy();
  const exported = JSON.parse(copy.text);
  const stored = await inventory.storedRecord();
  expect(exported).toEqual(stored);
  // Something from every widget made it into the file, so the check below covers all three.
  expect(exported.inventory.domains.length).toBeGreaterThan(0);
  expect(exported.goals[0].steps).toHaveLength(2);
  expect(Object.keys(exported.plan).sort()).toEqual(['people_to_ask', 'toolbox', 'triggers']);

  expectValidRecord(exported, `the exported copy (${copy.name})`);
  expectValidRecord(stored, 'the stored record recovery-widgets:harbourside:record');
  expect(exported.schema_version, 'exports are written in the newest published version').toBe(LATEST_VERSION);
});
