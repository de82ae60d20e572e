// Generated data for the benchmark: large records in the widgets' own format (version 3, see
// docs/record-format.md and schema/record-v3.schema.json), and an answer set of the same size
// for the SurveyJS page. Everything is deterministic, so every run fills the same record.

/** The seven built-in life areas (crates/core/src/presets.rs, DOMAINS), in order. */
export const DOMAINS = [
  ['daily-living', 'Daily living and home'],
  ['money', 'Money'],
  ['work-study', 'Work, study and volunteering'],
  ['relationships', 'Relationships and people around me'],
  ['health', 'Health and wellbeing'],
  ['leisure', 'Fun and free time'],
  ['meaning', 'Spirit, culture and meaning'],
];

/** The twenty-four built-in qualities (crates/core/src/presets.rs, QUALITIES), in order. */
export const QUALITIES = [
  ['kindness', 'Kindness'],
  ['humour', 'Humour'],
  ['persistence', 'Sticking with it'],
  ['curiosity', 'Curiosity'],
  ['honesty', 'Honesty'],
  ['courage', 'Courage'],
  ['creativity', 'Creativity'],
  ['fairness', 'Fairness'],
  ['gratitude', 'Thankfulness'],
  ['hope', 'Hope'],
  ['love-of-learning', 'Love of learning'],
  ['patience', 'Patience'],
  ['loyalty', 'Loyalty'],
  ['teamwork', 'Teamwork'],
  ['forgiveness', 'Forgiveness'],
  ['modesty', 'Modesty'],
  ['self-control', 'Self-control'],
  ['good-judgement', 'Good judgement'],
  ['big-picture', 'Seeing the big picture'],
  ['noticing-beauty', 'Noticing beauty'],
  ['sense-of-meaning', 'Sense of meaning'],
  ['energy', 'Energy'],
  ['leadership', 'Leadership'],
  ['warmth', 'Warmth'],
];

/** The three questions asked about each life area (crates/core/src/text.rs), by record field. */
export const QUESTIONS = [
  ['have_now', 'What is going well, and what do I have now?'],
  ['want', 'What do I want?'],
  ['helped_before', 'What has helped me before?'],
];

/** The parts of the warning-sign plan (schema/record-v3.schema.json, $defs.plan). */
const PLAN_LISTS = [
  'when_well', 'toolbox', 'every_day', 'might_do', 'triggers', 'early_signs', 'worse_signs',
  'worse_plan', 'crisis_signs', 'on_my_own', 'take_my_mind_off', 'people_to_ask', 'services',
  'safer_space', 'reasons_for_living', 'helps', 'does_not_help', 'involve', 'do_not_involve',
  'treatment', 'put_away', 'back_to_routine',
];
/** Plan parts whose entries carry a `response` (what I will do, or a phone number). */
const WITH_RESPONSE = new Set(['triggers', 'early_signs', 'people_to_ask', 'services']);

const KINDS = ['individual', 'interpersonal', 'environmental'];
const HELPERS = ['me', 'family', 'friend', 'peer_worker', 'practitioner'];

// Plain, varied sentences of everyday length (30 to 60 characters), so the record's size is
// like a real person's rather than a column of "x".
const PHRASES = [
  'I walk by the river most mornings',
  'My sister rings me every Sunday night',
  'Saving a little from each pay for a trip',
  'The peer group at the library on Tuesdays',
  'Cooking a proper meal twice a week',
  'Asking the housing worker about repairs',
  'Going to bed at the same time each night',
  'Learning three chords on the guitar',
  'Helping out at the community garden',
  'Talking with my doctor about my medicine',
];

function phrase(n) {
  return `${PHRASES[n % PHRASES.length]} (${n + 1})`;
}

// Times step forward a minute per item from a fixed start, written the way the widgets write
// them: UTC with three digits of milliseconds and a Z.
const START = Date.UTC(2026, 0, 5, 9, 0, 0);
function time(n) {
  return new Date(START + n * 60_000).toISOString();
}
function date(n) {
  return new Date(START + n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A version 3 record with `goals` goals and `others` other entries, split as
 * 40% goal steps, 30% inventory answers and 30% plan entries (at 1,000 goals and 5,000 others:
 * 2,000 steps, 1,500 answers, 1,500 plan entries). Each goal has a why, a life area, two
 * strength links and one history event; ten qualities are chosen (three top) and three
 * priorities set.
 */
export function makeRecord({ goals = 1000, others = 5 * goals } = {}) {
  const steps = Math.round(others * 0.4);
  const answers = Math.round(others * 0.3);
  const planEntries = others - steps - answers;
  let clock = 0;

  // Inventory answers, round-robin over the 21 (area, question) lists.
  const domains = DOMAINS.map(([domain]) => ({ domain, have_now: [], want: [], helped_before: [] }));
  const haveNowIds = [];
  for (let i = 0; i < answers; i++) {
    const list = i % (DOMAINS.length * QUESTIONS.length);
    const area = domains[Math.floor(list / QUESTIONS.length)];
    const [question] = QUESTIONS[list % QUESTIONS.length];
    const entry = { id: `a${i + 1}`, text: phrase(i) };
    if (question === 'have_now') {
      entry.kind = KINDS[i % KINDS.length];
      haveNowIds.push(entry.id);
    }
    entry.updated = time(clock++);
    area[question].push(entry);
  }
  const wishOf = (d) => d.want[0]?.id;

  const qualities = QUALITIES.slice(0, 10).map(([quality], i) => ({
    quality,
    top: i < 3,
    updated: time(clock++),
  }));
  const priorities = domains.slice(0, 3).map((d, i) => {
    const p = { id: `p${i + 1}`, domain: d.domain };
    if (wishOf(d)) p.wish = wishOf(d);
    p.updated = time(clock++);
    return p;
  });

  // Goals, with the steps shared out evenly (the first goals get one more when uneven).
  const goalList = [];
  let stepNo = 0;
  for (let g = 0; g < goals; g++) {
    const count = Math.floor(steps / goals) + (g < steps % goals ? 1 : 0);
    const started = time(clock++);
    const goalSteps = [];
    for (let s = 0; s < count; s++, stepNo++) {
      const step = { id: `s${stepNo + 1}`, what: phrase(stepNo + 3), who: HELPERS[stepNo % HELPERS.length] };
      step.target = date(stepNo % 365);
      step.updated = time(clock++);
      goalSteps.push(step);
    }
    const strengths = [{ quality: QUALITIES[g % 10][0] }];
    if (haveNowIds.length) strengths.unshift({ entry: haveNowIds[g % haveNowIds.length] });
    goalList.push({
      id: `g${g + 1}`,
      text: `Goal ${g + 1}: ${phrase(g + 5)}`,
      why: `It matters to me because ${phrase(g + 7).toLowerCase()}`,
      domain: DOMAINS[g % DOMAINS.length][0],
      strengths,
      steps: goalSteps,
      state: 'active',
      reflection: { worked_well: '', learned: '', where_else: '' },
      history: [{ at: started, change: 'started' }],
      updated: started,
    });
  }

  // Plan entries, round-robin over the plan's parts; empty parts are left out.
  const plan = {};
  for (let i = 0; i < planEntries; i++) {
    const part = PLAN_LISTS[i % PLAN_LISTS.length];
    const item = { id: `w${i + 1}`, text: phrase(i + 11) };
    if (WITH_RESPONSE.has(part)) item.response = part.endsWith('ask') || part === 'services' ? '0400 123 456' : phrase(i + 13);
    item.updated = time(clock++);
    (plan[part] ??= []).push(item);
  }

  return {
    format: 'recovery-widgets/record',
    schema_version: 3,
    created: time(0),
    updated: time(clock),
    inventory: { domains, qualities, priorities },
    goals: goalList,
    plan,
  };
}

/** How many values sit in all the record's lists: what the widgets' 100,000 limit counts. */
export function countListEntries(value) {
  if (Array.isArray(value)) return value.length + value.reduce((n, v) => n + countListEntries(v), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((n, v) => n + countListEntries(v), 0);
  return 0;
}

/**
 * The SurveyJS page's answers (`survey.data`, see bench/surveyjs/survey.js) holding `entries`
 * answers in its 21 lists (one dynamic panel per area and question), ten chosen qualities and
 * the areas ranked: the same number of pieces of text as a record of `entries / 6` goals.
 */
export function makeSurveyAnswers({ entries = 6000 } = {}) {
  const data = {};
  for (let i = 0; i < entries; i++) {
    const list = i % (DOMAINS.length * QUESTIONS.length);
    const [domain] = DOMAINS[Math.floor(list / QUESTIONS.length)];
    const [question] = QUESTIONS[list % QUESTIONS.length];
    (data[`${domain}__${question}`] ??= []).push({ text: phrase(i) });
  }
  data.qualities = QUALITIES.slice(0, 10).map(([id]) => id);
  data.priorities = DOMAINS.map(([id]) => id);
  return data;
}
