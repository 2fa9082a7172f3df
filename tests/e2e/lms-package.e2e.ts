/**
 * The learning-platform packages (`npm run build:lms`, dist-lms/*.zip) work wherever a
 * platform unpacks them: each is unzipped and served under a deep sub-path by a server that,
 * like a platform, serves files but no folder indexes. Every item of the manifest opens with
 * its styles and scripts, links lead to pages, search finds and links lessons, no request
 * leaves the package's folder, and no service worker is registered.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { islandsHydrated, launch, scrollThrough } from './support';
import { serveStatic } from './server.mjs';
import { requirePackages, unpack } from './lms-zip';

const PACKAGES = ['scorm12-en', 'scorm2004-zh-cn', 'cmi5-en'] as const;
const SUB_PATH = '/pluginfile.php/42/mod_scorm/content/7/';

let browser: Browser;
beforeAll(async () => {
  requirePackages();
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** The launch pages the manifest names, in order. */
function launchPages(dir: string): string[] {
  const manifest = existsSync(join(dir, 'cmi5.xml'))
    ? readFileSync(join(dir, 'cmi5.xml'), 'utf8')
    : readFileSync(join(dir, 'imsmanifest.xml'), 'utf8');
  if (manifest.includes('<courseStructure')) return [...manifest.matchAll(/<url>([^<]+)<\/url>/g)].map((m) => m[1]!);
  return [...manifest.matchAll(/adlcp:scorm[tT]ype="sco" href="([^"]+)"/g)].map((m) => m[1]!);
}

interface Watched {
  page: Page;
  failed: string[];
  outside: string[];
  errors: string[];
}

async function watchedPage(root: string): Promise<Watched> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const watched: Watched = { page, failed: [], outside: [], errors: [] };
  page.on('response', (r) => {
    if (r.status() >= 400) watched.failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(root) && !/^(data|blob):/.test(r.url())) watched.outside.push(r.url());
  });
  page.on('pageerror', (e) => watched.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') watched.errors.push(m.text());
  });
  return watched;
}

describe.each(PACKAGES)('the %s package under a deep sub-path', (name) => {
  let dir: string;
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    dir = unpack(name);
    server = await serveStatic(dir, SUB_PATH, { folderIndex: false });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds every file its manifest names: the SCORM 1.2 items’ metadata files with their descriptions', () => {
    const manifest = existsSync(join(dir, 'imsmanifest.xml')) ? readFileSync(join(dir, 'imsmanifest.xml'), 'utf8') : '';
    const located = [...manifest.matchAll(/<adlcp:location>([^<]+)<\/adlcp:location>/g)].map((m) => m[1]!);
    expect(located.length).toBe(name.startsWith('scorm12') ? 10 : 0);
    for (const file of located) {
      expect(existsSync(join(dir, file)), file).toBe(true);
      expect(readFileSync(join(dir, file), 'utf8')).toMatch(
        /<description><langstring xml:lang="(en|zh-CN)">[^<]{10,}</,
      );
    }
  });

  it('opens every item with its styles and islands, and nothing outside the package', async () => {
    const pages = launchPages(dir);
    expect(pages.length).toBe(10);
    const { page, failed, outside, errors } = await watchedPage(server.url);
    for (const launchPage of pages) {
      await page.goto(new URL(launchPage, server.url).href);
      // The design system's stylesheet applies (the skip link is visually hidden until focused).
      await expect.poll(() => page.locator('link[rel="stylesheet"]').count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
      // Islands hydrate (when scrolled into view): Astro removes `ssr` once a component is live.
      await scrollThrough(page);
      await islandsHydrated(page);
    }
    expect(failed).toEqual([]);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
    await page.context().close();
  });

  it('follows links between pages and finds lessons through search', async () => {
    const { page, failed, outside } = await watchedPage(server.url);
    const home = name.endsWith('zh-cn') ? 'zh-cn/index.html' : 'index.html';
    await page.goto(new URL(home, server.url).href);
    await page.locator('a[href*="lessons/"]').first().click();
    await page.waitForURL(/\/lessons\/[^/]+\/index\.html$/);
    await expect.poll(() => page.locator('h1').count()).toBe(1);
    const term = name.endsWith('zh-cn') ? '净推荐值' : 'net promoter score';
    await page.goto(
      new URL(`${home.replace('index.html', '')}search/index.html?q=${encodeURIComponent(term)}`, server.url).href,
    );
    const first = page.locator('#search-results li a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(new RegExp(`^${SUB_PATH}.*index\\.html(#.*)?$`));
    await first.click();
    await expect.poll(() => page.url()).toMatch(/index\.html/);
    await expect.poll(() => page.locator('h1').count()).toBe(1);
    expect(failed).toEqual([]);
    expect(outside).toEqual([]);
    await page.context().close();
  });
});

describe('the cmi5 package’s Content-Security-Policy', () => {
  it('is the normal site’s (connect-src self) when no endpoint was set at build time', () => {
    const dir = unpack('cmi5-en');
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    rmSync(dir, { recursive: true, force: true });
    expect(html).toMatch(/connect-src 'self';/);
  });
});
