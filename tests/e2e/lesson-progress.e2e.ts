// The lesson header's progress line advances as the reader scrolls past sections and when the
// self-check is passed; a quick check between sections gives feedback by keyboard alone and
// does not complete the lesson.
import type { BrowserContext } from 'playwright-core';
import { answer, check, openQuiz } from './first-lesson-quiz';
import { at, axeViolations, openPage, useFreshContexts } from './support';

let context: BrowserContext;
useFreshContexts((c) => (context = c));

const read = (text: string | null) => Number(/^(\d+) of \d+ sections read/.exec(text ?? '')?.[1] ?? NaN);

describe('lesson progress line', () => {
  it('counts sections as they scroll into view and shows the passed self-check', async () => {
    const { page, log } = await openPage(context);
    await page.setViewportSize({ width: 1366, height: 700 });
    await page.goto(at('lessons/what-is-client-care/'));
    const line = page.locator('#lesson-progress');
    await line.waitFor();
    const text = page.locator('#lesson-progress-text');
    await text.getByText(/sections read · self-check not done yet$/).waitFor();
    const total = Number(/of (\d+) sections/.exec((await text.textContent())!)![1]);
    expect(total).toBeGreaterThan(3);
    const atTop = read(await text.textContent());
    expect(atTop).toBeLessThan(total);
    expect(await line.locator('progress').getAttribute('max')).toBe(String(total));

    await page.locator('#key-points').scrollIntoViewIfNeeded();
    await expect.poll(async () => read(await text.textContent())).toBe(total);
    expect(Number(await line.locator('progress').evaluate((p) => (p as HTMLProgressElement).value))).toBe(total);
    // Scrolling back up never takes a section off.
    await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
    await text.getByText(`${total} of ${total} sections read`, { exact: false }).waitFor();

    await openQuiz(page);
    await answer(page);
    await check(page).click();
    await text.getByText(/· self-check passed$/).waitFor();
    // And it is remembered on the next visit.
    await page.reload();
    await page
      .locator('#lesson-progress-text')
      .getByText(/· self-check passed$/)
      .waitFor();
    expect(log.pageErrors).toEqual([]);
  });

  it('is in Chinese on Chinese lessons', async () => {
    const { page } = await openPage(context);
    await page.goto(at('zh-cn/lessons/forms-of-care/'));
    await page
      .locator('#lesson-progress-text')
      .getByText(/^已读 \d+\/\d+ 节 · 自测尚未完成$/)
      .waitFor();
  });
});

describe('quick checks between sections', () => {
  it('gives feedback by keyboard alone and does not complete the lesson', async () => {
    const { page, log } = await openPage(context);
    await page.goto(at('lessons/forms-of-care/'));
    const box = page.locator('[data-quiz="forms-of-care-quick-check"]');
    await box.scrollIntoViewIfNeeded();
    await box.getByRole('heading', { level: 3, name: 'Quick check' }).waitFor();
    const checkButton = box.getByRole('button', { name: 'Check my answers' });
    await checkButton.and(page.locator(':enabled')).waitFor();

    // Keyboard only: focus reaches each option and Space chooses it.
    await box.getByLabel('Joint promotion').focus();
    await page.keyboard.press('Space');
    await box.getByLabel('Family-style service').focus();
    await page.keyboard.press('Space');
    await checkButton.focus();
    await page.keyboard.press('Enter');

    await box.getByText('You scored 50%: 1 of 2 questions right.').waitFor();
    await box.locator('.quiz-feedback.callout--success').getByText('Correct').waitFor();
    await box.locator('.quiz-feedback.callout--danger').getByText('Not correct').waitFor();
    await box.getByText('Family-style service is about warmth', { exact: false }).waitFor();
    // Practice: no pass mark, nothing said about completing the lesson.
    expect(await box.getByText(/pass mark/).count()).toBe(0);
    expect(await box.getByText('This lesson is now complete.').count()).toBe(0);
    const end = page.locator('#lesson-end');
    await end.scrollIntoViewIfNeeded();
    await end.getByRole('button', { name: 'Mark as complete' }).waitFor();
    expect((await axeViolations(page, '[data-quiz="forms-of-care-quick-check"]')).map((v) => v.id)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });
});
