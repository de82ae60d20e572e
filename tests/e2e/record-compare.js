// Whole records compared: only what must differ from run to run (times made during the test,
// and ids made at random) is written in a fixed form first. Not a test file itself: specs
// import it.

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
  schema_version: 3,
  created: '<now>',
  updated: '<now>',
};
