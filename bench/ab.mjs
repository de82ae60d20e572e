// First visits to two builds of the demo page, interleaved visit by visit, so that a machine
// whose speed drifts (as this two-core one does) weighs on both alike: for a change to the
// start path, where the full benchmark's few runs a page are too noisy to tell.
//
//   node bench/ab.mjs BEFORE_DIST AFTER_DIST [visits] [--after-js-flags FLAGS]
//
// Each DIST is a built `dist/` (scripts/build.sh), copied aside; the same one twice, with
// --after-js-flags, compares the browser with and without V8 flags for the second (for example
// `--no-wasm-lazy-compilation`: every function compiled before the module starts, none on
// its first call). Prints, for each, the median
// time to ready for input and from the wasm module's start to ready (the part a change to the
// bundle's own start moves; the download and compile before it move with the bytes). A
// benchmark, not a test.
import { chromium } from '@playwright/test';
import { startServer } from '../scripts/serve.mjs';
import { installProbes } from './probe.mjs';

const args = process.argv.slice(2);
const flagsAt = args.indexOf('--after-js-flags');
const afterFlags = flagsAt >= 0 ? (args.splice(flagsAt, 2)[1] ?? '') : null;
const [before, after, visits] = args;
if (!before || !after || afterFlags === '') {
  console.error('Usage: node bench/ab.mjs BEFORE_DIST AFTER_DIST [visits] [--after-js-flags FLAGS]');
  process.exit(2);
}
const VISITS = Number(visits ?? 20);
const TIMEOUT = 60_000;

const serve = (root) => startServer({ root, port: 0, precompressed: true, gzip: true, quiet: true });
const servers = { before: await serve(before), after: await serve(after) };
const launch = (extra = []) => chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...extra],
});
const browsers = { before: await launch() };
browsers.after = afterFlags ? await launch([`--js-flags=${afterFlags}`]) : browsers.before;
const seen = { before: [], after: [] };
// Visit 0 of each is a warm-up, thrown away; the order alternates from one visit to the next.
for (let visit = 0; visit <= VISITS; visit++) {
  for (const build of visit % 2 ? ['before', 'after'] : ['after', 'before']) {
    const context = await browsers[build].newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(installProbes, 'bench-ab');
    const page = await context.newPage();
    await page.goto(`${servers[build].address}index.html`, { waitUntil: 'load', timeout: TIMEOUT });
    await page.waitForFunction(() => window.__bench.ready !== null, null, { timeout: TIMEOUT });
    const { started, ready } = await page.evaluate(() => window.__bench);
    if (visit > 0) seen[build].push({ ready, fromStart: ready - started });
    await context.close();
  }
}
const version = browsers.before.version();
for (const browser of new Set(Object.values(browsers))) await browser.close();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
console.log(`First visits to the demo page, ${VISITS} to each build, interleaved (Chromium ${version}${afterFlags ? `; after: --js-flags=${afterFlags}` : ''}):`);
for (const [build, visits] of Object.entries(seen)) {
  const ready = median(visits.map((v) => v.ready));
  const fromStart = visits.map((v) => v.fromStart);
  console.log(
    `  ${build.padEnd(6)}  ready ${ready.toFixed(0)} ms;  module start → ready ${median(fromStart).toFixed(1)} ms ` +
      `(fastest ${Math.min(...fromStart).toFixed(1)} ms)`,
  );
}
for (const { server } of Object.values(servers)) server.close();
process.exit(0);
