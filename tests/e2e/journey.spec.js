// The journey (issue #19): check-ins on three days, kept after a reload, shown back as charts,
// tables and one-line summaries that agree with what was entered; two check-ins side by side;
// the printable "How far I have come"; signs noticed from the plan; the keyboard alone; axe in
// the empty, filled and print states. The clock is Playwright's, so each check-in has its day.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { JourneyPage } from './journey-page.js';
import { InventoryPage } from './inventory-page.js';
import { PlannerPage } from './planner-page.js';
import { expectValidRecord } from './record-schema.js';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page) {
  const results = await new AxeBuilder({ page }).include('recovery-journey').withTags(WCAG).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The record's check-ins as a person made them: days, ratings and words (ids and times aside). */
function checkIns(record) {
  return (record.journey?.check_ins ?? []).map(({ date, areas, noticed }) => ({ date, areas, ...(noticed ? { noticed } : {}) }));
}

/** Opens the demo page on `day` at ten in the morning, the person's own time. */
async function openOn(page, day) {
  await page.clock.setFixedTime(new Date(`${day}T10:00:00`));
  await page.goto('/');
  const journey = new JourneyPage(page);
  await journey.ready();
  return journey;
}

const THREE_DAYS = [
  {
    date: '2026-03-02',
    areas: [
      { domain: 'money', rating: 3, helped: 'Talking to the money counsellor' },
      { domain: 'health', rating: 5 },
    ],
  },
  { date: '2026-04-06', areas: [{ domain: 'money', rating: 5 }, { domain: 'health', rating: 4 }] },
  {
    date: '2026-05-11',
    areas: [
      { domain: 'money', rating: 6, helped: 'The budget app' },
      { domain: 'health', rating: 7 },
    ],
  },
];

/** Three check-ins on three days, the last changed again the same day. */
async function checkInThreeTimes(page) {
  let journey = await openOn(page, '2026-03-02');
  await expect(journey.widget.getByRole('heading', { name: 'My check-in for 2 Mar 2026' })).toBeVisible();
  await journey.rate('Money', 3);
  await journey.helped('Money', 'Talking to the money counsellor');
  await journey.rate('Health and wellbeing', 5);

  journey = await openOn(page, '2026-04-06');
  // A new day starts a new check-in: nothing is chosen yet.
  await expect(journey.area('Money').getByRole('radio', { checked: true })).toHaveCount(0);
  await journey.rate('Money', 5);
  await journey.rate('Health and wellbeing', 4);

  journey = await openOn(page, '2026-05-11');
  await journey.rate('Money', 4);
  await journey.rate('Health and wellbeing', 7);
  // Changed the same day: the check-in is changed, not added to.
  await journey.rate('Money', 6);
  await journey.helped('Money', 'The budget app');
  return journey;
}

test('three check-ins on three days are kept, and look back shows them as entered', async ({ page }) => {
  await checkInThreeTimes(page);
  const journey = await openOn(page, '2026-05-11');
  // Today's answers are there after a reload.
  await expect(journey.area('Money').getByRole('radio', { name: '6', exact: true })).toBeChecked();
  await expect(journey.area('Money').getByText('6 out of 10: some good, some hard')).toBeVisible();
  await expect(journey.area('Health and wellbeing').getByText('7 out of 10: going well')).toBeVisible();

  const stored = await journey.storedRecord();
  expect(checkIns(stored)).toEqual(THREE_DAYS);
  expectValidRecord(stored, 'the stored record');

  await journey.openPart('Look back');
  await expect(journey.widget.getByText('Check-ins so far: 3')).toBeVisible();
  expect(await journey.chartValues('Money')).toEqual(['3', '5', '6']);
  expect(await journey.tableRows('Money')).toEqual([
    ['2 Mar 2026', '3 out of 10: a harder time', 'Talking to the money counsellor'],
    ['6 Apr 2026', '5 out of 10: some good, some hard', ''],
    ['11 May 2026', '6 out of 10: some good, some hard', 'The budget app'],
  ]);
  await expect(journey.story('Money').locator('.rw-area-summary')).toHaveText(
    'Money: 3 on 2 Mar 2026, 6 now. This has grown.',
  );
  // The chart's name for screen readers is the same line.
  await expect(journey.story('Money').getByRole('img')).toHaveAccessibleName('Money: 3 on 2 Mar 2026, 6 now. This has grown.');
  expect(await journey.chartValues('Health and wellbeing')).toEqual(['5', '4', '7']);
  expect(await journey.tableRows('Health and wellbeing')).toEqual([
    ['2 Mar 2026', '5 out of 10: some good, some hard', ''],
    ['6 Apr 2026', '4 out of 10: some good, some hard', ''],
    ['11 May 2026', '7 out of 10: going well', ''],
  ]);
  // Points go later to the right, and higher for a higher rating.
  const points = await journey.story('Money').locator('svg circle').evaluateAll((cs) =>
    cs.map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]),
  );
  expect(points[0][0]).toBeLessThan(points[1][0]);
  expect(points[1][0]).toBeLessThan(points[2][0]);
  expect(points[0][1]).toBeGreaterThan(points[1][1]);
  expect(points[1][1]).toBeGreaterThan(points[2][1]);
  // Never a score of the person, never "worse".
  await expect(journey.widget).not.toContainText(/total|worse|score/i);
  expect(await violations(page)).toEqual([]);
});

test('a lower rating reads as a harder time lately, and earlier days cannot be changed', async ({ page }) => {
  let journey = await openOn(page, '2026-03-02');
  await journey.rate('Money', 7);
  journey = await openOn(page, '2026-03-20');
  await journey.rate('Money', 2);
  journey = await openOn(page, '2026-03-20');
  await journey.openPart('Look back');
  await expect(journey.story('Money').locator('.rw-area-summary')).toHaveText(
    'Money: 7 on 2 Mar 2026, 2 now. A harder time lately.',
  );
  // The first day's check-in is as it was; the check-in part only ever shows today's.
  expect(checkIns(await journey.storedRecord())).toEqual([
    { date: '2026-03-02', areas: [{ domain: 'money', rating: 7 }] },
    { date: '2026-03-20', areas: [{ domain: 'money', rating: 2 }] },
  ]);
});

test('two check-ins side by side', async ({ page }) => {
  await checkInThreeTimes(page);
  const journey = await openOn(page, '2026-05-11');
  await journey.openPart('Compare');
  const table = journey.widget.locator('table.rw-compare');
  const rows = async () => {
    const out = [];
    for (const row of await table.locator('tr').all()) out.push(await row.locator('th, td').allTextContents());
    return out;
  };
  // The first and the latest, at first.
  await expect(journey.widget.getByLabel('Earlier check-in')).toHaveValue(/.+/);
  expect(await rows()).toEqual([
    ['Life area', '2 Mar 2026', '11 May 2026'],
    ['Money', '3 out of 10: a harder time', '6 out of 10: some good, some hard'],
    ['Health and wellbeing', '5 out of 10: some good, some hard', '7 out of 10: going well'],
  ]);
  await journey.widget.getByLabel('Later check-in').selectOption({ label: '6 Apr 2026' });
  expect((await rows())[0]).toEqual(['Life area', '2 Mar 2026', '6 Apr 2026']);
  expect((await rows())[1]).toEqual(['Money', '3 out of 10: a harder time', '5 out of 10: some good, some hard']);
});

test('"How far I have come" prints strengths first, with each area\'s story', async ({ page }) => {
  await page.addInitScript(() => {
    window.__printCalls = 0;
    window.print = () => {
      window.__printCalls += 1;
    };
  });
  await checkInThreeTimes(page);
  const journey = await openOn(page, '2026-05-11');
  await journey.openPart('How far I have come');
  const howFar = journey.widget.getByRole('region', { name: 'How far I have come' });
  await expect(howFar.locator('.rw-over-time').first().getByRole('listitem')).toHaveText([
    'The budget app · Money · 11 May 2026',
    'Talking to the money counsellor · Money · 2 Mar 2026',
  ]);
  expect(await journey.chartValues('Money', howFar)).toEqual(['3', '5', '6']);
  await howFar.getByRole('button', { name: 'Print how far I have come' }).click();
  await expect.poll(() => page.evaluate(() => window.__printCalls)).toBe(1);

  // Printed from another part, the page is there all the same, with nothing to type in.
  await journey.openPart('Check in');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const printed = journey.widget.locator('.rw-print-copy');
  await expect(printed.getByRole('heading', { name: 'How far I have come' })).toBeVisible();
  await expect(printed.locator('.rw-area-summary')).toHaveText([
    'Money: 3 on 2 Mar 2026, 6 now. This has grown.',
    'Health and wellbeing: 5 on 2 Mar 2026, 7 now. This has grown.',
  ]);
  const controls = journey.widget.locator('textarea, input, select, button, nav');
  await expect(controls.filter({ visible: true })).toHaveCount(0);
  expect(await violations(page)).toEqual([]);
});

test('what has helped goes to the strengths inventory in one step', async ({ page }) => {
  const journey = await openOn(page, '2026-03-02');
  await journey.helped('Money', 'Talking to the money counsellor');
  await journey.area('Money').getByRole('button', { name: 'Add to “What has helped me before”' }).click();
  await expect(journey.area('Money').getByText('This is in “What has helped me before”.')).toBeVisible();
  const stored = await journey.storedRecord();
  const money = stored.inventory.domains.find((d) => d.domain === 'money');
  expect(money.helped_before.map((e) => e.text)).toEqual(['Talking to the money counsellor']);
  // Words alone, with no rating, are a check-in too.
  expect(checkIns(stored)).toEqual([
    { date: '2026-03-02', areas: [{ domain: 'money', helped: 'Talking to the money counsellor' }] },
  ]);
  const inventory = new InventoryPage(page);
  await inventory.openArea('Money');
  await expect(inventory.question('helpedBefore').getByLabel('Your words')).toHaveValue('Talking to the money counsellor');
});

test('signs from the plan can be ticked as noticed, and show what I will do', async ({ page }) => {
  let journey = await openOn(page, '2026-03-02');
  // An empty plan leaves this part out.
  await expect(journey.widget.getByRole('region', { name: 'Signs I have noticed lately' })).toHaveCount(0);
  const planner = new PlannerPage(page);
  await planner.openPart('Things that can set me off');
  await planner.add('Things that can set me off, and what I will do', 'Money worries', 'Ring the money counsellor');
  const signs = journey.widget.getByRole('region', { name: 'Signs I have noticed lately' });
  const sign = signs.getByRole('checkbox', { name: 'Money worries' });
  await expect(sign).not.toBeChecked();
  await expect(signs).not.toContainText('Ring the money counsellor');
  await sign.check();
  await expect(signs.getByText('What I will do: Ring the money counsellor')).toBeVisible();
  expect(checkIns(await journey.storedRecord())).toEqual([
    { date: '2026-03-02', areas: [], noticed: [{ sign: expect.any(String), text: 'Money worries' }] },
  ]);
  journey = await openOn(page, '2026-03-02');
  await journey.openPart('Look back');
  const noticed = journey.widget.locator('.rw-over-time').filter({ hasText: 'Signs I noticed' });
  await expect(noticed.getByRole('listitem')).toHaveText(['2 Mar 2026Money worries', 'Money worries']);
});

test('a check-in by keyboard alone', async ({ page }) => {
  const journey = await openOn(page, '2026-03-02');
  expect(await violations(page)).toEqual([]);
  const money = journey.area('Money');
  await money.getByRole('radio', { name: '0', exact: true }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(money.getByRole('radio', { name: '2', exact: true })).toBeChecked();
  await expect(money.getByRole('radio', { name: '2', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(money.getByRole('button', { name: 'Clear my answer' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('A walk');
  expect(checkIns(await journey.storedRecord())).toEqual([
    { date: '2026-03-02', areas: [{ domain: 'money', rating: 2, helped: 'A walk' }] },
  ]);
  await money.getByRole('button', { name: 'Clear my answer' }).focus();
  await page.keyboard.press('Enter');
  await expect(money.getByText('Not answered yet', { exact: true })).toBeVisible();
  expect(checkIns(await journey.storedRecord())).toEqual([
    { date: '2026-03-02', areas: [{ domain: 'money', helped: 'A walk' }] },
  ]);
  expect(await violations(page)).toEqual([]);
});
