// The kiosk page (www/kiosk.html), opened as the kiosk tests need it: every Content-Security-
// Policy violation noted from the first script on, and the quick-exit address answered locally.
// Also what the kiosk tests share: filling every widget, the first screens, and everything a
// browser could keep.
import { expect } from '@playwright/test';
import { InventoryPage } from './inventory-page.js';
import { GoalsPage } from './goals-page.js';
import { PlannerPage } from './planner-page.js';
import { JourneyPage } from './journey-page.js';

/** Where the kiosk page's quick exit goes. */
export const NEUTRAL = 'https://www.bom.gov.au/';

/** Opens the kiosk page with all four widgets ready; returns their page objects. */
export async function openKiosk(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
  });
  await page.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<h1>Weather</h1>' }));
  const inventory = new InventoryPage(page, { namespace: 'kiosk' });
  await inventory.open('/kiosk.html');
  const goals = new GoalsPage(page);
  const planner = new PlannerPage(page);
  const journey = new JourneyPage(page, { namespace: 'kiosk' });
  await goals.ready();
  await planner.ready();
  await journey.ready();
  return { inventory, goals, planner, journey };
}

/** The policy violations the page has reported since it was opened with `openKiosk`. */
export function cspViolations(page) {
  return page.evaluate(() => window.__violations);
}

export const TOOLBOX = 'My wellness toolbox: things that help me feel better';

/** What `fillAll` writes: a person's words, none of which may outlast them on a kiosk. */
export const WORDS = ['I am good at listening', 'Sleep before midnight', 'Music in the evening', 'A cup of tea with Sam'];

/** Everything a browser could keep for this site, as sorted lists of names. */
export async function everythingKept(page) {
  return page.evaluate(async () => ({
    localStorage: Object.keys(localStorage).sort(),
    sessionStorage: Object.keys(sessionStorage).sort(),
    indexedDB: (await indexedDB.databases()).map((d) => d.name).sort(),
    cookies: document.cookie,
    caches: (await caches.keys()).sort(),
  }));
}

export const NOTHING = { localStorage: [], sessionStorage: [], indexedDB: [], cookies: '', caches: [] };

/** Writes something in every widget: an answer, a goal, a plan entry and a check-in (`WORDS`). */
export async function fillAll({ inventory, goals, planner, journey }) {
  await inventory.addAnswer('haveNow', WORDS[0]);
  await goals.startGoal(WORDS[1]);
  await planner.openPart('Staying well');
  await planner.add(TOOLBOX, WORDS[2]);
  await journey.rate('Relationships and people around me', 6);
  await journey.helped('Relationships and people around me', WORDS[3]);
}

/** Every widget is back at its first screen, with nothing written. */
export async function expectFirstScreens({ inventory, goals, planner, journey }) {
  await expect(inventory.widget.getByText('0 of 7 life areas have something written')).toBeVisible();
  await expect(inventory.widget.getByRole('heading', { name: 'Daily living and home', level: 3 })).toBeVisible();
  await expect(inventory.answers('haveNow')).toHaveCount(0);
  await expect(goals.goalNames()).toHaveCount(0);
  await expect(goals.widget.getByLabel('My goal, in my own words')).toHaveValue('');
  await expect(planner.widget.getByLabel('In my words')).toHaveCount(0);
  await expect(journey.widget.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(journey.area('Relationships and people around me').getByLabel('What has helped? (if you like)')).toHaveValue('');
}

/**
 * Everything the widgets show: the text of their shadow roots and the value of every box, as
 * one string. Anything a person wrote and can still see is in it.
 */
export function everythingShown(page) {
  return page.evaluate(() =>
    ['strengths-inventory', 'goal-builder', 'warning-sign-planner', 'recovery-journey']
      .flatMap((tag) => [...document.querySelectorAll(tag)])
      .flatMap((widget) => {
        const root = widget.shadowRoot;
        if (!root) return [];
        const values = [...root.querySelectorAll('textarea, input, select')].map((box) => box.value);
        return [root.textContent, ...values];
      })
      .join('\n'),
  );
}
