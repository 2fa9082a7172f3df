import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page, type Request } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumPath } from './browser-path.mjs';

export const baseUrl = () => inject('baseUrl');
/** An absolute URL of the built site from a path relative to its base ("zh-cn/search/"). */
export const at = (path = '') => new URL(path.replace(/^\//, ''), baseUrl()).href;

/** How long an action or a wait on the page may take: far past Playwright's 30 s, for a busy machine. */
const PAGE_TIMEOUT = 60_000;

export async function launch(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
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
  // Every context opened on this browser gets the longer limit.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(PAGE_TIMEOUT);
    return context;
  };
  return browser;
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
  watchNetwork(page);
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

/**
 * Pastes `text` into a field as a person does: through the clipboard and Ctrl+V, replacing what
 * the field held. A long multi-line paste arrives as one edit, where `fill` inserts it line by
 * line (1,500 lines: 4 s of the browser's editing work instead of 0.2 s).
 */
export async function paste(field: Locator, text: string): Promise<void> {
  const page = field.page();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
  await field.focus();
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

/** Requests a page has started and how many are still open, counted from before its first navigation. */
const network = new WeakMap<
  Page,
  { started: number; open: number; pending: Set<Request>; failed: string[]; errors: string[] }
>();

/** Start counting the page's requests (openPage does this), so `settled` can tell when loading is over. */
export function watchNetwork(page: Page): void {
  if (network.has(page)) return;
  const count = { started: 0, open: 0, pending: new Set<Request>(), failed: [] as string[], errors: [] as string[] };
  network.set(page, count);
  // Kept for the messages of a helper that times out (openPage's log is what tests assert on).
  page.on('pageerror', (error) => count.errors.push(String(error)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') count.errors.push(msg.text());
  });
  page.on('request', (request) => {
    count.started += 1;
    count.open += 1;
    count.pending.add(request);
  });
  page.on('requestfinished', (request) => {
    count.open = Math.max(0, count.open - 1);
    count.pending.delete(request);
  });
  page.on('requestfailed', (request) => {
    count.open = Math.max(0, count.open - 1);
    count.pending.delete(request);
    count.failed.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`);
  });
}

/**
 * Waits until the page has finished loading what it loads by itself: no request open, and a
 * full idle period of the browser (after a rendered frame) passes without a new request. A
 * condition, not a delay: it returns as soon as the page is quiet, however busy the machine.
 */
export async function settled(page: Page, timeout = 30_000): Promise<void> {
  const count = network.get(page);
  if (!count) throw new Error('settled() needs watchNetwork(page) (or openPage) before the page loads');
  for (;;) {
    const before = count.started;
    // A plain wait (not expect.poll): this helper also runs inside concurrent tests.
    const deadline = Date.now() + timeout;
    while (count.open > 0) {
      if (Date.now() > deadline) throw new Error(`settled(): ${count.open} request(s) still open after ${timeout} ms`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await page.evaluate(
      // A busy or throttled page may hold back frames: never wait on them for more than 5 s.
      () =>
        new Promise<void>((resolve) => {
          requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 5_000 }));
          setTimeout(resolve, 5_000);
        }),
    );
    if (count.started === before && count.open === 0) return;
  }
}

/** Scrolls from the top to the end of the page a screen at a time, letting each position render (islands hydrate when visible). */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // Two rendered frames, or a quarter second where frames are held back (a busy machine).
    const frame = () =>
      new Promise((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(resolve));
        setTimeout(resolve, 250);
      });
    for (let y = 0; y < document.documentElement.scrollHeight; y += Math.max(200, innerHeight - 100)) {
      // Instant, not the page's smooth scrolling: each position must really be reached.
      scrollTo({ top: y, behavior: 'instant' });
      await frame();
    }
    scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
    await frame();
  });
}

/** Whether the page draws a frame within `ms` (a page whose frames stall never runs its observers). */
const drawsFrame = (page: Page, ms: number) =>
  page
    .evaluate(
      (ms) =>
        new Promise<boolean>((resolve) => {
          requestAnimationFrame(() => resolve(true));
          setTimeout(() => resolve(false), ms);
        }),
      ms,
    )
    .catch(() => false);

/**
 * Waits until every island on the page has hydrated. An island that hydrates when visible needs
 * to be on screen in a rendered frame; on a busy machine `scrollThrough` can pass one between
 * frames, so each island still waiting is brought into view until none is left. The island
 * element itself has no box (display: contents), so its first child that has one is scrolled to.
 *
 * Headless Chromium, rarely, stops drawing a page's frames: the page stays visible and focused,
 * but no frame comes, so no observer reports and the islands never hydrate. Every 5 s without
 * success the page is asked for a frame; two checks in a row without one (2 s each) end the
 * wait at once instead of at the time limit, so a caller can load the page again.
 * On failure the error names the islands still waiting and what the page is doing.
 */
export async function islandsHydrated(page: Page, timeout = 120_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let stalls = 0;
  try {
    for (;;) {
      try {
        await page.waitForFunction(
          () => {
            const waiting = document.querySelector('astro-island[ssr]');
            if (!waiting) return true;
            const boxed = [...waiting.querySelectorAll('*')].find((el) => el.getClientRects().length > 0);
            (boxed ?? waiting.parentElement)?.scrollIntoView({ block: 'center', behavior: 'instant' });
            return false;
          },
          undefined,
          { timeout: Math.max(1, Math.min(5_000, deadline - Date.now())), polling: 250 },
        );
        return;
      } catch (error) {
        if (!(error instanceof Error && error.name === 'TimeoutError') || Date.now() >= deadline) throw error;
        stalls = (await drawsFrame(page, 2_000)) ? 0 : stalls + 1;
        if (stalls >= 2) throw error;
      }
    }
  } catch (error) {
    // What each island still waiting did: whether its script was asked for, and whether it is on screen.
    const waiting = await page
      .locator('astro-island[ssr]')
      .evaluateAll((islands) =>
        islands.map((island) => {
          const url = island.getAttribute('component-url') ?? '';
          const asked = performance.getEntriesByType('resource').some((entry) => entry.name.includes(url));
          const box = [...island.querySelectorAll('*')].find((el) => el.getClientRects().length > 0);
          const rect = box?.getBoundingClientRect();
          const onScreen = rect ? rect.bottom > 0 && rect.top < innerHeight : false;
          return `${url} (${island.getAttribute('client')}; script ${asked ? 'loaded' : 'not loaded'}; ${onScreen ? 'on screen' : 'off screen'})`;
        }),
      )
      .catch(() => ['(the page no longer answers)']);
    // Whether the page still renders: a frame within a second, and a new observer of the first
    // waiting island's box reporting it on screen (what client:visible waits for).
    const rendering = await page
      .evaluate(async () => {
        const within = <T>(promise: Promise<T>, fallback: T) =>
          Promise.race([promise, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), 1_000))]);
        const frame = await within(
          new Promise<string>((resolve) => requestAnimationFrame(() => resolve('frames drawn'))),
          'no frame in 1 s',
        );
        const island = document.querySelector('astro-island[ssr]');
        const box = island && [...island.querySelectorAll('*')].find((el) => el.getClientRects().length > 0);
        const seen = box
          ? await within(
              new Promise<string>((resolve) => {
                const io = new IntersectionObserver((entries) => {
                  io.disconnect();
                  resolve(
                    entries.some((e) => e.isIntersecting)
                      ? 'a new observer sees it'
                      : 'a new observer: not intersecting',
                  );
                });
                io.observe(box);
              }),
              'a new observer: no report in 1 s',
            )
          : 'no box to observe';
        return `${document.visibilityState}, ${document.hasFocus() ? 'focused' : 'not focused'}, ${frame}, ${seen}`;
      })
      .catch(() => 'the page no longer answers');
    const { failed = [], errors = [], pending = new Set<Request>() } = network.get(page) ?? {};
    // A module still loading (a chunk an island imports) holds its hydration back without an error.
    const open = [...pending].map((request) => request.url());
    throw new Error(
      `islands still waiting to hydrate: ${waiting.join(', ') || 'none found'}; page: ${rendering}; requests still open: ${open.join(', ') || 'none'}; failed requests: ${failed.join(', ') || 'none'}; script errors: ${errors.join(' | ') || 'none'}`,
      { cause: error },
    );
  }
}

/** A violation axe-core reports (the fields the tests print). */
export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[]; html: string }[];
}

/**
 * axe-core's violations for the page once its transitions have ended: every rule, the whole page (or only the
 * elements matching `include`). axe is injected once per document (and into each frame) and
 * only violations are sent back, which keeps a scan to about a second.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function axeViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  // A state just changed may still be fading (a button's background eases over 0.15 s while its
  // text colour switches at once): scan what stays on screen, once the finite transitions end.
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
    undefined,
    { timeout: 30_000 },
  );
  for (const frame of page.frames()) {
    if (!(await frame.evaluate(() => 'axe' in window).catch(() => true)))
      await frame.evaluate(axeSource).catch(() => {});
  }
  return page.evaluate(
    async ({ include }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const result = await axe.run(include ? { include: [include] } : document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target as unknown[], html: n.html })),
      }));
    },
    { include },
  );
}
