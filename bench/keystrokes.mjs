// Keystroke → saved, and → next frame, at 1,000 goals, for comparing builds of the bundle with
// each other: the same figures, probe, record and keystrokes as bench/run.mjs, without the rest of the
// benchmark (a few minutes instead of eight). Each build is served from its own folder (a
// dist/ as scripts/build.sh leaves it, copied aside), and the builds take turns run by run,
// so that a busy spell of a shared machine falls on all of them.
//
//   node bench/keystrokes.mjs [--runs 5] [--keystrokes 20] [--passcode] <dist> [<dist> ...]
//
// Prints, for each build and figure, the median over the runs of each run's median, the
// spread (min–max) and every run's figure. One warm-up run is thrown away.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { startServer } from '../scripts/serve.mjs';
import { installProbes, seedStorage } from './probe.mjs';
import { makeRecord } from './records.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : fallback;
};
const RUNS = option('runs', 5);
const KEYSTROKES = option('keystrokes', 20);
const PASSCODE = args.includes('--passcode');
const builds = args.filter((a) => !a.startsWith('--'));
if (!builds.length || builds.some((b) => !existsSync(`${b}/widgets/widgets.js`))) {
  console.error('usage: node bench/keystrokes.mjs [--runs 5] [--keystrokes 20] [--passcode] <dist> [<dist> ...]');
  process.exit(2);
}
const GOALS = 1000;
const KEY = 'recovery-widgets:harbourside:record';
const TIMEOUT = 180_000;
const stored = JSON.stringify(makeRecord({ goals: GOALS }));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One run: a fresh context with the large record stored, then the keystrokes. */
async function run(browser, address) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(seedStorage, { key: KEY, value: stored });
    await context.addInitScript(installProbes, KEY);
    const page = await context.newPage();
    await page.goto(`${address}index.html`);
    await page.waitForFunction((n) => document.querySelector('goal-builder')?.shadowRoot?.querySelectorAll('.rw-goal-item').length === n, GOALS, { timeout: TIMEOUT });
    if (PASSCODE) {
      const panel = page.locator('strengths-inventory').getByRole('region', { name: 'Lock with a passcode' });
      await panel.getByRole('button', { name: 'Set a passcode' }).click();
      await panel.getByLabel('New passcode', { exact: true }).fill('bench passcode');
      await panel.getByLabel('The same passcode again').fill('bench passcode');
      await panel.getByRole('button', { name: 'Lock with this passcode' }).click();
      await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').startsWith('{"format":"recovery-widgets/locked"'), KEY, { timeout: TIMEOUT });
    }
    await page.locator('goal-builder #rw-goal-why-edit').click();
    await page.keyboard.press('End');
    const saved = [];
    const frame = [];
    for (let i = 0; i < KEYSTROKES; i++) {
      await page.evaluate(() => {
        const b = window.__bench;
        for (const list of [b.keys, b.saves, b.frames]) list.length = 0;
      });
      await page.keyboard.press('x');
      await page.waitForFunction(() => window.__bench.saves.length > 0, null, { timeout: TIMEOUT });
      await page.evaluate(() => window.__bench.nextFrame());
      const { keys, saves, frames } = await page.evaluate(() => window.__bench);
      saved.push(saves[0] - keys[0]);
      frame.push(frames[0] - keys[0]);
      await page.waitForTimeout(30);
    }
    return { saved: median(saved), frame: median(frame) };
  } finally {
    await context.close();
  }
}

const servers = await Promise.all(builds.map((root) => startServer({ root, port: 0, precompressed: true, gzip: true, quiet: true })));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const figures = builds.map(() => []);
for (let r = 0; r <= RUNS; r++) {
  for (const [i, server] of servers.entries()) {
    process.stderr.write(`  … ${builds[i]}, run ${r || 'warm-up'}\n`);
    const figure = await run(browser, server.address);
    if (r > 0) figures[i].push(figure);
  }
}
await browser.close();
for (const server of servers) server.server.close();
console.log(`At ${GOALS} goals${PASSCODE ? ', with a passcode' : ''}: median of ${RUNS} runs (min–max), each run the median of ${KEYSTROKES} keystrokes`);
for (const [figure, label] of [['saved', 'keystroke → saved'], ['frame', 'keystroke → next frame']]) {
  console.log(`${label}`);
  for (const [i, build] of builds.entries()) {
    const f = figures[i].map((run) => run[figure]);
    console.log(`  ${build}: ${median(f).toFixed(2)} ms (${Math.min(...f).toFixed(2)}–${Math.max(...f).toFixed(2)}); runs ${f.map((x) => x.toFixed(1)).join(', ')}`);
  }
}
