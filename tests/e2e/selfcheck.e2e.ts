import type { BrowserContext, Page } from 'playwright-core';
import { at, axeViolations, openPage, useFreshContexts } from './support';

let context: BrowserContext;
useFreshContexts((c) => (context = c));

const quiz = (page: Page) => page.locator('[data-quiz="what-is-client-care"]');

async function openQuiz(page: Page, path = 'lessons/what-is-client-care/') {
  await page.goto(at(path));
  await quiz(page).scrollIntoViewIfNeeded();
  await quiz(page)
    .getByRole('button', { name: /Check my answers|检查答案/ })
    .and(page.locator(':enabled'))
    .waitFor();
}

/** Put the ordering question right using only the keyboard: focus a Move button, press Enter. */
async function orderWithKeyboard(page: Page, wanted: string[]) {
  for (let target = 0; target < wanted.length; target++) {
    for (;;) {
      const items = await quiz(page).locator('.quiz-ordering li .quiz-item-text').allTextContents();
      const index = items.indexOf(wanted[target]!);
      if (index === target) break;
      const up = quiz(page).getByRole('button', { name: `Move “${wanted[target]}” up` });
      await up.focus();
      await page.keyboard.press('Enter');
    }
  }
}

async function answerAllCorrectly(page: Page) {
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
  await q.getByLabel('Put a quality product first').check();
  await q.getByLabel('Meet customers’ real needs').check();
  await q.getByLabel('Aim care precisely using a complete customer profile').check();
  await orderWithKeyboard(page, ['Client care', 'Customer satisfaction', 'Customer loyalty']);
  await q.getByLabel('How customers feel about the firm').check();
}

describe('lesson self-check', () => {
  it('an incomplete answer is refused with the open questions named', async () => {
    const { page } = await openPage(context);
    await openQuiz(page);
    await quiz(page).getByLabel('Humanised care').check();
    await quiz(page).getByRole('button', { name: 'Check my answers' }).click();
    await quiz(page).getByRole('alert').filter({ hasText: 'Answer every question first' }).waitFor();
  });

  it('all right: full marks, explanations shown, and the best score survives a reload', async () => {
    const { page, log } = await openPage(context);
    await openQuiz(page);
    await answerAllCorrectly(page);
    await quiz(page).getByRole('button', { name: 'Check my answers' }).click();
    await quiz(page).getByText('You scored 100%: 5 of 5 questions right.').waitFor();
    expect(await quiz(page).locator('.quiz-feedback').count()).toBe(5);
    await page.reload();
    await quiz(page).scrollIntoViewIfNeeded();
    await quiz(page).getByText('Your best so far: 100%.').waitFor();
    expect(log.pageErrors).toEqual([]);
  });

  it('wrong answers: feedback says what was wrong, partial credit, and retry starts afresh', async () => {
    const { page } = await openPage(context);
    await openQuiz(page);
    const q = quiz(page);
    for (const select of await q.locator('.quiz-matching select').all())
      await select.selectOption({ label: 'Before purchase' });
    await q.getByLabel('Precision care from a customer profile').check();
    await q.getByLabel('Put a quality product first').check();
    await q.getByLabel('Offer the deepest discounts in the market').check();
    await q.getByLabel('How much the firm pays customers to stay').check();
    await q.getByRole('button', { name: 'Check my answers' }).click();
    await q.getByText(/You scored/).waitFor();
    const score = await q.locator('.quiz-result strong').textContent();
    expect(score).not.toContain('5 of 5');
    await q.getByText('Not correct — your choice').first().waitFor();
    await q.getByText('Discounts buy visits, not loyalty', { exact: false }).waitFor();
    await q.getByRole('button', { name: 'Try again' }).click();
    expect(await q.getByLabel('Humanised care').isChecked()).toBe(false);
    await q.getByRole('button', { name: 'Check my answers' }).waitFor();
  });

  it('works in Chinese, and the quiz area has no axe violations after checking', async () => {
    const { page } = await openPage(context);
    await openQuiz(page, 'zh-cn/lessons/what-is-client-care/');
    await quiz(page).getByLabel('人性化关心').check();
    await quiz(page).getByRole('button', { name: '检查答案' }).click();
    await quiz(page).getByRole('alert').filter({ hasText: '请先回答所有题目' }).waitFor();
    await page.goto(at('lessons/what-is-client-care/'));
    await quiz(page).scrollIntoViewIfNeeded();
    await quiz(page).getByRole('button', { name: 'Check my answers' }).and(page.locator(':enabled')).waitFor();
    await answerAllCorrectly(page);
    await quiz(page).getByRole('button', { name: 'Check my answers' }).click();
    await quiz(page).getByText('You scored 100%: 5 of 5 questions right.').waitFor();
    const axe = await axeViolations(page, '[data-quiz]');
    expect(axe.map((v) => v.id)).toEqual([]);
  });
});
