// Watching for a leak wherever one would show: the widgets' main promise is that nothing a
// person writes leaves their browser except by their own action.
//
// Four layers, each able to see what the others miss:
// - Chromium's own network log (NetLog, written by the browser's network service): every
//   request any page makes, to any address, including a beacon sent as the page unloads;
// - the DevTools Protocol on the page: requests, WebSockets opened and their frames;
// - the servers: the page's own loopback server and another on a second port standing for
//   "somewhere else", each noting every request and WebSocket handshake that reaches it;
// - the page itself: every postMessage (window, MessagePort, BroadcastChannel, Worker),
//   beacon, WebSocket frame and dispatched event, checked for the words the person typed.
// The watch goes on after the person leaves the page, so a beacon sent on `pagehide` is seen.
//
// `tests/e2e/network.spec.js` plants each known kind of leak in widgets.js and checks that
// this watch reports it: a watch that cannot fail proves nothing.
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { startServer } from '../../scripts/serve.mjs';
import { CHROMIUM_LAUNCH } from '../chromium.js';

/** Waits until `count()` has not changed for `quiet` ms (at most `limit` ms in all). */
async function settle(count, { quiet = 700, limit = 5_000 } = {}) {
  const start = Date.now();
  let seen = count();
  let since = Date.now();
  while (Date.now() - start < limit) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (count() !== seen) {
      seen = count();
      since = Date.now();
    } else if (Date.now() - since >= quiet) {
      return;
    }
  }
}

/**
 * A server on another loopback port: any request or handshake that reaches it left the page's
 * own origin. It answers every request with an empty 204 and notes it, with its body.
 */
async function startElsewhere() {
  const seen = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      seen.push(`${req.method} ${req.url} ${Buffer.concat(chunks).toString('utf8')}`.trim());
      res.writeHead(204, { 'Access-Control-Allow-Origin': '*' }).end();
    });
  });
  server.on('upgrade', (req, socket) => {
    seen.push(`UPGRADE ${req.url}`);
    socket.destroy();
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return { server, seen, origin: `http://127.0.0.1:${server.address().port}` };
}

/** Installed in the page before any of its own script: notes everything sent from it. */
function noteWhatThePageSends() {
  window.__sent = [];
  const note = (how, data) => {
    let text;
    try {
      text = typeof data === 'string' ? data : JSON.stringify(data);
    } catch {
      text = String(data);
    }
    window.__sent.push({ how, text: String(text) });
  };
  const wrap = (owner, name, how) => {
    const original = owner[name];
    if (typeof original !== 'function') return;
    owner[name] = function (...args) {
      note(how, args[how === 'sendBeacon' ? 1 : 0]);
      return original.apply(this, args);
    };
  };
  wrap(window, 'postMessage', 'window.postMessage');
  wrap(MessagePort.prototype, 'postMessage', 'MessagePort.postMessage');
  wrap(BroadcastChannel.prototype, 'postMessage', 'BroadcastChannel.postMessage');
  wrap(Worker.prototype, 'postMessage', 'Worker.postMessage');
  wrap(Navigator.prototype, 'sendBeacon', 'sendBeacon');
  wrap(WebSocket.prototype, 'send', 'WebSocket.send');
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (event) {
    let detail;
    try {
      detail = JSON.stringify(event.detail ?? null);
    } catch {
      detail = String(event.detail);
    }
    window.__sent.push({ how: `event ${event.type}`, text: `${detail} ${JSON.stringify(event)}`, detail });
    return dispatch.call(this, event);
  };
}

/**
 * The requests in a NetLog file, as `{ url, method, at, byPage }` (`at` in ms since 1970).
 * Chromium's own background requests (its updater, its sign-in check) carry no User-Agent
 * header; every request a page makes does, and a page cannot remove it.
 */
function requestsInNetLog(file) {
  const log = JSON.parse(readFileSync(file, 'utf8'));
  const names = Object.fromEntries(Object.entries(log.constants.logEventTypes).map(([name, id]) => [id, name]));
  const offset = Number(log.constants.timeTickOffset);
  const requests = [];
  for (const event of log.events) {
    const url = event.params?.url;
    if (!url) continue;
    const at = offset + Number(event.time);
    if (names[event.type] === 'CORS_REQUEST') {
      const headers = event.params.request_headers ?? {};
      const method = (headers.line ?? '').split(' ')[0];
      const byPage = (headers.headers ?? []).some((h) => /^user-agent:/i.test(h));
      requests.push({ url, method, at, byPage });
    } else if (/^wss?:/.test(url) && !requests.some((r) => r.url === url)) {
      requests.push({ url, method: 'WEBSOCKET', at, byPage: true });
    }
  }
  return requests;
}

/**
 * Starts a Chromium of its own (writing its network log), the page's own server (serving dist/)
 * and the "elsewhere" server, and watches the page it opens at every layer. Open pages with
 * `watch.url(path)` on `watch.page`; call `watch.ready()` once the widgets are ready,
 * `watch.leave()` once the person is done, then read `watch.findings(typed)`.
 */
export async function watchForLeaks(testInfo) {
  const netLog = testInfo.outputPath('netlog.json');
  const browser = await chromium.launch({
    executablePath: CHROMIUM_LAUNCH.executablePath,
    args: [...CHROMIUM_LAUNCH.args, `--log-net-log=${netLog}`],
  });
  const page = await browser.newPage();
  const own = [];
  const { server, address } = await startServer({ root: 'dist', port: 0, quiet: true, onRequest: ({ method, url }) => own.push(`${method} ${url}`) });
  const elsewhere = await startElsewhere();
  const origin = address.replace(/\/$/, '');

  const network = []; // { url, method, type }
  const sockets = [];
  const frames = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Network.requestWillBeSent', ({ request, type }) => network.push({ url: request.url, method: request.method, type }));
  cdp.on('Network.webSocketCreated', ({ url }) => sockets.push(url));
  cdp.on('Network.webSocketFrameSent', ({ response }) => frames.push(response.payloadData));
  await cdp.send('Network.enable');
  await page.addInitScript(noteWhatThePageSends);

  // What the page has sent so far, kept across the move away from it.
  let sentBeforeLeaving = [];
  const sentNow = () => page.evaluate(() => window.__sent ?? []).catch(() => []);
  let atReady = null;
  let logged = null; // the network log's requests, once the browser has closed

  return {
    page,
    origin,
    elsewhere: elsewhere.origin,
    url: (path) => `${origin}${path}`,

    /** Marks the moment the widgets are ready: nothing at all may be requested after it. */
    async ready() {
      await page.waitForLoadState('networkidle');
      await settle(() => own.length + network.length, { quiet: 300 });
      atReady = { own: own.length, network: network.length, at: Date.now() };
    },

    /**
     * The person leaves the page (to a blank one); the watch goes on a while, then the browser
     * closes, which completes its network log.
     */
    async leave() {
      sentBeforeLeaving = await sentNow();
      await page.goto('about:blank');
      await settle(() => own.length + network.length + sockets.length + elsewhere.seen.length, { quiet: 1_000 });
      await browser.close();
      logged = requestsInNetLog(netLog);
    },

    /** What each network layer saw the page ask for, to show the layer was watching at all. */
    seen() {
      return {
        netlog: (logged ?? []).filter((r) => r.byPage).map((r) => r.url),
        devtools: network.map((r) => r.url),
        server: own.map((r) => r.split(' ')[1]),
      };
    },

    /**
     * Where Chromium itself sent requests (its updater, sign-in and autofill servers), not
     * any page: for the report, since no page can cause or stop them.
     */
    chromiumsOwn() {
      return [...new Set((logged ?? []).filter((r) => !r.byPage).map((r) => new URL(r.url).origin))];
    },

    /** Everything that would carry the person's words, or anything at all, out of the page. */
    async findings(typed) {
      if (!atReady) throw new Error('watch.ready() was never called');
      if (!logged) throw new Error('watch.leave() was never called');
      const found = [];
      // Requests that never leave the browser: the page's own blob: and data: addresses.
      const real = (url) => !/^(blob|data|about):/.test(url);
      for (const { url, method, at } of logged.filter((r) => r.byPage && real(r.url))) {
        if (!url.startsWith(`${origin}/`)) found.push(`netlog: ${method} to another origin: ${url}`);
        else if (at > atReady.at) found.push(`netlog: ${method} after the widgets were ready: ${url}`);
      }
      for (const { url, method } of network) {
        if (real(url) && !url.startsWith(`${origin}/`)) found.push(`network: ${method} to another origin: ${url}`);
      }
      for (const { url, method, type } of network.slice(atReady.network)) {
        if (real(url)) found.push(`network: ${method} ${type} after the widgets were ready: ${url}`);
      }
      for (const url of sockets) found.push(`network: a WebSocket opened to ${url}`);
      for (const payload of frames) found.push(`network: a WebSocket frame sent: ${payload.slice(0, 80)}`);
      for (const request of own.slice(atReady.own)) found.push(`server: asked after the widgets were ready: ${request}`);
      for (const request of elsewhere.seen) found.push(`elsewhere: reached another server: ${request.slice(0, 120)}`);
      for (const { how, text } of sentBeforeLeaving) {
        const words = typed.filter((w) => text.includes(w));
        if (words.length) found.push(`page: ${how} carried typed words: ${words.join(', ')}`);
      }
      return found;
    },

    /** Events that carried a detail, as `{ type, detail }`, in order. */
    eventsWithDetail() {
      return sentBeforeLeaving
        .filter(({ how, detail }) => how.startsWith('event ') && detail !== undefined && detail !== 'null')
        .map(({ how, detail }) => ({ type: how.slice('event '.length), detail }));
    },

    /** Every message sent from the page by postMessage, a beacon or a WebSocket. */
    messages() {
      return sentBeforeLeaving.filter(({ how }) => !how.startsWith('event ')).map(({ how, text }) => `${how}: ${text}`);
    },

    async stop() {
      await browser.close();
      for (const s of [server, elsewhere.server]) {
        const closed = new Promise((done) => s.close(done));
        s.closeAllConnections();
        await closed;
      }
    },
  };
}
