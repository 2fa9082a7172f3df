/**
 * The learning-platform run-time of a packaged page, loaded only once ./detect.ts has found the
 * platform that launched it. The data mapping lives in src/domain/lms; this part talks to the
 * platform and to the site's saved-data stores:
 *
 * 1. Which item is this (the page, or the item this tab's session started on when the learner
 *    followed a link within the package).
 * 2. At launch, the platform's suspend data is decoded and checked, and what it adds is written
 *    to the stores (never replacing work on this device, see src/domain/lms/restore.ts).
 * 3. On every change of the stores, the item's report is sent: SCORM values and Commit, or cmi5
 *    statements and the suspend data in the xAPI State API.
 * 4. When the page goes away, the last values and the session time are sent, and the session
 *    ends (Terminate / LMSFinish / Terminated) — unless the learner followed a link to another
 *    page of the package, which carries the session on.
 *
 * Nothing here runs unless a platform launched the page; it sends only to that platform.
 */
import { $progress, progress } from '../../stores/progress';
import { $quizzes, quizzes } from '../../stores/quizzes';
import { $cases, savedCases } from '../../stores/cases';
import { $worksheet, worksheet } from '../../stores/worksheet';
import { itemOfPage, LMS_COURSE_FILE, type LmsCourseFile, type LmsItem } from '../../domain/lms/course';
import { itemReport, type Interaction, type ItemReport } from '../../domain/lms/cmi';
import { decodeSuspendData, encodeSuspendData, SUSPEND_LIMITS, type ItemSnapshot } from '../../domain/lms/suspend';
import { itemSnapshot, restoreSnapshot, type SiteData } from '../../domain/lms/restore';
import { cmiValues } from '../../domain/lms/scorm';
import {
  answeredStatement,
  cmi5Statement,
  LAUNCH_DATA_STATE,
  readLaunch,
  readLaunchData,
  stateUrl,
  statementsDue,
  SUSPEND_STATE,
  XAPI_VERSION,
  type Cmi5Launch,
  type Cmi5Verb,
  type LaunchData,
  type Reported,
} from '../../domain/lms/cmi5';
import { isObject } from '../../domain/guards';
import { isLocale, LOCALES } from '../../domain/locale';
import { alreadyInitialized, scormCalls, type ScormApi } from './scorm-api';
import { CMI5_SESSION_KEY, type Leaving } from './detect';

const SCORM_SESSION_KEY = 'ccl:lms-scorm';
/** The State API document that records which of Passed and Completed were sent in the registration. */
const REPORTED_STATE = 'reported';

/** The package root, worked out from this chunk's address (chunks sit in `_astro/`). */
const packageRoot = () => new URL('../', import.meta.url);

const warn = (message: string, detail?: unknown) => console.warn(`Learning platform: ${message}`, detail ?? '');

async function loadCourse(): Promise<LmsCourseFile | null> {
  try {
    const response = await fetch(new URL(LMS_COURSE_FILE, packageRoot()));
    const data: unknown = await response.json();
    if (!isObject(data) || !isObject(data['items']) || !isObject(data['questionTypes'])) throw new Error('bad shape');
    for (const locale of LOCALES) if (!Array.isArray(data['items'][locale])) throw new Error(`no items in ${locale}`);
    return data as unknown as LmsCourseFile;
  } catch (error) {
    warn(`${LMS_COURSE_FILE} could not be read; nothing is reported.`, error);
    return null;
  }
}

/** The item of this page, or of the item whose id a session carried on. */
function findItem(course: LmsCourseFile, carriedId?: string): LmsItem | null {
  const path = decodeURIComponent(location.pathname).slice(decodeURIComponent(packageRoot().pathname).length);
  const locale = LOCALES.find((l) => l !== 'en' && path.startsWith(`${l}/`)) ?? 'en';
  const items = course.items[isLocale(locale) ? locale : 'en'];
  if (carriedId !== undefined) return items.find((item) => item.id === carriedId) ?? null;
  return itemOfPage(items, path);
}

const siteData = (): SiteData => ({
  progress: progress.get(),
  quizzes: quizzes.get(),
  cases: savedCases.get(),
  worksheet: worksheet.get(),
});

/**
 * Adds what the platform kept for the item to this device's data. A copy that fails the checks
 * (damaged, or written by a newer version of the site) changes nothing and is left as it is on
 * the platform: false then, and this session does not save over it.
 */
async function restore(item: LmsItem, suspendData: string): Promise<boolean> {
  const decoded = await decodeSuspendData(suspendData);
  if (!decoded.ok) {
    warn('the saved progress the platform returned is not valid and was ignored:', decoded.issues);
    return false;
  }
  const changes = restoreSnapshot(item, siteData(), decoded.value);
  if (changes.progress) progress.set(changes.progress);
  if (changes.quizzes) quizzes.set(changes.quizzes);
  if (changes.cases) savedCases.set(changes.cases);
  if (changes.worksheet) worksheet.set(changes.worksheet);
  return true;
}

/** Calls `onChange` after every change of the stores an item reports (one call per burst). */
function watchStores(onChange: () => void): void {
  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      onChange();
    });
  };
  for (const store of [$progress, $quizzes, $cases, $worksheet]) store.listen(schedule);
}

/**
 * Calls `onLeave(ending)` when the page goes away: `ending` is false when the learner followed
 * a link to another page of the package (the session goes on there), true otherwise.
 */
function watchLeaving(leaving: Leaving, onLeave: (ending: boolean) => void): void {
  let left = false;
  window.addEventListener('pagehide', () => {
    if (left) return;
    left = true;
    onLeave(!leaving.within);
  });
}

/**
 * The platform gave a return address: the layout's exit bar is shown, and Exit ends the session
 * (Terminated sent) and then takes the learner to that address, as cmi5 requires.
 */
function offerExit(returnURL: string, end: () => Promise<void>): void {
  const template = document.getElementById('lms-exit');
  const bar = template instanceof HTMLTemplateElement ? template.content.firstElementChild?.cloneNode(true) : null;
  const button = bar instanceof HTMLElement ? bar.querySelector('button') : null;
  if (!template || !(bar instanceof HTMLElement) || !button) return;
  button.addEventListener('click', () => {
    button.disabled = true;
    void end()
      .catch((error: unknown) => warn('Terminated could not be sent before leaving.', error))
      .finally(() => location.assign(returnURL));
  });
  template.replaceWith(bar);
}

function readSession<T>(key: string): T | null {
  try {
    const text = sessionStorage.getItem(key);
    return text === null ? null : (JSON.parse(text) as T);
  } catch {
    return null;
  }
}

function writeSession(key: string, value: unknown): void {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    /* without session storage a session simply does not carry over to the next page */
  }
}

/** The report and the suspend data of the item now, the latter summarised to fit `limit`. */
async function current(
  standard: 'scorm12' | 'scorm2004',
  item: LmsItem,
  course: LmsCourseFile,
  limit: number,
): Promise<{ report: ItemReport; snapshot: ItemSnapshot; suspendData: string | null }> {
  const snapshot = itemSnapshot(item, siteData());
  const report = itemReport(standard, item, snapshot, course.questionTypes);
  const encoded = await encodeSuspendData(snapshot, limit);
  if (encoded === null) warn('the progress is too large for the platform even summarised; it stays on this device.');
  return { report, snapshot, suspendData: encoded?.data ?? null };
}

// ---------------------------------------------------------------------------------------------
// SCORM 1.2 and 2004

interface ScormSession {
  readonly itemId: string;
  readonly startedAt: number;
  readonly firstInteraction: number;
  /** False when the platform's suspend data could not be read: it is then left untouched. */
  readonly saveSuspendData: boolean;
}

export async function startScorm(standard: 'scorm12' | 'scorm2004', api: ScormApi, leaving: Leaving): Promise<void> {
  const course = await loadCourse();
  if (course === null) return;
  const calls = scormCalls(standard, api);
  const carried = readSession<ScormSession>(SCORM_SESSION_KEY);
  const init = calls.initialize();
  let session: ScormSession;
  if (init.ok) {
    const item = findItem(course);
    if (item === null) {
      calls.terminate();
      return;
    }
    const restored = await restore(item, calls.get('cmi.suspend_data'));
    session = {
      itemId: item.id,
      startedAt: Date.now(),
      firstInteraction: Number.parseInt(calls.get('cmi.interactions._count'), 10) || 0,
      saveSuspendData: restored,
    };
    writeSession(SCORM_SESSION_KEY, session);
  } else if (carried !== null && alreadyInitialized(standard, init.error)) {
    session = carried;
  } else {
    warn(`the platform refused to start the session (error ${init.error}).`);
    return;
  }
  const item = findItem(course, session.itemId);
  if (item === null) return;

  let suspendData: string | null = null;
  let report: ItemReport | null = null;
  const send = (ending: boolean) => {
    if (report === null) return;
    const values = cmiValues(standard, {
      report,
      sessionMs: Date.now() - session.startedAt,
      suspendData,
      firstInteraction: session.firstInteraction,
      ending,
    });
    const refused = values.filter(([element, value]) => !calls.set(element, value)).map(([element]) => element);
    if (refused.length > 0) warn('the platform refused some values:', refused);
    calls.commit();
  };
  let chain = Promise.resolve();
  const update = () => {
    chain = chain.then(async () => {
      const now = await current(standard, item, course, SUSPEND_LIMITS[standard]);
      report = now.report;
      suspendData = session.saveSuspendData !== false ? now.suspendData : null;
      send(false);
    });
  };
  watchLeaving(leaving, (ending) => {
    // The suspend data of the last change is at hand (encoding it again would not finish in time).
    report = itemReport(standard, item, itemSnapshot(item, siteData()), course.questionTypes);
    send(ending);
    if (ending) {
      writeSession(SCORM_SESSION_KEY, null);
      calls.terminate();
    }
  });
  watchStores(update);
  update();
  await chain;
}

// ---------------------------------------------------------------------------------------------
// cmi5

interface Cmi5Session {
  readonly launch: Cmi5Launch;
  readonly auth: string;
  readonly launchData: LaunchData;
  readonly itemId: string;
  readonly startedAt: number;
  reported: Reported;
  /** False when the platform's suspend data could not be read: it is then left untouched. */
  saveSuspendData: boolean;
  /** The answers already sent as Answered statements (id, response and result). */
  answered: string[];
  /**
   * True from Initialized until the platform's saved progress has been restored: a page that the
   * learner leaves in between hands the session on, and the next page restores it again (restoring
   * only adds what this device lacks, so twice is the same as once).
   */
  restoring: boolean;
  /**
   * Statements on their way, by what they report (an answer's key or a verb): kept in the tab's
   * session before they are sent, so a page that goes before the platform answers leaves them
   * to the next page, which sends the very same statement (same id) rather than a second one.
   */
  pending: Record<string, Record<string, unknown>>;
}

function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function xapi(session: Pick<Cmi5Session, 'auth'>, url: string, init: RequestInit = {}): Promise<Response> {
  return fetch(url, {
    ...init,
    headers: {
      Authorization: session.auth,
      'X-Experience-API-Version': XAPI_VERSION,
      ...(init.headers as Record<string, string> | undefined),
    },
  });
}

/** A State API document's text, '' when there is none (404). */
async function getState(session: Pick<Cmi5Session, 'auth' | 'launch'>, stateId: string): Promise<string> {
  const response = await xapi(session, stateUrl(session.launch, stateId));
  if (response.status === 404) return '';
  if (!response.ok) throw new Error(`state ${stateId}: ${response.status}`);
  return response.text();
}

function putState(session: Cmi5Session, stateId: string, body: string, type: string, keepalive = false) {
  return xapi(session, stateUrl(session.launch, stateId), {
    method: 'PUT',
    body,
    headers: { 'Content-Type': type },
    keepalive,
  });
}

async function sendStatement(session: Cmi5Session, statement: Record<string, unknown>, keepalive = false) {
  const response = await xapi(session, `${session.launch.endpoint}statements`, {
    method: 'POST',
    body: JSON.stringify(statement),
    headers: { 'Content-Type': 'application/json' },
    keepalive,
  });
  // 409: the platform holds a statement with this id already (one sent again after a page change).
  if (!response.ok && response.status !== 409) throw new Error(`statement refused: ${response.status}`);
}

/**
 * Sends the statement for `key` once: the one left pending by an earlier page if there is one,
 * else `make()`'s. It is written to the session first, so it survives the page going away.
 */
async function sendOnce(session: Cmi5Session, key: string, make: () => Record<string, unknown>): Promise<void> {
  const statement = session.pending[key] ?? make();
  session.pending = { ...session.pending, [key]: statement };
  writeSession(CMI5_SESSION_KEY, session);
  await sendStatement(session, statement);
  session.pending = Object.fromEntries(Object.entries(session.pending).filter(([k]) => k !== key));
}

/** What identifies an answer already reported: the question or decision, the response and the result. */
const answerKey = (interaction: Interaction) =>
  JSON.stringify([interaction.id, interaction.response, interaction.result]);

const contextOf = (session: Cmi5Session) => ({
  launch: session.launch,
  launchData: session.launchData,
  id: uuid(),
  timestamp: new Date().toISOString(),
});

const statementOf = (session: Cmi5Session, verb: Cmi5Verb, report?: ItemReport) =>
  cmi5Statement(verb, contextOf(session), {
    ...(report ? { report } : {}),
    durationMs: Date.now() - session.startedAt,
  });

/** The session this tab is in, carried from an earlier page of the package, if it is whole. */
function carriedCmi5Session(): Cmi5Session | null {
  if (new URLSearchParams(location.search).has('fetch')) return null; // a new launch
  const data = readSession<unknown>(CMI5_SESSION_KEY);
  if (!isObject(data) || typeof data['auth'] !== 'string' || typeof data['itemId'] !== 'string') return null;
  const launch = isObject(data['launch']) ? data['launch'] : {};
  const params = new URLSearchParams({
    endpoint: String(launch['endpoint']),
    fetch: String(launch['fetch']),
    actor: JSON.stringify(launch['actor']),
    registration: String(launch['registration']),
    activityId: String(launch['activityId']),
  });
  const checked = readLaunch(`?${params.toString()}`);
  const launchData = readLaunchData(data['launchData']);
  const reported = isObject(data['reported']) ? data['reported'] : {};
  if (!checked?.ok || !launchData.ok || typeof data['startedAt'] !== 'number') return null;
  return {
    launch: checked.value,
    auth: data['auth'],
    launchData: launchData.value,
    itemId: data['itemId'],
    startedAt: data['startedAt'],
    reported: {
      passed: reported['passed'] === true,
      failed: reported['failed'] === true,
      completed: reported['completed'] === true,
    },
    saveSuspendData: data['saveSuspendData'] !== false,
    restoring: data['restoring'] === true,
    answered: Array.isArray(data['answered']) ? data['answered'].filter((k): k is string => typeof k === 'string') : [],
    pending: isObject(data['pending'])
      ? Object.fromEntries(
          Object.entries(data['pending']).filter((entry): entry is [string, Record<string, unknown>] =>
            isObject(entry[1]),
          ),
        )
      : {},
  };
}

/** Fetch the token, read LMS.LaunchData and the saved progress, send Initialized. */
async function launchCmi5(course: LmsCourseFile): Promise<Cmi5Session | null> {
  const read = readLaunch(location.search);
  if (read === null) return null;
  if (!read.ok) {
    warn('the launch parameters are not valid; nothing is reported:', read.issues);
    return null;
  }
  const launch = read.value;
  const item = findItem(course);
  if (item === null) return null;
  const tokenResponse = await fetch(launch.fetch, { method: 'POST' });
  const token: unknown = await tokenResponse.json();
  if (!tokenResponse.ok || !isObject(token) || typeof token['auth-token'] !== 'string')
    throw new Error(`the fetch URL gave no token (${tokenResponse.status})`);
  const auth = `Basic ${token['auth-token']}`;
  const launchText = await getState({ auth, launch }, LAUNCH_DATA_STATE);
  const launchData = readLaunchData(launchText === '' ? null : JSON.parse(launchText));
  if (!launchData.ok) {
    warn('LMS.LaunchData is not valid; nothing is reported:', launchData.issues);
    return null;
  }
  const reportedText = await getState({ auth, launch }, REPORTED_STATE);
  const reported = reportedText === '' ? null : (JSON.parse(reportedText) as unknown);
  const session: Cmi5Session = {
    launch,
    auth,
    launchData: launchData.value,
    itemId: item.id,
    startedAt: Date.now(),
    reported: {
      passed: isObject(reported) && reported['passed'] === true,
      failed: false,
      completed: isObject(reported) && reported['completed'] === true,
    },
    saveSuspendData: true,
    restoring: true,
    answered: [],
    pending: {},
  };
  await sendStatement(session, statementOf(session, 'initialized'));
  // Kept for the next pages at once: the learner may move on before the progress is restored.
  writeSession(CMI5_SESSION_KEY, session);
  await restoreSaved(session, item, course);
  // The launch parameters have served: a reload must not use the one-time fetch URL again.
  history.replaceState(history.state, '', location.pathname + location.hash);
  return session;
}

/**
 * Adds the platform's saved progress to this device's, and counts its answers as reported (they
 * were, in the session that saved them): only new answers are sent.
 */
async function restoreSaved(session: Cmi5Session, item: LmsItem, course: LmsCourseFile): Promise<void> {
  session.saveSuspendData = await restore(item, await getState(session, SUSPEND_STATE));
  const restored = await current('scorm2004', item, course, SUSPEND_LIMITS.scorm2004);
  session.answered = [...new Set([...session.answered, ...restored.report.interactions.map(answerKey)])];
  session.restoring = false;
  writeSession(CMI5_SESSION_KEY, session);
}

export async function startCmi5(leaving: Leaving): Promise<void> {
  const course = await loadCourse();
  if (course === null) return;
  let session: Cmi5Session | null;
  let item: LmsItem | null = null;
  try {
    session = carriedCmi5Session() ?? (await launchCmi5(course));
    if (session !== null) item = findItem(course, session.itemId);
    // The page before was left while the launch was restoring progress: this page finishes it.
    if (session !== null && item !== null && session.restoring) await restoreSaved(session, item, course);
  } catch (error) {
    warn('the platform could not be reached at launch; nothing is reported.', error);
    return;
  }
  if (session === null || item === null) return;
  const active = session;

  let suspendData: string | null = null;
  let chain = Promise.resolve();
  let retries = 0;
  const update = () => {
    chain = chain
      .then(async () => {
        const now = await current('scorm2004', item, course, SUSPEND_LIMITS.scorm2004);
        for (const interaction of now.report.interactions) {
          const key = answerKey(interaction);
          if (active.answered.includes(key)) continue;
          await sendOnce(active, key, () => answeredStatement(interaction, contextOf(active)));
          active.answered = [...active.answered, key];
          writeSession(CMI5_SESSION_KEY, active);
        }
        for (const verb of statementsDue(now.report, active.reported, active.launchData)) {
          await sendOnce(active, verb, () => statementOf(active, verb, now.report));
          active.reported = { ...active.reported, [verb]: true };
          writeSession(CMI5_SESSION_KEY, active);
          if (verb !== 'failed')
            await putState(active, REPORTED_STATE, JSON.stringify(active.reported), 'application/json');
        }
        if (active.saveSuspendData && now.suspendData !== null && now.suspendData !== suspendData) {
          suspendData = now.suspendData;
          await putState(active, SUSPEND_STATE, suspendData, 'text/plain');
        }
        retries = 0;
      })
      .catch((error: unknown) => {
        // The platform may be out of reach for a moment: try again a little later, a few times.
        warn('a report could not be sent; trying again shortly.', error);
        if (retries < 5) {
          retries += 1;
          setTimeout(update, 2000 * retries);
        }
      });
  };
  // The session ends once: when the learner leaves the package, or exits to the platform.
  let ended: Promise<void> | null = null;
  const end = (): Promise<void> => {
    // Out of the tab's session at once (the page may be gone before the reports are through)
    // and again once they are (a report on its way writes the session back).
    writeSession(CMI5_SESSION_KEY, null);
    // Sent after whatever is still on its way, so Terminated stays the session's last statement.
    ended ??= chain.then(() => {
      writeSession(CMI5_SESSION_KEY, null);
      return sendStatement(active, statementOf(active, 'terminated'), true);
    });
    return ended;
  };
  watchLeaving(leaving, (ending) => {
    if (ending) void end().catch(() => {});
  });
  const back = active.launchData.returnURL;
  if (back !== null) offerExit(back, end);
  watchStores(update);
  update();
  await chain;
}
