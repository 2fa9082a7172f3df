// Case role-plays in the browser: each fresh attempt shows the choices in its own order (so the
// model answer's position gives nothing away), the order survives a reload, and the player
// reads as a conversation with a step indicator and an ending that says how it went.
import { readFileSync, readdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import type { DecisionNode, Scenario } from '../../src/domain/cases';
import { at, openPage, useFreshContexts } from './support';

const SCENARIOS = readdirSync('content/cases')
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(`content/cases/${name}`, 'utf8')) as Scenario);
/** Fresh attempts per case: with three or four options, one position every time has odds below 1 in 170,000. */
const ATTEMPTS = 12;

let context: BrowserContext;
useFreshContexts((c) => (context = c));

/** A page without smooth scrolling (each step scrolls into view; the clicks need not wait for it). */
async function open() {
  const opened = await openPage(context);
  await opened.page.emulateMedia({ reducedMotion: 'reduce' });
  return opened;
}

const nodeOnScreen = (page: Page) => page.locator('.case-player').getAttribute('data-node');
const choiceOrder = (page: Page) =>
  page
    .locator('.case-choices [data-choice]')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-choice') ?? ''));

/** Continue through narration until a decision is on screen; returns its node id. */
async function toDecision(page: Page): Promise<string> {
  for (let guard = 0; guard < 20; guard += 1) {
    await page.locator('.case-step button:enabled').first().waitFor();
    if ((await page.locator('.case-step.decision').count()) > 0) return (await nodeOnScreen(page)) ?? '';
    const before = await nodeOnScreen(page);
    await page.locator('.case-step.narration button').click();
    await page.waitForFunction(
      (prev) => document.querySelector('.case-player')?.getAttribute('data-node') !== prev,
      before,
    );
  }
  throw new Error('no decision reached');
}

describe('case choices are shuffled per attempt', () => {
  it.each(SCENARIOS.map((s) => [s.id, s] as const))(
    '%s: the original-story answer moves between fresh attempts, and a reload keeps the order',
    async (id, scenario) => {
      const { page, log } = await open();
      await page.goto(at(`cases/${id}/`));
      const positions = new Set<number>();
      let order: string[] = [];
      for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
        if (attempt > 0) {
          await page.getByRole('button', { name: 'Start again' }).click();
          await page.getByText('Started again from the beginning.').waitFor();
        }
        const nodeId = await toDecision(page);
        const node = scenario.nodes.find((n): n is DecisionNode => n.type === 'decision' && n.id === nodeId);
        const model = node?.choices.find((c) => c.original === true) ?? node?.choices[0];
        order = await choiceOrder(page);
        expect([...order].sort()).toEqual(node?.choices.map((c) => c.id).sort());
        positions.add(order.indexOf(model?.id ?? ''));
      }
      expect(positions.size).toBeGreaterThan(1);

      // The last attempt's order is saved with the run: a reload shows the same order.
      await page.reload();
      await page.getByText('Welcome back: you are where you left off.').waitFor();
      await page.locator('.case-choices button:enabled').first().waitFor();
      expect(await choiceOrder(page)).toEqual(order);
      expect(log.pageErrors).toEqual([]);
    },
  );

  it('keeps the order of a later decision through a reload, and the attempt file records the seed', async () => {
    const { page } = await open();
    await page.goto(at('cases/restaurant-seat-change/'));
    await toDecision(page);
    expect(await page.locator('#case-step-heading').textContent()).toBe('Decision 1 · at most 5');
    const before = await nodeOnScreen(page);
    await page.locator('[data-choice="happy-to-help"]').click();
    await page.waitForFunction(
      (prev) => document.querySelector('.case-player')?.getAttribute('data-node') !== prev,
      before,
    );
    await toDecision(page);
    const order = await choiceOrder(page);
    await page.reload();
    await page.locator('.case-choices button:enabled').first().waitFor();
    expect(await choiceOrder(page)).toEqual(order);
    const seed = await page.evaluate(() => JSON.parse(localStorage.getItem('ccl:cases') ?? '{}'));
    expect(JSON.stringify(seed)).toMatch(/"seed":\d+/);
  });
});

describe('the player as a conversation', () => {
  it('shows the chosen line as the learner’s, a step indicator, and an ending with its tone and ways on', async () => {
    const { page, log } = await open();
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(at('cases/restaurant-seat-change/'));
    await toDecision(page);
    await page.locator('[data-choice="ask-why"]').click();
    // The learner's own line, on their side, with the feedback under it; focus on the new step.
    const mine = page.locator('.case-log .case-turn.mine');
    await mine.waitFor();
    expect(await mine.locator('.case-bubble').textContent()).toBe(
      restaurant()
        .nodes.flatMap((n) => (n.type === 'decision' ? n.choices : []))
        .find((c) => c.id === 'ask-why')?.text.en,
    );
    expect(await mine.locator('.case-speaker').textContent()).toBe('Waiter (you)');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('case-step-heading');
    const box = await mine.boundingBox();
    const bubble = await mine.locator('.case-bubble').boundingBox();
    expect(box && bubble && bubble.x + bubble.width).toBeGreaterThan(box ? box.x + box.width - 60 : Infinity);
    await page.locator('.case-feedback .callout').waitFor();

    for (const choice of ['no-table', 'let-it-go']) {
      await toDecision(page);
      const before = await nodeOnScreen(page);
      await page.locator(`[data-choice="${choice}"]`).click();
      await page.waitForFunction(
        (prev) => document.querySelector('.case-player')?.getAttribute('data-node') !== prev,
        before,
      );
    }
    // Earlier steps fold away into a transcript.
    expect(await page.locator('details.case-earlier summary').textContent()).toMatch(
      /^Earlier in the conversation \(\d+ steps\)$/,
    );
    const ending = page.locator('.case-ending');
    await ending.waitFor();
    expect(await ending.getAttribute('data-tone')).toBe('poor');
    expect(await ending.locator('.case-tone').textContent()).toBe('A poor outcome');
    await page.getByRole('link', { name: 'Compare with the original story' }).click();
    await page.waitForFunction(() => location.hash === '#case-compare');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 2, name: 'What happens' }).waitFor();
    expect(await page.locator('.case-ending').count()).toBe(0);
    expect(log.pageErrors).toEqual([]);
  });
});

function restaurant(): Scenario {
  return SCENARIOS.find((s) => s.id === 'restaurant-seat-change') as Scenario;
}
