// Finishing a lesson: passing its self-check completes it and offers the next lesson; an
// unanswered check names the open questions in an error summary; a missed correct option is
// shown as the correct answer, not as a mistake.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext } from 'playwright-core';
import { answer, check, NEXT_TITLE, openQuiz, quiz } from './first-lesson-quiz';
import { at, openPage, useFreshContexts } from './support';

let context: BrowserContext;
useFreshContexts((c) => (context = c));

describe('finishing a lesson', () => {
  it('passing the self-check completes the lesson, shows the success panel and leads to the next lesson', async () => {
    const { page, log } = await openPage(context);
    await openQuiz(page);
    await answer(page);
    await check(page).click();
    const result = quiz(page).locator('.quiz-result');
    await result.getByText('You scored 100%: 5 of 5 questions right.').waitFor();
    await result.getByText('This lesson is now complete.').waitFor();
    expect(
      await result.evaluate((el) => el.classList.contains('callout--success') && el.querySelector('svg.icon') !== null),
    ).toBe(true);
    expect(await result.evaluate((el) => el === document.activeElement)).toBe(true);

    const end = page.locator('#lesson-end');
    await end.scrollIntoViewIfNeeded();
    await end.locator('.callout--success').getByText('Completed — well done').waitFor();
    await end.getByText('Your self-check: 100%.').waitFor();
    // Completed by the pass: nothing to mark, and nothing to undo.
    expect(await end.getByRole('button').count()).toBe(0);
    const axe = await new AxeBuilder({ page }).include('[data-quiz]').include('#lesson-end').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    const onward = end.getByRole('link', { name: `Next lesson: ${NEXT_TITLE}` });
    expect(await onward.evaluate((el) => el.classList.contains('button') && !el.classList.contains('secondary'))).toBe(
      true,
    );
    await onward.click();
    await page.waitForURL(at('lessons/forms-of-care/'));
    await page.getByRole('heading', { level: 1, name: NEXT_TITLE }).waitFor();

    await page.goto(at(''));
    await page.locator('li[data-complete="true"]', { hasText: 'What client care is' }).waitFor();
    expect(log.pageErrors).toEqual([]);
  });

  it('an unanswered check shows an error summary with links to the open questions, and focus moves to it', async () => {
    const { page } = await openPage(context);
    await openQuiz(page);
    await quiz(page).getByLabel('Humanised care').check();
    await check(page).click();
    const summary = quiz(page).locator('.error-summary');
    await summary.getByRole('heading', { name: 'Answer every question first' }).waitFor();
    expect(await summary.getAttribute('role')).toBe('alert');
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    const links = summary.getByRole('link');
    const texts = await links.allTextContents();
    expect(texts.length).toBe(3); // matching, multiple choice and the last single choice; an ordering always has an order
    for (const text of texts) expect(text).toMatch(/^Question [1-5] is not answered yet$/);
    // The number in the summary is the number shown with the question, and the link leads there.
    const first = links.first();
    const target = (await first.getAttribute('href'))!.slice(1);
    const number = texts[0]!.match(/Question (\d)/)![1];
    await page.locator(`[id="${target}"] .quiz-number`).getByText(`Question ${number} of 5`).waitFor();
    await first.click();
    await expect
      .poll(() => page.evaluate((id) => document.getElementById(id)?.contains(document.activeElement) ?? false, target))
      .toBe(true);
    await page.locator(`[id="${target}"] .field-error`).waitFor();
  });

  it('a wrong answer marks the missed option as the correct answer, not as a mistake', async () => {
    const { page } = await openPage(context);
    await openQuiz(page);
    await answer(page, { skip: 'Meet customers’ real needs' });
    await check(page).click();
    await quiz(page)
      .getByText(/You scored \d+%: 4 of 5 questions right and 1 partly right\./)
      .waitFor();
    const missed = quiz(page).locator('.quiz-options li', { hasText: 'Meet customers’ real needs' });
    await missed.getByText('Correct answer — you did not choose it').waitFor();
    expect(await missed.getAttribute('class')).toContain('is-answer');
    expect(await missed.getAttribute('class')).not.toContain('is-wrong');
    await quiz(page)
      .getByText(/^Partly correct — \d+% of the credit$/)
      .waitFor();
    // 2 of 3 correct options and no wrong ticks is ⅔ of a point: 4⅔ of 5 = 93.3%, shown rounded down.
    await quiz(page).getByText('You scored 93%: 4 of 5 questions right and 1 partly right.').waitFor();
    await quiz(page).getByText('Partly correct — 66% of the credit').waitFor();
  });
});
