// End-to-end tests: Debian's Chromium, driven by Playwright, against the release build in
// dist/ served on loopback by scripts/serve.mjs. Run through scripts/test.sh, which builds
// dist/ first.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './tests/chromium.js';

const PORT = Number(process.env.E2E_PORT ?? 8181);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'tests/e2e/results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: CHROMIUM_LAUNCH,
    trace: 'off',
  },
  webServer: {
    command: `node scripts/serve.mjs --root dist --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
