/**
 * The learning-platform run-time, against a platform's side played by real libraries:
 *
 * - SCORM 2004 and SCORM 1.2: scorm-again's run-time provides the API object on a platform page
 *   that opens a package's item in a frame; the learner works through module A (self-check,
 *   lessons marked complete, the assessment) and plays a case, and the run-time's stored CMI
 *   data is checked. A second launch on a device with nothing saved resumes from suspend_data.
 *   The care-plan worksheet is written in full inside the platform: incomplete until every part
 *   is filled in, then completed, and a second launch brings the whole worksheet back.
 *   The Chinese packages report a case played from its Chinese page the same way.
 * - cmi5 (the run-time on @xapi/cmi5): a test endpoint answers the fetch URL, the learner
 *   preferences, the State API and the statements, checks each statement with an xAPI validator
 *   and keeps the order they came in.
 * - The normal site (dist/) never touches an `API` object its parent offers.
 */
import { readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import validateStatement from '@learninglocker/xapi-validation';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { at, launch } from './support';
import { serveStatic } from './server.mjs';
import { requirePackages, unpack } from './lms-zip';
import { passQuiz } from './first-lesson-quiz';

const SUB_PATH = '/mod/scorm/content/3/';
// scorm-again's browser builds (each sets a global: Scorm2004API, Scorm12API).
const require = createRequire(import.meta.url);
const RUNTIME_FILES: Record<string, string> = {
  '/platform/scorm2004.js': require.resolve('scorm-again/scorm2004/min'),
  '/platform/scorm12.js': require.resolve('scorm-again/scorm12/min'),
};
const PLATFORM_PAGE =
  '<!doctype html><html lang="en"><link rel="icon" href="data:,"><title>Platform</title><body></body></html>';

interface Bank {
  questions: {
    id: string;
    type: string;
    correct?: string[];
    correctCategory?: Record<string, string>;
  }[];
}
const assessmentA = JSON.parse(readFileSync('content/quizzes/module-a-assessment.json', 'utf8')) as Bank;

let browser: Browser;
beforeAll(async () => {
  requirePackages();
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Answers the platform page and the SCORM run-time's script; `extra` may answer more. */
function platformRoutes(extra?: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> | boolean) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = RUNTIME_FILES[url.pathname];
    if (file !== undefined) {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(readFileSync(file));
      return true;
    }
    if (url.pathname === '/platform/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PLATFORM_PAGE);
      return true;
    }
    return extra ? extra(req, res, url) : false;
  };
}

/** Follows a link of the package to `path` (relative to the page), as the learner would. */
async function followLink(frame: Frame, path: string): Promise<Frame> {
  const target = await frame.evaluate((p) => new URL(p, location.href).href, path);
  await frame.evaluate((href) => {
    const link = document.createElement('a');
    link.href = href;
    link.textContent = 'next';
    document.body.append(link);
    link.click();
  }, target);
  await frame.waitForURL(target);
  return frame;
}

/** Answers every question of a bank rightly (choices and matching, what module A's assessment asks). */
async function answerBank(frame: Frame, quizId: string, bank: Bank) {
  const quiz = frame.locator(`[data-quiz="${quizId}"]`);
  const check = quiz.getByRole('button', { name: 'Check my answers' });
  await quiz.scrollIntoViewIfNeeded();
  await check.and(frame.locator(':enabled')).waitFor();
  for (const question of bank.questions) {
    if (question.type === 'singleChoice' || question.type === 'multipleChoice')
      for (const option of question.correct ?? []) await quiz.locator(`[id$="-${question.id}-${option}"]`).check();
    else if (question.type === 'matching')
      for (const [item, category] of Object.entries(question.correctCategory ?? {}))
        await quiz.locator(`select[id$="-${question.id}-${item}"]`).selectOption(category);
    else throw new Error(`answerBank: ${question.type} questions are not answered here`);
  }
  await check.click();
  await quiz.getByText(/You scored/).waitFor();
}

async function markComplete(frame: Frame) {
  const button = frame.getByRole('button', { name: 'Mark as complete' });
  await button.scrollIntoViewIfNeeded();
  await button.and(frame.locator(':enabled')).click();
  await frame.getByText('Completed — well done').waitFor();
}

/** Plays a case through narration and the given choices to its ending. */
async function playCase(frame: Frame, choices: readonly string[]) {
  const queue = [...choices];
  await frame.locator('.case-step button:enabled').first().waitFor();
  for (let guard = 0; guard < 50 && (await frame.locator('.case-step.ending').count()) === 0; guard += 1) {
    const before = await frame.locator('.case-player').getAttribute('data-node');
    const narration = (await frame.locator('.case-step.narration').count()) > 0;
    const button = narration
      ? frame.locator('.case-step.narration button')
      : frame.locator(`[data-choice="${queue.shift()}"]`);
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await frame.waitForFunction(
      (prev) => document.querySelector('.case-player')?.getAttribute('data-node') !== prev,
      before,
    );
  }
}

/**
 * Page errors, console errors and warnings (the run-time warns when a platform refuses
 * something), and failed responses but the State API's 404 for a document not saved yet.
 */
function watchErrors(page: Page, errors: string[]) {
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !m.text().startsWith('Failed to load resource'))
      errors.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !(r.status() === 404 && r.url().includes('/lrs/xapi/activities/state')))
      errors.push(`${r.status()} ${r.url()}`);
  });
}

type Standard = 'scorm2004' | 'scorm12';
const API_NAME: Record<Standard, string> = { scorm2004: 'API_1484_11', scorm12: 'API' };

interface Platform {
  page: Page;
  frame: Frame;
  errors: string[];
  /** A value the API holds now (before Terminate). */
  get(element: string): Promise<string>;
  /** The run-time's whole CMI data (also after Terminate). */
  cmi(): Promise<Record<string, any>>;
  /** Closes the item (the frame goes away, as when the learner leaves it) and waits for Terminate. */
  close(): Promise<void>;
}

async function openItem(
  context: BrowserContext,
  origin: string,
  standard: Standard,
  item: string,
  resume?: string,
): Promise<Platform> {
  const page = await context.newPage();
  const errors: string[] = [];
  watchErrors(page, errors);
  await page.goto(`${origin}/platform/`);
  await page.addScriptTag({ url: `${origin}/platform/${standard}.js` });
  await page.evaluate(
    ({ standard, name, src, resume }) => {
      const w = window as unknown as Record<string, any>;
      const api = new w[standard === 'scorm2004' ? 'Scorm2004API' : 'Scorm12API']({ logLevel: 5 });
      if (resume !== undefined) api.loadFromJSON({ suspend_data: resume }, 'cmi');
      w[name] = api;
      const frame = document.createElement('iframe');
      frame.title = 'Item';
      frame.style.width = '1200px';
      frame.style.height = '800px';
      frame.src = src;
      document.body.append(frame);
    },
    { standard, name: API_NAME[standard], src: `${origin}${SUB_PATH}${item}`, resume },
  );
  const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
  const name = API_NAME[standard];
  const get = (element: string) =>
    page.evaluate(
      ({ name, element, standard }) => {
        const api = (window as unknown as Record<string, any>)[name];
        return String(standard === 'scorm2004' ? api.GetValue(element) : api.LMSGetValue(element));
      },
      { name, element, standard },
    );
  // The run-time has started when the item reports its status.
  await expect
    .poll(() => get(standard === 'scorm2004' ? 'cmi.completion_status' : 'cmi.core.lesson_status'))
    .toMatch(/^(incomplete|completed|passed|failed)$/);
  return {
    page,
    frame,
    errors,
    get,
    cmi: () => page.evaluate((name) => JSON.parse(JSON.stringify((window as any)[name].cmi)), name),
    close: async () => {
      await page.evaluate(() => document.querySelector('iframe')?.remove());
      await expect.poll(() => page.evaluate((name) => (window as any)[name].isTerminated(), name)).toBe(true);
    },
  };
}

/** The interactions the run-time stored, as plain objects. */
const interactionsOf = (cmi: Record<string, any>): Record<string, any>[] => {
  const list = cmi['interactions'];
  return Array.isArray(list) ? list : Object.values(list?.childArray ?? list ?? {});
};

describe.each([
  ['scorm2004', 'scorm2004-en'],
  ['scorm12', 'scorm12-en'],
] as const)('%s with scorm-again as the platform', (standard, name) => {
  let dir: string;
  let server: { url: string; close: () => Promise<void> };
  let origin: string;
  beforeAll(async () => {
    dir = unpack(name);
    server = await serveStatic(dir, SUB_PATH, { folderIndex: false, onRequest: platformRoutes() });
    origin = new URL(server.url).origin;
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports module A: completion, success, score and interactions, and resumes from suspend_data elsewhere', async () => {
    const context = await browser.newContext();
    const platform = await openItem(context, origin, standard, 'lessons/what-is-client-care/index.html');
    let frame = platform.frame;
    await passQuiz(frame);
    await expect.poll(() => platform.get('cmi.interactions._count')).not.toBe('0');
    // The other lessons of the module, then its assessment, reached by links within the package.
    frame = await followLink(frame, '../forms-of-care/index.html');
    await markComplete(frame);
    frame = await followLink(frame, '../care-in-action/index.html');
    await markComplete(frame);
    frame = await followLink(frame, '../../assessments/a/index.html');
    await answerBank(frame, 'module-a-assessment', assessmentA);
    if (standard === 'scorm2004') {
      await expect.poll(() => platform.get('cmi.success_status')).toBe('passed');
      expect(await platform.get('cmi.completion_status')).toBe('completed');
      expect(await platform.get('cmi.score.scaled')).toBe('1');
    } else {
      await expect.poll(() => platform.get('cmi.core.lesson_status')).toBe('passed');
    }
    await platform.close();

    const cmi = await platform.cmi();
    const interactions = interactionsOf(cmi);
    if (standard === 'scorm2004') {
      expect(cmi['completion_status']).toBe('completed');
      expect(cmi['success_status']).toBe('passed');
      expect(cmi['score']).toMatchObject({ scaled: '1', raw: '100', min: '0', max: '100' });
      expect(cmi['exit']).toBe('normal');
      expect(cmi['session_time']).toMatch(/^PT/);
    } else {
      expect(cmi['core']['lesson_status']).toBe('passed');
      expect(cmi['core']['score']).toMatchObject({ raw: '100', min: '0', max: '100' });
      expect(cmi['core']['session_time'] ?? cmi['core']['total_time']).toMatch(/^\d{2,4}:\d\d:\d\d/);
    }
    // The self-check's answers and the assessment's, each with its id, response and result.
    const ids = interactions.map((i) => String(i['id']));
    expect(ids).toContain('what-is-client-care.stage-of-care');
    for (const question of assessmentA.questions) expect(ids).toContain(`module-a-assessment.${question.id}`);
    const first = interactions.find((i) => i['id'] === `module-a-assessment.${assessmentA.questions[0]!.id}`)!;
    expect(first['type']).toBe('choice');
    expect(first[standard === 'scorm2004' ? 'learner_response' : 'student_response']).toBe(
      assessmentA.questions[0]!.correct![0],
    );
    expect(first['result']).toBe('correct');
    const suspendData = String(cmi['suspend_data']);
    expect(suspendData).toMatch(/^z1:/);
    expect(suspendData.length).toBeLessThanOrEqual(standard === 'scorm12' ? 4096 : 64_000);
    expect(platform.errors).toEqual([]);
    await context.close();

    // Another device: nothing saved in the browser; the platform hands back the suspend data.
    const elsewhere = await browser.newContext();
    const again = await openItem(elsewhere, origin, standard, 'lessons/what-is-client-care/index.html', suspendData);
    // The lesson's end panel (hydrated once in view) shows the lesson complete.
    await again.frame.locator('#lesson-end').scrollIntoViewIfNeeded();
    await again.frame.getByText('Completed — well done').waitFor();
    const progressLine = await again.frame.evaluate(() => localStorage.getItem('ccl:progress') ?? '');
    expect(progressLine).toContain('forms-of-care');
    expect(await again.frame.evaluate(() => localStorage.getItem('ccl:quizzes') ?? '')).toContain(
      'module-a-assessment',
    );
    expect(again.errors).toEqual([]);
    await elsewhere.close();
  });

  it('ignores suspend data that fails the checks, says so, and leaves it untouched on the platform', async () => {
    const context = await browser.newContext();
    const bad = 'z1:not-deflated';
    const platform = await openItem(context, origin, standard, 'lessons/what-is-client-care/index.html', bad);
    await expect
      .poll(() => platform.errors)
      .toEqual([expect.stringContaining('the saved progress the platform returned is not valid and was ignored')]);
    expect(await platform.frame.evaluate(() => localStorage.getItem('ccl:quizzes'))).toBeNull();
    // The learner works on and leaves; the platform's copy is not written over.
    await markComplete(platform.frame);
    await platform.close();
    expect((await platform.cmi())['suspend_data']).toBe(bad);
    await context.close();
  });

  it('reports a case: completed with each choice as an interaction', async () => {
    await reportsSeatChange(origin, standard, '');
  });

  it('reports the care-plan worksheet incomplete while it is being written, completed once every part is filled in, and resumes it elsewhere', async () => {
    const context = await browser.newContext();
    const platform = await openItem(context, origin, standard, 'cases/ww-care-plan/index.html');
    const frame = platform.frame;
    const status = () => platform.get(standard === 'scorm2004' ? 'cmi.completion_status' : 'cmi.core.lesson_status');
    await frame.locator('#ws-add-row').scrollIntoViewIfNeeded();
    await frame.locator('#ws-add-row:enabled').waitFor();
    // A plan row: need, measure, form of care, channel and timing (the cost may stay blank).
    await frame.getByLabel('Row 1, Customer need').fill('Members lack export know-how');
    await expect.poll(status).toBe('incomplete');
    await frame.getByLabel('Row 1, Care measure').fill('Monthly trade-news email tailored by industry');
    await frame.getByLabel('Row 1, Form of care').selectOption('familyService');
    await frame.getByLabel('Row 1, Channel').selectOption('email');
    await frame.getByLabel('Row 1, Timing').fill('Monthly');
    // A checklist item: action and owner.
    await frame.getByLabel('Item 1, Action').fill('Draft the first trade-news email');
    await frame.getByLabel('Item 1, Owner').fill('Li Wei');
    // Every case question but the last answered: the worksheet is not finished yet.
    const questions = frame.locator('#ws-answers-heading').locator('xpath=..').locator('textarea');
    await expect.poll(() => questions.count()).toBe(6);
    for (let i = 0; i < 5; i++) await questions.nth(i).fill(`Answer ${i + 1}: useful services for members`);
    await frame.getByRole('button', { name: 'Check my worksheet' }).click();
    await frame.getByText('Still to complete (1):').waitFor();
    expect(await status()).toBe('incomplete');
    await questions.nth(5).fill('Other trade platforms; they compete on price and reach');
    await expect.poll(status).toBe('completed');
    await platform.close();

    const cmi = await platform.cmi();
    if (standard === 'scorm2004') {
      expect(cmi['completion_status']).toBe('completed');
      // The worksheet has no score: no success status, no score is reported.
      expect(cmi['success_status']).toBe('unknown');
      expect(cmi['score']['raw']).toBe('');
    } else {
      expect(cmi['core']['lesson_status']).toBe('completed');
      expect(cmi['core']['score']['raw']).toBe('');
    }
    const suspendData = String(cmi['suspend_data']);
    expect(suspendData).toMatch(/^z1:/);
    expect(suspendData.length).toBeLessThanOrEqual(standard === 'scorm12' ? 4096 : 64_000);
    expect(platform.errors).toEqual([]);
    await context.close();

    // Another device with nothing saved: the platform's copy brings the whole worksheet back.
    const elsewhere = await browser.newContext();
    const again = await openItem(elsewhere, origin, standard, 'cases/ww-care-plan/index.html', suspendData);
    await again.frame.locator('#ws-add-row').scrollIntoViewIfNeeded();
    await again.frame.locator('#ws-add-row:enabled').waitFor();
    await expect.poll(() => again.frame.getByLabel('Item 1, Owner').inputValue()).toBe('Li Wei');
    expect(await again.frame.getByLabel('Row 1, Channel').inputValue()).toBe('email');
    const answers = again.frame.locator('#ws-answers-heading').locator('xpath=..').locator('textarea');
    expect(await answers.nth(5).inputValue()).toBe('Other trade platforms; they compete on price and reach');
    expect(await again.get(standard === 'scorm2004' ? 'cmi.completion_status' : 'cmi.core.lesson_status')).toBe(
      'completed',
    );
    expect(again.errors).toEqual([]);
    await elsewhere.close();
  });
});

// The Chinese packages: the item's pages are under zh-cn/, and the same report comes back.
describe.each([
  ['scorm2004', 'scorm2004-zh-cn'],
  ['scorm12', 'scorm12-zh-cn'],
] as const)('%s in Chinese with scorm-again as the platform', (standard, name) => {
  let dir: string;
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    dir = unpack(name);
    server = await serveStatic(dir, SUB_PATH, { folderIndex: false, onRequest: platformRoutes() });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports a case from its Chinese page: completed with each choice as an interaction', async () => {
    await reportsSeatChange(new URL(server.url).origin, standard, 'zh-cn/');
  });
});

/** Plays the seat change from the package's item page (under `prefix`) and checks what the platform got. */
async function reportsSeatChange(origin: string, standard: Standard, prefix: '' | 'zh-cn/') {
  const context = await browser.newContext();
  const platform = await openItem(context, origin, standard, `${prefix}cases/restaurant-seat-change/index.html`);
  expect(await platform.frame.locator('html').getAttribute('lang')).toBe(prefix === '' ? 'en' : 'zh-CN');
  await playCase(platform.frame, ['ask-why', 'no-table', 'let-it-go']);
  await platform.frame.locator('.case-step.ending').waitFor();
  await expect
    .poll(() => platform.get(standard === 'scorm2004' ? 'cmi.completion_status' : 'cmi.core.lesson_status'))
    .toBe('completed');
  await platform.close();
  const interactions = interactionsOf(await platform.cmi());
  expect(
    interactions.map((i) => [
      i['id'],
      i[standard === 'scorm2004' ? 'learner_response' : 'student_response'],
      i['result'],
    ]),
  ).toEqual([
    ['restaurant-seat-change.first-reply', 'ask-why', 'neutral'],
    ['restaurant-seat-change.offer', 'no-table', 'neutral'],
    ['restaurant-seat-change.after-refusal', 'let-it-go', 'neutral'],
  ]);
  expect(platform.errors).toEqual([]);
  await context.close();
}

describe('cmi5 with a test endpoint as the platform', () => {
  const REGISTRATION = '6b7f3a52-0c1e-4d2a-9b8e-3f4a5b6c7d8e';
  const SESSION = 'c3f1e2d4-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
  const TOKEN = Buffer.from('learner:secret').toString('base64');
  const actor = {
    objectType: 'Agent',
    name: 'Li Wei',
    account: { homePage: 'https://lms.example.com', name: 'li-wei' },
  };
  let dir: string;
  let server: { url: string; close: () => Promise<void> };
  let origin: string;
  const statements: Record<string, any>[] = [];
  const byId = new Map<string, string>();
  let holdAnswers = false;
  // A platform slow to hand back the saved progress: its replies wait until the test releases them.
  let holdSuspendData = false;
  const heldReads: (() => void)[] = [];
  // A platform slow to store the progress: its writes wait until the test releases them.
  let holdSuspendWrites = false;
  const heldWrites: (() => void)[] = [];
  let returnURL = '';
  const held: (() => void)[] = [];
  const problems: string[] = [];
  const state = new Map<string, string>();
  let tokens = 0;

  const readBody = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => resolve(body));
    });

  const log: string[] = [];
  async function lrs(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    if (!url.pathname.startsWith('/lrs/')) return false;
    log.push(`${req.method} ${url.pathname.slice(5)} ${url.searchParams.get('stateId') ?? ''}`);
    const reply = (status: number, body = '', type = 'application/json') => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
      return true;
    };
    if (url.pathname === '/lrs/token') {
      tokens += 1;
      if (req.method !== 'POST') problems.push(`token fetched with ${req.method}`);
      return reply(200, JSON.stringify({ 'auth-token': TOKEN }));
    }
    // The platform's own page, where a learner who exits with a return address lands.
    if (url.pathname === '/lrs/home') return reply(200, '<!doctype html><title>Platform</title>', 'text/html');
    if (req.headers.authorization !== `Basic ${TOKEN}`) problems.push(`${url.pathname}: no auth token`);
    if (req.headers['x-experience-api-version'] !== '1.0.3') problems.push(`${url.pathname}: no xAPI version header`);
    // The learner's preferences, which a cmi5 platform keeps for the AU to read.
    if (url.pathname === '/lrs/xapi/agents/profile' && req.method === 'GET') {
      if (url.searchParams.get('profileId') !== 'cmi5LearnerPreferences') return reply(404);
      return reply(200, JSON.stringify({ languagePreference: 'en-US,zh-CN', audioPreference: 'on' }));
    }
    if (url.pathname === '/lrs/xapi/activities/state') {
      const agent = JSON.parse(url.searchParams.get('agent') ?? 'null');
      if (JSON.stringify(agent) !== JSON.stringify(actor)) problems.push('state: another agent');
      if (url.searchParams.get('registration') !== REGISTRATION) problems.push('state: another registration');
      const stateId = url.searchParams.get('stateId') ?? '';
      if (req.method === 'GET') {
        if (stateId === 'LMS.LaunchData')
          return reply(
            200,
            JSON.stringify({
              contextTemplate: {
                contextActivities: {
                  grouping: [{ id: 'https://client-care-loyalty.invalid/lms/en', objectType: 'Activity' }],
                },
                extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': SESSION },
              },
              launchMode: 'Normal',
              launchMethod: 'AnyWindow',
              moveOn: 'CompletedAndPassed',
              masteryScore: 0.7,
              ...(returnURL ? { returnURL } : {}),
            }),
          );
        if (stateId === 'suspendData' && holdSuspendData) await new Promise<void>((resolve) => heldReads.push(resolve));
        const saved = state.get(stateId);
        return saved === undefined ? reply(404) : reply(200, saved, 'text/plain');
      }
      const body = await readBody(req);
      if (stateId === 'suspendData' && holdSuspendWrites)
        await new Promise<void>((resolve) => heldWrites.push(resolve));
      state.set(stateId, body);
      return reply(204);
    }
    if (url.pathname === '/lrs/xapi/statements' && req.method === 'POST') {
      const statement = JSON.parse(await readBody(req)) as Record<string, any>;
      const warnings = validateStatement(statement);
      if (warnings.length > 0)
        problems.push(
          `invalid statement: ${warnings.map((w) => `${w.constructor.name} ${w.path.join('.')}`).join(', ')}`,
        );
      // As an LRS does: a statement whose id it holds already is not stored again (and must match).
      const text = JSON.stringify(statement);
      const earlier = byId.get(statement['id']);
      if (earlier !== undefined) {
        if (earlier !== text) problems.push(`statement ${statement['id']} sent again with other content`);
        return reply(200, JSON.stringify([statement['id']]));
      }
      byId.set(statement['id'], text);
      statements.push(statement);
      // A platform slow to confirm: the answer is stored, the reply waits until the test releases it.
      if (holdAnswers && String(statement['verb']['id']).endsWith('/answered'))
        await new Promise<void>((resolve) => held.push(resolve));
      return reply(200, JSON.stringify([statement['id']]));
    }
    return reply(404);
  }

  beforeAll(async () => {
    dir = unpack('cmi5-en');
    // An endpoint that fails answers 500 and says why, rather than leave the request hanging.
    const safeLrs = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
      try {
        return await lrs(req, res, url);
      } catch (error) {
        problems.push(`${url.pathname}: ${String(error)}`);
        res.writeHead(500);
        res.end();
        return true;
      }
    };
    server = await serveStatic(dir, SUB_PATH, { folderIndex: false, onRequest: platformRoutes(safeLrs) });
    origin = new URL(server.url).origin;
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The platform launches module A at `path` (with the cmi5 launch parameters) in a fresh context. */
  async function launchModuleA(path: string) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    watchErrors(page, errors);
    const query = new URLSearchParams({
      endpoint: `${origin}/lrs/xapi/`,
      fetch: `${origin}/lrs/token`,
      actor: JSON.stringify(actor),
      registration: REGISTRATION,
      activityId: 'https://client-care-loyalty.invalid/lms/en/module-a',
    });
    await page.goto(`${server.url}${path}?${query.toString()}`);
    return { context, page, errors };
  }

  it('launches, reports Initialized, the answers, Passed, Completed and Terminated in order, valid xAPI, and keeps the suspend data', async () => {
    const { context, page, errors } = await launchModuleA('lessons/what-is-client-care/index.html');
    await expect.poll(() => statements.length).toBe(1);
    // The one-time launch parameters leave the address once used.
    await expect.poll(() => page.url()).not.toContain('fetch=');
    const frame = page.mainFrame();
    // The platform is slow to confirm the first answer, and the learner moves on before it does:
    // the next page sends that same statement again (the platform keeps one), then the other four.
    holdAnswers = true;
    await passQuiz(page);
    const answered = () => statements.filter((x) => String(x['verb']['id']).endsWith('/answered')).length;
    await expect.poll(answered).toBe(1);
    await followLink(frame, '../forms-of-care/index.html');
    holdAnswers = false;
    for (const release of held.splice(0)) release();
    await expect.poll(answered).toBe(5);
    await markComplete(frame);
    await followLink(frame, '../care-in-action/index.html');
    await markComplete(frame);
    await followLink(frame, '../../assessments/a/index.html');
    await answerBank(frame, 'module-a-assessment', assessmentA);
    const verbOf = (statement: Record<string, any>) => String(statement['verb']['id']).split('/').at(-1) ?? '';
    await expect
      .poll(() => statements.map(verbOf), {
        message: JSON.stringify({
          problems,
          errors,
          log,
          ids: statements.map((x) => String(x['object']['id']).split('/').at(-1)),
        }),
      })
      .toContain('completed');
    // Leaving the package ends the session.
    await page.goto('about:blank');
    await expect.poll(() => statements.map(verbOf)).toContain('terminated');

    const verbs = statements.map(verbOf);
    // cmi5 defined statements in the order cmi5 requires; the answers between Initialized and Terminated.
    expect(verbs.filter((v) => v !== 'answered')).toEqual(['initialized', 'passed', 'completed', 'terminated']);
    expect(verbs.filter((v) => v === 'answered')).toHaveLength(15);
    // Each answer reported once, the one sent again included.
    const answers = statements.filter((s) => verbOf(s) === 'answered').map((s) => String(s['object']['id']));
    expect(new Set(answers).size).toBe(answers.length);
    expect(verbs.lastIndexOf('answered')).toBeLessThan(verbs.indexOf('passed'));
    expect(problems).toEqual([]);
    expect(tokens).toBe(1);
    for (const statement of statements) {
      expect(statement['actor']).toEqual(actor);
      expect(statement['context']['registration']).toBe(REGISTRATION);
      expect(statement['context']['extensions']['https://w3id.org/xapi/cmi5/context/extensions/sessionid']).toBe(
        SESSION,
      );
      const verb = verbOf(statement);
      const categories = (statement['context']['contextActivities']['category'] ?? []).map((c: { id: string }) => c.id);
      if (verb === 'answered') {
        expect(categories).toEqual([]);
        expect(statement['object']['id']).toMatch(
          /^https:\/\/client-care-loyalty\.invalid\/lms\/en\/module-a\/interactions\//,
        );
        continue;
      }
      expect(statement['object']['id']).toBe('https://client-care-loyalty.invalid/lms/en/module-a');
      expect(categories).toContain('https://w3id.org/xapi/cmi5/context/categories/cmi5');
      expect(categories.includes('https://w3id.org/xapi/cmi5/context/categories/moveon')).toBe(
        ['passed', 'completed'].includes(verb),
      );
    }
    const byVerb = (verb: string) => statements.find((s) => verbOf(s) === verb)!;
    expect(byVerb('passed')['result']).toMatchObject({ success: true, score: { scaled: 1, raw: 100 } });
    expect(byVerb('completed')['result']).toMatchObject({ completion: true });
    expect(byVerb('terminated')['result']['duration']).toMatch(/^PT/);
    // The progress to resume from is in the State API, in the suspend data format.
    expect(state.get('suspendData')).toMatch(/^z1:/);
    expect(JSON.parse(state.get('reported') ?? '{}')).toMatchObject({ passed: true, completed: true });
    const answer = statements.find((s) =>
      String(s['object']['id']).endsWith(`/module-a-assessment.${assessmentA.questions[0]!.id}`),
    )!;
    expect(answer['result']).toEqual({ response: assessmentA.questions[0]!.correct![0], success: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with a return address from the platform, Exit sends Terminated and takes the learner back to the platform', async () => {
    returnURL = `${origin}/lrs/home?course=7`;
    const from = statements.length;
    // A second session of module A, after the test above: its answers come back from the suspend
    // data, and what that session reported is not sent again.
    // The platform is slow to hand back the saved progress, and the learner moves on before it
    // has: the next page takes the session over and restores the progress itself.
    holdSuspendData = true;
    const { context, page, errors } = await launchModuleA('lessons/forms-of-care/index.html');
    await expect.poll(() => statements.length).toBe(from + 1);
    await expect.poll(() => heldReads.length).toBe(1);
    const next = followLink(page.mainFrame(), '../care-in-action/index.html');
    // The next page asks for the saved progress again; then the platform answers.
    await expect.poll(() => heldReads.length).toBe(2);
    holdSuspendData = false;
    for (const release of heldReads.splice(0)) release();
    await next;
    // The bar is there on the next page of the session too.
    const exit = page
      .getByRole('navigation', { name: 'Learning platform' })
      .getByRole('button', { name: 'Exit and go back' });
    await exit.click();
    await page.waitForURL(returnURL);
    const verbs = statements.slice(from).map((x) => String(x['verb']['id']).split('/').at(-1));
    expect(verbs, JSON.stringify({ errors, problems, log: log.slice(-8) })).toEqual(['initialized', 'terminated']);
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
  it('sends Terminated when the learner leaves while the platform has not yet answered a save', async () => {
    returnURL = '';
    const from = statements.length;
    const verbOf = (statement: Record<string, any>) => String(statement['verb']['id']).split('/').at(-1) ?? '';
    // The first save of the progress after the launch waits on the platform; the learner leaves.
    holdSuspendWrites = true;
    const { context, page, errors } = await launchModuleA('lessons/care-in-action/index.html');
    await expect.poll(() => heldWrites.length).toBe(1);
    await page.goto('about:blank');
    await expect.poll(() => statements.slice(from).map(verbOf)).toEqual(['initialized', 'terminated']);
    holdSuspendWrites = false;
    for (const release of heldWrites.splice(0)) release();
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the normal site', () => {
  it('never looks for a platform: a page in a frame whose parent offers API objects leaves them alone', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).origin !== new URL(at()).origin && !/^(data|blob):/.test(r.url())) outside.push(r.url());
    });
    await page.goto(at('glossary/'));
    await page.evaluate((src) => {
      const w = window as unknown as Record<string, unknown> & { touched: string[] };
      w.touched = [];
      const api = new Proxy({}, { get: (_t, p) => (w.touched.push(String(p)), () => 'true') });
      for (const name of ['API', 'API_1484_11'])
        Object.defineProperty(window, name, {
          get: () => {
            w.touched.push(name);
            return api;
          },
        });
      const frame = document.createElement('iframe');
      frame.src = src;
      document.body.append(frame);
    }, at('lessons/what-is-client-care/?endpoint=https%3A%2F%2Flrs.example.com%2F&fetch=https%3A%2F%2Flrs.example.com%2Ft'));
    const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
    await frame.waitForLoadState('load');
    // The lesson's islands are live: the page's scripts have all run.
    await passQuiz(frame);
    await page.evaluate(() => document.querySelector('iframe')?.remove());
    expect(await page.evaluate(() => (window as unknown as { touched: string[] }).touched)).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });
});
