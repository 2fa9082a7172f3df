import type { Browser, Page } from 'playwright-core';
import { at, launch, openPage } from './support';
import { SEARCH_TERMS } from './search-terms';

/** Searches run at the same time, each in its own page (the config's maxConcurrency allows this many). */
const LANES = 3;

let browser: Browser;
const free: Page[] = [];
const waiting: ((page: Page) => void)[] = [];
beforeAll(async () => {
  browser = await launch();
  const context = await browser.newContext({ serviceWorkers: 'block' });
  for (let i = 0; i < LANES; i++) free.push((await openPage(context)).page);
});
afterAll(async () => {
  await browser.close();
});

async function lane(): Promise<Page> {
  return free.pop() ?? new Promise((resolve) => waiting.push(resolve));
}
function release(page: Page) {
  const next = waiting.shift();
  if (next) next(page);
  else free.push(page);
}

async function topResults(prefix: string, term: string): Promise<string[]> {
  const page = await lane();
  try {
    await page.goto(at(`${prefix}search/?q=${encodeURIComponent(term)}`));
    await page.locator('#search-status').filter({ hasText: /./ }).waitFor({ timeout: 60_000 });
    const hrefs = await page
      .locator('#search-results li a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    return hrefs.slice(0, 5);
  } finally {
    release(page);
  }
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

  it.concurrent.for(cases)('%s: %s ← “%s”', async ([locale, slug, term], { expect }) => {
    const hrefs = await topResults(locale === 'en' ? '' : 'zh-cn/', term);
    expect(
      hrefs.some((h) => h.endsWith(`lessons/${slug}/`)),
      hrefs.join(' '),
    ).toBe(true);
    for (const href of hrefs) expect(href.includes('/zh-cn/'), href).toBe(locale === 'zh-cn');
  });
});
