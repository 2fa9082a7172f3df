import type { Browser } from 'playwright-core';
import { at, launch, openPage } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('offline', () => {
  it('after one visit, lessons and search work with the network off', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context);
    await page.goto(at());
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      // Wait until the worker has finished precaching and is active.
      if (registration.active?.state !== 'activated') {
        await new Promise<void>((resolve) => registration.active?.addEventListener('statechange', () => resolve()));
      }
    });
    await context.setOffline(true);

    await page.goto(at('zh-cn/lessons/what-is-client-care/'));
    await page.getByRole('heading', { level: 1, name: '什么是客户关怀，它为什么能带来忠诚' }).waitFor();

    await page.goto(at('search/?q=slippers'));
    await page.locator('#search-results li a').first().waitFor();
    const hrefs = await page.locator('#search-results li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/lessons/care-in-action/');
    await context.close();
  });
});
