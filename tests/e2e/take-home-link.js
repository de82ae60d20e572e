// Reading a take-home code back, independently of the bundle: its pixels with zxing-cpp (npm
// zxing-wasm; the reader in many phones' scanning apps), and the record its link carries.
// Shared by the Chromium tests (take-home.spec.js) and the cross-engine suite (tests/engines/).
// Not a test file itself.
import { readBarcodes, prepareZXingModule } from 'zxing-wasm/reader';
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { NEW_RECORD } from './whole-record.js';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$*+-./:';

// The reader's wasm from node_modules: nothing is fetched.
const READER = readFileSync(new URL('../../node_modules/zxing-wasm/dist/reader/zxing_reader.wasm', import.meta.url));
prepareZXingModule({
  overrides: { wasmBinary: READER.buffer.slice(READER.byteOffset, READER.byteOffset + READER.byteLength) },
  fireImmediately: true,
});

/** Every QR code found in a PNG's pixels: `{ isValid, text, version }` each. */
export function readQrCodes(png) {
  return readBarcodes(new Uint8Array(png), { formats: ['QRCode'] });
}

/** The record a take-home link carries; throws if the link is not one. */
export function recordIn(link) {
  const match = /#rw1\.(\d)\.(\d)\.([0-9A-Z$*+\-./:]+)$/.exec(link);
  if (!match) throw new Error(`not a take-home link: ${link.slice(0, 80)}`);
  const digits = [...match[3]].map((c) => ALPHABET.indexOf(c));
  const bytes = [];
  for (let i = 0; i < digits.length; i += 3) {
    const group = digits.slice(i, i + 3);
    const n = group.reduceRight((n, d) => n * 43 + d, 0);
    if (group.length === 3) bytes.push(n >> 8, n & 0xff);
    else bytes.push(n);
  }
  return JSON.parse(inflateRawSync(Buffer.from(bytes)).toString('utf8'));
}

/** Today where the tests run (the browser's time zone is the machine's), as a check-in's date. */
const TODAY = (() => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
})();

/**
 * What the code from the kiosk visit both suites make carries: everything written, with its
 * star, flag and date. Times and ids are left blank: compare through `comparable(…, { ids:
 * false })`, which sets them aside.
 */
export const CARRIED_FROM_THE_KIOSK = {
  ...NEW_RECORD,
  inventory: {
    domains: [{ domain: 'daily-living', have_now: [{ id: '', text: 'I am good at listening', updated: '' }], want: [], helped_before: [] }],
    qualities: [{ quality: 'kindness', top: true, updated: '' }],
    priorities: [],
  },
  goals: [
    {
      id: '',
      text: 'Sleep before midnight',
      why: 'I feel calmer',
      strengths: [],
      steps: [
        { id: '', what: 'Phone on the charger at ten', target: '2026-12-05', updated: '' },
        { id: '', what: 'Read before bed', not_this_time: true, updated: '' },
      ],
      state: 'active',
      reflection: { worked_well: '', learned: '', where_else: '' },
      history: [
        { at: '', change: 'started' },
        { at: '', change: { step_not_this_time: 'Read before bed' } },
      ],
      updated: '',
    },
  ],
  plan: { toolbox: [{ id: '', text: 'Music in the evening', updated: '' }] },
};

/** The journey's part of that code, when the visit checked in too (take-home.spec.js). */
export const CHECK_IN_FROM_THE_KIOSK = {
  check_ins: [
    {
      id: '',
      date: TODAY,
      areas: [{ domain: 'relationships', rating: 6, helped: 'A cup of tea with Sam' }],
      updated: '',
    },
  ],
};
