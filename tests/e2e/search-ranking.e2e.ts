import type { Browser, Page } from 'playwright-core';
import { readdirSync } from 'node:fs';
import { at, launch } from './support';
import { CALCULATOR_TERMS, SEARCH_TERMS } from './search-terms';
import { PAGEFIND_OPTIONS } from '../../src/browser/search-options';

/**
 * Search ranking: the lesson that teaches a term comes first or second for that term, the
 * calculator for a term is offered, hubs do not outrank the lesson, glossary hits open the
 * glossary at the term, and Chinese excerpts carry no stray punctuation.
 *
 * Most queries go straight to Pagefind in the search page (the same index, the same options
 * the search page passes), which is what typing them would run; the last tests type into
 * the real search form.
 */
type Locale = 'en' | 'zh-cn';
interface Hit {
  url: string;
  subUrls: string[];
}

let browser: Browser;
let page: Page;
let loaded: Locale | undefined;
beforeAll(async () => {
  browser = await launch();
  const context = await browser.newContext({ serviceWorkers: 'block' });
  page = await context.newPage();
});
afterAll(async () => {
  await browser.close();
});

const prefix = (locale: Locale) => (locale === 'en' ? '' : 'zh-cn/');

/** The first ten results for `query`, asked of Pagefind on the search page of `locale`. */
async function search(locale: Locale, query: string): Promise<Hit[]> {
  if (loaded !== locale) {
    await page.goto(at(`${prefix(locale)}search/`));
    // A string, so the test runner does not rewrite the dynamic import.
    await page.evaluate(
      `window.__pagefind = import(${JSON.stringify(at('pagefind/pagefind.js'))}).then(async (pf) => { await pf.options(${JSON.stringify(PAGEFIND_OPTIONS)}); return pf; })`,
    );
    loaded = locale;
  }
  return page.evaluate(async (q) => {
    const pagefind = await (
      window as unknown as {
        __pagefind: Promise<{
          search(
            q: string,
          ): Promise<{ results: { data(): Promise<{ url: string; sub_results: { url: string }[] }> }[] }>;
        }>;
      }
    ).__pagefind;
    const { results } = await pagefind.search(q);
    const data = await Promise.all(results.slice(0, 10).map((r) => r.data()));
    return data.map((d) => ({ url: d.url, subUrls: d.sub_results.map((s) => s.url) }));
  }, query);
}

const path = (url: string) => new URL(url, 'http://x').pathname;
const rankOf = (hits: Hit[], route: string) => hits.findIndex((h) => path(h.url).endsWith(`/${route}`)) + 1 || Infinity;
const show = (hits: Hit[]) => hits.map((h, i) => `${i + 1}. ${path(h.url)}`).join('  ');

// English first, then Chinese, so the page loads each language's index once.
const entries = Object.entries(SEARCH_TERMS);
const cases = [
  ...entries.flatMap(([slug, terms]) => terms.en.map((term) => ['en', slug, term] as const)),
  ...entries.flatMap(([slug, terms]) => terms.zh.map((term) => ['zh-cn', slug, term] as const)),
];

describe('a lesson comes first or second for the terms it teaches', () => {
  it('every lesson has at least two terms in each language', () => {
    expect(Object.keys(SEARCH_TERMS).sort()).toEqual(
      readdirSync('content/lessons/en')
        .map((f) => f.replace(/\.mdx$/, ''))
        .sort(),
    );
    for (const terms of Object.values(SEARCH_TERMS)) {
      expect(terms.en.length).toBeGreaterThanOrEqual(2);
      expect(terms.zh.length).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(cases)('%s: %s ← “%s”', async (locale, slug, term) => {
    const hits = await search(locale, term);
    expect(rankOf(hits, `lessons/${slug}/`), show(hits)).toBeLessThanOrEqual(2);
    // The hubs list every calculator and case; they must not stand above the lesson.
    const lesson = rankOf(hits, `lessons/${slug}/`);
    for (const hub of ['tools/', 'cases/']) expect(rankOf(hits, hub), show(hits)).toBeGreaterThan(lesson);
  });
});

describe('a calculator term offers the calculator', () => {
  it.each(
    [...CALCULATOR_TERMS]
      .sort((a, b) => a.locale.localeCompare(b.locale))
      .map((c) => [c.locale, c.query, c.calculator] as const),
  )('%s: “%s” → tools/%s/', async (locale, query, calculator) => {
    const hits = await search(locale, query);
    expect(rankOf(hits, `tools/${calculator}/`), show(hits)).toBeLessThanOrEqual(5);
  });
});

/** Search through the form as a person would; resolves to the results list. */
async function typeQuery(locale: Locale, query: string) {
  await page.goto(at(`${prefix(locale)}search/`));
  loaded = undefined;
  await page.locator('#q').fill(query);
  await page.locator('#q').press('Enter');
  await page.locator('#search-status').filter({ hasText: /./ }).waitFor();
  return page.locator('#search-results > li');
}

describe('the search page', () => {
  it.each([
    ['en', 'precision care', 'precision-care'],
    ['zh-cn', '精准关怀', 'precision-care'],
    ['en', 'share of wallet', 'share-of-wallet'],
  ] as const)('%s: a glossary hit for “%s” opens the glossary at #%s', async (locale, query, id) => {
    const results = await typeQuery(locale, query);
    const links = await results.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const glossary = links.filter((href) => href.includes('/glossary/'));
    expect(glossary, links.join(' ')).toEqual([expect.stringMatching(new RegExp(`/glossary/#${id}$`))]);
    await results.locator(`a[href$="/glossary/#${id}"]`).click();
    await page.waitForURL(`**/glossary/#${id}`);
    const term = page.locator(`[id="${id}"]`);
    await expect
      .poll(
        () =>
          term.evaluate((el) => ({
            target: el.matches(':target'),
            inView: el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < innerHeight,
          })),
        { timeout: 15_000 },
      )
      .toEqual({ target: true, inView: true });
  });

  it.each(['客户关怀', '重复购买率', '钱包份额', '服务补救', '售后服务', '沉默流失'])(
    'zh-cn: excerpts for “%s” have no stray punctuation between Chinese segments',
    async (query) => {
      const results = await typeQuery('zh-cn', query);
      const excerpts = await results.locator('p').allTextContents();
      expect(excerpts.length).toBeGreaterThan(0);
      for (const text of excerpts) {
        // Pagefind closes each block (heading, list item) with ". ": between Chinese text it reads as a stray full stop.
        expect(text, text).not.toMatch(/\p{Script=Han}\s*\.(\s|$)/u);
        expect(text, text).not.toMatch(/\u200b|\u200c|\u200d|\ufeff/);
      }
    },
  );

  it('zh-cn: typing 重复购买率 lists the formula’s lesson first or second and offers its calculator', async () => {
    const results = await typeQuery('zh-cn', '重复购买率');
    const links = await results.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.slice(0, 2), links.join(' ')).toContainEqual(
      expect.stringMatching(/\/zh-cn\/lessons\/measuring-loyalty\/$/),
    );
    expect(links.slice(0, 5), links.join(' ')).toContainEqual(
      expect.stringMatching(/\/zh-cn\/tools\/repeat-purchase\/$/),
    );
  });
});
