// The benchmark (issue #7): the recovery widgets' demo page (dist/index.html) against the same
// strengths inventory built with SurveyJS (bench/surveyjs/), in headless Chromium.
//
//   node bench/run.mjs [--runs 5] [--keystrokes 20] [--no-profile]
//
// Keystroke → saved is measured with no passcode and with one (every save locked by WebCrypto).
//
// Usually run through scripts/bench.sh, which builds both pages first. Every measurement is
// taken once as a warm-up (thrown away) and then --runs times, each in a fresh browser context
// (an empty cache and empty storage: a first visit); it prints the median and the spread
// (min–max) over the runs. What each figure means is in docs/benchmark.md.
import { chromium } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { cpus, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { validateRecord, formatErrors } from '../tests/e2e/record-schema.js';
import { startServer } from '../scripts/serve.mjs';
import { compressBeside, gzip } from '../scripts/compress.mjs';
import { installProbes, seedStorage } from './probe.mjs';
import { countListEntries, makeRecord, makeSurveyAnswers } from './records.mjs';
import { OUT as SURVEY_OUT } from './surveyjs/build.mjs';

const root = new URL('..', import.meta.url).pathname;

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
}
const RUNS = option('runs', 5);
const KEYSTROKES = option('keystrokes', 20);
const PROFILE = !process.argv.includes('--no-profile');
// Lighthouse, installed by scripts/bench.sh under target/ (not a project dependency); without
// it, or with --no-lighthouse, those figures are left out.
const LIGHTHOUSE = join(root, 'target/lighthouse/node_modules/.bin/lighthouse');
const WITH_LIGHTHOUSE = !process.argv.includes('--no-lighthouse') && existsSync(LIGHTHOUSE);
const LARGE = 1000; // goals in the large record, with 5 other entries a goal
const SIZES = [10, 100, LARGE]; // goals, for how export and import grow
const SURVEY_ENTRIES = 6 * LARGE; // the same number of pieces of text as the large record
const TIMEOUT = 180_000;

const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

// ---------------------------------------------------------------------------------------------
// Statistics and printing

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** { median, min, max } of the runs' values. */
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
const ms = (n) => (n < 10 ? `${n.toFixed(2)} ms` : n < 100 ? `${n.toFixed(1)} ms` : `${Math.round(n)} ms`);
const spread = (s, unit) => `${unit(s.median)} (${unit(s.min)}–${unit(s.max)})`;
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
const row = (cells, widths) => cells.map((c, i) => String(c)[i ? 'padStart' : 'padEnd'](widths[i])).join('  ');

// ---------------------------------------------------------------------------------------------
// The two pages

/** Our demo page: all three widgets, sharing the record of namespace "harbourside". */
const OURS = {
  name: 'widgets',
  recordKey: 'recovery-widgets:harbourside:record',
  isBundle: (path) => path.startsWith('/widgets/'),
};
/**
 * A host page with one widget (the strengths inventory) and nothing else of the demo's: what a
 * page that holds one widget downloads. Served by the benchmark's own server, beside dist/.
 */
const ONE_WIDGET = {
  name: 'one widget',
  recordKey: 'recovery-widgets:bench-one:record',
  isBundle: (path) => path.startsWith('/widgets/'),
  html: `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>One widget</title>
<link rel="stylesheet" href="/csp.css"><link rel="icon" href="/favicon.svg" type="image/svg+xml">
<script type="module" src="/widgets/widgets.js"></script>
</head><body><main><h1>My strengths</h1><strengths-inventory namespace="bench-one"></strengths-inventory>
<p>The page goes on below the widget.</p></main></body></html>`,
};
/**
 * Lighthouse's floor: the one-widget page's host page, with a script that only downloads bytes
 * and then shows a paragraph where the widget would be. What the page would score if the bytes
 * cost nothing to run: no Lighthouse figure of a page that downloads them can be better.
 * - `module.js`: the bundle's module and glue, asked for at once as the loader does, and the
 *   module compiled (nothing of it run);
 * - `bytes.js?kb=N`: N KB of incompressible bytes (sent as they are), for the bytes a page could
 *   download and still meet a budget.
 */
const FLOOR_BYTES = [150, 250, 350]; // KB
const floorPage = (script) => ONE_WIDGET.html
  .replace('<title>One widget</title>', '<title>Floor</title>')
  .replace('/widgets/widgets.js', script)
  .replace(/<strengths-inventory[^>]*><\/strengths-inventory>/, '<div id="floor"></div>');
const FLOOR_SHOW = `const show = (what) => document.getElementById('floor').insertAdjacentHTML('beforeend',
  \`<p>\${what} arrived. \${'These are the things I do well, what I care about and what helps me. '.repeat(3)}</p>\`);`;
const FLOOR_PAGES = {
  '/floor/module.html': floorPage('/floor/module.js'),
  '/floor/module.js': `${FLOOR_SHOW}
const wasm = fetch(new URL('../widgets/recovery-widgets_bg.wasm', import.meta.url));
await import('../widgets/recovery-widgets.js');
await WebAssembly.compileStreaming(wasm);
show('The module');`,
  '/floor/bytes.html': floorPage('/floor/bytes.js'),
  '/floor/bytes.js': `${FLOOR_SHOW}
const kb = new URLSearchParams(location.search).get('kb');
show(\`\${(await (await fetch(\`./bytes-\${kb}.bin\`)).arrayBuffer()).byteLength} bytes\`);`,
  ...Object.fromEntries(FLOOR_BYTES.map((n) => [`/floor/bytes-${n}.bin`, randomBytes(n * 1024)])),
};

/** The SurveyJS page: the strengths inventory only. */
const SURVEYJS = {
  name: 'SurveyJS',
  recordKey: 'bench-surveyjs:answers',
  isBundle: (path) => path.startsWith('/lib/'),
};

/**
 * Opens `site` in a new browser context (cold cache, empty storage), with the probes and,
 * when given, a stored record; waits until the page is ready for input.
 */
async function open(browser, site, stored) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  if (stored !== undefined) await context.addInitScript(seedStorage, { key: site.recordKey, value: stored });
  await context.addInitScript(installProbes, site.recordKey);
  const page = await context.newPage();
  const errors = [];
  const finished = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('requestfinished', (r) => finished.push(r));
  page.on('request', (r) => {
    if (!/^(http:\/\/127\.0\.0\.1[:/]|blob:|data:)/.test(r.url())) errors.push(`off-machine request: ${r.url()}`);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await page.goto(site.url, { waitUntil: 'load', timeout: TIMEOUT });
  await page.waitForFunction(() => window.__bench.ready !== null, null, { timeout: TIMEOUT });
  // Where the time to ready went (ours): the wasm module asked for, downloaded, instantiated.
  const { ready, wasmAsked, wasmArrived, started } = await page.evaluate(() => {
    const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
    return { ready: window.__bench.ready, wasmAsked: wasm?.startTime ?? null, wasmArrived: wasm?.responseEnd ?? null, started: window.__bench.started };
  });
  return { context, page, cdp, errors, finished, ready, wasmAsked, wasmArrived, started };
}

/**
 * How long the strengths inventory takes to build when its code has run once already: adds a
 * second one (its own namespace, nothing stored) to the loaded page and times it to its first
 * text box. Against the first widget's time from module start to ready, it shows how much of
 * that is the browser compiling each wasm function the first time it runs.
 */
function buildAgain(page) {
  return page.evaluate(
    (timeout) =>
      new Promise((done, fail) => {
        setTimeout(() => fail(new Error('the second strengths inventory never showed a text box')), timeout);
        const widget = document.createElement('strengths-inventory');
        widget.setAttribute('namespace', 'bench-again');
        widget.setAttribute('storage', 'memory');
        const start = performance.now();
        document.body.append(widget);
        const box = () => widget.shadowRoot.querySelector('textarea, input[type="text"]');
        new MutationObserver((_, seen) => {
          if (!box()) return;
          seen.disconnect();
          done(performance.now() - start);
        }).observe(widget.shadowRoot, { childList: true, subtree: true });
      }),
    TIMEOUT,
  );
}

/**
 * Body bytes of every request as received (brotli, from the files beside each one, as a host's
 * server sends them): whole page and bundle only; beside them, the same files' size with gzip -9,
 * for comparison with figures taken before brotli. Then the layout shift so far (the page is
 * quiet by then).
 */
async function bytes(site, { page, finished }) {
  await page.waitForLoadState('networkidle');
  let total = 0;
  let bundle = 0;
  let bundleGzip = 0;
  for (const request of finished) {
    const { responseBodySize } = await request.sizes();
    const path = new URL(request.url()).pathname;
    total += responseBodySize;
    if (!site.isBundle(path)) continue;
    bundle += responseBodySize;
    bundleGzip += gzip(readFileSync(join(site.root, decodeURIComponent(path)))).length;
  }
  const layoutShift = await page.evaluate(() => window.__bench.layoutShift);
  return { total, bundle, bundleGzip, requests: finished.length, layoutShift };
}

/**
 * Lighthouse's mobile profile (its default: a mid-range phone, simulated slow 4G and a 4×
 * slower CPU) on one page, performance only, in Debian's Chromium: the performance score and
 * Time to Interactive.
 */
async function lighthouse(url) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  try {
    const report = join(dir, 'report.json');
    // Not execFileSync: the pages are served from this process, which must stay free to answer.
    // TMPDIR puts the profile Lighthouse makes for Chromium inside `dir`, so that the browser
    // can be found, and ended, if the run times out (Lighthouse is killed, its browser not).
    await promisify(execFile)(LIGHTHOUSE, [
      url, '--only-categories=performance', '--output=json', `--output-path=${report}`, '--quiet',
      // --no-sandbox, as Playwright adds for a browser run as root (CI here runs as root).
      `--chrome-flags=--headless=new --no-sandbox ${CHROMIUM.args.join(' ')}`,
    ], { env: { ...process.env, CHROME_PATH: CHROMIUM.executablePath, TMPDIR: dir }, timeout: TIMEOUT });
    const { categories, audits, lighthouseVersion } = JSON.parse(readFileSync(report, 'utf8'));
    return {
      score: categories.performance.score * 100,
      interactive: audits.interactive.numericValue,
      largestPaint: audits['largest-contentful-paint'].numericValue,
      blocking: audits['total-blocking-time'].numericValue,
      layoutShift: audits['cumulative-layout-shift'].numericValue,
      version: lighthouseVersion,
    };
  } finally {
    // Any browser still running from this run (none, unless it timed out).
    spawnSync('pkill', ['-KILL', '-f', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The JS heap in use after a full garbage collection, and the wasm module's memory. */
async function memory({ page, cdp }) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__bench.wasmMemory?.buffer.byteLength ?? 0);
  return { heap: usedSize, wasm, total: usedSize + wasm };
}

const probe = (page) =>
  page.evaluate(() => {
    const { ready, keys, clicks, saves, frames, blobs, changes, preview } = window.__bench;
    return { ready, keys, clicks, saves, frames, blobs, changes, preview };
  });
const resetProbe = (page) =>
  page.evaluate(() => {
    const b = window.__bench;
    for (const list of [b.keys, b.clicks, b.saves, b.frames, b.blobs, b.changes]) list.length = 0;
    b.preview = null;
  });

/** Puts the caret at the end of `box`. */
async function focusEnd(page, box) {
  await box.click();
  await page.keyboard.press('End');
}

/**
 * Types `count` characters into the focused box, one at a time, and returns the median times
 * from keydown to the record saved, and to the first animation frame after that save.
 */
async function keystrokes(page, count) {
  const saved = [];
  const frame = [];
  for (let i = 0; i < count; i++) {
    await resetProbe(page);
    await page.keyboard.press('x');
    await page.evaluate(() => window.__bench.nextFrame());
    // With a passcode the save is locked by WebCrypto first, so it lands a moment later.
    await page.waitForFunction(() => window.__bench.saves.length > 0, null, { timeout: TIMEOUT });
    const p = await probe(page);
    saved.push(p.saves[0] - p.keys[0]);
    frame.push(p.frames[0] - p.keys[0]);
    await page.waitForTimeout(30);
  }
  return { saved: median(saved), frame: median(frame) };
}

/**
 * The browser's own part of a save: `localStorage.setItem` of the stored record's text, timed
 * alone `count` times (the median of them). It writes a key of its own, with two texts of the record's length
 * taking turns, so that no write is skipped as unchanged. No save that keeps the record as one
 * text under one key, as the store does, can be faster than this in this browser.
 */
const setItemAlone = async (page, key, count) => median(await page.evaluate(({ key, count }) => {
  const text = localStorage.getItem(key);
  const texts = [`${text}a`, `${text}b`];
  for (const t of texts) t.charCodeAt(t.length >> 1); // made flat before timing, not during
  const floorKey = `${key}:bench-floor`;
  localStorage.setItem(floorKey, texts[1]);
  const times = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    localStorage.setItem(floorKey, texts[i % 2]);
    times.push(performance.now() - start);
  }
  localStorage.removeItem(floorKey);
  return times;
}, { key, count }));

/** How many goals the goal builder shows: a check that the stored record was read. */
const goalsShown = (page) =>
  page.evaluate(() => document.querySelector('goal-builder')?.shadowRoot?.querySelectorAll('.rw-goal-item').length ?? 0);

/** Waits until the goal builder shows `n` goals, and checks nothing was set aside. */
async function expectRecordOpened(page, n) {
  await page.waitForFunction((n) => {
    const root = document.querySelector('goal-builder')?.shadowRoot;
    return root?.querySelectorAll('.rw-goal-item').length === n;
  }, n, { timeout: TIMEOUT }).catch(async () => {
    throw new Error(`the goal builder shows ${await goalsShown(page)} goals, not ${n}: was the record set aside?`);
  });
  const asideKeys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':unreadable:')));
  if (asideKeys.length) throw new Error(`the stored record was set aside (${asideKeys.join(', ')})`);
}

/** Export, then import (read and preview, then "Replace with this copy"), in the goal builder. */
async function exportImport(page, fileText) {
  const builder = page.locator('goal-builder');
  await resetProbe(page);
  await builder.getByRole('button', { name: 'Save a copy to this device' }).click();
  await page.waitForFunction(() => window.__bench.blobs.length > 0, null, { timeout: TIMEOUT });
  let p = await probe(page);
  const exported = p.blobs[0] - p.clicks[0];

  await resetProbe(page);
  await builder.locator('input[type=file]').setInputFiles({
    name: 'my-recovery-answers-2026-01-05.json',
    mimeType: 'application/json',
    buffer: Buffer.from(fileText),
  });
  await page.waitForFunction(() => window.__bench.preview !== null, null, { timeout: TIMEOUT });
  p = await probe(page);
  const read = p.preview - p.changes[0];

  await resetProbe(page);
  await builder.getByRole('button', { name: 'Replace with this copy' }).click();
  await page.evaluate(() => window.__bench.nextFrame());
  p = await probe(page);
  return { exported, read, applied: p.saves[0] - p.clicks[0], appliedFrame: p.frames[0] - p.clicks[0] };
}

/** Self time by function over a CPU profile, busiest first (idle left out). */
function selfTimes(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFunction = new Map();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const { callFrame } = nodes.get(id);
    if (callFrame.functionName === '(idle)') return;
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const where = callFrame.url ? ` ${callFrame.url.split('/').pop()}:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}` : '';
    const name = `${callFrame.functionName || '(anonymous)'}${where}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + dt);
    busy += dt;
  });
  return { busy, top: [...byFunction].sort((a, b) => b[1] - a[1]) };
}

// ---------------------------------------------------------------------------------------------
// The runs

async function main() {
  const cpu = cpus();
  // Both pages are served as a host's server serves precompressed files: brotli at best
  // quality where the browser takes it (Chromium does on loopback), gzip -9 otherwise.
  if (!existsSync(join(root, 'dist/widgets/recovery-widgets_bg.wasm.br'))) compressBeside(join(root, 'dist'));
  compressBeside(SURVEY_OUT);
  const serve = (dir, pages) => startServer({ root: dir, port: 0, precompressed: true, gzip: true, quiet: true, pages });
  const ourServer = await serve(join(root, 'dist'), { '/bench-one-widget.html': ONE_WIDGET.html, ...FLOOR_PAGES });
  const surveyServer = await serve(SURVEY_OUT);
  OURS.root = ONE_WIDGET.root = join(root, 'dist');
  SURVEYJS.root = SURVEY_OUT;
  OURS.url = `${ourServer.address}index.html`;
  ONE_WIDGET.url = `${ourServer.address}bench-one-widget.html`;
  SURVEYJS.url = `${surveyServer.address}index.html`;
  const browser = await chromium.launch(CHROMIUM);

  console.log('Benchmark: recovery widgets (dist/index.html) against SurveyJS (bench/surveyjs/)');
  console.log(`Machine:  ${type()} ${release()}; ${cpu[0]?.model.trim()}, ${cpu.length} cores; ${mb(totalmem())} memory`);
  console.log(`Browser:  Chromium ${browser.version()} (headless), Node ${process.version}`);
  const sj = JSON.parse(readFileSync(join(root, 'node_modules/survey-core/package.json'), 'utf8')).version;
  console.log(`SurveyJS: survey-core ${sj}, survey-js-ui ${sj}; pages served on loopback from precompressed files (brotli -q 11, gzip -9 beside)`);
  console.log(`Runs:     1 warm-up + ${RUNS} per figure, each in a fresh browser context (cold cache, empty storage)`);

  // The records. The large one is checked against the published schema, and is small enough
  // for the widgets' file limits (8 MiB, 100,000 list entries).
  const records = Object.fromEntries(SIZES.map((g) => [g, makeRecord({ goals: g })]));
  const large = records[LARGE];
  const check = validateRecord(large);
  if (!check.valid) throw new Error(`the generated record does not match the schema:\n${formatErrors(check.errors)}`);
  const stored = Object.fromEntries(SIZES.map((g) => [g, JSON.stringify(records[g])]));
  const files = Object.fromEntries(SIZES.map((g) => [g, JSON.stringify(records[g], null, 2)]));
  const answers = makeSurveyAnswers({ entries: SURVEY_ENTRIES });
  const answersText = JSON.stringify(answers);
  const firstPageBoxes = Object.entries(answers).filter(([k]) => k.startsWith('daily-living__')).reduce((n, [, v]) => n + v.length, 0);
  console.log(`Large record: ${LARGE} goals and ${5 * LARGE} other entries (${0.4 * 5 * LARGE} steps, ${0.3 * 5 * LARGE} inventory answers, ${0.3 * 5 * LARGE} plan entries);`);
  console.log(`              ${countListEntries(large)} list entries in all, ${kb(stored[LARGE].length)} stored, ${kb(files[LARGE].length)} as a file; valid against schema/record-v3.schema.json`);
  console.log(`SurveyJS large answer set: ${SURVEY_ENTRIES} answers in 21 lists (+10 qualities, 7 ranked), ${kb(answersText.length)} stored`);
  console.log('');

  const warnings = new Set();
  const collect = (session) => session.errors.forEach((e) => warnings.add(e));
  const progress = (text) => process.stderr.write(`  … ${text}\n`);

  // 1. A first visit with nothing stored: bytes, ready time, memory after load. The two pages
  // take turns, run by run, so a busy moment of the machine falls on both, not on one.
  const fresh = { [OURS.name]: [], [ONE_WIDGET.name]: [], [SURVEYJS.name]: [] };
  for (let run = 0; run <= RUNS; run++) {
    for (const site of [OURS, ONE_WIDGET, SURVEYJS]) {
      progress(`${site.name}: first visit, run ${run || 'warm-up'}`);
      const s = await open(browser, site);
      const result = {
        ready: s.ready, wasmAsked: s.wasmAsked, wasmArrived: s.wasmArrived, started: s.started,
        ...(await bytes(site, s)), memory: await memory(s),
        again: site === OURS ? await buildAgain(s.page) : null,
      };
      collect(s);
      await s.context.close();
      if (run > 0) fresh[site.name].push(result);
    }
  }

  // 2. With the large record stored: ready time, memory, keystroke to saved, export and import.
  const full = { [OURS.name]: [], [SURVEYJS.name]: [] };
  const grow = Object.fromEntries(SIZES.map((g) => [g, []]));
  for (let run = 0; run <= RUNS; run++) {
    for (const goals of SIZES) {
      progress(`widgets: ${goals} goals, run ${run || 'warm-up'}`);
      const s = await open(browser, OURS, stored[goals]);
      await expectRecordOpened(s.page, goals);
      const mem = await memory(s);
      await focusEnd(s.page, s.page.locator('goal-builder #rw-goal-why-edit'));
      const typed = await keystrokes(s.page, KEYSTROKES);
      const setItem = goals === LARGE ? await setItemAlone(s.page, OURS.recordKey, KEYSTROKES) : null;
      const moved = await exportImport(s.page, files[goals]);
      collect(s);
      await s.context.close();
      if (run > 0) {
        grow[goals].push({ ...moved, typed });
        if (goals === LARGE) full[OURS.name].push({ ready: s.ready, memory: mem, typed, setItem });
      }
    }
    progress(`SurveyJS: large answer set, run ${run || 'warm-up'}`);
    const s = await open(browser, SURVEYJS, answersText);
    await s.page.waitForFunction((n) => document.querySelectorAll('#survey textarea').length >= n, firstPageBoxes, { timeout: TIMEOUT });
    const mem = await memory(s);
    await focusEnd(s.page, s.page.locator('#survey textarea').first());
    const typed = await keystrokes(s.page, KEYSTROKES);
    collect(s);
    await s.context.close();
    if (run > 0) full[SURVEYJS.name].push({ ready: s.ready, memory: mem, typed });
  }

  // 2b. The same keystrokes at the large record with a passcode set (issue #22): every save is
  // locked with AES-GCM through WebCrypto before it is written.
  const locked = [];
  for (let run = 0; run <= RUNS; run++) {
    progress(`widgets: ${LARGE} goals with a passcode, run ${run || 'warm-up'}`);
    const s = await open(browser, OURS, stored[LARGE]);
    await expectRecordOpened(s.page, LARGE);
    const panel = s.page.locator('strengths-inventory').getByRole('region', { name: 'Lock with a passcode' });
    await panel.getByRole('button', { name: 'Set a passcode' }).click();
    await panel.getByLabel('New passcode', { exact: true }).fill('bench passcode');
    await panel.getByLabel('The same passcode again').fill('bench passcode');
    await panel.getByRole('button', { name: 'Lock with this passcode' }).click();
    await s.page.waitForFunction(
      () => (localStorage.getItem('recovery-widgets:harbourside:record') ?? '').startsWith('{"format":"recovery-widgets/locked"'),
      null, { timeout: TIMEOUT },
    );
    await focusEnd(s.page, s.page.locator('goal-builder #rw-goal-why-edit'));
    const typed = await keystrokes(s.page, KEYSTROKES);
    collect(s);
    await s.context.close();
    if (run > 0) locked.push({ typed });
  }

  // 3. A CPU profile of keystrokes at the large record (one fresh page, after the runs).
  let profile = null;
  const PROFILED = 5;
  if (PROFILE) {
    progress('widgets: CPU profile of keystrokes');
    const s = await open(browser, OURS, stored[LARGE]);
    await expectRecordOpened(s.page, LARGE);
    await s.cdp.send('Profiler.enable');
    await s.cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await focusEnd(s.page, s.page.locator('goal-builder #rw-goal-why-edit'));
    await s.page.waitForTimeout(200);
    // Chromium's own counters split the busy time into script, style and layout.
    await s.cdp.send('Performance.enable');
    const metrics = async () => Object.fromEntries((await s.cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const before = await metrics();
    await s.cdp.send('Profiler.start');
    await keystrokes(s.page, PROFILED);
    profile = selfTimes((await s.cdp.send('Profiler.stop')).profile);
    const after = await metrics();
    profile.split = Object.fromEntries(['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration']
      .map((k) => [k, ((after[k] - before[k]) * 1000) / PROFILED]));
    collect(s);
    await s.context.close();
  }

  await browser.close();

  // 3. Lighthouse on the demo page and on the one-widget page, each run --runs times.
  const lighthouseRuns = { [OURS.name]: [], [ONE_WIDGET.name]: [] };
  // The floor pages (FLOOR_PAGES): our module downloaded and compiled, and incompressible bytes.
  const floors = [
    { name: 'the module downloaded and compiled, none of it run', url: `${ourServer.address}floor/module.html` },
    ...FLOOR_BYTES.map((n) => ({ name: `${n} KB of bytes downloaded`, kb: n, url: `${ourServer.address}floor/bytes.html?kb=${n}` })),
  ];
  for (const floor of floors) lighthouseRuns[floor.name] = [];
  if (WITH_LIGHTHOUSE) {
    for (let run = 1; run <= RUNS; run++) {
      for (const site of [OURS, ONE_WIDGET, ...floors]) {
        progress(`Lighthouse: ${site.name}, run ${run}`);
        lighthouseRuns[site.name].push(await lighthouse(site.url));
      }
    }
  }
  ourServer.server.close();
  surveyServer.server.close();

  // ---------------------------------------------------------------------------------------------
  // Report
  const pick = (list, f) => stats(list.map(f));
  const ours = fresh[OURS.name];
  const theirs = fresh[SURVEYJS.name];
  const one = fresh[ONE_WIDGET.name];
  const oursFull = full[OURS.name];
  const theirsFull = full[SURVEYJS.name];
  const W = [50, 30, 30, 8];
  const line = (label, a, b, unit) =>
    console.log(row([label, spread(a, unit), b ? spread(b, unit) : '–', b ? ratio(a.median, b.median) : ''], W));

  console.log(`Median (min–max) over ${RUNS} runs.`);
  console.log(row(['', 'widgets', 'SurveyJS', 'ratio'], W));
  console.log('First visit, nothing stored');
  const bytesAll = [pick(ours, (r) => r.total), pick(theirs, (r) => r.total)];
  const bytesBundle = [pick(ours, (r) => r.bundle), pick(theirs, (r) => r.bundle)];
  const readyFresh = [pick(ours, (r) => r.ready), pick(theirs, (r) => r.ready)];
  const bytesBundleGzip = [pick(ours, (r) => r.bundleGzip), pick(theirs, (r) => r.bundleGzip)];
  const shifted = [pick(ours, (r) => r.layoutShift), pick(theirs, (r) => r.layoutShift)];
  const oneBundle = pick(one, (r) => r.bundle);
  const oneShifted = pick(one, (r) => r.layoutShift);
  line('  bytes, whole page (as sent: brotli)', ...bytesAll, kb);
  line('  bytes, bundle alone (as sent: brotli)', ...bytesBundle, kb);
  line('  bytes, bundle alone (the same files, gzip -9)', ...bytesBundleGzip, kb);
  line('  bytes, bundle, a page with one widget (brotli)', oneBundle, null, kb);
  line('  layout shift while loading (CLS)', ...shifted, (n) => n.toFixed(3));
  line('  layout shift, a page with one widget (CLS)', oneShifted, null, (n) => n.toFixed(3));
  line('  ready for input, a page with one widget', pick(one, (r) => r.ready), null, ms);
  console.log(row(['  requests', ours[0].requests, theirs[0].requests, ''], W));
  line('  ready for input', ...readyFresh, ms);
  line('    of which: wasm module asked for at', pick(ours, (r) => r.wasmAsked), null, ms);
  line('    wasm module downloaded at', pick(ours, (r) => r.wasmArrived), null, ms);
  line('    module instantiated at', pick(ours, (r) => r.started), null, ms);
  line('  the first widget built again on that page', pick(ours, (r) => r.again), null, ms);
  const heapFresh = [pick(ours, (r) => r.memory.heap), pick(theirs, (r) => r.memory.heap)];
  const wasmFresh = [pick(ours, (r) => r.memory.wasm), pick(theirs, (r) => r.memory.wasm)];
  const memFresh = [pick(ours, (r) => r.memory.total), pick(theirs, (r) => r.memory.total)];
  line('  JS heap after load', ...heapFresh, mb);
  line('  wasm memory after load', ...wasmFresh, mb);
  line('  JS heap + wasm after load', ...memFresh, mb);

  console.log(`Large record stored (widgets: ${LARGE} goals + ${5 * LARGE} entries; SurveyJS: ${SURVEY_ENTRIES} answers)`);
  const readyFull = [pick(oursFull, (r) => r.ready), pick(theirsFull, (r) => r.ready)];
  line('  ready for input', ...readyFull, ms);
  line('  JS heap after filling', pick(oursFull, (r) => r.memory.heap), pick(theirsFull, (r) => r.memory.heap), mb);
  line('  wasm memory after filling', pick(oursFull, (r) => r.memory.wasm), pick(theirsFull, (r) => r.memory.wasm), mb);
  const memFull = [pick(oursFull, (r) => r.memory.total), pick(theirsFull, (r) => r.memory.total)];
  line('  JS heap + wasm after filling', ...memFull, mb);
  const typedSaved = [pick(oursFull, (r) => r.typed.saved), pick(theirsFull, (r) => r.typed.saved)];
  line(`  keystroke → saved (median of ${KEYSTROKES})`, ...typedSaved, ms);
  const setItemFloor = pick(oursFull, (r) => r.setItem);
  line(`    floor: the browser's setItem of it, alone`, setItemFloor, null, ms);
  line(`  keystroke → next frame (median of ${KEYSTROKES})`, pick(oursFull, (r) => r.typed.frame), pick(theirsFull, (r) => r.typed.frame), ms);
  const lockedSaved = pick(locked, (r) => r.typed.saved);
  line(`  keystroke → saved, with a passcode (median of ${KEYSTROKES})`, lockedSaved, null, ms);
  console.log(row([`    what locking adds (median − median)`, ms(lockedSaved.median - typedSaved[0].median), '', ''], W));

  console.log('');
  console.log('How the widgets grow with the record (goals, and 5 other entries a goal); SurveyJS has no file export');
  const GW = [10, 22, 22, 22, 22, 22];
  console.log(row(['goals', 'keystroke→saved', 'export (click→blob)', 'import read→preview', 'replace click→saved', 'replace click→frame'], GW));
  const growth = SIZES.map((g) => ({
    goals: g,
    typed: stats(grow[g].map((r) => r.typed.saved)),
    exported: stats(grow[g].map((r) => r.exported)),
    read: stats(grow[g].map((r) => r.read)),
    applied: stats(grow[g].map((r) => r.applied)),
    appliedFrame: stats(grow[g].map((r) => r.appliedFrame)),
  }));
  for (const g of growth) {
    console.log(row([g.goals, spread(g.typed, ms), spread(g.exported, ms), spread(g.read, ms), spread(g.applied, ms), spread(g.appliedFrame, ms)], GW));
  }
  // No faster than linear: every 10× more goals costs at most 10× the time. Allow 20% for noise.
  let linear = true;
  for (const [i, g] of growth.entries()) {
    if (i === 0) continue;
    const p = growth[i - 1];
    const rs = ['typed', 'exported', 'read', 'applied', 'appliedFrame'].map((k) => g[k].median / p[k].median);
    if (rs.some((r) => r > 12)) linear = false;
    console.log(row([`×${g.goals / p.goals}`, ...rs.map((r) => `${r.toFixed(2)}×`)], GW));
  }
  console.log(linear
    ? 'Growth: no faster than linear (every 10× more goals costs ≤ 12× in every column, i.e. 10× with 20% for noise): holds'
    : 'Growth: FASTER than linear somewhere (a 10× step cost more than 12×): does not hold');

  if (profile) {
    console.log('');
    console.log(`CPU profile: ${PROFILED} keystrokes in the open goal's "why" box at ${LARGE} goals, 50 µs sampling;`);
    console.log(`  busy ${ms(profile.busy)} in all (${ms(profile.busy / PROFILED)} a keystroke).`);
    const sp = profile.split;
    console.log(`  Chromium's counters, a keystroke: tasks ${ms(sp.TaskDuration)}, of which script ${ms(sp.ScriptDuration)},`);
    console.log(`  style ${ms(sp.RecalcStyleDuration)}, layout ${ms(sp.LayoutDuration)} (tasks also count the benchmark's own calls into the page).`);
    console.log('  Top 10 by self time (the wasm has no name section, so its functions show by index):');
    for (const [name, t] of profile.top.slice(0, 10)) {
      console.log(`  ${ms(t).padStart(9)}  ${((100 * t) / profile.busy).toFixed(1).padStart(5)}%  ${name}`);
    }
  }

  if (WITH_LIGHTHOUSE) {
    const version = lighthouseRuns[OURS.name][0].version;
    console.log('');
    console.log(`Lighthouse ${version}, mobile profile (simulated slow 4G, 4× CPU), performance only; median (min–max) of ${RUNS}:`);
    const LW = [54, 30, 30, 26, 16];
    const lighthouseRow = (label, runs) => console.log(row([label,
      `TTI ${spread(pick(runs, (r) => r.interactive), ms)}`, `LCP ${spread(pick(runs, (r) => r.largestPaint), ms)}`,
      `TBT ${spread(pick(runs, (r) => r.blocking), ms)}`, `score ${pick(runs, (r) => r.score).median.toFixed(0)}`], LW));
    for (const site of [OURS, ONE_WIDGET]) {
      const runs = lighthouseRuns[site.name];
      lighthouseRow(`  ${site.name === OURS.name ? 'demo page (every widget)' : 'a page with one widget'}`, runs);
      console.log(`    CLS ${pick(runs, (r) => r.layoutShift).max.toFixed(3)} (worst run)`);
    }
    console.log('The floor: the one-widget page with a script that only downloads, then shows a paragraph');
    for (const floor of floors) lighthouseRow(`  ${floor.name}`, lighthouseRuns[floor.name]);
    // Where the bytes alone reach each #21 budget: TTI grows in a straight line with the bytes;
    // the score falls as they grow, so the line between two measured sizes is read for 98.
    const sweep = floors.filter((f) => f.kb).map((f) => ({
      kb: f.kb,
      tti: pick(lighthouseRuns[f.name], (r) => r.interactive).median,
      score: pick(lighthouseRuns[f.name], (r) => r.score).median,
    }));
    const first = sweep[0];
    const last = sweep.at(-1);
    const msPerKb = (last.tti - first.tti) / (last.kb - first.kb);
    const kbAtTti = first.kb + (3000 - first.tti) / msPerKb;
    console.log(`  TTI grows ${ms(msPerKb * 100)} a 100 KB: the bytes alone reach 3.0 s at about ${kbAtTti.toFixed(0)} KB`);
    const crossing = sweep.findIndex((f, i) => i > 0 && sweep[i - 1].score >= 98 && f.score < 98);
    if (first.score < 98) console.log(`  score: below 98 already at ${first.kb} KB`);
    else if (crossing < 0) console.log(`  score: 98 or more up to ${last.kb} KB`);
    else {
      const [a, b] = [sweep[crossing - 1], sweep[crossing]];
      console.log(`  score: 98 or more up to about ${(a.kb + ((a.score - 98) * (b.kb - a.kb)) / (a.score - b.score)).toFixed(0)} KB, when what is painted last is the largest thing on the page`);
    }
  } else {
    console.log('');
    console.log('Lighthouse: left out (--no-lighthouse, or not installed: scripts/bench.sh installs it)');
  }

  console.log('');
  console.log('Budgets');
  const budget = (ok, text) => console.log(`  ${ok ? 'PASS' : 'MISS'}  ${text}`);
  budget(bytesBundleGzip[0].median <= 140 * 1024, `whole bundle ≤ 140 KB gzipped (#7, withdrawn by #21): ${kb(bytesBundleGzip[0].median)}`);
  budget(oneBundle.median <= 200 * 1024, `a page with one widget downloads ≤ 200 KB of the bundle, brotli (#21): ${kb(oneBundle.median)}`);
  budget(bytesBundle[0].median <= 270 * 1024, `a page with every widget downloads ≤ 270 KB of the bundle, brotli (#21): ${kb(bytesBundle[0].median)}`);
  budget(Math.max(shifted[0].max, oneShifted.max) <= 0.01,
    `layout shift while loading ≤ 0.01 (#21), worst run of either page: ${Math.max(shifted[0].max, oneShifted.max).toFixed(3)}`);
  budget(readyFresh[0].median <= 0.5 * readyFresh[1].median,
    `ready time ≤ 0.5× SurveyJS's (first visit): ${ms(readyFresh[0].median)} vs ${ms(readyFresh[1].median)} = ${ratio(readyFresh[0].median, readyFresh[1].median)}`);
  budget(memFresh[0].median <= 0.5 * memFresh[1].median,
    `JS heap + wasm ≤ 0.5× SurveyJS's, after load: ${mb(memFresh[0].median)} vs ${mb(memFresh[1].median)} = ${ratio(memFresh[0].median, memFresh[1].median)}`);
  budget(memFull[0].median <= 0.5 * memFull[1].median,
    `JS heap + wasm ≤ 0.5× SurveyJS's, after filling: ${mb(memFull[0].median)} vs ${mb(memFull[1].median)} = ${ratio(memFull[0].median, memFull[1].median)}`);
  budget(readyFresh[0].median <= 0.45 * readyFresh[1].median,
    `ready time ≤ 0.45× SurveyJS's (first visit, #21): ${ratio(readyFresh[0].median, readyFresh[1].median)}`);
  budget(typedSaved[0].median <= 16, `keystroke → saved ≤ 16 ms at ${LARGE} goals: ${ms(typedSaved[0].median)}`);
  budget(lockedSaved.median <= 16, `keystroke → saved ≤ 16 ms at ${LARGE} goals with a passcode: ${ms(lockedSaved.median)}`);
  budget(typedSaved[0].median <= 8,
    `keystroke → saved ≤ 8 ms at ${LARGE} goals (#21): ${ms(typedSaved[0].median)} (the browser's setItem alone: ${ms(setItemFloor.median)})`);
  if (WITH_LIGHTHOUSE) {
    for (const site of [OURS, ONE_WIDGET]) {
      const runs = lighthouseRuns[site.name];
      const tti = pick(runs, (r) => r.interactive).median;
      const score = pick(runs, (r) => r.score).median;
      budget(tti <= 3000 && score >= 98,
        `Lighthouse mobile, ${site.name === OURS.name ? 'demo page' : 'one-widget page'}: TTI ≤ 3.0 s and score ≥ 98 (#21): ${ms(tti)}, ${score.toFixed(0)}`);
    }
    const floor = lighthouseRuns[floors[0].name];
    console.log(`        (the floor, the module downloaded and compiled with none of it run: TTI ${ms(pick(floor, (r) => r.interactive).median)}, score ${pick(floor, (r) => r.score).median.toFixed(0)})`);
  }
  console.log('(A benchmark, not a test: a MISS does not fail the command.)');

  if (warnings.size) {
    console.log('');
    console.log('Page errors and warnings seen during the runs:');
    for (const w of warnings) console.log(`  ${w.slice(0, 300)}`);
  }
}

await main();
