import { readFileSync, readdirSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { Scenario } from '../../src/domain/cases';
import { parseAttemptRecord } from '../../src/schemas/attempt';
import { at, axeViolations, openPage, useFreshContexts } from './support';

const restaurant = JSON.parse(readFileSync('content/cases/restaurant-seat-change.json', 'utf8')) as Scenario;
const CASE_IDS = readdirSync('content/cases')
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length));
const BEST = ['happy-to-help', 'check-booking', 'full-reset', 'greet-and-check-once'];
const ORIGINAL = ['ask-why', 'no-table', 'let-it-go'];
const PAGE = 'cases/restaurant-seat-change/';

let context: BrowserContext;
useFreshContexts((c) => (context = c));

const nodeOnScreen = (page: Page) => page.locator('.case-player').getAttribute('data-node');

/** Wait until the player shows another node than `previous`. */
async function movedOn(page: Page, previous: string | null) {
  await page.waitForFunction(
    (prev) => document.querySelector('.case-player')?.getAttribute('data-node') !== prev,
    previous,
  );
}

async function press(locator: Locator) {
  await locator.scrollIntoViewIfNeeded();
  await locator.click();
}

/** Click through narration and take the choices in order; stops after the last choice or at an ending. */
async function play(page: Page, choices: readonly string[]) {
  const queue = [...choices];
  // Hydrated: the saved run (if any) is on screen and its controls work.
  await page.locator('.case-step button:enabled').first().waitFor();
  for (let guard = 0; guard < 50; guard += 1) {
    const before = await nodeOnScreen(page);
    if ((await page.locator('.case-step.ending').count()) > 0) return;
    const isNarration = (await page.locator('.case-step.narration').count()) > 0;
    if (isNarration) {
      await press(page.locator('.case-step.narration button'));
    } else {
      const next = queue.shift();
      if (next === undefined) return;
      await press(page.locator(`[data-choice="${next}"]`));
    }
    await movedOn(page, before);
    if (!isNarration && queue.length === 0) return;
  }
}

/** Press Tab until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

async function axeProblems(page: Page, label: string): Promise<string[]> {
  const result = await axeViolations(page);
  return result.map((v) => `${label}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ') ?? ''}`);
}

describe('case exercises', () => {
  it('plays the restaurant case through two paths to two different endings, and the list shows the last one', async () => {
    const { page, log } = await openPage(context);
    await page.goto(at(PAGE));
    await play(page, BEST);
    await page.getByRole('heading', { level: 2, name: 'Ending: A corner, a warm plate, and a regular' }).waitFor();
    expect(await page.getByTestId('case-matched').textContent()).toBe(
      'At 0 of 2 decisions you chose what the person in the original story did.',
    );
    expect(await page.getByText('Kind of ending: exemplary').count()).toBe(1);
    const profile = page.getByRole('table', { name: 'Your care profile' });
    expect(await profile.locator('tr[data-dimension="flexibility"] td').allTextContents()).toEqual([
      '3',
      '-3 to 3',
      '100',
    ]);

    await press(page.getByRole('button', { name: 'Try again' }));
    await page.getByRole('heading', { level: 2, name: 'What happens' }).waitFor();
    await expect.poll(() => focusedId(page)).toBe('case-step-heading');
    await play(page, ORIGINAL);
    await page.getByRole('heading', { level: 2, name: 'Ending: He ate quickly and left without a word' }).waitFor();
    expect(await page.getByTestId('case-matched').textContent()).toBe(
      'At 3 of 3 decisions you chose what the person in the original story did.',
    );
    expect(await page.getByText('Kind of ending: as in the original story').count()).toBe(1);
    // The attempt is recorded once its ending is on screen: the table gains its row a moment later.
    const history = page.getByRole('table', { name: 'Your finished attempts' });
    await expect.poll(() => history.locator('tbody tr').count()).toBe(2);
    expect(await history.locator('tbody tr').first().textContent()).toContain('He ate quickly and left without a word');

    await page.goto(at('cases/'));
    const card = page.locator('[data-case="restaurant-seat-change"]');
    await card.locator('.case-status', { hasText: 'Finished — He ate quickly and left without a word' }).waitFor();
    expect(await card.textContent()).toContain('Finished attempts: 2');
    expect(log.pageErrors).toEqual([]);
    expect(log.cspViolations).toEqual([]);
  });

  it('resumes mid-case after a reload, and the list shows it in progress', async () => {
    const { page, log } = await openPage(context);
    await page.goto(at(PAGE));
    await play(page, ['happy-to-help', 'offer-alcove']);
    await page.getByRole('heading', { level: 2, name: 'Decision 3' }).waitFor();

    await page.reload();
    await page.getByText('Welcome back: you are where you left off.').waitFor();
    // The resumed step renders once the player's conversation part has loaded.
    await page.getByRole('heading', { level: 2, name: 'Decision 3' }).waitFor();
    expect(await nodeOnScreen(page)).toBe('how-to-move');
    expect(await page.getByRole('heading', { level: 2, name: 'Decision 3' }).count()).toBe(1);
    await play(page, ['guest-carries', 'leave-them-be']);
    await page.getByRole('heading', { level: 2, name: 'Ending: He got his table' }).waitFor();

    await press(page.getByRole('button', { name: 'Undo my last decision' }));
    await page.getByRole('heading', { level: 2, name: 'Decision 4' }).waitFor();
    await page.goto(at('cases/'));
    await page.locator('[data-case="restaurant-seat-change"] .case-status', { hasText: 'In progress' }).waitFor();
    expect(log.pageErrors).toEqual([]);
  });

  it('can be completed with the keyboard alone, focus following each step', async () => {
    const { page } = await openPage(context);
    await page.goto(at(PAGE));
    await page.locator('.case-step button:enabled').first().waitFor();
    const steps: readonly (string | null)[] = [
      null,
      null,
      'happy-to-help',
      null,
      null,
      'check-booking',
      'full-reset',
      'greet-and-check-once',
    ];
    for (const [i, choice] of steps.entries()) {
      const before = await nodeOnScreen(page);
      if (choice === null) {
        await tabTo(page, '.case-step.narration button');
        await page.keyboard.press('Enter');
      } else {
        await tabTo(page, `[data-choice="${choice}"]`);
        await page.keyboard.press(i % 2 === 0 ? 'Space' : 'Enter');
      }
      await movedOn(page, before);
      // Focus moves once the new step is on screen, a frame after the step changes.
      await expect.poll(() => focusedId(page)).toBe('case-step-heading');
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Ending: A corner, a warm plate, and a regular',
    );

    await tabTo(page, 'input[name="case-check-listened-first"]');
    await page.keyboard.press('Space');
    expect(await page.locator('input[name="case-check-listened-first"]').isChecked()).toBe(true);
    await tabTo(page, 'button[aria-describedby="case-file-help"]');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    const parsed = parseAttemptRecord(file, [restaurant]);
    expect(parsed.ok && parsed.value.reflection.checklist['listened-first']).toBe(true);
  });

  it('downloads an attempt file that validates against the scenario, with the reflection', async () => {
    const { page } = await openPage(context);
    await page.goto(at(PAGE));
    await play(page, ORIGINAL);
    const reflection = page.getByLabel(/Think of a time a customer asked for something/);
    await reflection.scrollIntoViewIfNeeded();
    await reflection.fill('Next time I would say yes first and then look at the booking.');
    await page.getByText('61 of 5000 characters').waitFor();
    await press(page.getByLabel('Nothing I said suggested the problem was his fault.'));

    const download = page.waitForEvent('download');
    await press(page.getByRole('button', { name: 'Download attempt file' }));
    const done = await download;
    expect(done.suggestedFilename()).toMatch(/^restaurant-seat-change-attempt-\d{4}-\d\d-\d\dT\d{4}\.json$/);
    const parsed = parseAttemptRecord(JSON.parse(readFileSync(await done.path(), 'utf8')), [restaurant]);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toMatchObject({
      caseId: 'restaurant-seat-change',
      locale: 'en',
      endingId: 'ending-original',
      choices: ORIGINAL.map((choiceId, i) => ({ nodeId: ['first-reply', 'offer', 'after-refusal'][i], choiceId })),
      reflection: { text: 'Next time I would say yes first and then look at the booking.' },
    });
    expect(parsed.value.reflection.checklist['no-blame']).toBe(true);

    // The reflection is saved with the attempt: it is still there after a reload.
    await page.reload();
    await page.getByLabel(/Think of a time a customer asked for something/).scrollIntoViewIfNeeded();
    expect(await page.getByLabel(/Think of a time a customer asked for something/).inputValue()).toBe(
      'Next time I would say yes first and then look at the booking.',
    );
  });

  it('works in Chinese, and the file records the language', async () => {
    const { page, log } = await openPage(context);
    await page.goto(at(`zh-cn/${PAGE}`));
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.getByRole('heading', { level: 1, name: '餐厅换座' }).waitFor();
    await press(page.getByRole('button', { name: '继续' }));
    await page.getByRole('heading', { level: 2, name: '客人' }).waitFor();
    await play(page, BEST);
    await page.getByRole('heading', { level: 2, name: '结局：一个角落、一盘热菜，和一位回头客' }).waitFor();
    expect(await page.getByTestId('case-matched').textContent()).toBe(
      '在 2 个决策点中，你有 0 个做出了和原案例当事人一样的选择。',
    );
    expect(
      await page.getByRole('table', { name: '你的关怀得分' }).locator('th[scope="row"]').allTextContents(),
    ).toEqual(['共情', '灵活变通', '担当', '尊重', '跟进落实', '主动预见']);
    const download = page.waitForEvent('download');
    await press(page.getByRole('button', { name: '下载练习文件' }));
    const parsed = parseAttemptRecord(JSON.parse(readFileSync(await (await download).path(), 'utf8')), [restaurant]);
    expect(parsed.ok && parsed.value.locale).toBe('zh-cn');

    await page.goto(at('zh-cn/cases/'));
    await page
      .locator('[data-case="restaurant-seat-change"] .case-status', {
        hasText: '已完成——一个角落、一盘热菜，和一位回头客',
      })
      .waitFor();
    expect(log.pageErrors).toEqual([]);
  });

  // The list and each case page at the start are scanned by every-page.ts (every page, hydrated,
  // a case's first choices enabled); the scan here is of the state that playing adds.
  it.each(['', 'zh-cn/'])('the %scases/ list shows every case', async (prefix) => {
    const { page, log } = await openPage(context);
    await page.goto(at(`${prefix}cases/`));
    await expect.poll(() => page.locator('.case-card').count()).toBe(CASE_IDS.length);
    expect(log.pageErrors).toEqual([]);
  });

  it.each(['', 'zh-cn/'])(
    'has no axe violations on a %scase page at an ending, with the history shown',
    async (prefix) => {
      const { page, log } = await openPage(context);
      await page.goto(at(`${prefix}${PAGE}`));
      await play(page, ORIGINAL);
      await page.locator('.case-step.ending').waitFor();
      await page.locator('.case-history').waitFor();
      expect(await axeProblems(page, `${prefix}${PAGE} (ending)`)).toEqual([]);
      expect(log.cspViolations).toEqual([]);
      expect(log.foreignRequests).toEqual([]);
      expect(log.pageErrors).toEqual([]);
    },
  );
});
