// Every built page, visited once in one Chromium: language alternates, the CSP meta and what
// the page does under it, requests to other origins, script errors and axe, checked together
// on each page. A few pages load at once, each lane with its own context (storage emptied
// between pages), so the checks overlap the time pages spend waiting.
import type { Browser, BrowserContext } from 'playwright-core';
import { at, axeViolations, builtPages, launch, openPage, scrollThrough, settled } from './support';

/** Pages checked at the same time (the config's maxConcurrency lets this many tests run together). */
const LANES = 3;

const pages = builtPages();
let browser: Browser;
const free: BrowserContext[] = [];
const waiting: ((context: BrowserContext) => void)[] = [];

beforeAll(async () => {
  browser = await launch();
  for (let i = 0; i < LANES; i++) free.push(await browser.newContext({ serviceWorkers: 'block' }));
});
afterAll(async () => {
  await browser.close();
});

async function lane(): Promise<BrowserContext> {
  return free.pop() ?? new Promise((resolve) => waiting.push(resolve));
}
function release(context: BrowserContext) {
  const next = waiting.shift();
  if (next) next(context);
  else free.push(context);
}

describe('every built page', () => {
  it('there are pages to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(40);
  });

  it.concurrent.for(pages)(
    '/%s: hreflang alternates, axe clean with every island hydrated, CSP meta present and respected, nothing requested from another origin, no script errors',
    // Three pages share the CPU at once: a busy machine stretches each one's time threefold.
    { timeout: 180_000 },
    async (path: string, { expect }) => {
      const context = await lane();
      const { page, log } = await openPage(context);
      try {
        await page.goto(at(path));
        // Scroll to the end a screen at a time, so every island that hydrates when visible does.
        await scrollThrough(page);
        await settled(page, 120_000);
        await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, {
          timeout: 120_000,
        });

        const hreflangs = await page
          .locator('link[rel="alternate"][hreflang]')
          .evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
        expect(hreflangs, path).toEqual(['en', 'zh-CN', 'x-default']);
        const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
        expect(csp).toMatch(/script-src 'self'/);
        expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
        const violations = await axeViolations(page);
        expect(violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ') ?? ''}`)).toEqual([]);
        expect(log.cspViolations).toEqual([]);
        expect(log.foreignRequests).toEqual([]);
        expect(log.pageErrors).toEqual([]);
        expect(log.consoleErrors).toEqual([]);
      } finally {
        // The next page in this lane starts with empty storage.
        await page
          .evaluate(() => {
            localStorage.clear();
            sessionStorage.clear();
          })
          .catch(() => {});
        await page.close();
        release(context);
      }
    },
  );
});
