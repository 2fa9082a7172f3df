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

const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').trim();
const intervalLine = (page: Page) => page.locator('.calc-formula', { hasText: 'confidence interval' }).first().textContent();

describe('room NPS tally', () => {
  it('counts hands by keys and taps, undoes, matches the counts calculator and presents huge', { timeout: 120_000 }, async () => {
    const { page, log } = await projector('tools/room-tally/');
    const ten = page.getByRole('button', { name: /^Add a hand for 10 / });
    await expect.poll(() => ten.isEnabled(), { timeout: 20_000 }).toBe(true);
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
    await expect.poll(() => promoters.isEnabled(), { timeout: 20_000 }).toBe(true);
    await promoters.fill('10');
    await counts.getByLabel('Passives (answered 7–8)').fill('5');
    await counts.getByLabel('Detractors (answered 0–6)').fill('3');
    await expect.poll(() => text(counts, '.calc-big')).toBe('NPS 38.9');
    expect(await intervalLine(counts)).toBe(interval);

    // The tally survives a reload (kept in this browser) and travels in the share link.
    await page.reload();
    await expect.poll(() => text(page, '.calc-big'), { timeout: 20_000 }).toBe('NPS 38.9 from 18 hands');

    // Present mode: the score in huge type, the keys still count.
    const present = page.getByRole('button', { name: 'Present mode' });
    await expect.poll(() => present.isEnabled(), { timeout: 20_000 }).toBe(true);
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
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.calc.present').count()).toBe(0);

    // Reset asks first; undo brings the hands back.
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.getByRole('button', { name: 'Yes, reset' }).click();
    await expect.poll(() => text(page, '.calc-result .empty-state')).toContain('No hands counted yet');
    await page.getByRole('button', { name: 'Undo the last change' }).click();
    await expect.poll(() => text(page, '.calc-big')).toContain('from 19 hands');

    const phone = await context.newPage();
    await phone.goto(link!);
    await expect.poll(async () => text(phone, '.calc-big'), { timeout: 20_000 }).toBe('NPS 38.9 from 18 hands');

    expect(await axeViolations(page)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.cspViolations).toEqual([]);
  });
});
