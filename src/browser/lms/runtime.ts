/**
 * The learning-platform run-time of a packaged page, loaded only once ./detect.ts has found the
 * platform that launched it: SCORM here, cmi5 in ./cmi5-runtime.ts (which shares the helpers). The data mapping lives in src/domain/lms; this part talks to the
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
import { itemReport, type ItemReport } from '../../domain/lms/cmi';
import { decodeSuspendData, encodeSuspendData, SUSPEND_LIMITS, type ItemSnapshot } from '../../domain/lms/suspend';
import { itemSnapshot, restoreSnapshot, type SiteData } from '../../domain/lms/restore';
import { cmiValues } from '../../domain/lms/scorm';
import { isObject } from '../../domain/guards';
import { isLocale, LOCALES } from '../../domain/locale';
import { alreadyInitialized, scormCalls, type ScormApi } from './scorm-api';
import type { Leaving } from './detect';

const SCORM_SESSION_KEY = 'ccl:lms-scorm';

/** The package root, worked out from this chunk's address (chunks sit in `_astro/`). */
const packageRoot = () => new URL('../', import.meta.url);

export const warn = (message: string, detail?: unknown) =>
  console.warn(
    `Learning platform: ${message}`,
    detail instanceof Error ? `${detail.name}: ${detail.message}` : (detail ?? ''),
  );

export async function loadCourse(): Promise<LmsCourseFile | null> {
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
export function findItem(course: LmsCourseFile, carriedId?: string): LmsItem | null {
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
export async function restore(item: LmsItem, suspendData: string): Promise<boolean> {
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
export function watchStores(onChange: () => void): void {
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
export function watchLeaving(leaving: Leaving, onLeave: (ending: boolean) => void): void {
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
export function offerExit(returnURL: string, end: () => Promise<void>): void {
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

export function readSession<T>(key: string): T | null {
  try {
    const text = sessionStorage.getItem(key);
    return text === null ? null : (JSON.parse(text) as T);
  } catch {
    return null;
  }
}

export function writeSession(key: string, value: unknown): void {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    /* without session storage a session simply does not carry over to the next page */
  }
}

/** The report and the suspend data of the item now, the latter summarised to fit `limit`. */
export async function current(
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
