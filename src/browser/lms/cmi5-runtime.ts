/**
 * The cmi5 run-time of a packaged page, loaded only when ./detect.ts found cmi5 launch
 * parameters (or a cmi5 session this tab is in). The protocol is `@xapi/cmi5`'s: it fetches the
 * authorisation token once, reads LMS.LaunchData, and builds and sends the cmi5 defined
 * statements (Initialized, Passed, Failed, Completed, Terminated) with the platform's context
 * template, categories, mastery score and durations. This module adds what a site of many pages
 * needs around it:
 *
 * - The session goes on from page to page: the token and the start time are kept in the tab's
 *   session storage, and each page resumes the session with them (no second token, no second
 *   Initialized).
 * - A statement is written to the tab's session before it is sent, so a page that goes before
 *   the platform answers leaves it to the next page, which sends the very same statement (same
 *   id) rather than a second one.
 * - The learner's answers go as Answered statements (built in src/domain/lms/cmi5.ts), once each.
 * - The suspend data and what was reported in the registration are kept in the State API, so
 *   another device resumes.
 */
import Cmi5, { type LaunchParameters } from '@xapi/cmi5';

/** The library's own types for what it sends. */
type Statement = Parameters<Cmi5['sendXapiStatement']>[0];
type Agent = LaunchParameters['actor'];
type ResultScore = Exclude<Parameters<Cmi5['pass']>[0], number | undefined>;
import type { Interaction } from '../../domain/lms/cmi';
import {
  answeredStatement,
  readLaunch,
  readLaunchData,
  statementsDue,
  SUSPEND_STATE,
  type Cmi5Launch,
  type Cmi5Verb,
  type LaunchData,
  type Reported,
} from '../../domain/lms/cmi5';
import { SUSPEND_LIMITS } from '../../domain/lms/suspend';
import type { LmsCourseFile, LmsItem } from '../../domain/lms/course';
import { isObject } from '../../domain/guards';
import { CMI5_SESSION_KEY, type Leaving } from './detect';
import {
  current,
  findItem,
  loadCourse,
  offerExit,
  readSession,
  restore,
  warn,
  watchLeaving,
  watchStores,
  writeSession,
} from './runtime';

/** The State API document that records which of Passed and Completed were sent in the registration. */
const REPORTED_STATE = 'reported';

/** What the tab keeps of the session between its pages. */
interface Cmi5Session {
  readonly launch: Cmi5Launch;
  readonly authToken: string;
  /** When the session was initialized (ISO), for the durations the statements carry. */
  readonly initializedAt: string;
  readonly itemId: string;
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
  /** Statements on their way, by what they report (an answer's key or a verb). */
  pending: Record<string, Statement>;
}

/** A live session: the library's client and what this module keeps around it. */
interface Live {
  readonly cmi5: Cmi5;
  readonly session: Cmi5Session;
  readonly launchData: LaunchData;
}

const launchParameters = (launch: Cmi5Launch): LaunchParameters => ({
  endpoint: launch.endpoint,
  fetch: launch.fetch,
  actor: launch.actor as unknown as Agent,
  registration: launch.registration,
  activityId: launch.activityId,
});

/** The HTTP status of a failed request, if it had one. */
const statusOf = (error: unknown): number | undefined => {
  const response = isObject(error) ? error['response'] : undefined;
  return isObject(response) && typeof response['status'] === 'number' ? response['status'] : undefined;
};

const stateParams = (launch: Cmi5Launch, stateId: string) => ({
  agent: launch.actor as unknown as Agent,
  activityId: launch.activityId,
  registration: launch.registration,
  stateId,
});

/** The library's xAPI client (there once the session is initialized). */
function xapiOf(cmi5: Cmi5) {
  const xapi = cmi5.xapi;
  if (xapi === null) throw new Error('the cmi5 session is not initialized');
  return xapi;
}

/**
 * Makes the library's requests from now on go with fetch's keepalive, which the browser
 * finishes even after the page is gone: for the last statement, sent as the learner leaves.
 */
function keepAliveTransport(http: ReturnType<ReturnType<typeof xapiOf>['getAxios']>): void {
  http.defaults.adapter = async (config) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(config.headers.toJSON()))
      if (value != null) headers.set(name, String(value));
    const response = await fetch(http.getUri(config), {
      method: (config.method ?? 'get').toUpperCase(),
      headers,
      body: typeof config.data === 'string' ? config.data : null,
      keepalive: true,
    });
    const result = {
      data: await response.text(),
      status: response.status,
      statusText: response.statusText,
      headers: {},
      config,
    };
    if (response.ok) return result;
    throw Object.assign(new Error(`statement refused: ${response.status}`), { response: result });
  };
}

/** A State API document's text, '' when there is none (404). */
async function getState({ cmi5, session }: Pick<Live, 'cmi5' | 'session'>, stateId: string): Promise<string> {
  try {
    const { data } = await xapiOf(cmi5).getState(stateParams(session.launch, stateId));
    return typeof data === 'string' ? data : JSON.stringify(data);
  } catch (error) {
    if (statusOf(error) === 404) return '';
    throw error;
  }
}

async function putState({ cmi5, session }: Live, stateId: string, state: string, contentType: string) {
  await xapiOf(cmi5).setState({ ...stateParams(session.launch, stateId), state, contentType });
}

/**
 * Sends the statement for `key` once: the one left pending by an earlier page if there is one,
 * else the one `send` builds. It is written to the session before it goes, so it survives the
 * page going away; a platform that holds it already (409) counts as having it.
 */
async function sendOnce(
  { session }: Live,
  key: string,
  send: (options: { transform: (s: Statement) => Statement }) => Promise<unknown>,
): Promise<void> {
  const transform = (built: Statement): Statement => {
    const statement = session.pending[key] ?? built;
    session.pending = { ...session.pending, [key]: statement };
    writeSession(CMI5_SESSION_KEY, session);
    return statement;
  };
  try {
    await send({ transform });
  } catch (error) {
    if (statusOf(error) !== 409) throw error;
  }
  session.pending = Object.fromEntries(Object.entries(session.pending).filter(([k]) => k !== key));
}

/** What identifies an answer already reported: the question or decision, the response and the result. */
const answerKey = (interaction: Interaction) =>
  JSON.stringify([interaction.id, interaction.response, interaction.result]);

/** The library's client, resumed from the tab's session or launched from the address. */
async function connect(course: LmsCourseFile): Promise<Live | null> {
  const carried = carriedSession();
  if (carried !== null) {
    const cmi5 = new Cmi5(launchParameters(carried.launch));
    await cmi5.initialize({ authToken: carried.authToken, initializedDate: new Date(carried.initializedAt) });
    const launchData = checkedLaunchData(cmi5);
    return launchData && { cmi5, session: carried, launchData };
  }
  const read = readLaunch(location.search);
  if (read === null) return null;
  if (!read.ok) {
    warn('the launch parameters are not valid; nothing is reported:', read.issues);
    return null;
  }
  const item = findItem(course);
  if (item === null) return null;
  const cmi5 = new Cmi5(launchParameters(read.value));
  // The token, LMS.LaunchData, and Initialized.
  await cmi5.initialize();
  const launchData = checkedLaunchData(cmi5);
  if (launchData === null) return null;
  const live: Live = {
    cmi5,
    launchData,
    session: {
      launch: read.value,
      authToken: cmi5.getAuthToken(),
      initializedAt: cmi5.getInitializedDate().toISOString(),
      itemId: item.id,
      reported: { passed: false, failed: false, completed: false },
      saveSuspendData: true,
      restoring: true,
      answered: [],
      pending: {},
    },
  };
  const reportedText = await getState(live, REPORTED_STATE);
  const reported = reportedText === '' ? null : (JSON.parse(reportedText) as unknown);
  live.session.reported = {
    passed: isObject(reported) && reported['passed'] === true,
    failed: false,
    completed: isObject(reported) && reported['completed'] === true,
  };
  // Kept for the next pages at once: the learner may move on before the progress is restored.
  writeSession(CMI5_SESSION_KEY, live.session);
  // The launch parameters have served: a reload must not use the one-time fetch URL again.
  history.replaceState(history.state, '', location.pathname + location.hash);
  return live;
}

/** LMS.LaunchData as the library read it, checked for what the statements need. */
function checkedLaunchData(cmi5: Cmi5): LaunchData | null {
  const read = readLaunchData(cmi5.getLaunchData());
  if (read.ok) return read.value;
  warn('LMS.LaunchData is not valid; nothing is reported:', read.issues);
  return null;
}

/** The session this tab is in, carried from an earlier page of the package, if it is whole. */
function carriedSession(): Cmi5Session | null {
  if (new URLSearchParams(location.search).has('fetch')) return null; // a new launch
  const data = readSession<unknown>(CMI5_SESSION_KEY);
  if (!isObject(data) || typeof data['authToken'] !== 'string' || typeof data['itemId'] !== 'string') return null;
  const launch = isObject(data['launch']) ? data['launch'] : {};
  const params = new URLSearchParams({
    endpoint: String(launch['endpoint']),
    fetch: String(launch['fetch']),
    actor: JSON.stringify(launch['actor']),
    registration: String(launch['registration']),
    activityId: String(launch['activityId']),
  });
  const checked = readLaunch(`?${params.toString()}`);
  const initializedAt = data['initializedAt'];
  if (!checked?.ok || typeof initializedAt !== 'string' || !Number.isFinite(Date.parse(initializedAt))) return null;
  const reported = isObject(data['reported']) ? data['reported'] : {};
  return {
    launch: checked.value,
    authToken: data['authToken'],
    initializedAt,
    itemId: data['itemId'],
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
          Object.entries(data['pending']).filter((entry): entry is [string, Statement] => isObject(entry[1])),
        )
      : {},
  };
}

/**
 * Adds the platform's saved progress to this device's, and counts its answers as reported (they
 * were, in the session that saved them): only new answers are sent.
 */
async function restoreSaved(live: Live, item: LmsItem, course: LmsCourseFile): Promise<void> {
  const { session } = live;
  session.saveSuspendData = await restore(item, await getState(live, SUSPEND_STATE));
  const restored = await current('scorm2004', item, course, SUSPEND_LIMITS.scorm2004);
  session.answered = [...new Set([...session.answered, ...restored.report.interactions.map(answerKey)])];
  session.restoring = false;
  writeSession(CMI5_SESSION_KEY, session);
}

/** The statement a verb calls for, sent by the library (Passed and Failed with the item's score). */
function sendVerb(live: Live, verb: Cmi5Verb, score: ResultScore | undefined) {
  return (options: { transform: (s: Statement) => Statement }) => {
    switch (verb) {
      case 'passed':
        return live.cmi5.pass(score, options);
      case 'failed':
        return live.cmi5.fail(score, options);
      case 'completed':
        return live.cmi5.complete(options);
      default:
        return Promise.resolve();
    }
  };
}

export async function startCmi5(leaving: Leaving): Promise<void> {
  const course = await loadCourse();
  if (course === null) return;
  let live: Live | null;
  let item: LmsItem | null = null;
  try {
    live = await connect(course);
    if (live !== null) item = findItem(course, live.session.itemId);
    // The page before was left while the launch was restoring progress: this page finishes it.
    if (live !== null && item !== null && live.session.restoring) await restoreSaved(live, item, course);
  } catch (error) {
    warn('the platform could not be reached at launch; nothing is reported.', error);
    return;
  }
  if (live === null || item === null) return;
  const active = live;
  const { session } = active;

  let suspendData: string | null = null;
  let chain = Promise.resolve();
  let retries = 0;
  const update = () => {
    chain = chain
      .then(async () => {
        const now = await current('scorm2004', item, course, SUSPEND_LIMITS.scorm2004);
        for (const interaction of now.report.interactions) {
          const key = answerKey(interaction);
          if (session.answered.includes(key)) continue;
          const context = {
            launch: session.launch,
            launchData: active.launchData,
            id: crypto.randomUUID(),
            timestamp: new Date().toISOString(),
          };
          await sendOnce(active, key, ({ transform }) =>
            active.cmi5.sendXapiStatement(answeredStatement(interaction, context) as unknown as Statement, {
              transform,
            }),
          );
          session.answered = [...session.answered, key];
          writeSession(CMI5_SESSION_KEY, session);
        }
        const score = now.report.score ? { ...now.report.score, min: 0, max: 100 } : undefined;
        for (const verb of statementsDue(now.report, session.reported, active.launchData)) {
          await sendOnce(active, verb, sendVerb(active, verb, score));
          session.reported = { ...session.reported, [verb]: true };
          writeSession(CMI5_SESSION_KEY, session);
          if (verb !== 'failed')
            await putState(active, REPORTED_STATE, JSON.stringify(session.reported), 'application/json');
        }
        if (session.saveSuspendData && now.suspendData !== null && now.suspendData !== suspendData) {
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
  /** Exit: Terminated after whatever is still on its way, so it stays the session's last statement. */
  const exit = (): Promise<void> => {
    // Out of the tab's session at once, and again once the reports are through (a report on its
    // way writes the session back).
    writeSession(CMI5_SESSION_KEY, null);
    ended ??= chain.then(async () => {
      writeSession(CMI5_SESSION_KEY, null);
      keepAliveTransport(xapiOf(active.cmi5).getAxios());
      await active.cmi5.terminate();
    });
    return ended;
  };
  /**
   * Leaving: nothing runs after this page is gone, so nothing can wait for the platform's answers
   * (a request still on its way is cancelled with the page and never settles). The statements not
   * yet confirmed are sent again (same ids: the platform keeps one of each), then Terminated, all
   * at once with fetch's keepalive, which outlives the page; the library's XMLHttpRequest does not.
   */
  const leave = () => {
    writeSession(CMI5_SESSION_KEY, null);
    if (ended !== null) return;
    keepAliveTransport(xapiOf(active.cmi5).getAxios());
    for (const statement of Object.values(session.pending))
      void active.cmi5.sendXapiStatement(statement).catch(() => {});
    ended = active.cmi5.terminate().then(() => {});
    ended.catch(() => {});
  };
  watchLeaving(leaving, (ending) => {
    if (ending) leave();
  });
  const back = active.launchData.returnURL;
  if (back !== null) offerExit(back, exit);
  watchStores(update);
  update();
  await chain;
}
