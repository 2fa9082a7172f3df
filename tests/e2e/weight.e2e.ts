// Page weight as a visitor experiences it, in a phone-sized Chromium: the gzipped JavaScript a
// page loads before any interaction (the product's bar: 20 KB, counting what loads on idle
// and what hydrates because it is visible), and everything it loads once scrolled to the end.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { at, baseUrl, launch, scrollThrough, settled, watchNetwork } from './support';
import { BUDGET, OVER_BAR } from '../size/budget.mjs';

const SAMPLE = [
  '',
  'lessons/what-is-client-care/',
  'lessons/measuring-loyalty/',
  'zh-cn/lessons/forms-of-care/',
  'assessments/b/',
  'progress/',
  'glossary/',
  'search/?q=loyalty',
  'data/',
  'tools/',
  'tools/nps/',
  'tools/room-tally/',
  'zh-cn/tools/compare/',
  'zh-cn/tools/recovery/',
  'tools/scorecard/',
  'zh-cn/tools/delivered-value/',
  'tools/attitudinal/',
  'cases/',
  'cases/kimura-slippers/',
  'zh-cn/cases/ww-care-plan/',
  'builder/',
  'instructors/',
  'zh-cn/instructors/class/',
  'assignment/',
];

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
});
afterAll(async () => {
  await browser.close();
});

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** The built file a URL of the site serves (a page's address serves its index.html). */
const builtFile = (url: string) => {
  const path = new URL(url).pathname.slice(new URL(baseUrl()).pathname.length);
  return join('dist', path === '' || path.endsWith('/') ? `${path}index.html` : path);
};

/** Gzipped bytes of the files requested so far. */
const filesWeight = (requested: Set<string>) =>
  [...requested].reduce((sum, url) => sum + gz(readFileSync(builtFile(url))), 0);

/** Gzipped bytes of the JS files requested so far plus the page's inline scripts. */
async function jsWeight(page: Page, requested: Set<string>): Promise<number> {
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'),
  );
  return (inline.trim() ? gz(inline) : 0) + filesWeight(requested);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
/** Each page's line of the report, printed in the order of SAMPLE once all are measured. */
const report = new Map<string, string>();
afterAll(() =>
  console.log(
    `\nJS (gzipped KB)  before interaction / after scrolling to the end; for a lesson, also everything it transfers once scrolled to the end (HTML + CSS + JS, gzipped)\n${SAMPLE.flatMap((path) => report.get(path) ?? []).join('\n')}`,
  ),
);

describe('JavaScript a visitor loads', () => {
  it('lists as over the bar only pages it measures, and only pages still over it', () => {
    for (const path of Object.keys(OVER_BAR)) expect(SAMPLE).toContain(path);
  });

  // A few pages at once (the config's maxConcurrency), each in its own tab: what one page
  // requests is recorded by its own listener.
  it.concurrent.for(SAMPLE)(
    '/%s stays within the 20 KB budget before interaction (or its listed ceiling)',
    async (path, { expect }) => {
      const page = await context.newPage();
      const requested = new Set<string>();
      const styles = new Set<string>();
      page.on('request', (r) => {
        if (r.url().includes('/pagefind/')) return;
        if (r.resourceType() === 'script') requested.add(r.url().split('?')[0]!);
        if (r.resourceType() === 'stylesheet') styles.add(r.url().split('?')[0]!);
      });
      watchNetwork(page);
      await page.goto(at(path));
      // Whatever loads once the page is idle counts too: wait until nothing more is requested.
      await settled(page);
      const before = await jsWeight(page, requested);
      await scrollThrough(page);
      await settled(page);
      const after = await jsWeight(page, requested);
      const ceiling = OVER_BAR[path as keyof typeof OVER_BAR];
      // A lesson's whole transfer: its HTML (inline scripts included), stylesheets and JS files.
      const html = path.includes('lessons/') ? gz(readFileSync(builtFile(at(path)))) : null;
      const lesson =
        html === null
          ? ''
          : (() => {
              const css = filesWeight(styles);
              const js = filesWeight(requested);
              return `  lesson total ${kb(html + css + js)} KB (HTML ${kb(html)} + CSS ${kb(css)} + JS files ${kb(js)})`;
            })();
      report.set(
        path,
        `${kb(before).padStart(6)} / ${kb(after).padStart(5)}  /${path}${ceiling ? `  (over the bar: ceiling ${ceiling} KB)` : ''}${lesson}`,
      );
      expect(before).toBeLessThanOrEqual(ceiling ? ceiling * 1024 : BUDGET.jsPerPage);
      await page.close();
    },
  );
});
