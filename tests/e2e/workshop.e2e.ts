// Workshop tools on a 1920 × 1080 projector: the room's NPS tally counted by keyboard and taps,
// teams side by side from their share links, and the builder's pairwise judgments on sliders.
import type { BrowserContext, Page } from 'playwright-core';
import { at, axeViolations, openPage, useFreshContexts } from './support';

let context: BrowserContext;
useFreshContexts((c) => (context = c));

async function projector(path: string): Promise<{ page: Page; log: Awaited<ReturnType<typeof openPage>>['log'] }> {
  const opened = await openPage(context);
  await opened.page.setViewportSize({ width: 1920, height: 1080 });
  await opened.page.goto(at(path));
  return opened;
}

const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').trim();
const intervalLine = (page: Page) =>
  page.locator('.calc-formula', { hasText: 'confidence interval' }).first().textContent();

describe('room NPS tally', () => {
  it(
    'counts hands by keys and taps, undoes, matches the counts calculator and presents huge',
    { timeout: 120_000 },
    async () => {
      const { page, log } = await projector('tools/room-tally/');
      const ten = page.getByRole('button', { name: /^Add a hand for 10 / });
      await expect.poll(() => ten.isEnabled()).toBe(true);
      await expect.poll(() => text(page, '.calc-result .empty-state')).toContain('No hands counted yet');

      // 10 promoters: six 9s typed, four 10s tapped (and one T typed, then undone with Backspace).
      await ten.click();
      for (let i = 0; i < 6; i++) await page.keyboard.press('9');
      for (let i = 0; i < 3; i++) await ten.click();
      await page.keyboard.press('t');
      await expect.poll(() => ten.getAttribute('aria-label')).toBe('Add a hand for 10 (now 5)');
      await page.keyboard.press('Backspace');
      await expect.poll(() => ten.getAttribute('aria-label')).toBe('Add a hand for 10 (now 4)');
      // 5 passives: three 7s typed, two 8s tapped; 3 detractors: 0 and 3 typed, one 6 tapped.
      for (let i = 0; i < 3; i++) await page.keyboard.press('7');
      const eight = page.getByRole('button', { name: /^Add a hand for 8 / });
      await eight.click();
      await eight.click();
      await page.keyboard.press('0');
      await page.keyboard.press('3');
      await page.getByRole('button', { name: /^Add a hand for 6 / }).click();
      // A stray 5 taken back with Ctrl+Z; a stray tap on 2 taken back with the − button.
      await page.keyboard.press('5');
      await expect.poll(() => text(page, '.calc-big')).toContain('from 19 hands');
      await page.keyboard.press('Control+z');
      await page.getByRole('button', { name: /^Add a hand for 2 / }).click();
      await page.getByRole('button', { name: 'Take a hand away from 2' }).click();

      await expect.poll(() => text(page, '.calc-big')).toBe('NPS 38.9 from 18 hands');
      const interval = await intervalLine(page);
      expect(await text(page, '.nps-chart figcaption')).toContain('0 to 10');

      // The counts calculator, given the same three counts, gives the same score and interval.
      const counts = await context.newPage();
      await counts.goto(at('tools/nps/'));
      const promoters = counts.getByLabel('Promoters (answered 9–10)');
      await expect.poll(() => promoters.isEnabled()).toBe(true);
      await promoters.fill('10');
      await counts.getByLabel('Passives (answered 7–8)').fill('5');
      await counts.getByLabel('Detractors (answered 0–6)').fill('3');
      await expect.poll(() => text(counts, '.calc-big')).toBe('NPS 38.9');
      expect(await intervalLine(counts)).toBe(interval);

      // The tally survives a reload (kept in this browser) and travels in the share link.
      await page.reload();
      await expect.poll(() => text(page, '.calc-big')).toBe('NPS 38.9 from 18 hands');

      // Present mode: the score in huge type, the keys still count.
      const present = page.getByRole('button', { name: 'Present mode' });
      await expect.poll(() => present.isEnabled()).toBe(true);
      await present.click();
      const headline = page.locator('.calc.present .calc-big');
      await headline.waitFor();
      expect(await headline.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(96);
      const box = await headline.boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(1080);
      await page.locator('.present-qr svg').waitFor();
      const link = await page.locator('.present-qr svg').getAttribute('data-link');
      expect(link).toMatch(/[?&]room-tally=/);
      await page.keyboard.press('9');
      await expect.poll(() => headline.textContent()).toContain('from 19 hands');
      // One view at a time under the headline; arrow keys and space step through them.
      const view = page.locator('.present-view-name');
      const shown = (name: string) => page.locator(`.calc.present [data-view="${name}"]`).first().isVisible();
      expect(await view.textContent()).toBe('1 of 4: What it means');
      expect([await shown('summary'), await shown('formula')]).toEqual([true, false]);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => view.textContent()).toBe('2 of 4: Formula');
      await expect
        .poll(async () => [await shown('summary'), await shown('formula'), await shown('interval')])
        .toEqual([false, true, false]);
      await page.keyboard.press(' ');
      await expect.poll(() => view.textContent()).toBe('3 of 4: Confidence interval');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => view.textContent()).toBe('4 of 4: Distribution');
      await expect.poll(() => page.locator('.calc.present .nps-chart').isVisible()).toBe(true);
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => view.textContent()).toBe('3 of 4: Confidence interval');
      await page.keyboard.press('Escape');
      // Out of present mode every view shows again.
      await expect.poll(() => page.locator('.calc [data-view="formula"]').first().isVisible()).toBe(true);
      await expect.poll(() => page.locator('.calc.present').count()).toBe(0);
      await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);

      // Reset asks first; undo brings the hands back.
      await page.getByRole('button', { name: 'Reset' }).click();
      await page.getByRole('button', { name: 'Yes, reset' }).click();
      await expect.poll(() => text(page, '.calc-result .empty-state')).toContain('No hands counted yet');
      await page.getByRole('button', { name: 'Undo the last change' }).click();
      await expect.poll(() => text(page, '.calc-big')).toContain('from 19 hands');

      const phone = await context.newPage();
      await phone.goto(link!);
      await expect.poll(async () => text(phone, '.calc-big')).toBe('NPS 38.9 from 18 hands');

      expect(await axeViolations(page)).toEqual([]);
      expect(log.pageErrors).toEqual([]);
      expect(log.cspViolations).toEqual([]);
    },
  );
});

/** The share link the NPS calculator produces for these counts, as a team's phone would. */
async function npsLink(promoters: string, passives: string, detractors: string): Promise<string> {
  const phone = await context.newPage();
  await phone.goto(at('tools/nps/'));
  const field = phone.getByLabel('Promoters (answered 9–10)');
  await expect.poll(() => field.isEnabled()).toBe(true);
  await field.fill(promoters);
  await phone.getByLabel('Passives (answered 7–8)').fill(passives);
  await phone.getByLabel('Detractors (answered 0–6)').fill(detractors);
  await phone.getByRole('button', { name: 'Copy share link' }).click();
  const link = phone.getByLabel('Share link', { exact: true });
  await link.waitFor();
  const value = await link.inputValue();
  await phone.close();
  return value;
}

describe('teams side by side', () => {
  it(
    'adds three teams from their share links, refuses a bad link, and shows them on one scale',
    { timeout: 120_000 },
    async () => {
      const links = [await npsLink('110', '50', '40'), await npsLink('10', '5', '3'), await npsLink('20', '10', '30')];
      const { page, log } = await projector('tools/compare/');
      const name = page.getByLabel('Team name');
      const link = page.getByLabel('The team’s share link');
      const add = page.getByRole('button', { name: 'Add the team' });
      await expect.poll(() => add.isEnabled()).toBe(true);

      // A bad link is refused with a message saying what is wrong, and nothing is added.
      await name.fill('Red');
      await link.fill('see you at lunch');
      await add.click();
      await expect.poll(() => text(page, '.compare-link-field .field-error')).toContain('This is not a link');
      expect(await page.locator('.compare-teams li').count()).toBe(0);
      await link.fill(at('tools/share-of-wallet/?share-of-wallet=brandSpend%3D1'));
      await add.click();
      await expect.poll(() => text(page, '.compare-link-field .field-error')).toContain('do not give a result');

      for (const [i, team] of ['Red', 'Blue', 'Green'].entries()) {
        await name.fill(team);
        await link.fill(links[i]!);
        await link.press('Enter');
        await expect.poll(() => page.locator('.compare-teams li').count()).toBe(i + 1);
      }
      await expect.poll(() => text(page, '.calc-big')).toBe('Highest: Blue — NPS 38.9');
      const rows = page.locator('.compare-row');
      expect(await rows.allTextContents()).toEqual(['RedNPS 35', 'BlueNPS 38.9Highest', 'GreenNPS -16.7Lowest']);
      expect(await page.locator('.calc-formula').first().textContent()).toContain(
        'Lowest: Green, 55.6 points below the highest.',
      );
      const gaps = await page.locator('.calc-table tbody tr').allTextContents();
      expect(gaps).toEqual(['RedNPS 35−3.9 points', 'BlueNPS 38.9—', 'GreenNPS -16.7−55.6 points']);
      // Bars on one scale: the zero line sits at the same place in every row, in the middle (NPS −100…100).
      const zeros = await page
        .locator('.compare-zero')
        .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().x)));
      expect(new Set(zeros).size).toBe(1);

      // A link for another calculator is refused while NPS teams are compared.
      await link.fill(at('tools/share-of-wallet/?share-of-wallet=brandSpend%3D2160%26categorySpend%3D4800'));
      await add.click();
      await expect
        .poll(() => text(page, '.compare-link-field .field-error'))
        .toContain('but the teams here compare “Net Promoter Score”');

      // On the projector: present mode shows the comparison first, in large type.
      await page.getByRole('button', { name: 'Present mode' }).click();
      const headline = page.locator('.calc.present .calc-big');
      await headline.waitFor();
      expect(await headline.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(96);
      expect(await page.locator('.calc.present .compare-row').count()).toBe(3);
      await page.keyboard.press('Escape');

      // The teams are kept in this browser.
      await page.reload();
      await expect.poll(() => text(page, '.calc-big')).toBe('Highest: Blue — NPS 38.9');
      expect(await axeViolations(page)).toEqual([]);
      expect(log.pageErrors).toEqual([]);
      expect(log.cspViolations).toEqual([]);
    },
  );
});

describe('the builder on a projector', () => {
  it(
    'reopens on the weighting step, and a slider changes CR with the least consistent pair beside it',
    { timeout: 120_000 },
    async () => {
      const { page, log } = await projector('builder/');
      // A saved system with one judgement the wrong way round, left on step 3 (weighting).
      await page.evaluate(() => {
        const system = {
          format: 'indicator-system',
          formatVersion: 1,
          id: 'sys-room',
          name: 'Room',
          company: 'Acme',
          loyalCustomerDefinition: 'Buys often and recommends us.',
          method: 'combined',
          indicators: ['repeat-purchase-count', 'share-of-need', 'repurchase-intention']
            .map((id) => ({ source: 'library', id }))
            .concat([{ source: 'library', id: 'recommendation-intention', scale: { min: 0, max: 10 } } as never]),
          weighting: {
            mode: 'pairwise',
            matrix: [
              [1, 2, 4, 1 / 8],
              [1 / 2, 1, 2, 4],
              [1 / 4, 1 / 2, 1, 2],
              [8, 1 / 4, 1 / 2, 1],
            ],
          },
          scale: { min: 1, max: 5 },
          thresholds: { attitude: 0.5, behaviour: 0.5 },
        };
        const data = { systems: [system], selectedId: 'sys-room', sectors: {}, steps: { 'sys-room': 3 } };
        localStorage.setItem('ccl:builder', JSON.stringify({ v: 1, savedAt: new Date().toISOString(), data }));
      });
      await page.reload();
      await page.getByRole('heading', { name: /^Step 3 of 6/ }).waitFor();

      const pair3 = page.getByLabel(/^Pair 3 of 6:/);
      await pair3.waitFor();
      expect(await pair3.getAttribute('type')).toBe('range');
      expect(await pair3.getAttribute('aria-valuetext')).toBe('1/8 — B is very strongly to extremely more important');
      const report = page.locator('.builder-pairwise > .builder-consistency');
      await expect.poll(() => report.textContent()).toContain('CR = 1.013: not acceptable');
      expect(await report.textContent()).toContain('Least consistent judgement: pair 3');
      expect(await page.locator('.builder-pairs li.pair-worst label').textContent()).toContain('least consistent');
      // Beside the judgements, not below them, and on the screen.
      const [pairs, panel] = [await page.locator('.builder-pairs').boundingBox(), await report.boundingBox()];
      expect(panel!.x).toBeGreaterThanOrEqual(pairs!.x + pairs!.width);
      // With the last pair on the screen, CR and the least consistent pair are on it too (the panel stays in view).
      await page.getByLabel(/^Pair 6 of 6:/).scrollIntoViewIfNeeded();
      const onScreen = (selector: string) =>
        page.locator(selector).evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        });
      expect(await onScreen('.builder-pairwise > .builder-consistency [id$="-verdict"]')).toBe(true);
      expect(await onScreen('.builder-pairwise > .builder-consistency .builder-fix')).toBe(true);

      // Keyboard: Home takes pair 3 to "9 — A extremely", one step right to 8: consistent.
      await pair3.focus();
      await page.keyboard.press('Home');
      await expect.poll(() => pair3.getAttribute('aria-valuetext')).toBe('9 — A is extremely more important');
      await expect.poll(() => report.textContent()).toMatch(/CR = 0\.0\d\d: acceptable/);
      await page.keyboard.press('ArrowRight');
      await expect
        .poll(() => pair3.getAttribute('aria-valuetext'))
        .toBe('8 — A is very strongly to extremely more important');
      await expect.poll(() => report.textContent()).toContain('CR = 0.000: acceptable');
      expect(await page.locator('.builder-pairs li.pair-worst').count()).toBe(0);
      expect(await page.locator('.pair-words').nth(2).textContent()).toBe(
        '8 — A is very strongly to extremely more important',
      );

      expect(await axeViolations(page, '.builder-pairwise')).toEqual([]);
      expect(log.pageErrors).toEqual([]);
      expect(log.cspViolations).toEqual([]);
    },
  );
});
