// The class gradebook end to end: an instructor builds an assignment (a case and a self-check);
// three trainees, each in a browser of their own, play the case, write a reflection, do (or
// skip) the self-check and hand in their results file — one of them after the due date; the
// instructor drops the three files on the dashboard. The gradebook must show each score exactly
// as its trainee saw it, late and missing in words, sort by a column, open a trainee's work
// with the reflection, list the most-missed question by its text, export a CSV equal to the
// table, and pass axe.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { at, axeViolations, launch, openPage } from './support';
import { makeFileText } from '../unit/instructors/fixtures';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const SHOTS = 'tests/.output/gradebook';
const REFLECTIONS: Record<string, string> = {
  'Ada Lovelace': 'I quoted the rules before I asked what the guest needed; next time I ask first.',
  'Ben Okafor': 'Checking the booking before answering let me say yes with confidence.',
  'Cy Tanaka': 'I would follow up the next day to make sure the table worked out.',
};

async function press(locator: Locator) {
  await locator.scrollIntoViewIfNeeded();
  await locator.click();
}

async function buildAssignment(page: Page): Promise<string> {
  await page.goto(at('instructors/'));
  const create = page.getByRole('button', { name: 'Create the link' });
  await create.and(page.locator(':enabled')).waitFor();
  await page.getByLabel('Title', { exact: true }).fill('Week 2: the seat change');
  await page.getByLabel('Due date').fill('2099-12-31');
  await page.getByLabel('Class code').fill('CC-2026-B');
  await page.getByLabel('The seat change').check();
  await page.getByLabel('What client care is and why it builds loyalty').check();
  await create.click();
  return page.getByLabel('Link for trainees').inputValue();
}

/** Plays the restaurant case through the given choices, writes a reflection; returns the overall score shown. */
async function playCase(page: Page, choices: readonly string[], reflection: string): Promise<number> {
  await page.goto(at('cases/restaurant-seat-change/'));
  await page.locator('.case-step button:enabled').first().waitFor();
  const queue = [...choices];
  for (let guard = 0; guard < 50 && (await page.locator('.case-step.ending').count()) === 0; guard += 1) {
    const before = await page.locator('.case-player').getAttribute('data-node');
    const narration = page.locator('.case-step.narration button');
    if ((await narration.count()) > 0) await press(narration);
    else await press(page.locator(`[data-choice="${queue.shift()}"]`));
    await page.waitForFunction(
      (prev) => document.querySelector('.case-player')?.getAttribute('data-node') !== prev,
      before,
    );
  }
  const box = page.getByLabel(/Think of a time a customer asked for something/);
  await box.scrollIntoViewIfNeeded();
  await box.fill(reflection);
  await page.waitForFunction((text) => (localStorage.getItem('ccl:cases') ?? '').includes(text), reflection);
  const overall = await page.getByText(/^Overall score: \d+ of 100$/).textContent();
  return Number(/\d+/.exec(overall ?? '')?.[0]);
}

/** Does the lesson's self-check; `right` places every activity in its stage, else all "before". Returns the percent shown. */
async function selfCheck(page: Page, right: boolean): Promise<number> {
  const q = page.locator('[data-quiz="what-is-client-care"]');
  await page.goto(at('lessons/what-is-client-care/'));
  await q.scrollIntoViewIfNeeded();
  const check = q.getByRole('button', { name: 'Check my answers' });
  await check.and(page.locator(':enabled')).waitFor();
  const stages: [string, string][] = [
    ['Answering a prospect’s first enquiry the same day', 'Before purchase'],
    ['Reading the order details back to the customer', 'During purchase'],
    ['Telling the customer at checkout that one item must be back-ordered', 'During purchase'],
    ['A reminder that the product is due for maintenance', 'After purchase'],
    ['A call a week later to ask how the product is working', 'After purchase'],
  ];
  for (const [item, stage] of stages)
    await q.getByLabel(item).selectOption({ label: right ? stage : 'Before purchase' });
  await q.getByLabel('Humanised care').check();
  await q.getByLabel('Put a quality product first').check();
  await q.getByLabel('Meet customers’ real needs').check();
  await q.getByLabel('Aim care precisely using a complete customer profile').check();
  const wanted = ['Client care', 'Customer satisfaction', 'Customer loyalty'];
  for (let target = 0; target < wanted.length; target++) {
    for (;;) {
      const items = await q.locator('.quiz-ordering li .quiz-item-text').allTextContents();
      if (items.indexOf(wanted[target]!) === target) break;
      await q.getByRole('button', { name: `Move “${wanted[target]}” up` }).focus();
      await page.keyboard.press('Enter');
    }
  }
  await q.getByLabel('How customers feel about the firm').check();
  await check.click();
  const result = await q.getByText(/You scored \d+%/).textContent();
  return Number(/You scored (\d+)%/.exec(result ?? '')?.[1]);
}

async function handIn(
  page: Page,
  link: string,
  name: string,
): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  await page.goto(link);
  await page.getByRole('heading', { name: 'Week 2: the seat change' }).waitFor();
  const button = page.getByRole('button', { name: 'Hand in (download the results file)' });
  await button.and(page.locator(':enabled')).waitFor();
  await page.getByLabel('Your name').fill(name);
  const download = page.waitForEvent('download');
  await button.click();
  const file = await download;
  return { name: file.suggestedFilename(), mimeType: 'application/json', buffer: readFileSync((await file.path())!) };
}

interface Trainee {
  readonly name: string;
  readonly choices: readonly string[];
  /** Self-check: all right, one question wrong, or not done. */
  readonly quiz: 'right' | 'wrong' | null;
  /** Hand in at this time (the trainee's clock), after the due date. */
  readonly clock?: string;
}

const TRAINEES: readonly Trainee[] = [
  { name: 'Ada Lovelace', choices: ['ask-why', 'no-table', 'let-it-go'], quiz: 'wrong' },
  {
    name: 'Ben Okafor',
    choices: ['happy-to-help', 'check-booking', 'full-reset', 'greet-and-check-once'],
    quiz: 'right',
  },
  {
    name: 'Cy Tanaka',
    choices: ['happy-to-help', 'check-booking', 'full-reset', 'greet-and-check-once'],
    quiz: null,
    clock: '2100-01-05T10:00:00Z',
  },
];

/** Cells of the gradebook as shown, by trainee: text of every cell after the name. */
const tableRows = (page: Page) =>
  page
    .locator('table.gb-table tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.querySelector('th')?.textContent?.trim() ?? '',
        ...Array.from(tr.querySelectorAll('td'), (td) => td.textContent?.trim() ?? ''),
      ]),
    );

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('class gradebook', () => {
  it('three trainees hand in; the gradebook shows what each saw, sorts, opens a trainee, lists misses by text, exports the table', async () => {
    const instructor = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1366, height: 900 } });
    const { page, log } = await openPage(instructor);
    const link = await buildAssignment(page);

    const files: { name: string; mimeType: string; buffer: Buffer }[] = [];
    const seen = new Map<string, { overall: number; percent: number | null }>();
    for (const t of TRAINEES) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      try {
        const { page: tp } = await openPage(context);
        if (t.clock) await tp.clock.setFixedTime(new Date(t.clock));
        const overall = await playCase(tp, t.choices, REFLECTIONS[t.name]!);
        const percent = t.quiz === null ? null : await selfCheck(tp, t.quiz === 'right');
        seen.set(t.name, { overall, percent });
        files.push(await handIn(tp, link, t.name));
      } finally {
        await context.close();
      }
    }
    // The two paths score differently, and so do the two self-checks.
    expect(seen.get('Ada Lovelace')!.overall).not.toBe(seen.get('Ben Okafor')!.overall);
    expect(seen.get('Ada Lovelace')!.percent).toBeLessThan(100);
    expect(seen.get('Ben Okafor')!.percent).toBe(100);

    await page.goto(at('instructors/class/'));
    const input = page.getByLabel('Choose results files');
    await input.and(page.locator(':enabled')).waitFor();
    await input.setInputFiles(files);
    await page.getByText('Trainees shown: 3. Files refused: 0. Files read: 3.').waitFor();
    const table = page.locator('table.gb-table');
    await table.waitFor();

    // Columns: Class, Handed in, Late, Done, then the case and the self-check.
    const rows = await tableRows(page);
    expect(rows.map((r) => r[0])).toEqual(['Ada Lovelace', 'Ben Okafor', 'Cy Tanaka']);
    for (const row of rows) {
      const s = seen.get(row[0]!)!;
      expect(row[1]).toBe('CC-2026-B');
      expect(row[5]).toBe(`${s.overall}%`);
      expect(row[6]).toBe(s.percent === null ? 'missing' : `${s.percent}%`);
    }
    expect(rows.map((r) => r[3])).toEqual(['on time', 'on time', 'late']);
    expect(rows.map((r) => r[4])).toEqual(['2/2', '2/2', '1/2']);
    // Late and missing carry an icon beside the word.
    await expect(table.locator('tbody tr').nth(2).locator('.gb-late svg, .gb-missing svg').count()).resolves.toBe(2);

    // Sorting: the self-check column, highest first, then lowest first (missing stays last).
    const selfCheckHeader = table.getByRole('button', { name: /What client care is/ });
    await selfCheckHeader.click();
    await selfCheckHeader.click();
    await expect(table.locator('thead th[aria-sort="descending"]').count()).resolves.toBe(1);
    expect((await tableRows(page)).map((r) => r[0])).toEqual(['Ben Okafor', 'Ada Lovelace', 'Cy Tanaka']);

    // The CSV is the table as shown, in the same order.
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export the gradebook (CSV)' }).click();
    const csv = parseCsv(readFileSync((await (await csvDownload).path())!, 'utf8').replace(/^\uFEFF/, ''));
    expect(csv[0]).toEqual([
      'Name',
      'Class',
      'Handed in',
      'Late',
      'Items done (of 2)',
      'The seat change (%)',
      'What client care is and why it builds loyalty (%)',
    ]);
    const shown = await tableRows(page);
    expect(csv.slice(1).map((r) => [r[0], r[1], r[3], r[4], r[5], r[6]])).toEqual(
      shown.map((r) => [
        r[0],
        r[1],
        r[3] === 'late' ? 'yes' : 'no',
        r[4]!.split('/')[0],
        r[5]!.replace('%', ''),
        r[6]!.replace('%', ''),
      ]),
    );

    // The trainee view: the reflection, the path in words, the self-check answers by question text.
    await table.getByRole('button', { name: 'Ada Lovelace' }).click();
    const ada = page.getByRole('region', { name: 'Work of Ada Lovelace' });
    await ada.getByText(REFLECTIONS['Ada Lovelace']!).waitFor();
    await ada
      .getByText(/When does each care activity happen\?/)
      .first()
      .waitFor();
    await expect(ada.locator('.gb-path li').count()).resolves.toBe(3);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/trainee-view.png`, fullPage: true });

    // Most-missed questions by their text, with the wrong answer most often chosen.
    const missed = page.locator('table.gb-missed');
    await expect(missed.locator('tbody th').allTextContents()).resolves.toContainEqual(
      expect.stringContaining('When does each care activity happen?'),
    );
    await expect(missed.locator('tbody td').allTextContents()).resolves.toContainEqual(
      expect.stringContaining('→ Before purchase'),
    );
    // Charts are images with their figures named, beside tables of the same numbers.
    await expect(page.locator('.gb-chart svg[role="img"]').count()).resolves.toBeGreaterThanOrEqual(3);

    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${SHOTS}/print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    expect(log.pageErrors).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
    await instructor.close();
    // Three trainees' browsers one after another: a long test on a shared machine.
  }, 240_000);

  it.each(['', 'zh-cn/'])(
    '/%sinstructors/class/ with a class loaded: axe clean, no overflow at phone width, light and dark',
    async (prefix) => {
      const files = await Promise.all(
        Array.from({ length: 8 }, async (_, i) => ({
          name: `t${i}.json`,
          mimeType: 'application/json',
          buffer: Buffer.from(await makeFileText(i)),
        })),
      );
      mkdirSync(SHOTS, { recursive: true });
      const tag = prefix ? 'zh-cn' : 'en';
      for (const [width, scheme] of [
        [390, 'light'],
        [1366, 'dark'],
        [1920, 'light'],
      ] as const) {
        const context = await browser.newContext({
          serviceWorkers: 'block',
          viewport: { width, height: 900 },
          colorScheme: scheme,
        });
        try {
          const { page, log } = await openPage(context);
          await page.goto(at(`${prefix}instructors/class/`));
          const input = page.locator('#inst-files');
          await input.and(page.locator(':enabled')).waitFor();
          await input.setInputFiles(files);
          await page.locator('table.gb-table tbody tr').nth(7).waitFor();
          await page.locator('.gb-name').first().click();
          await page.locator('#gb-trainee').waitFor();
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow).toBeLessThanOrEqual(0);
          if (width === 390) expect(await axeViolations(page)).toEqual([]);
          for (const [name, selector] of [
            ['table', '.gb'],
            ['trainee', '#gb-trainee'],
            ['items', '.gb-item-view'],
          ] as const) {
            await page
              .locator(selector)
              .first()
              .screenshot({ path: `${SHOTS}/${tag}-${width}-${scheme}-${name}.png` });
          }
          expect(log.pageErrors).toEqual([]);
        } finally {
          await context.close();
        }
      }
    },
    180_000,
  );
});
