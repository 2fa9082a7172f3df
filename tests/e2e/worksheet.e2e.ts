import { readFile } from 'node:fs/promises';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { at, axeViolations, openPage, useFreshContexts } from './support';

let context: BrowserContext;
useFreshContexts((c) => (context = c));

const PAGE = 'cases/ww-care-plan/';
const CRITERIA = [
  'The analysis of customer needs is accurate',
  'Measures rest on common needs yet allow for individual ones',
  'Measures are closely tied to the product and service',
  'Measures are creative and give customers a pleasant experience',
  'Measures cost relatively little to carry out',
];
const FORMULA = '=HYPERLINK("http://evil.test","Claim your discount")';

/** Open the worksheet and wait until it has hydrated (its controls are enabled). */
async function openWorksheet(page: Page, path = PAGE) {
  await page.goto(at(path));
  // The worksheet hydrates when it scrolls into view, as for a reader.
  await page.locator('#ws-add-row').scrollIntoViewIfNeeded();
  await page.locator('#ws-add-row:enabled').waitFor();
}

async function expectVisible(locator: Locator) {
  await locator.first().waitFor({ state: 'visible' });
}

/** A control's value once it equals `expected` (store changes reach the page a tick later). */
async function expectValue(locator: Locator, expected: string) {
  await expect.poll(() => locator.inputValue()).toBe(expected);
}

async function fillPlanAndChecklist(page: Page) {
  await page.getByLabel('Row 1, Customer need').fill('Members lack export know-how');
  await page.getByLabel('Row 1, Care measure').fill('Monthly trade-news email tailored by industry');
  await page.getByLabel('Row 1, Form of care').selectOption('familyService');
  await page.getByLabel('Row 1, Channel').selectOption('email');
  await page.getByLabel('Row 1, Timing').fill('Monthly');
  await page.getByLabel('Row 1, Cost').fill('0');
  await page.getByRole('button', { name: 'Add a row' }).click();
  await page.getByLabel('Row 2, Customer need').fill('More buyer enquiries');
  await page.getByLabel('Row 2, Care measure').fill(FORMULA);
  await page.getByLabel('Row 2, Form of care').selectOption('personalisedService');
  await page.getByLabel('Row 2, Channel').selectOption('phone');
  await page.getByLabel('Row 2, Timing').fill('First week of membership');
  await page.getByLabel('Row 2, Cost').fill('1,200');
  await page.getByLabel('Row 2, Currency').fill('CNY');
  await page.getByLabel('Item 1, Action').fill('Draft the first trade-news email');
  await page.getByLabel('Item 1, Owner').fill('Li Wei');
  await page.getByLabel('Item 1, Due date').fill('2026-12-01');
  await page.getByLabel('Item 1, Done').check();
}

async function rateOwnPlan(page: Page, scores: number[]) {
  for (const [i, criterion] of CRITERIA.entries()) {
    const group = page
      .getByRole('group', { name: `${i + 1}. ${criterion}` })
      .getByRole('group', { name: 'Your own rating' });
    await group.getByLabel(String(scores[i]), { exact: true }).check();
  }
}

describe('WW care-plan worksheet', () => {
  it('keeps two plan rows, a checklist item and five ratings across a reload, then shows the reference answer', async () => {
    const { page, log } = await openPage(context);
    await openWorksheet(page);
    await expectVisible(
      page.getByText('Rate your own plan on all five criteria to unlock a reference answer to compare with.'),
    );
    await fillPlanAndChecklist(page);
    await rateOwnPlan(page, [4, 3, 5, 2, 4]);
    await expectVisible(page.getByText('Total 18 of 25 (mean 3.6)'));
    await expectVisible(page.getByText('Compare with a reference answer'));
    await expect
      .poll(() =>
        page.evaluate(
          () => JSON.parse(localStorage.getItem('ccl:worksheet') ?? '{}').data?.ratings?.[0]?.scores?.lowCost,
        ),
      )
      .toBe(4);

    await page.reload();
    await page.locator('#ws-add-row').scrollIntoViewIfNeeded();
    await page.locator('#ws-add-row:enabled').waitFor();
    await expectValue(page.getByLabel('Row 1, Care measure'), 'Monthly trade-news email tailored by industry');
    await expectValue(page.getByLabel('Row 2, Care measure'), FORMULA);
    await expectValue(page.getByLabel('Row 2, Form of care'), 'personalisedService');
    await expectValue(page.getByLabel('Row 2, Cost'), '1200');
    await expectValue(page.getByLabel('Item 1, Owner'), 'Li Wei');
    await expectValue(page.getByLabel('Item 1, Due date'), '2026-12-01');
    expect(await page.getByLabel('Item 1, Done').isChecked()).toBe(true);
    const lowCost = page
      .getByRole('group', { name: `5. ${CRITERIA[4]}` })
      .getByRole('group', { name: 'Your own rating' });
    expect(await lowCost.getByLabel('4', { exact: true }).isChecked()).toBe(true);
    await expectVisible(page.getByText('Total 18 of 25 (mean 3.6)'));

    // After a reload the reference answer is one click away (it loads on demand), then opens.
    await page.getByRole('button', { name: 'Compare with a reference answer' }).click();
    const summary = page.locator('summary', { hasText: 'Compare with a reference answer' });
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expectVisible(page.getByText('Website tools that save members time'));
    expect(log.pageErrors).toEqual([]);
    expect(log.cspViolations).toEqual([]);
  });

  it('exports a CSV in which a formula typed into a cell is neutralised', async () => {
    const { page } = await openPage(context);
    await openWorksheet(page);
    await fillPlanAndChecklist(page);
    await expectValue(page.getByLabel('Row 2, Care measure'), FORMULA);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV (spreadsheet)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^ww-care-plan-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await file.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(
      `2,More buyer enquiries,"'=HYPERLINK(""http://evil.test"",""Claim your discount"")",Personalised service,Phone,First week of membership,1200,CNY\r\n`,
    );
    // No cell anywhere starts with a character a spreadsheet would run.
    for (const line of csv.slice(1).split('\r\n'))
      for (const cell of line.split(',')) expect(cell).not.toMatch(/^"?[=+@]/);
  });

  it('refuses a malformed JSON file with a precise message and changes nothing', async () => {
    const { page } = await openPage(context);
    await openWorksheet(page);
    await page.getByLabel('Row 1, Customer need').fill('Keep me');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('ccl:worksheet') ?? '')).toContain('Keep me');
    const before = await page.evaluate(() => localStorage.getItem('ccl:worksheet'));
    const input = page.getByLabel('Import a worksheet (JSON)');

    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{\n  "format": "ccl-care-plan",\n  "worksheet": { "plan": [1 2] }\n}'),
    });
    const alert = page.locator('#ws-message');
    await expectVisible(alert.getByText('Nothing was imported; your worksheet is unchanged.'));
    await expectVisible(alert.getByText('The file: not valid JSON — the first error is at line 3, column 29'));

    const wrongCost = {
      format: 'ccl-care-plan',
      formatVersion: 1,
      worksheet: {
        plan: [
          { id: 'p1', need: 'Imported' },
          { id: 'p2', cost: 'plenty' },
        ],
        checklist: [],
        ratings: [{ id: 's1', by: 'self' }],
      },
    };
    await input.setInputFiles({
      name: 'wrong.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(wrongCost)),
    });
    await expectVisible(alert.getByText('Care plan, row 2, Cost: “plenty” is not a number'));

    expect(await page.evaluate(() => localStorage.getItem('ccl:worksheet'))).toBe(before);
    await expectValue(page.getByLabel('Row 1, Customer need'), 'Keep me');
    expect(await page.getByLabel('Row 2, Customer need').count()).toBe(0);
  });

  it('adds, fills and moves a row with the keyboard alone', async () => {
    const { page } = await openPage(context);
    await openWorksheet(page);
    // Tab from the top of the page to the "Add a row" button.
    await page.locator('body').focus();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'ws-add-row')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ws-add-row');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Row 2, Customer need');
    await page.keyboard.type('Typed with the keyboard');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Row 2, Care measure');
    await page.keyboard.type('Weekly call');
    // Reach "Move row 2 up" and press it: the row moves and focus stays on it (now on its "down" button).
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('aria-label') === 'Move row 2 up')) break;
    }
    await page.keyboard.press('Enter');
    await expectValue(page.getByLabel('Row 1, Customer need'), 'Typed with the keyboard');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Move row 1 down');
    await expectVisible(page.getByText('The row is now row 1.'));
  });

  it('prints a handout of the plan, the checklist and the ratings instead of the form', async () => {
    const { page } = await openPage(context);
    await openWorksheet(page);
    await fillPlanAndChecklist(page);
    await rateOwnPlan(page, [5, 4, 4, 3, 5]);
    await expectVisible(page.getByText('Total 21 of 25 (mean 4.2)'));
    await page.emulateMedia({ media: 'print' });
    const handout = page.locator('.ws-print');
    await expectVisible(handout);
    expect(await handout.textContent()).toContain('Monthly trade-news email tailored by industry');
    expect(await handout.textContent()).toContain('Draft the first trade-news email');
    expect(await handout.locator('tr', { hasText: 'Total (of 25)' }).textContent()).toContain('21');
    expect(await page.getByLabel('Row 1, Care measure').isVisible()).toBe(false);
  });
});

describe('accessibility', () => {
  it.each([
    ['English', PAGE],
    ['Chinese', `zh-cn/${PAGE}`],
  ])('%s: no axe violations after using the worksheet', async (_language, path) => {
    // The page at rest, hydrated, is scanned by every-page.ts; this scan is of what using it adds.
    const { page, log } = await openPage(context);
    await openWorksheet(page, path);
    // Add a row and a peer rating, show the review list and the reference answer, then check again.
    await page.locator('#ws-add-row').click();
    await page.locator('#ws-add-peer').click();
    for (const criterion of ['needsAnalysis', 'commonAndIndividual', 'tiedToOffer', 'creativePleasant', 'lowCost']) {
      await page.locator(`input[name="ws-r-s1-${criterion}"]`).nth(2).check();
    }
    await page.locator('#ws-tools-heading ~ .ws-buttons button').first().click(); // "Check my worksheet"
    await page.locator('.ws-review li').first().waitFor();
    await page.locator('.ws-reference summary').click();
    const after = await axeViolations(page);
    expect(after.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target}`)).toEqual([]);
    expect(log.cspViolations).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
  });
});
