// Debian's Chromium as every Playwright run here launches it (the end-to-end tests, the
// release's tests and the leak watch's own browser). CHROMIUM names another binary.
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  // Quiet Chromium's own background traffic so the network tests see only the page's.
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};
