// The kiosk page (www/kiosk.html), opened as the kiosk tests need it: every Content-Security-
// Policy violation noted from the first script on, and the quick-exit address answered locally.
import { InventoryPage } from './inventory-page.js';
import { GoalsPage } from './goals-page.js';
import { PlannerPage } from './planner-page.js';

/** Where the kiosk page's quick exit goes. */
export const NEUTRAL = 'https://www.bom.gov.au/';

/** Opens the kiosk page with all three widgets ready; returns their page objects. */
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
  await goals.ready();
  await planner.ready();
  return { inventory, goals, planner };
}

/** The policy violations the page has reported since it was opened with `openKiosk`. */
export function cspViolations(page) {
  return page.evaluate(() => window.__violations);
}
