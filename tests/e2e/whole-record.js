// Comparing records whole: every entry, flag, star, date and state, so that a copy which
// drops a "not this time" or a top-five star fails, not only one that drops words. Not a test
// file itself: specs import it. Two ways to set aside only what may rightly differ:
//
// `normalised`, for a record the widgets made during a test against one the test writes out:
// times made during the test and ids made at random are written in a fixed form.
//
// `comparable`, for two copies of the same answers, which may rightly differ in three things:
// - times (`created`, `updated`, a history event's `at`): a take-home code gives every entry the
//   record's own time, and opening a copy marks the record as changed when it was opened;
// - ids, when `ids: false`: a take-home code gives entries shorter ones. Each reference (a
//   goal's strength link, a priority's wish) is then shown as the words it points to, so a link
//   that lost its way still fails;
// - the list of removals, which a code leaves out.
// Everything else (dates a person chose, states, flags, stars, order) is compared as it is.

const TIMES = new Set(['created', 'updated', 'at']);
const TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/**
 * The record with every time from `since` on (a time in milliseconds; every time when not
 * given) as "<now>", and every id not in `known` as "<id N>", numbered in the order they first
 * appear, so a link to an id (a priority's wish, a goal's strength) still names the same one.
 * Everything else, earlier times included, is kept exactly.
 */
export function normalised(record, { since = -Infinity, known = [] } = {}) {
  const ids = new Map();
  const idFor = (id) => {
    if (known.includes(id)) return id;
    if (!ids.has(id)) ids.set(id, `<id ${ids.size + 1}>`);
    return ids.get(id);
  };
  const walk = (value, key) => {
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    if (typeof value === 'string' && TIME.test(value) && Date.parse(value) >= since) return '<now>';
    if (typeof value === 'string' && ['id', 'wish', 'entry'].includes(key)) return idFor(value);
    return value;
  };
  return walk(record);
}

/** When a test started, for `normalised`'s `since` (a second early, for clock granularity). */
export const testStarted = () => Date.now() - 1_000;

/** The start of every record the widgets make, for building expected records. */
export const NEW_RECORD = {
  format: 'recovery-widgets/record',
  schema_version: 4,
  created: '<now>',
  updated: '<now>',
};


/** Every entry's id in the record, with the words it holds. */
function wordsById(record) {
  const words = new Map();
  for (const domain of record.inventory?.domains ?? []) {
    for (const entry of [...(domain.have_now ?? []), ...(domain.want ?? []), ...(domain.helped_before ?? [])]) words.set(entry.id, entry.text);
  }
  for (const goal of record.goals ?? []) {
    words.set(goal.id, goal.text);
    for (const step of goal.steps ?? []) words.set(step.id, step.what);
  }
  for (const items of Object.values(record.plan ?? {})) for (const item of items) words.set(item.id, item.text);
  return words;
}

/**
 * The record as it can be compared with another copy of the same answers (see above). A piece
 * of a record (one of several take-home codes) may link to an entry another piece holds: pass
 * every piece as `among` to find it.
 */
export function comparable(record, { ids = true, among = [record] } = {}) {
  const words = new Map(among.flatMap((r) => [...wordsById(r)]));
  const walk = (value, key) => {
    if (Array.isArray(value)) return value.map((v) => walk(v));
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([k]) => k !== 'removed')
          .map(([k, v]) => [k, walk(v, k)]),
      );
    }
    if (TIMES.has(key) && typeof value === 'string') return '(a time)';
    if (!ids && key === 'id') return '(an id)';
    if (!ids && (key === 'entry' || key === 'wish')) return `(the entry "${words.get(value) ?? `missing: ${value}`}")`;
    return value;
  };
  return walk(record);
}
