// The progress page counts a finished case (played through the real player), shows rings with
// whole percents, prints the record of completion as a certificate on one or two A4 pages, and
// its verify form accepts the record's own code and rejects a changed record.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { at, axeViolations, openPage, useFreshContexts } from './support';

let context: BrowserContext;
useFreshContexts((c) => (context = c));

/** Click through the restaurant case's narration and take the given choices, up to its ending. */
async function playRestaurant(page: Page, choices: readonly string[]) {
  await page.goto(at('cases/restaurant-seat-change/'));
  await page.locator('.case-step button:enabled').first().waitFor();
  const press = async (locator: Locator) => {
    await locator.scrollIntoViewIfNeeded();
    await locator.click();
  };
  const queue = [...choices];
  for (let guard = 0; guard < 50 && (await page.locator('.case-step.ending').count()) === 0; guard += 1) {
    const before = await page.locator('.case-player').getAttribute('data-node');
    if ((await page.locator('.case-step.narration').count()) > 0)
      await press(page.locator('.case-step.narration button'));
    else await press(page.locator(`[data-choice="${queue.shift()}"]`));
    await page.waitForFunction(
      (prev) => document.querySelector('.case-player')?.getAttribute('data-node') !== prev,
      before,
    );
  }
  await page.getByRole('heading', { level: 2, name: 'Ending: A corner, a warm plate, and a regular' }).waitFor();
}

/** Scroll the detailed part of the page into view and wait until it is live. */
async function openDetails(page: Page) {
  await page.goto(at('progress/'));
  await page.locator('#learner-name').scrollIntoViewIfNeeded();
  await page.locator('#learner-name:enabled').waitFor();
  await page.locator('[data-testid="record-code"] .record-code').waitFor();
}

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describe('progress page', () => {
  it('shows a finished case with its best ending and care profile, and rings with whole percents', async () => {
    const { page, log } = await openPage(context);
    await playRestaurant(page, ['happy-to-help', 'check-booking', 'full-reset', 'greet-and-check-once']);
    await openDetails(page);

    const card = page.locator('[data-case="restaurant-seat-change"]');
    expect(await card.getAttribute('data-status')).toBe('finished');
    await card.getByText('Best ending: A corner, a warm plate, and a regular').waitFor();
    await card.getByText('exemplary', { exact: true }).waitFor();
    await card.getByText(/^Care score \d+%$/).waitFor();
    expect(await card.locator('.care-profile dt').count()).toBeGreaterThan(1);
    await card.locator('.care-profile dd', { hasText: '100%' }).first().waitFor();
    await page.getByText('1 of 3 cases finished').waitFor();

    // Hydration keeps each text once (no "1.." or doubled module names).
    expect(await page.locator('[data-objective="1"] .objective-name').textContent()).toBe(
      '1. Understand what client care is',
    );
    expect(await page.locator('tr[data-module="A"] th').textContent()).toBe('A · Client care');
    // Objective 3 counts the case: its ring shows a whole percent above 0.
    const ring = page.locator('[data-objective="3"] svg[role="img"]');
    const label = (await ring.getAttribute('aria-label'))!;
    expect(label).toMatch(/^3\. Carry out client care that strengthens the relationship: \d{1,3}%$/);
    expect(Number(await ring.getAttribute('data-percent'))).toBeGreaterThan(0);
    // Whole percents everywhere on the page: no decimal percentage anywhere.
    const text = (await page.locator('main').textContent())!;
    expect(text).not.toMatch(/\d[.,]\d+\s?%/);
    expect(text).toMatch(/\d+%/);
    expect((await axeViolations(page)).map((v) => v.id)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });

  it('continues with the last lesson opened when it is not finished', async () => {
    const { page } = await openPage(context);
    await page.goto(at('lessons/measuring-loyalty/'));
    // The end-of-lesson panel records the visit when it comes into view.
    await page.locator('#lesson-end').scrollIntoViewIfNeeded();
    await page.locator('#lesson-end button:enabled').first().waitFor();
    await page.goto(at('progress/'));
    const link = page.getByTestId('continue');
    await link.getByText(/^Continue where you left off: /).waitFor();
    expect(await link.getAttribute('href')).toContain('lessons/measuring-loyalty/');
  });
});

describe('record of completion', () => {
  it('prints as a certificate on one or two A4 pages, and on Letter too', async () => {
    const { page } = await openPage(context);
    await playRestaurant(page, ['happy-to-help', 'check-booking', 'full-reset', 'greet-and-check-once']);
    await openDetails(page);
    const shown = page.locator('[data-testid="record-code"] .record-code');
    const before = await shown.textContent();
    await page.getByLabel('Your name').fill('Li Wei');
    // The name is part of the record: the code changes with it.
    await expect.poll(() => shown.textContent()).not.toBe(before);
    const code = (await shown.textContent())!;
    expect(code).toMatch(/^[A-Z2-7]{5}-[A-Z2-7]{5}$/);

    await page.emulateMedia({ media: 'print' });
    const cert = page.locator('.certificate');
    await cert.getByText('Li Wei', { exact: true }).waitFor({ state: 'visible' });
    await cert.getByText('Client care and customer loyalty').waitFor({ state: 'visible' });
    await cert.getByText('Instructor’s signature').waitFor({ state: 'visible' });
    expect(await cert.locator('.certificate-code').textContent()).toContain(`Verification code ${code}.`);
    await cert.getByText(/A corner, a warm plate, and a regular — care score \d+%/).waitFor({ state: 'visible' });
    expect(await cert.locator('table').count()).toBe(0);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('#verify-title').isVisible()).toBe(false);

    const a4 = pdfPages(await page.pdf({ format: 'A4' }));
    const letter = pdfPages(await page.pdf({ format: 'Letter' }));
    expect(a4).toBeGreaterThanOrEqual(1);
    expect(a4).toBeLessThanOrEqual(2);
    expect(letter).toBeLessThanOrEqual(2);
  });

  it('the verify form accepts the record’s own code and rejects a changed record, with clear messages', async () => {
    const { page, log } = await openPage(context);
    await openDetails(page);
    await page.getByLabel('Your name').fill('Chen Jing');
    await expect
      .poll(async () => page.locator('[data-testid="record-code"] .record-code').textContent())
      .toMatch(/^[A-Z2-7]{5}-[A-Z2-7]{5}$/);
    const code = (await page.locator('[data-testid="record-code"] .record-code').textContent())!;
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the record file' }).click();
    const download = await downloading;
    const dir = mkdtempSync(join(tmpdir(), 'record-'));
    const original = join(dir, 'record.json');
    await download.saveAs(original);
    const file = JSON.parse((await import('node:fs')).readFileSync(original, 'utf8'));
    expect(file.format).toBe('ccl-completion-record');
    expect(file.record.name).toBe('Chen Jing');

    const form = page.locator('section.verify');
    await form.scrollIntoViewIfNeeded();
    const check = form.getByRole('button', { name: 'Check the record' });
    await check.and(page.locator(':enabled')).waitFor();

    // Nothing given: both fields say what is missing.
    await check.click();
    await form.locator('.error-summary').getByText('Choose the record file.').waitFor();
    await form.locator('.error-summary').getByText('Type the verification code.').waitFor();

    await form.getByLabel('Record file (.json)').setInputFiles(original);
    await form.getByLabel('Verification code').fill(code.toLowerCase().replace('-', ' '));
    await check.click();
    await form
      .locator('[data-verdict="match"]')
      .getByText('Match: this file is the record the code was printed for.')
      .waitFor();
    await form.getByText(/^Record for Chen Jing, issued on /).waitFor();

    // The same code with a doctored record: no match.
    const changed = join(dir, 'changed.json');
    writeFileSync(
      changed,
      JSON.stringify({
        ...file,
        record: { ...file.record, lessons: { completed: file.record.lessons.total, total: file.record.lessons.total } },
      }),
    );
    await form.getByLabel('Record file (.json)').setInputFiles(changed);
    await check.click();
    await form
      .locator('[data-verdict="noMatch"]')
      .getByText(/^No match: the file and the code do not belong together/)
      .waitFor();

    // A code with a wrong character is named before anything is compared.
    await form.getByLabel('Verification code').fill('ABCDE-FGH9J');
    await check.click();
    await form
      .locator('#verify-code-error')
      .getByText('The code cannot contain 9: it uses the letters A–Z and the digits 2–7 only.')
      .waitFor();
    expect(await form.locator('[data-verdict]').count()).toBe(0);
    expect((await axeViolations(page, 'section.verify')).map((v) => v.id)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });
});
