import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { at, axeViolations, openPage, useFreshContexts } from './support';

let context: BrowserContext;
useFreshContexts((c) => (context = c));

/** Four indicators kept for the test: two behavioural, two attitudinal. */
const KEPT = ['repeat-purchase-count', 'share-of-need', 'repurchase-intention', 'recommendation-intention'];
/** Judgements consistent with weights 8 : 4 : 2 : 1 except pair 3, entered the wrong way round. */
const INCONSISTENT: Record<number, string> = {
  1: '2 — A is equally to moderately more important',
  2: '4 — A is moderately to strongly more important',
  3: '1/8 — B is very strongly to extremely more important',
  4: '2 — A is equally to moderately more important',
  5: '4 — A is moderately to strongly more important',
  6: '2 — A is equally to moderately more important',
};
/** Saaty's 17 values as written, in slider order: A extremely more important at the left end. */
const SLIDER = ['9', '8', '7', '6', '5', '4', '3', '2', '1', '1/2', '1/3', '1/4', '1/5', '1/6', '1/7', '1/8', '1/9'];
/** The slider position of a judgement given in words ("3 — A is moderately more important"). */
const sliderPosition = (label: string) => SLIDER.indexOf(label.split(' — ')[0]!);
/** Block sizes of the generated survey: high/low behaviour × high/low attitude. */
const BLOCKS = { true: 80, latent: 50, spurious: 40, disloyal: 30 } as const;

/** 200 respondents whose segment is known by construction; the first one's id is a formula. */
function surveyCsv(): string {
  const lines = [`respondent,${KEPT.join(',')}`];
  let n = 0;
  for (const [segment, size] of Object.entries(BLOCKS)) {
    const highBehaviour = segment === 'true' || segment === 'spurious';
    const highAttitude = segment === 'true' || segment === 'latent';
    for (let k = 0; k < size; k++, n++) {
      const five = (high: boolean) => (high ? 4 + (k % 2) : 1 + (k % 2)); // 4–5 or 1–2
      const ten = (high: boolean) => (high ? 8 + (k % 3) : k % 3); // 8–10 or 0–2
      const id = n === 0 ? '=cmd()' : `C${String(n).padStart(3, '0')}`;
      lines.push([id, five(highBehaviour), five(highBehaviour), five(highAttitude), ten(highAttitude)].join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}

async function visible(locator: Locator) {
  await locator.first().waitFor({ state: 'visible' });
}
async function press(locator: Locator) {
  await locator.scrollIntoViewIfNeeded();
  await locator.click();
}
const step = (page: Page, n: number) => page.locator('.builder-steps button').nth(n - 1);
async function openStep(page: Page, n: number) {
  await press(step(page, n));
  await page.locator(`.builder-steps li:nth-child(${n}) button[aria-current="step"]`).waitFor();
}
async function createSystem(page: Page, name: string, company: string) {
  await page.goto(at('builder/'));
  await page.locator('#builder-system-name:enabled').waitFor();
  await page.fill('#builder-system-name', name);
  await page.fill('#builder-system-company', company);
  await page.getByRole('button', { name: 'Create system' }).click();
  await visible(page.getByText(`Created “${name}”.`, { exact: false }));
}
async function keepOnly(page: Page, ids: readonly string[]) {
  await openStep(page, 2);
  const boxes = page.locator('.builder-library input[type="checkbox"]');
  await boxes.first().waitFor();
  for (const id of await boxes.evaluateAll((els) =>
    els.filter((e) => (e as HTMLInputElement).checked).map((e) => e.id.replace('builder-lib-', '')),
  )) {
    if (!ids.includes(id)) await page.locator(`#builder-lib-${id}`).uncheck();
  }
  await visible(page.getByRole('heading', { name: `Your indicators (${ids.length}), in questionnaire order` }));
}
const weightRows = (page: Page) =>
  page.getByRole('table', { name: 'Weights' }).first().locator('tbody tr').allInnerTexts();

describe('indicator-system builder', () => {
  it('goes from a new system to a pairwise warning, 200 imported answers, segments, exports and a re-import', async () => {
    const { page, log } = await openPage(context);
    await createSystem(page, 'Appliance 2026', 'Haier');
    await keepOnly(page, KEPT);

    // Step 3: pairwise comparison with one judgement the wrong way round.
    await openStep(page, 3);
    await page.getByLabel('Pairwise comparison (AHP)').check();
    for (const [pair, label] of Object.entries(INCONSISTENT)) {
      await page.getByLabel(new RegExp(`^Pair ${pair} of 6:`)).fill(String(sliderPosition(label)));
      expect(await page.getByLabel(new RegExp(`^Pair ${pair} of 6:`)).getAttribute('aria-valuetext')).toBe(label);
    }
    const warning = page.locator('.builder-fix');
    await visible(warning);
    expect(await warning.innerText()).toContain(
      'Least consistent judgement: pair 3, “Repeat purchases in the period” (A) versus “Recommendation intention” (B). You chose “1/8 — B is very strongly to extremely more important”.',
    );
    expect(await warning.innerText()).toContain(
      'Changing it to “8 — A is very strongly to extremely more important” would bring CR to 0.000.',
    );
    await page.getByRole('button', { name: 'Apply the suggestion: set pair 3 to 8' }).click();
    await visible(page.getByText('CR = 0.000: acceptable (at most 0.10).'));
    const weights = await weightRows(page);
    expect(weights).toEqual([
      'Repeat purchases in the period\t53.3%',
      'Share of total need\t26.7%',
      'Repurchase intention\t13.3%',
      'Recommendation intention\t6.7%',
    ]);

    // Step 5: import a CSV of 200 respondents from a file.
    await openStep(page, 5);
    await page
      .getByLabel('Choose a CSV file')
      .setInputFiles({ name: 'survey.csv', mimeType: 'text/csv', buffer: Buffer.from(surveyCsv()) });
    await visible(page.getByText('Imported the answers from survey.csv (respondents: 200).'));

    // Step 6: the segment counts are those the survey was built with.
    await openStep(page, 6);
    const count = (segment: string) =>
      page.locator(`.builder-segments tr[data-segment="${segment}"] td`).first().innerText();
    await visible(page.locator('.builder-segments'));
    expect([await count('true'), await count('latent'), await count('spurious'), await count('disloyal')]).toEqual([
      '80',
      '50',
      '40',
      '30',
    ]);
    await visible(page.getByRole('img', { name: /Attitude × behaviour/ }));
    await visible(page.getByRole('img', { name: /Composite loyalty scores/ }));

    // The results CSV neutralises the respondent id written as a formula.
    const csvDownload = page.waitForEvent('download');
    await press(page.getByRole('button', { name: 'Download results (CSV)' }));
    const csv = readFileSync(await (await csvDownload).path(), 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'Respondent,Composite,Attitudinal,Behavioural,Segment,Strategy,repeat-purchase-count,share-of-need,repurchase-intention,recommendation-intention',
    );
    expect(lines[1]!.startsWith("'=cmd(),")).toBe(true);
    expect(lines).toHaveLength(202); // header, 200 rows, the final line break

    // Export the system as JSON and import it again: a second system with the same indicators and weights.
    const jsonDownload = page.waitForEvent('download');
    await press(page.getByRole('button', { name: 'Download system (JSON)' }).first());
    const file = await (await jsonDownload).path();
    await page.getByLabel('Import a system file (JSON)').setInputFiles(file);
    await visible(page.getByText(/as a new system\./));
    expect(await page.locator('#builder-system-select option').allInnerTexts()).toEqual([
      'Appliance 2026',
      'Appliance 2026 (2)',
    ]);
    expect(await page.locator('#builder-system-select').inputValue()).not.toBe(
      await page.locator('#builder-system-select option').first().getAttribute('value'),
    );
    await openStep(page, 3);
    await visible(page.getByText('CR = 0.000: acceptable (at most 0.10).'));
    expect(await weightRows(page)).toEqual(weights);
    await openStep(page, 2);
    expect(await page.locator('.builder-chosen-name').allInnerTexts()).toEqual([
      'Repeat purchases in the period',
      'Share of total need',
      'Repurchase intention',
      'Recommendation intention',
    ]);
    await openStep(page, 6);
    await visible(page.locator('.builder-segments'));
    expect(await count('true')).toBe('80');
    expect(log.pageErrors).toEqual([]);
    expect(log.cspViolations).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
  });

  it('a system file with problems is refused with precise messages and nothing changes', async () => {
    const { page } = await openPage(context);
    await createSystem(page, 'Kept', 'Acme');
    const before = await page.evaluate(() => localStorage.getItem('ccl:builder'));
    const broken = {
      format: 'indicator-system',
      formatVersion: 1,
      id: 'x',
      name: '',
      company: '',
      loyalCustomerDefinition: '',
      method: 'mixed',
      indicators: [{ source: 'library', id: 'happiness' }],
      weighting: { mode: 'direct', raw: [1] },
      scale: { min: 1, max: 5 },
      thresholds: { attitude: 0.5, behaviour: 0.5 },
    };
    await page.getByLabel('Import a system file (JSON)').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const alert = page.locator('.builder-systems .notice');
    await visible(alert);
    const text = await alert.innerText();
    expect(text).toContain('Nothing was imported from broken.json.');
    expect(text).toContain('Method: not one of the allowed values: behavioural, attitudinal, combined');
    expect(await page.evaluate(() => localStorage.getItem('ccl:builder'))).toBe(before);
    expect(await page.locator('#builder-system-select option').allInnerTexts()).toEqual(['Kept']);
  });

  it('the weighting step works with the keyboard alone', async () => {
    const { page } = await openPage(context);
    await createSystem(page, 'Keyboard', 'Acme');
    await keepOnly(page, KEPT.slice(0, 3));
    // From here on, keys only: reach "Step 3" with Tab, open it with Enter.
    await page.locator('.builder-steps button').first().focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Weight them');
    await page.keyboard.press('Enter');
    await page.locator('#builder-step-heading:focus').waitFor();
    // Into the weighting methods (the checked radio takes focus), arrow to pairwise comparison.
    await tabUntil(page, '#builder-weighting-direct');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#builder-weighting-pairwise').isChecked()).toBe(true);
    // Pair 1's slider from "1 — equal" four steps towards A (left) to 5, pair 2's four steps
    // towards B (right) to 1/5: with pair 3 left "equal", the three judgements contradict each other.
    await tabUntil(page, '#builder-ahp-pair-0-1');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    expect(await page.locator('#builder-ahp-pair-0-1').getAttribute('aria-valuetext')).toBe(
      '5 — A is strongly more important',
    );
    await tabUntil(page, '#builder-ahp-pair-0-2');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await visible(page.getByText(/not acceptable \(above 0\.10\)/));
    await tabUntil(page, '.builder-fix button');
    await page.keyboard.press('Enter');
    await visible(page.getByText(/: acceptable \(at most 0\.10\)\./));
    // Focus lands on the pair that was changed, ready for another adjustment.
    await page.waitForFunction(() => document.activeElement?.id === 'builder-ahp-pair-0-1');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('ccl:builder')!).data.systems[0].weighting);
    expect(saved).toEqual({
      mode: 'pairwise',
      matrix: [
        [1, 1 / 5, 1 / 5],
        [5, 1, 1],
        [5, 1, 1],
      ],
    });
  });

  it('prints the questionnaire alone', async () => {
    const { page } = await openPage(context);
    await createSystem(page, 'Print', 'Acme');
    await openStep(page, 4);
    await visible(page.locator('.questionnaire-sheet'));
    await page.evaluate(() => {
      window.print = () => {};
      document.body.classList.add('print-questionnaire');
    });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.questionnaire-sheet').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(false);
    expect(await page.locator('.builder-steps').isVisible()).toBe(false);
    expect(await page.getByRole('table', { name: 'Indicator system detail' }).isVisible()).toBe(false);
  });

  // Each step shows its own panel (new markup), so each step is scanned once. One page load
  // per language goes through the six steps in turn; a failure names its step.
  it.each(['builder/', 'zh-cn/builder/'])(
    '%s: each of the six steps has no axe violations, for a system with answers and an inconsistent matrix',
    // Six scans of a large island: a busy machine may stretch each one to several seconds.
    { timeout: 240_000 },
    async (path) => {
      const { page, log } = await openPage(context);
      await page.goto(at(path));
      await page.locator('#builder-system-name:enabled').waitFor();
      await seedSystemWithAnswers(page);
      await page.reload();
      const problems: string[] = [];
      for (const n of [1, 2, 3, 4, 5, 6]) {
        await openStep(page, n);
        await page.locator('.builder-panel .builder-step').first().waitFor();
        if (n === 3) await visible(page.locator('.builder-fix'));
        if (n === 6) {
          await visible(page.locator('.builder-segments'));
          for (const details of await page.locator('.builder-panel details:visible').all())
            await details.locator('summary').click();
        }
        const violations = await axeViolations(page);
        problems.push(...violations.map((v) => `step ${n}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`));
      }
      expect(problems).toEqual([]);
      expect(log.pageErrors).toEqual([]);
      expect(log.cspViolations).toEqual([]);
    },
  );
});

/** Saves a system with 200 answers and an inconsistent pairwise matrix, open in the builder. */
async function seedSystemWithAnswers(page: Page) {
  await page.evaluate(
    ({ csv, kept }) => {
      const [, ...rows] = csv.trim().split('\n');
      const system = {
        format: 'indicator-system',
        formatVersion: 1,
        id: 'sys-axe',
        name: 'Axe',
        company: 'Acme',
        loyalCustomerDefinition: 'Buys often and recommends us.',
        method: 'combined',
        indicators: kept.map((id) =>
          id === 'recommendation-intention'
            ? { source: 'library', id, scale: { min: 0, max: 10 } }
            : { source: 'library', id },
        ),
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
        responses: {
          indicatorIds: kept,
          respondents: rows.map((r) => {
            const [id, ...a] = r.split(',');
            return { id, answers: a.map(Number) };
          }),
        },
      };
      localStorage.setItem(
        'ccl:builder',
        JSON.stringify({
          v: 1,
          savedAt: new Date().toISOString(),
          data: { systems: [system], selectedId: 'sys-axe', sectors: { 'sys-axe': 'Supermarket' } },
        }),
      );
    },
    { csv: surveyCsv(), kept: KEPT },
  );
}

/** Presses Tab until the focused element matches the CSS selector (at most 200 times). */
async function tabUntil(page: Page, selector: string) {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((css) => document.activeElement?.matches(css) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}
