// `npm run lighthouse`: Lighthouse (mobile) on one page of each type of the built site, served
// locally. Prints the four category scores per page and exits non-zero below the product's bars
// (100 in each of Performance, Accessibility, Best Practices and SEO), with the value of each audit
// that cost points. Paths given as arguments are added; with LH_ONLY=1 only they are run.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveStatic } from '../e2e/server.mjs';

const PAGES = process.env.LH_ONLY
  ? []
  : [
      '',
      'lessons/what-is-client-care/',
      'zh-cn/lessons/measuring-loyalty/',
      'assessments/e/',
      'progress/',
      'glossary/',
      'search/?q=loyalty',
      'data/',
      'tools/',
      'tools/nps/',
      'cases/',
      'cases/restaurant-seat-change/',
      'zh-cn/cases/ww-care-plan/',
      'builder/',
      'instructors/class/',
      'assignment/',
    ];
const extra = process.argv.slice(2);
const BARS = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 };

const server = await serveStatic('dist', process.env.BASE_PATH ?? '/');
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
let failed = false;
try {
  for (const path of [...PAGES, ...extra]) {
    const result = await lighthouse(new URL(path, server.url).href, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (result.lhr.runtimeError)
      console.log(`/${path}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    const scores = Object.fromEntries(
      Object.entries(result.lhr.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]),
    );
    const below = Object.entries(BARS).filter(([id, bar]) => scores[id] < bar);
    if (below.length) failed = true;
    console.log(
      `/${path}`.padEnd(44),
      Object.entries(scores)
        .map(([id, s]) => `${id} ${s}`)
        .join('  '),
      below.length ? '  ← below the bar' : '',
    );
    for (const [id] of below) {
      for (const ref of result.lhr.categories[id].auditRefs) {
        const audit = result.lhr.audits[ref.id];
        if (audit.score !== null && audit.score < 1 && ref.weight > 0)
          console.log(`    ${id}: ${audit.id} — ${audit.title}${audit.displayValue ? `: ${audit.displayValue}` : ''}`);
      }
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
process.exit(failed ? 1 : 0);
