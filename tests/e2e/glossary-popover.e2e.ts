// Glossary terms in lessons open a small card by tap and by keyboard (the Popover API, no
// island), with the term in both languages and a link to its glossary entry; Escape closes it.
import type { Browser } from 'playwright-core';
import { at, launch } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const openCard = (page: import('playwright-core').Page) => page.locator('.term-card:popover-open');

it('a tap on a term opens its card with both languages and a glossary link; Escape closes it', async () => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.goto(at('lessons/what-is-client-care/'));
  const term = page.locator('button.term').first();
  await term.scrollIntoViewIfNeeded();
  await term.tap();
  await openCard(page).waitFor();
  const card = openCard(page);
  expect(await card.locator('[lang="en"]').textContent()).toBeTruthy();
  expect(await card.locator('[lang="zh-CN"]').textContent()).toMatch(/\p{Script=Han}/u);
  const href = await card.getByRole('link').getAttribute('href');
  expect(href).toMatch(/\/glossary\/#[a-z0-9-]+$/);
  // The card sits inside the screen of a phone.
  const box = (await card.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(box.y + box.height).toBeLessThanOrEqual(844);
  await page.keyboard.press('Escape');
  await expect.poll(() => openCard(page).count()).toBe(0);
  // The link leads to the entry, in view.
  await term.tap();
  await openCard(page).getByRole('link').tap();
  await page.waitForURL(/\/glossary\//);
  const id = href!.split('#')[1]!;
  await expect
    .poll(() => page.evaluate((id) => document.getElementById(id) !== null && location.hash === `#${id}`, id), {
      timeout: 20_000,
    })
    .toBe(true);
  await context.close();
});

it('a term opens with the keyboard (Enter) in Chinese, and its close button closes it', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(at('zh-cn/lessons/what-is-client-care/'));
  const term = page.locator('button.term').first();
  await term.focus();
  await page.keyboard.press('Enter');
  await openCard(page).waitFor();
  expect(await openCard(page).locator('.term-definition').textContent()).toMatch(/\p{Script=Han}/u);
  await openCard(page).getByRole('button', { name: '关闭' }).click();
  await expect.poll(() => openCard(page).count()).toBe(0);
  await context.close();
});
