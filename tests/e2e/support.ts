import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const baseUrl = () => inject('baseUrl');
/** An absolute URL of the built site from a path relative to its base ("zh-cn/search/"). */
export const at = (path = '') => new URL(path.replace(/^\//, ''), baseUrl()).href;

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** What a page did that a test may want to assert on. */
export interface PageLog {
  consoleErrors: string[];
  cspViolations: string[];
  foreignRequests: string[];
  pageErrors: string[];
}

/** A fresh page that records console errors, CSP violations and requests leaving the site's origin. */
export async function openPage(context: BrowserContext): Promise<{ page: Page; log: PageLog }> {
  const page = await context.newPage();
  const log: PageLog = { consoleErrors: [], cspViolations: [], foreignRequests: [], pageErrors: [] };
  const origin = new URL(baseUrl()).origin;
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    if (/Content.Security.Policy/i.test(text)) log.cspViolations.push(text);
    else log.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => log.pageErrors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) log.foreignRequests.push(url);
  });
  return { page, log };
}

/** Every HTML page of the built site, as paths relative to the base ("lessons/x/"). */
export function builtPages(dir = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name === 'index.html') pages.push(relative(dir, d) === '' ? '' : `${relative(dir, d)}/`);
    }
  };
  walk(dir);
  return pages.sort();
}

/**
 * One Chromium for the file and a fresh context (empty storage, service workers blocked) for
 * every test; `onContext` receives each new context.
 */
export function useFreshContexts(onContext: (context: BrowserContext) => void): void {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ serviceWorkers: 'block' });
    onContext(context);
  });
  afterEach(async () => {
    await context.close();
  });
}
