import type { Browser, BrowserContext, Page } from 'playwright-core';
import { at, launch, openPage } from './support';
import { SEARCH_TERMS } from './search-terms';

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ serviceWorkers: 'block' });
  page = (await openPage(context)).page;
});
afterAll(async () => {
  await browser.close();
});

async function topResults(prefix: string, term: string): Promise<string[]> {
  await page.goto(at(`${prefix}search/?q=${encodeURIComponent(term)}`));
  await page.locator('#search-status').filter({ hasText: /./ }).waitFor();
  const hrefs = await page
    .locator('#search-results li a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.slice(0, 5);
}

const cases = Object.entries(SEARCH_TERMS).flatMap(([slug, terms]) => [
  ...terms.en.map((term) => ['en', slug, term] as const),
  ...terms.zh.map((term) => ['zh-cn', slug, term] as const),
]);

describe('every lesson is found by its key terms in its own language', () => {
  it('covers every lesson', async () => {
    const { readdirSync } = await import('node:fs');
    expect(Object.keys(SEARCH_TERMS).sort()).toEqual(
      readdirSync('content/lessons/en')
        .map((f) => f.replace(/\.mdx$/, ''))
        .sort(),
    );
  });

  it.each(cases)('%s: %s ← “%s”', async (locale, slug, term) => {
    const hrefs = await topResults(locale === 'en' ? '' : 'zh-cn/', term);
    expect(
      hrefs.some((h) => h.endsWith(`lessons/${slug}/`)),
      hrefs.join(' '),
    ).toBe(true);
    for (const href of hrefs) expect(href.includes('/zh-cn/'), href).toBe(locale === 'zh-cn');
  });
});
