import type { BrowserContext } from 'playwright-core';
import { at, openPage, useFreshContexts } from './support';

let context: BrowserContext;
useFreshContexts((c) => (context = c));

describe('progress dashboard and record of completion', () => {
  it('reflects a marked lesson and a module assessment attempt, and prints a record with the learner’s name', async () => {
    const { page, log } = await openPage(context);
    await page.goto(at('lessons/forms-of-care/'));
    const done = page.getByRole('button', { name: 'Mark as complete' });
    await done.scrollIntoViewIfNeeded();
    await done.click();
    await page.getByText('Completed — well done').waitFor();

    // Take the module A assessment with no answers checked except one: it must refuse, then
    // answer everything by picking the first option / category / typing 0, and submit.
    await page.goto(at('assessments/a/'));
    const quiz = page.locator('[data-quiz="module-a-assessment"]');
    await quiz.getByRole('button', { name: 'Check my answers' }).and(page.locator(':enabled')).waitFor();
    for (const fieldset of await quiz.locator('fieldset').all()) {
      const radios = fieldset.locator('input[type=radio], input[type=checkbox]');
      if ((await radios.count()) > 0) await radios.first().check();
      for (const select of await fieldset.locator('select').all()) await select.selectOption({ index: 1 });
      const text = fieldset.locator('input[type=text]');
      if ((await text.count()) > 0) await text.fill('0');
    }
    await quiz.getByRole('button', { name: 'Check my answers' }).click();
    await quiz.getByText(/You scored/).waitFor();
    await quiz.getByText(/pass mark is 70%/).waitFor();

    await page.goto(at('progress/'));
    await page.locator('#learner-name').scrollIntoViewIfNeeded();
    await page.locator('#learner-name:enabled').waitFor();
    const row = page.locator('tr[data-lesson="forms-of-care"]');
    await row.getByText('✓ Yes').waitFor();
    expect(await page.locator('tr', { hasText: 'A · Client care' }).textContent()).toMatch(/1 \/ 3/);
    expect(await page.locator('tr', { hasText: 'A · Client care' }).textContent()).toMatch(/(passed|not passed yet)/);

    await page.getByLabel('Your name').fill('Li Wei');
    await page.reload();
    await page.locator('#learner-name').scrollIntoViewIfNeeded();
    await page.locator('#learner-name:enabled').waitFor();
    expect(await page.getByLabel('Your name').inputValue()).toBe('Li Wei');
    await page.locator('[data-testid="record-code"] .record-code').waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.locator('.certificate').getByText('Record of completion').waitFor({ state: 'visible' });
    await page.locator('.certificate-name').getByText('Li Wei').waitFor({ state: 'visible' });
    await page
      .locator('.certificate')
      .getByText(/A · Client care — 1 of 3 lessons; assessment \d+%, (passed|not passed)/)
      .waitFor({ state: 'visible' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(log.pageErrors).toEqual([]);
  });

  // The dashboard at rest, hydrated, is also scanned by axe in every-page.ts.
  it('the Chinese dashboard names the five learning objectives', async () => {
    const { page } = await openPage(context);
    await page.goto(at('zh-cn/progress/'));
    await page.locator('#learner-name').scrollIntoViewIfNeeded();
    await page.locator('#learner-name:enabled').waitFor();
    await page.locator('.objective-card').getByText('能够为企业设计忠诚度指标体系并组织测评').waitFor();
    expect(await page.locator('.objective-card').count()).toBe(5);
  });
});
