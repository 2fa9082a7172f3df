import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { at, axeViolations, launch, openPage, paste, settled, type PageLog } from './support';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});
beforeEach(async () => {
  context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
});
afterEach(async () => {
  await context.close();
});

const NAMES = [
  'repeat-purchase',
  'share-of-wallet',
  'nps',
  'recommendation',
  'attitudinal',
  'segment',
  'delivered-value',
  'defections',
  'recovery',
  'lifetime-value',
  'ladder',
  'scorecard',
] as const;

/** A calculator page, hydrated (its Reset button enabled). */
async function openCalculator(
  name: string,
  query = '',
  locale = '',
): Promise<{ page: Page; log: PageLog; calc: Locator }> {
  const { page, log } = await openPage(context);
  await page.goto(at(`${locale}tools/${name}/${query}`));
  const calc = page.locator(`[data-calculator="${name}"]`);
  await calc.scrollIntoViewIfNeeded();
  await calc.locator('.calc-bar button:enabled').first().waitFor();
  return { page, log, calc };
}

/** Clears every listed field (the result must go away), then types the values (the result must come from them). */
async function typeInputs(calc: Locator, values: Record<string, string>) {
  for (const label of Object.keys(values)) await field(calc, label).fill('');
  await calc
    .getByText(/Fill in the fields to see the result\.|Correct the fields marked above/)
    .first()
    .waitFor();
  for (const [label, value] of Object.entries(values)) await field(calc, label).fill(value);
}

const field = (calc: Locator, label: string) => calc.getByLabel(label, { exact: true });

async function expectText(scope: Locator | Page, text: string | RegExp) {
  await scope.getByText(text).first().waitFor({ state: 'visible' });
}

async function expectNoNaN(page: Page) {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/NaN|Infinity|undefined/);
}

describe('worked examples typed into each calculator', () => {
  it('repeat-purchase: 9 of 12 purchases = 75%, behaviourally loyal', async () => {
    const { page, calc } = await openCalculator('repeat-purchase');
    await typeInputs(calc, { 'Purchases of this brand': '9', 'Purchases of all brands in the category': '12' });
    await expectText(calc, 'Repeat-purchase rate = 9 ÷ 12 × 100% = 75%');
    await expectText(calc, /at or above the 50% line/);
    await expectNoNaN(page);
  });

  it('share of wallet: 600 of 960 = 62.5%', async () => {
    const { page, calc } = await openCalculator('share-of-wallet');
    await typeInputs(calc, { 'Spend on this brand': '600', 'Spend on the whole category': '960' });
    await expectText(calc, 'Share of wallet = 600 ÷ 960 × 100% = 62.5%');
    expect(await calc.locator('.calc-big').textContent()).toBe('62.5%');
    await expectNoNaN(page);
  });

  it('NPS from counts: 110 / 50 / 40 → 55% − 20% = 35, 95% interval 23.6 to 45.4; 99% is wider', async () => {
    const { calc } = await openCalculator('nps');
    await typeInputs(calc, {
      'Promoters (answered 9–10)': '110',
      'Passives (answered 7–8)': '50',
      'Detractors (answered 0–6)': '40',
    });
    await expectText(calc, 'NPS = 55% − 20% = 35');
    await expectText(calc, '95% confidence interval (adjusted Wald): 23.6 to 45.4, n = 200');
    await field(calc, 'Confidence level').selectOption('0.99');
    await expectText(calc, /^99% confidence interval \(adjusted Wald\): 20\.\d to 48\.\d, n = 200$/);
  });

  it('NPS from pasted answers: ignored values reported, distribution as a chart with a text alternative and a table', async () => {
    const { page, calc } = await openCalculator('nps');
    await field(calc, 'What you have').selectOption('responses');
    const box = field(calc, 'Paste the answers');
    await box.fill('score\n9\n10\n11\n7\nn/a\n3\n9\n-1\n10');
    await expectText(
      calc,
      '3 values ignored: 1 not a number (row 6: “n/a”); 2 not between 0 and 10 (row 4: “11”, row 9: “-1”).',
    );
    await expectText(calc, 'NPS = 66.7% − 16.7% = 50');
    const chart = calc.locator('svg[role="img"]');
    expect(await chart.getAttribute('aria-label')).toContain('Bar chart of 6 answers by score');
    await expectText(calc, '6 answers read.');
    expect(await calc.getByRole('table', { name: 'Answers per score' }).locator('tbody tr').count()).toBe(11);
    await expectNoNaN(page);
  });

  it('NPS: a file upload is read, and a file too large is refused with a message', async () => {
    const { calc } = await openCalculator('nps');
    await field(calc, 'What you have').selectOption('responses');
    const upload = calc.getByLabel('Or upload a .csv or .txt file');
    await upload.setInputFiles({
      name: 'survey.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('id;score\n101;9\n102;6\n103;10\n104;8\n'),
    });
    await expectText(calc, 'Read the file “survey.csv”.');
    await expectText(calc, '4 answers read from Column 2: score.');
    await expectText(calc, 'NPS = 50% − 25% = 25');
    await upload.setInputFiles({
      name: 'huge.txt',
      mimeType: 'text/plain',
      buffer: Buffer.alloc(5 * 1024 * 1024, '9\n'),
    });
    await expectText(calc, 'The file is 5 MB; the limit is 4 MB.');
  });

  it('recommendation: 4 × 0.3 × 100 ÷ 5 = 24, of an attainable 30 (80%)', async () => {
    const { calc } = await openCalculator('recommendation');
    await typeInputs(calc, {
      'Answer to “Would you recommend us?”': '4',
      'Top of the scale': '5',
      'Weight of the question': '0.3',
    });
    await expectText(calc, 'Loyalty = 4 × 0.3 × 100 ÷ 5 = 24');
    await expectText(calc, 'Attainable maximum = 0.3 × 100 = 30, so 24 is 80% of it.');
  });

  it('attitudinal: (4 × 0.3 + 3 × 0.4) × 0.7 × 100 ÷ 5 = 33.6, attainable maximum 49, 68.6%', async () => {
    const { calc } = await openCalculator('attitudinal');
    await typeInputs(calc, {
      'Top of the answer scale': '5',
      'Weight of the attitude dimension': '0.7',
      'Question 1: answer': '4',
      'Question 1: weight': '0.3',
      'Question 2: answer': '3',
      'Question 2: weight': '0.4',
    });
    await expectText(calc, 'Score = (4 × 0.3 + 3 × 0.4) × 0.7 × 100 ÷ 5 = 33.6');
    await expectText(calc, 'Attainable maximum = (5 × 0.3 + 5 × 0.4) × 0.7 × 100 ÷ 5 = 49');
    await expectText(calc, '33.6 ÷ 49 = 68.6% of the attainable maximum');
  });

  it('segment: attitude 33.6 of 49, behaviour 45 of 100 → latent loyal, with its strategies', async () => {
    const { calc } = await openCalculator('segment');
    await typeInputs(calc, {
      'Attitude score': '33.6',
      'Highest possible attitude score': '49',
      'Behaviour score': '45',
      'Highest possible behaviour score': '100',
    });
    expect(await calc.locator('.calc-big').textContent()).toBe('Latent loyal');
    await expectText(calc, 'Attitude: 33.6 ÷ 49 × 100% = 68.6% — high (line at 50%)');
    await expectText(calc, 'Habit with another brand? Offer a free trial.');
  });

  it('delivered value: Lin’s three phone offers → A 800, B 250, C 700; C needs more than 100', async () => {
    const { calc } = await openCalculator('delivered-value');
    const offers = [
      [3200, 500, 300, 200, 3000, 200, 100, 100],
      [3200, 100, 50, 50, 2700, 100, 300, 50],
      [3200, 300, 100, 200, 2900, 50, 150, 0],
    ];
    const parts = [
      'Product value',
      'Service value',
      'Personnel value',
      'Image value',
      'Money (price)',
      'Time cost',
      'Mental cost',
      'Physical cost',
    ];
    for (const [i, values] of offers.entries()) {
      const offer = calc.locator('fieldset').nth(i);
      await offer.getByLabel(/^Name/).fill(''); // a blank name reads "Offer A", "Offer B"…
      for (const part of parts) await offer.getByLabel(new RegExp(`^${part.replace(/[()]/g, '\\$&')} \\(`)).fill('');
      await calc
        .getByText(/Fill in the fields to see the result\.|Correct the fields marked above/)
        .first()
        .waitFor();
      for (const [j, part] of parts.entries())
        await offer.getByLabel(new RegExp(`^${part.replace(/[()]/g, '\\$&')} \\(`)).fill(String(values[j]));
    }
    await expectText(calc, 'Offer A: (3,200 + 500 + 300 + 200) − (3,000 + 200 + 100 + 100) = 4,200 − 3,400 = 800');
    await expectText(calc, 'Offer B: (3,200 + 100 + 50 + 50) − (2,700 + 100 + 300 + 50) = 3,400 − 3,150 = 250');
    await expectText(
      calc,
      'To overtake Offer A, Offer C needs more than 100 of extra value, or more than 100 less cost — or a mix of both.',
    );
  });

  it('defections: the salon’s 1,000 clients lose 144–148 at Kotler’s rates', async () => {
    const { calc } = await openCalculator('defections');
    await typeInputs(calc, {
      'Very dissatisfied customers': '50',
      'Somewhat dissatisfied customers': '100',
      'Neutral customers': '150',
      'Somewhat satisfied customers': '300',
      'Highly satisfied customers': '400',
    });
    await expectText(calc, 'Expected defections = 40 + 40 + 30 + 30 + 4–8 = 144–148');
    await expectText(calc, 'of 1,000 customers expected to leave (14.4–14.8%)');
    await field(calc, 'Who moves up').selectOption('some');
    await field(calc, 'From the level').selectOption('somewhatSatisfied');
    await field(calc, 'How many customers move up').fill('100');
    await expectText(calc, 'After the move: 135–140 expected to leave; 8–9 fewer customers lost.');
  });

  it('recovery: the TARP table reproduces 63,590 lost, 5,888 and 27,693 won back', async () => {
    const { calc } = await openCalculator('recovery');
    await typeInputs(calc, {
      'Complained, problem resolved': '90',
      'Never had a problem': '83',
      'Complained, not resolved': '44',
      'Had a problem, never complained': '48',
      'Customers in the base': '920000',
      'Share with a problem (%) (Today)': '27',
      'Share of complaints resolved (%) (Today)': '70',
      'Share with a problem (%) (Project A)': '24.5',
      'Share of complaints resolved (%) (Project A)': '70',
      'Share with a problem (%) (Project B)': '24.5',
      'Share who complain (%) (Project B)': '51',
      'Share of complaints resolved (%) (Project B)': '90',
    });
    await expectText(calc, 'Sales lost to problems: 63,590');
    await expectText(calc, 'Project A: 63,590 − 57,702 = 5,888 sales won back');
    await expectText(calc, 'Project B: 63,590 − 35,897 = 27,693 sales won back');
    await expectText(calc, 'Project B wins back the most: 27,693 sales, 43.5% of those lost today.');
  });

  it('recovery: the complaint iceberg, 1 in 3 complain by default', async () => {
    const { calc } = await openCalculator('recovery');
    await typeInputs(calc, {
      'Dissatisfied customers': '300',
      'Share of complaints resolved (%)': '60',
      'Complained, not resolved': '40',
      'Had a problem, never complained': '50',
    });
    await expectText(
      calc,
      /^Of 300 dissatisfied customers, 100 complain and 200 stay silent: 2 silent for every complaint heard\./,
    );
    await expectText(calc, /: 79 repeat sales lost\.$/);
  });

  it('lifetime value: 100 × 0.8 ÷ (1 + 0.1 − 0.8) = 266.67; five more points of retention → 340, +27.5%', async () => {
    const { calc } = await openCalculator('lifetime-value');
    await typeInputs(calc, {
      'Margin per customer per period': '100',
      'Retention rate (%)': '80',
      'Discount rate per period (%)': '10',
    });
    await expectText(calc, 'CLV = m × r ÷ (1 + d − r) = 100 × 0.8 ÷ (1 + 0.1 − 0.8) = 100 × 0.8 ÷ 0.3 = 266.67');
    await expectText(calc, 'Retention 80% → 85%: net value 266.67 → 340');
    await expectText(calc, /^\+27\.5%: inside the 25–85% range/);
  });

  it('ladder: 100 → 50 → 10 → 3–5', async () => {
    const { calc } = await openCalculator('ladder');
    await typeInputs(calc, { 'People met': '100' });
    expect(await calc.locator('.calc-big').textContent()).toBe('100 → 50 → 10 → 3–5');
    await field(calc, 'People met').fill('12');
    await expectText(calc, /even the high estimate \(0\.4–0\.6\) is under one confidant/);
  });

  it('scorecard: the car dealer scores 73.3%, weakest parts supply; timeliness 24 h promised, 30 h taken → 3.75', async () => {
    const { calc } = await openCalculator('scorecard');
    await typeInputs(calc, {
      'Top of the rating scale': '5',
      'Weight (Technical skill)': '1',
      'Fixed right the first time (%)': '80',
      'Weight (Service charges)': '1',
      'Rating (Service charges)': '3',
      'Weight (Timeliness)': '1',
      'Promised time (hours)': '24',
      'Actual time (hours)': '30',
      'Weight (Attitude)': '1',
      'Rating (Attitude)': '4.25',
      'Weight (Parts supply)': '1',
      'Rating (Parts supply)': '2.5',
      'Weight (Facilities)': '1',
      'Rating (Facilities)': '4.5',
    });
    await expectText(calc, 'Timeliness: promised 24 h, took 30 h — 6 h late, 25% of the promise: 5 × (1 − 25%) = 3.75');
    await expectText(calc, 'Total = (1 × 4 + 1 × 3 + 1 × 3.75 + 1 × 4.25 + 1 × 2.5 + 1 × 4.5) ÷ 6 ÷ 5 × 100% = 73.3%');
    await expectText(calc, /Weakest criterion: Parts supply\. Start there\./);
  });
});

describe('bad input', () => {
  it('a field that is not a number gets a message next to it, linked to it, and the page shows no NaN', async () => {
    const { page, calc } = await openCalculator('share-of-wallet');
    const brand = field(calc, 'Spend on this brand');
    await brand.fill('abc');
    await expectText(calc, '“abc” is not a number.');
    expect(await brand.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await brand.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`#${describedBy.split(' ').pop()}`).textContent()).toContain('“abc” is not a number.');
    await field(calc, 'Spend on the whole category').fill('500');
    await brand.fill('960');
    await expectText(calc, 'Cannot exceed the category total of 500.');
    await expectNoNaN(page);
  });

  it.each(NAMES)('%s: junk in every field gives messages, never NaN or Infinity', async (name) => {
    const { page, calc, log } = await openCalculator(name);
    const inputs = calc.locator('input[inputmode="decimal"]');
    const count = await inputs.count();
    for (let i = 0; i < count; i++) await inputs.nth(i).fill(i % 2 === 0 ? 'abc' : '1e400');
    await calc.getByRole('button', { name: 'Calculate' }).click();
    await calc.locator('.field-error').first().waitFor();
    for (let i = 0; i < count; i++) await inputs.nth(i).fill(i % 2 === 0 ? '999999999999999999' : '-0.000001');
    await calc.getByRole('button', { name: 'Calculate' }).click();
    await expectNoNaN(page);
    expect(log.pageErrors).toEqual([]);
  });
});

describe('share links', () => {
  it('round trip: copy the link, open it in a fresh browser, get the same inputs and result', async () => {
    const { calc } = await openCalculator('share-of-wallet');
    await field(calc, 'Spend on this brand').fill('600');
    await field(calc, 'Spend on the whole category').fill('960');
    await calc.getByRole('button', { name: 'Copy share link' }).click();
    const link = await field(calc, 'Share link').inputValue();
    expect(link).toMatch(
      /\/tools\/share-of-wallet\/\?share-of-wallet=brandSpend%3D600%26categorySpend%3D960#calc-share-of-wallet$/,
    );

    const other = await browser.newContext({ serviceWorkers: 'block' });
    const page = await other.newPage();
    await page.goto(link);
    const shared = page.locator('[data-calculator="share-of-wallet"]');
    await shared.locator('.calc-bar button:enabled').first().waitFor();
    expect(await field(shared, 'Spend on this brand').inputValue()).toBe('600');
    expect(await field(shared, 'Spend on the whole category').inputValue()).toBe('960');
    await expectText(shared, 'Share of wallet = 600 ÷ 960 × 100% = 62.5%');
    await expectText(shared, 'These numbers come from a shared link. Change any of them, or reset to start again.');
    await other.close();
  });

  it('a link wins over what was saved; without it the saved numbers come back', async () => {
    const { page, calc } = await openCalculator('ladder');
    await field(calc, 'People met').fill('40');
    await expectText(calc, '40 → 20 → 4 → 1.2–2');
    // Saved shortly after typing stops: wait until the number is in storage, then reload.
    await expect
      .poll(() => page.evaluate(() => Object.values(localStorage).some((v) => v.includes('"contacts":"40"'))), {
        timeout: 30_000,
      })
      .toBe(true);
    await page.reload();
    await page.locator('[data-calculator="ladder"] .calc-bar button:enabled').first().waitFor();
    expect(await field(calc, 'People met').inputValue()).toBe('40');
    await page.goto(at('tools/ladder/?ladder=contacts%3D200'));
    await page.locator('[data-calculator="ladder"] .calc-bar button:enabled').first().waitFor();
    await expectText(calc, '200 → 100 → 20 → 6–10');
  });

  it('NPS answers too long for a link travel as the three counts', async () => {
    const { calc } = await openCalculator('nps');
    await field(calc, 'What you have').selectOption('responses');
    await paste(field(calc, 'Paste the answers'), Array.from({ length: 1500 }, (_, i) => String(i % 11)).join('\n'));
    await expectText(calc, '1,500 answers read.');
    await calc.getByRole('button', { name: 'Copy share link' }).click();
    await expectText(calc, /The answers are too long for a link, so the link carries the three counts instead\./);
    const link = await field(calc, 'Share link').inputValue();
    expect(link).toContain('nps=mode%3Dcounts%26promoters%3D');
    expect(link.length).toBeLessThan(2000);
  });

  it.each([
    ['nps', '?nps=<script>alert(1)</script>'],
    ['nps', '?nps=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
    [
      'share-of-wallet',
      '?share-of-wallet=' +
        encodeURIComponent(
          'brandSpend=<img src=x onerror="window.__pwned=1">&categorySpend=<script>window.__pwned=2</script>',
        ),
    ],
  ])(
    '%s with a script payload %s stays inert text or a message; nothing runs, nothing is injected',
    async (name, query) => {
      const dialogs: string[] = [];
      const { page, calc, log } = await openCalculator(name, query);
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await calc.locator('.notice, .field-error').first().waitFor();
      // Give a payload every chance to act: the page has finished loading and is idle.
      await settled(page);
      expect(dialogs).toEqual([]);
      expect(await page.locator('main img').count()).toBe(0);
      expect(await calc.locator('script').count()).toBe(0);
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(log.pageErrors).toEqual([]);
      const text = await calc.innerText();
      if (name === 'share-of-wallet') {
        expect(await field(calc, 'Spend on this brand').inputValue()).toBe('<img src=x onerror="window.__pwned=1">');
        expect(text).toContain('“<img src=x onerror="window.__pwned=1">” is not a number.');
      } else {
        expect(text).toContain(
          'The link’s settings for this calculator could not be read, so it shows its starting values.',
        );
        await expectText(calc, 'NPS = 55% − 20% = 35');
      }
    },
  );

  it('a parameter longer than 2,000 characters is not read', async () => {
    const { calc } = await openCalculator('ladder', `?ladder=contacts%3D${'1'.repeat(2100)}`);
    await expectText(
      calc,
      'The link’s settings for this calculator are longer than 2,000 characters, so they were not read. The calculator shows its starting values.',
    );
    await expectText(calc, '100 → 50 → 10 → 3–5');
  });
});

describe('keyboard, present mode, export', () => {
  it('works with the keyboard alone: Tab to a field, type, Enter shows and focuses the result', async () => {
    const { page, calc } = await openCalculator('share-of-wallet');
    await page.locator('h1').click();
    const brand = field(calc, 'Spend on this brand');
    for (let i = 0; i < 40 && !(await brand.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    expect(await brand.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('600');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('960');
    await page.keyboard.press('Enter');
    await expectText(calc, 'Share of wallet = 600 ÷ 960 × 100% = 62.5%');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('calc-result');
    // Tab on to the tools and reset with Enter.
    const reset = calc.getByRole('button', { name: 'Reset' });
    for (let i = 0; i < 10 && !(await reset.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expectText(calc, 'Share of wallet = 2,160 ÷ 4,800 × 100% = 45%');
  });

  it.each(['scorecard', 'nps', 'recovery'])(
    '%s: present mode switches on large type and fits a 1280×720 projector',
    async (name) => {
      await context.close();
      context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 720 } });
      const { page, calc } = await openCalculator(name);
      const before = await calc.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      const toggle = calc.getByRole('button', { name: 'Present mode' });
      await toggle.click();
      await page.waitForFunction(
        (n) => document.querySelector(`[data-calculator="${n}"]`)?.classList.contains('present'),
        name,
      );
      // The page's tool bar (with the toggle) is hidden while presenting; its state still says so.
      const pressed = calc.locator('.calc-bar button[aria-pressed]');
      expect(await pressed.getAttribute('aria-pressed')).toBe('true');
      const after = await calc.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(after).toBeGreaterThan(before * 1.5);
      const box = await calc.evaluate((el) => ({
        scroll: el.scrollWidth,
        client: el.clientWidth,
        width: el.getBoundingClientRect().width,
      }));
      expect(box.scroll).toBeLessThanOrEqual(box.client + 1);
      expect(box.width).toBeLessThanOrEqual(1280);
      // Presenting hides the page's tool bar; its own "Exit presenting" is always in view.
      const exit = calc.getByRole('button', { name: 'Exit presenting' });
      expect(await exit.isVisible()).toBe(true);
      await exit.click();
      await page.waitForFunction(
        (n) => !document.querySelector(`[data-calculator="${n}"]`)?.classList.contains('present'),
        name,
      );
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      expect(await toggle.isVisible()).toBe(true);
    },
  );

  it('print shows only the calculator — its inputs and result — under the page heading', async () => {
    const { page, calc } = await openCalculator('ladder');
    await page.evaluate(() => {
      window.print = () => {
        (window as { printed?: number }).printed = document.querySelectorAll('.calc-noprint').length;
      };
    });
    await calc.getByRole('button', { name: 'Print' }).click();
    await page.waitForFunction(() => (window as { printed?: number }).printed !== undefined);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('h1').isVisible()).toBe(true);
    for (const hidden of [
      'header.site-header',
      'footer',
      'main > p.prose',
      '.tools-others',
      calc.locator('.calc-bar'),
      calc.getByRole('button', { name: 'Calculate' }),
    ]) {
      expect(await (typeof hidden === 'string' ? page.locator(hidden) : hidden).first().isVisible()).toBe(false);
    }
    expect(await field(calc, 'People met').isVisible()).toBe(true);
    expect(await calc.locator('.calc-result .calc-big').isVisible()).toBe(true);
    expect(await calc.locator('.calc-result .calc-big').textContent()).toBe('100 → 50 → 10 → 3–5');
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.calc-noprint').count()).toBe(0);
    expect(await page.locator('main > p.prose').isVisible()).toBe(true);
  });

  it('exports inputs and result as CSV with a BOM, and a cell starting with "=" is neutralised', async () => {
    const { page, calc } = await openCalculator('share-of-wallet');
    await field(calc, 'Spend on this brand').fill('=HYPERLINK("http://example.com","x")');
    const download = page.waitForEvent('download');
    await calc.getByRole('button', { name: 'Export CSV' }).click();
    const file = await (await download).path();
    const csv = await readFile(file, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(`Spend on this brand,"'=HYPERLINK(""http://example.com"",""x"")"`);
    expect(csv).not.toMatch(/(^|,|")=HYPERLINK/m);

    await field(calc, 'Spend on this brand').fill('600');
    await field(calc, 'Spend on the whole category').fill('960');
    const second = page.waitForEvent('download');
    await calc.getByRole('button', { name: 'Export CSV' }).click();
    const good = await readFile(await (await second).path(), 'utf8');
    expect(good).toContain('Spend on this brand,600\r\nSpend on the whole category,960\r\n');
    // The headline figure as a number the spreadsheet can use, not the text "62.5%".
    expect(good).toContain('Result\r\nShare of wallet (%),62.5\r\n');
    expect(good).toContain('Share of wallet = 600 ÷ 960 × 100% = 62.5%\r\n');
  });
});

describe('pages', () => {
  it('the toolbox lists all twelve calculators, each in a section named after it, linking to its page', async () => {
    const { page } = await openPage(context);
    await page.goto(at('tools/#nps'));
    for (const name of NAMES) {
      const section = page.locator(`section#${name}`);
      expect(await section.locator('h2').count()).toBe(1);
      expect(await section.locator('p.prose').count()).toBe(1);
      expect(await section.locator(`a[href$="/tools/${name}/"]`).count()).toBe(1);
    }
    await page.goto(at('zh-cn/tools/'));
    await expectText(page, '计算工具');
    expect(await page.locator('section#nps a').getAttribute('href')).toMatch(/\/zh-cn\/tools\/nps\/$/);
  });

  it('a lesson embeds its calculators with the worked example, working in place', async () => {
    const { page, log } = await openPage(context);
    await page.goto(at('lessons/measuring-loyalty/'));
    const calc = page.locator('[data-calculator="attitudinal"]');
    await calc.scrollIntoViewIfNeeded();
    await expectText(calc, '33.6 ÷ 49 = 68.6% of the attainable maximum');
    const sow = page.locator('[data-calculator="share-of-wallet"]');
    await sow.scrollIntoViewIfNeeded();
    await sow.locator('.calc-bar button:enabled').first().waitFor();
    await field(sow, 'Spend on this brand').fill('600');
    await field(sow, 'Spend on the whole category').fill('960');
    await expectText(sow, 'Share of wallet = 600 ÷ 960 × 100% = 62.5%');
    expect(log.pageErrors).toEqual([]);
    expect(log.cspViolations).toEqual([]);
  });

  // The page at rest, all five hydrated, is scanned by axe in every-page.ts.
  it.each(['', 'zh-cn/'])(
    'a %slesson with five calculators hydrates each of them, with no script error',
    async (locale) => {
      const { page, log } = await openPage(context);
      await page.goto(at(`${locale}lessons/measuring-loyalty/`));
      const boxes = await page.locator('.calc').all();
      expect(boxes.length).toBe(5);
      for (const box of boxes) {
        await box.scrollIntoViewIfNeeded();
        await box.locator('.calc-bar button:enabled').first().waitFor();
      }
      expect(log.pageErrors).toEqual([]);
      expect(log.cspViolations).toEqual([]);
    },
  );

  it('the Chinese pages speak Chinese, numbers formatted for the page', async () => {
    const { calc } = await openCalculator('recovery', '', 'zh-cn/');
    await expectText(calc, '因问题损失的销售量：63,590');
    await expectText(calc, '方案 B 挽回得最多：27,693 次销售，占现状损失的 43.5%。');
  });

  // Every calculator page at rest (hydrated, the worked example's result shown) is scanned
  // once by every-page.ts; the scans here are of the states that typing adds.
  it.each(['', 'zh-cn/'])(
    'axe finds no violations in the %sNPS answers view: chart, table, ignored values, a field message',
    async (locale) => {
      const { page, log } = await openPage(context);
      await page.goto(at(`${locale}tools/nps/`));
      const calc = page.locator('.calc');
      await calc.locator('.calc-bar button:enabled').first().waitFor();
      await calc.locator('select').first().selectOption('responses');
      await calc.locator('textarea').fill('9\n10\n11\n7\nn/a\n3');
      await calc.locator('svg[role="img"]').waitFor();
      const axe = await axeViolations(page);
      expect(axe.map((v) => `${locale}nps answers: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      expect(log.cspViolations).toEqual([]);
      expect(log.foreignRequests).toEqual([]);
    },
  );

  it.each(['', 'zh-cn/'])('axe finds no violations in a %scalculator with an invalid field', async (locale) => {
    const { page, log } = await openPage(context);
    await page.goto(at(`${locale}tools/share-of-wallet/`));
    await page.locator('.calc .calc-bar button:enabled').first().waitFor();
    await page.locator('.calc input').first().fill('abc');
    await page.locator('.calc .field-error').first().waitFor();
    const axe = await axeViolations(page);
    expect(axe.map((v) => `${locale}invalid: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    expect(log.cspViolations).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
  });
});
