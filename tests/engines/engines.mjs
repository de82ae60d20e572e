// The two other engines the widgets must work in, each driven through WebDriver with
// selenium-webdriver: WebKitGTK (Safari's engine; Debian's MiniBrowser driven by
// WebKitWebDriver, on a virtual screen from Xvfb) and Firefox ESR (headless, driven by
// geckodriver). `scripts/setup.sh --for-tests` installs both. Each engine's driver is started
// once for a test file; each test opens its own browser session, with storage of its own.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder } from 'selenium-webdriver';

const BASE_PORT = Number(process.env.E2E_PORT ?? 8181);

export const ENGINES = {
  webkit: {
    name: 'WebKitGTK',
    port: BASE_PORT + 2,
    // MiniBrowser draws on a virtual screen of its own (startScreen).
    screen: true,
    // MiniBrowser saves a download, without asking, into the home folder (there is no
    // Downloads folder here): the driver gets a home of its own, which is also where the
    // tests look for a saved copy.
    downloadsInHome: true,
    command: (port) => ['WebKitWebDriver', [`--port=${port}`]],
    capabilities: () => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    }),
  },
  firefox: {
    name: 'Firefox ESR',
    port: BASE_PORT + 3,
    command: (port) => ['geckodriver', ['--port', String(port), '--log', 'error']],
    capabilities: ({ downloads }) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr',
        args: ['-headless', '-width', '1280', '-height', '1024'],
        prefs: {
          // A saved copy goes straight to the test's own folder, without asking.
          'browser.download.folderList': 2,
          'browser.download.dir': downloads,
          'browser.download.useDownloadDir': true,
          'browser.download.always_ask_before_handling_new_types': false,
          'browser.download.start_downloads_in_tmp_dir': false,
          'browser.helperApps.neverAsk.saveToDisk': 'application/json',
          // Quiet Firefox's own traffic: there is no internet here.
          'app.update.enabled': false,
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
        },
      },
    }),
  },
};

/** Waits until the driver answers its status request; fails after `timeout` ms. */
async function driverReady(url, timeout, exited) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`the driver at ${url} stopped as it started`);
    try {
      const response = await fetch(`${url}/status`);
      if (response.ok && (await response.json()).value?.ready) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the driver at ${url} did not start within ${timeout / 1000} s`);
}

/**
 * Starts a virtual screen (Xvfb) on a display number no one uses: Xvfb picks it itself and
 * writes it on a pipe once it is ready to draw (-displayfd), so two runs never collide and
 * nothing waits on a screen that is not there. Only local clients (no TCP). Returns
 * `{ display, stop() }`.
 */
async function startScreen(timeout = 15_000) {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display = await new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb gave no display within ${timeout / 1000} s`)), timeout);
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${text.trim()}`);
      }
    });
    xvfb.on('error', (error) => (clearTimeout(timer), reject(error)));
    xvfb.on('exit', (code) => (clearTimeout(timer), reject(new Error(`Xvfb stopped as it started (${code})`))));
  }).catch((error) => {
    kill(xvfb);
    throw error;
  });
  return { display, stop: () => kill(xvfb) };
}

/** `promise`, or an error once `ms` have passed without it settling: nothing waits forever. */
function within(ms, what, promise) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Stops a process started `detached`, with everything it started. */
function kill(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Gone already.
  }
}

/**
 * Starts an engine's driver. Returns `{ name, open(), stop() }`: `open()` starts a fresh browser
 * session (its own storage, and the folder a saved copy lands in at `session.downloads`).
 */
export async function startEngine(key) {
  const engine = ENGINES[key];
  const [command, args] = engine.command(engine.port);
  const screen = engine.screen ? await startScreen() : null;
  const folders = []; // downloads, kept until the engine stops: a test may open a copy later
  const home = engine.downloadsInHome ? mkdtempSync(join(tmpdir(), `rw-${key}-home-`)) : null;
  if (home) folders.push(home);
  const env = { ...process.env, ...(screen && { DISPLAY: screen.display }), ...(home && { HOME: home }) };
  // A process group of its own, so stopping it stops the browsers it started too.
  const driver = spawn(command, args, { detached: true, env, stdio: ['ignore', 'ignore', 'inherit'] });
  let exited = false;
  driver.on('exit', () => (exited = true));
  // Whatever happens to the test process, the driver, its browsers and the screen go with it.
  const stopAll = () => {
    kill(driver);
    screen?.stop();
  };
  process.once('exit', stopAll);
  const url = `http://127.0.0.1:${engine.port}`;
  try {
    await driverReady(url, 30_000, () => exited);
  } catch (error) {
    stopAll();
    throw error;
  }
  const sessions = new Set();
  return {
    key,
    name: engine.name,
    async open() {
      const downloads = home ?? mkdtempSync(join(tmpdir(), `rw-${key}-downloads-`));
      const start = () => {
        const building = new Builder().usingServer(url).withCapabilities(engine.capabilities({ downloads })).build();
        return within(60_000, 'a browser session', building).catch((error) => {
          // A session that answers after all is closed, not left open.
          building.then((late) => late.quit()).catch(() => {});
          throw error;
        });
      };
      // Now and then, on a loaded machine, WebKitWebDriver never answers a request for a new
      // session (once in about ten runs of the suite); a second request then does. Two in a row
      // still fail.
      const session = await start().catch(() => start());
      await session.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 });
      // The same screen in both engines (MiniBrowser opens smaller), room for a whole code.
      await session.manage().window().setRect({ width: 1280, height: 1024 }).catch(() => {});
      session.downloads = downloads;
      session.engine = key;
      sessions.add(session);
      const quit = session.quit.bind(session);
      session.quit = async () => {
        sessions.delete(session);
        await within(20_000, 'closing a browser session', quit()).catch(() => {});
      };
      if (!home) folders.push(downloads);
      return session;
    },
    async stop() {
      for (const session of [...sessions]) await session.quit();
      stopAll();
      process.removeListener('exit', stopAll);
      for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    },
  };
}
