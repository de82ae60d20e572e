// The release's tests (tests/release/): the package scripts/release.sh wrote, installed with
// npm into an empty project as a web team would, then type-checked, validated and opened in
// Debian's Chromium. Run through scripts/test.sh after the release is made; each test starts
// its own loopback server on a free port.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './tests/chromium.js';

export default defineConfig({
  testDir: 'tests/release',
  outputDir: 'tests/release/results',
  globalSetup: './tests/release/install.js',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: CHROMIUM_LAUNCH,
    trace: 'off',
  },
});
