// The self-check of the first lesson, answered through the real UI (shared by the lesson e2e tests).
import type { Frame, Page } from 'playwright-core';
import { at } from './support';

export const LESSON = 'lessons/what-is-client-care/';
export const NEXT_TITLE = 'Nine forms of care and the channels that carry them';
/** A page, or a frame the lesson is open in (a learning platform's). */
type Scope = Page | Frame;
export const quiz = (page: Scope) => page.locator('[data-quiz="what-is-client-care"]');
export const check = (page: Scope) => quiz(page).getByRole('button', { name: 'Check my answers' });

export async function openQuiz(page: Page) {
  await page.goto(at(LESSON));
  await quiz(page).scrollIntoViewIfNeeded();
  await check(page).and(page.locator(':enabled')).waitFor();
}

/** Answers every question rightly; `skip` leaves out one of the three correct options of the multiple-choice question. */
export async function answer(page: Scope, { skip }: { skip?: string } = {}) {
  const q = quiz(page);
  const placements: Record<string, string> = {
    'Answering a prospect’s first enquiry the same day': 'Before purchase',
    'Reading the order details back to the customer': 'During purchase',
    'Telling the customer at checkout that one item must be back-ordered': 'During purchase',
    'A reminder that the product is due for maintenance': 'After purchase',
    'A call a week later to ask how the product is working': 'After purchase',
  };
  for (const [item, stage] of Object.entries(placements)) await q.getByLabel(item).selectOption({ label: stage });
  await q.getByLabel('Humanised care').check();
  for (const option of [
    'Put a quality product first',
    'Meet customers’ real needs',
    'Aim care precisely using a complete customer profile',
  ]) {
    if (option !== skip) await q.getByLabel(option).check();
  }
  for (const wanted of ['Client care', 'Customer satisfaction', 'Customer loyalty'].entries()) {
    for (;;) {
      const items = await q.locator('.quiz-ordering li .quiz-item-text').allTextContents();
      if (items.indexOf(wanted[1]) === wanted[0]) break;
      await q.getByRole('button', { name: `Move “${wanted[1]}” up` }).click();
    }
  }
  await q.getByLabel('How customers feel about the firm').check();
}

/** Once the lesson is open: waits for its self-check to be live, answers it rightly and checks it. */
export async function passQuiz(page: Scope) {
  await quiz(page).scrollIntoViewIfNeeded();
  await check(page).and(page.locator(':enabled')).waitFor();
  await answer(page);
  await check(page).click();
  await quiz(page)
    .getByText(/You scored/)
    .first()
    .waitFor();
}
