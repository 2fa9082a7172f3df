// `npm run shots`: a screenshot gallery of the built site — every page type at phone (390 px),
// laptop (1366 px) and projector (1920 px) widths, light and dark, English and Chinese — written
// to tests/.output/shots/ with an index.html to browse. Run `npm run build` first.
// Options: --only <substring> keeps the pages whose path contains it; --widths 390,1920;
// --schemes light; --locales zh-cn; --full (whole page instead of the first 2,400 px).
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../e2e/server.mjs';

const PAGES = [
  ['home', ''],
  ['lesson', 'lessons/what-is-client-care/'],
  ['lesson-tables', 'lessons/five-steps-to-loyalty/'],
  ['lesson-tools', 'lessons/measuring-loyalty/'],
  ['assessment', 'assessments/a/'],
  ['progress', 'progress/'],
  ['glossary', 'glossary/'],
  // A third entry: what shows the page is ready (the results arrive after the index loads).
  ['search', 'search/?q=loyalty', '#search-status:not(:empty)'],
  ['tools', 'tools/'],
  ['tool-nps', 'tools/nps/'],
  ['tool-scorecard', 'tools/scorecard/'],
  ['cases', 'cases/'],
  ['case', 'cases/restaurant-seat-change/'],
  ['worksheet', 'cases/ww-care-plan/'],
  ['builder', 'builder/'],
  ['instructors', 'instructors/'],
  ['class', 'instructors/class/'],
  ['data', 'data/'],
  ['not-found', '404.html'],
];

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const only = opt('only', '');
const widths = opt('widths', '390,1366,1920').split(',').map(Number);
const schemes = opt('schemes', 'light,dark').split(',');
const locales = opt('locales', 'en,zh-cn').split(',');
const full = args.includes('--full');
const HEIGHT = { 390: 844, 1366: 768, 1920: 1080 };

const out = 'tests/.output/shots';
if (!only) rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const server = await serveStatic('dist', process.env.BASE_PATH ?? '/');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});
const rows = [];
try {
  for (const scheme of schemes) {
    for (const width of widths) {
      const context = await browser.newContext({
        viewport: { width, height: HEIGHT[width] ?? 900 },
        colorScheme: scheme,
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      for (const locale of locales) {
        for (const [name, path, ready] of PAGES) {
          if (only && !`${name} ${path}`.includes(only)) continue;
          const route = locale === 'en' || path === '404.html' ? path : `${locale}/${path}`;
          await page.goto(new URL(route, server.url).href, { waitUntil: 'load' });
          // Let client:visible islands in the first screen hydrate: wait until no island is pending.
          await page
            .waitForFunction(
              () =>
                [...document.querySelectorAll('astro-island')].every(
                  (i) => !i.hasAttribute('ssr') || i.getBoundingClientRect().top > innerHeight,
                ),
              null,
              { timeout: 5000 },
            )
            .catch(() => {});
          if (ready) await page.waitForSelector(ready, { timeout: 30_000 });
          const file = `${name}-${locale}-${width}-${scheme}.png`;
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
          await page.screenshot({
            path: join(out, file),
            fullPage: full || height <= 2400,
            clip: full || height <= 2400 ? undefined : { x: 0, y: 0, width, height: 2400 },
          });
          rows.push({ name, locale, width, scheme, file, overflow });
          process.stdout.write('.');
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const cells = rows
  .map(
    (r) =>
      `<figure${r.overflow ? ' class="overflow"' : ''}><a href="${r.file}"><img loading="lazy" src="${r.file}" alt=""></a><figcaption>${r.name} · ${r.locale} · ${r.width}px · ${r.scheme}${r.overflow ? ' · SCROLLS SIDEWAYS' : ''}</figcaption></figure>`,
  )
  .join('\n');
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><meta charset="utf-8"><title>Screenshot gallery</title><style>body{font-family:system-ui;margin:1rem;background:#eee}main{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}figure{margin:0;background:#fff;padding:.5rem;width:320px}img{width:100%;max-height:600px;object-fit:cover;object-position:top}.overflow{outline:4px solid red}</style><h1>Screenshot gallery (${rows.length})</h1><main>${cells}</main>`,
);
console.log(
  `\n${rows.length} screenshots in ${out}/index.html; ${rows.filter((r) => r.overflow).length} scroll sideways`,
);
for (const r of rows.filter((r) => r.overflow)) console.log(`  scrolls sideways: ${r.file}`);
