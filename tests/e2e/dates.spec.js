// Dates as a person reads them, in time zones far apart. A step's "by when" and "done on" are
// calendar days, not moments: whoever reads them, wherever they are, sees the day that was
// chosen. Two zones on opposite sides of UTC catch a day read as midnight UTC (a day early west
// of UTC) and a day read as local midnight then shown in UTC (a day early east of it).
import { test, expect } from '@playwright/test';
import { GoalsPage } from './goals-page.js';
import { InventoryPage } from './inventory-page.js';

const ZONES = [
  // UTC−8 in December, and 20:00 there is already the next day in UTC.
  { timezoneId: 'America/Los_Angeles', now: '2026-12-05T20:00:00-08:00' },
  // UTC+14, and 08:00 there is still the day before in UTC.
  { timezoneId: 'Pacific/Kiritimati', now: '2026-12-05T08:00:00+14:00' },
];

for (const { timezoneId, now } of ZONES) {
  test(`in ${timezoneId}, a step's dates read as the days the person chose`, async ({ browser }) => {
    const context = await browser.newContext({ timezoneId });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(now));
    await page.goto('/');
    const goals = new GoalsPage(page);
    await goals.ready();
    await goals.startGoal('Visit Mum');
    await goals.addStep('Book the train', { by: '2026-12-12' });
    await goals.addStep('Pack a bag', { by: '2026-12-05' });
    // Done today, where the person is: the 5th, whatever day it is in UTC.
    await goals.open().getByRole('button', { name: 'I did it: Book the train' }).click();

    const stored = await new InventoryPage(page).storedRecord();
    expect(stored.goals[0].steps.map(({ what, target, done }) => ({ what, target, done }))).toEqual([
      { what: 'Book the train', target: '2026-12-12', done: '2026-12-05' },
      { what: 'Pack a bag', target: '2026-12-05', done: undefined },
    ]);

    await goals.widget.getByRole('button', { name: 'Summary' }).click();
    const summary = goals.widget.getByRole('region', { name: 'My goals on one page' });
    await expect(summary.getByRole('listitem')).toHaveText([
      '✓ Book the train (Done on: 5 Dec 2026)',
      '○ Pack a bag (By when: 5 Dec 2026)',
    ]);
    await context.close();
  });
}
