import { test, expect } from '@playwright/test';
import { InventoryPage, RECORD_KEY } from './inventory-page.js';

// Typing is handled in the page as each key arrives: an answer's box saves the whole record in
// its input handler, and an "add" box keeps its words under the drafts key in an effect that
// runs straight after (src/store/drafts.rs set_draft, src/store/use_draft.rs). So whatever was typed
// before a reload starts must be there after it: in the record or the drafts, and on screen.
//
// Half the trials reload from the test once the keys are typed (at once, or up to 30 ms later).
// The other half make the page reload itself from inside the input event of the last key, before
// the widget has handled it: the tightest a reload can follow a key. (A reload sent while keys
// are still being sent makes Chromium's DevTools input hang now and then, so the test never does.)
const SEED = 20261124;
const TRIALS = 60;
const AREA = 'daily-living';
const KEYS = { haveNow: 'have_now', want: 'want', helpedBefore: 'helped_before' };
const QUESTIONS = Object.keys(KEYS);
// Letters, spaces and punctuation from the keyboard, and a few that are typed as text.
const ALPHABET = [...'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,;:!?\'"-()&<>', 'é', 'ß', 'ü', '—', '🌱', 'ā'];

/** A small seeded generator (mulberry32): the same seed gives the same trials every run. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many characters of `expected` are missing from the end of `shown`. */
function lostCharacters(expected, shown) {
  const e = [...expected];
  const s = [...shown];
  let same = 0;
  while (same < e.length && same < s.length && e[same] === s[same]) same++;
  return e.length - same;
}

test(`reloading at random moments while typing never loses or breaks the record (seed ${SEED})`, async ({ page }) => {
  test.setTimeout(180_000);
  test.info().annotations.push({ type: 'seed', description: String(SEED) });
  const random = mulberry32(SEED);
  const pick = (list) => list[Math.floor(random() * list.length)];

  // Notes, in this tab's session storage, the value each box had at its last input event: what
  // the page had been given when it went. And reloads the page on the key the test asks for.
  await page.addInitScript(() => {
    window.addEventListener(
      'input',
      (event) => {
        const box = event.composedPath()[0];
        if (!box?.id) return;
        sessionStorage.setItem(`typed:${box.id}`, box.value);
        const when = window.__reloadWhen;
        if (when && when.id === box.id && when.value === box.value) {
          window.__reloadWhen = null;
          location.reload();
        }
      },
      true,
    );
  });
  const inventory = new InventoryPage(page);
  await inventory.open();
  const addBox = (q) => inventory.question(q).getByLabel('Add in your own words');
  const answerBox = (q) => inventory.answers(q);

  // One answer to each question, to edit in place; the "add" boxes start empty.
  const answers = { haveNow: 'I cook', want: 'A garden', helpedBefore: 'Walks' };
  const drafts = { haveNow: '', want: '', helpedBefore: '' };
  for (const q of QUESTIONS) await inventory.addAnswer(q, answers[q]);

  const problems = [];
  let lost = 0;
  let typedInAll = 0;

  for (let trial = 0; trial < TRIALS; trial++) {
    const q = pick(QUESTIONS);
    const intoAddBox = trial % 2 === 0;
    const model = intoAddBox ? drafts : answers;
    const box = intoAddBox ? addBox(q) : answerBox(q);
    const replace = random() < 0.2;
    const length = 1 + Math.floor(random() * 25);
    const typed = Array.from({ length }, () => pick(ALPHABET)).join('');
    const sameMoment = Math.floor(trial / 2) % 2 === 1;
    const pause = random() < 0.5 ? 0 : Math.floor(random() * 31);

    // Put the cursor at the end (or select everything, to type over it).
    const before = model[q];
    const field = await box.evaluate((el, replace) => {
      el.focus();
      el.setSelectionRange(replace ? 0 : el.value.length, el.value.length);
      sessionStorage.removeItem(`typed:${el.id}`);
      return el.id;
    }, replace);
    if (sameMoment) {
      // The page reloads itself from inside the input event of the last key, before the widget
      // has even handled it: nothing of the page's own work after that event can be waited for.
      await page.evaluate(([id, value]) => (window.__reloadWhen = { id, value }), [field, replace ? typed : before + typed]);
      const loaded = page.waitForEvent('load');
      await page.keyboard.type(typed);
      await loaded;
    } else {
      await page.keyboard.type(typed);
      if (pause) await page.waitForTimeout(pause);
      await page.reload();
    }
    await inventory.ready();
    // What the page had been given when it went: its last input event for the box.
    const arrived = await page.evaluate((field) => sessionStorage.getItem(`typed:${field}`), field);
    const reached = arrived ?? before;
    const start = replace && arrived !== null ? '' : before;
    if (!reached.startsWith(start) || !typed.startsWith(reached.slice(start.length))) {
      problems.push(`trial ${trial}: the page saw ${JSON.stringify(reached)} after typing ${JSON.stringify(typed)} into ${JSON.stringify(before)}`);
    }
    const whole = replace ? typed : before + typed;
    if (reached !== whole) problems.push(`trial ${trial}: the page saw ${JSON.stringify(reached)}, not all that was typed`);
    model[q] = reached;
    typedInAll += [...reached.slice(start.length)].length;

    const what = `trial ${trial}: ${[...typed].length} characters ${replace ? 'over' : 'after'} the ${intoAddBox ? '"add" box' : 'answer'} of ${q}, ${sameMoment ? 'the page reloading itself on the last key' : `reloaded ${pause} ms after`}`;

    // The stored record is whole, in the documented format, and holds every answer as typed.
    const { recordText, draftsText } = await page.evaluate(
      (key) => ({ recordText: localStorage.getItem(key), draftsText: localStorage.getItem(`${key}:drafts`) }),
      RECORD_KEY('harbourside'),
    );
    let record = null;
    try {
      record = JSON.parse(recordText);
    } catch {
      problems.push(`${what}: the stored record is not JSON: ${JSON.stringify(recordText?.slice(-80))}`);
    }
    let storedDrafts = {};
    try {
      storedDrafts = draftsText === null ? {} : JSON.parse(draftsText);
    } catch {
      problems.push(`${what}: the stored drafts are not JSON: ${JSON.stringify(draftsText?.slice(-80))}`);
    }
    if (record) {
      if (record.format !== 'recovery-widgets/record' || record.schema_version !== 4) {
        problems.push(`${what}: the stored record has format ${record.format}, version ${record.schema_version}`);
      }
      const domain = record.inventory?.domains?.find((d) => d.domain === AREA);
      for (const q of QUESTIONS) {
        const stored = (domain?.[KEYS[q]] ?? []).map((e) => e.text);
        if (stored.length !== 1 || stored[0] !== answers[q]) {
          problems.push(`${what}: stored answers to ${q} are ${JSON.stringify(stored)}, typed ${JSON.stringify(answers[q])}`);
        }
      }
    }

    // What is on screen, and kept, is exactly what was typed: nothing lost, nothing extra.
    for (const q of QUESTIONS) {
      const storedDraft = storedDrafts[`inventory:${AREA}:${KEYS[q]}`] ?? '';
      if (storedDraft !== drafts[q]) {
        problems.push(`${what}: the kept words of the "add" box of ${q} are ${JSON.stringify(storedDraft)}, typed ${JSON.stringify(drafts[q])}`);
      }
      for (const [kind, locator, modelOf] of [
        ['"add" box', addBox(q), drafts],
        ['answer', answerBox(q), answers],
      ]) {
        const shown = await locator.inputValue();
        if (shown !== modelOf[q]) {
          const missing = lostCharacters(modelOf[q], shown);
          lost += missing;
          problems.push(`${what}: the ${kind} of ${q} shows ${JSON.stringify(shown)}, typed ${JSON.stringify(modelOf[q])} (${missing} lost)`);
          modelOf[q] = shown; // carry on from what is there, so each trial counts on its own
        }
      }
    }
  }

  test.info().annotations.push({ type: 'typed', description: `${typedInAll} characters in ${TRIALS} trials` });
  expect(problems, `seed ${SEED}`).toEqual([]);
  expect(lost, 'characters lost across all trials').toBe(0);
});
