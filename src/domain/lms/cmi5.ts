/**
 * cmi5 (the xAPI profile for launched content), the pure part: reading the launch parameters,
 * the LMS.LaunchData state document, and building the cmi5 defined statements an assignable
 * unit sends — Initialized, Passed or Failed, Completed, Terminated — with the platform's
 * context template (registration, session id extension), the cmi5 category and, on Passed,
 * Failed and Completed, the moveOn category, as the cmi5 specification requires.
 *
 * Order and repetition (cmi5 §9.3): Initialized first, Terminated last; Passed and Completed at
 * most once per registration, Passed or Failed before Completed; none of the three outside
 * Normal launch mode.
 */
import { z } from 'zod/mini';
import { fail, ok, type Validated } from '../result';
import { isObject } from '../guards';
import { fromZodIssue } from '../zod-issues';
import type { Interaction, ItemReport } from './cmi';

/** The State API document where the item's suspend data (the same text as SCORM's) is kept. */
export const SUSPEND_STATE = 'suspendData';

/** The cmi5 defined statements (built and sent by `@xapi/cmi5`). */
export type Cmi5Verb = 'initialized' | 'passed' | 'failed' | 'completed' | 'terminated';

const SESSION_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

export interface Cmi5Launch {
  /** The LRS endpoint, ending in `/`. */
  readonly endpoint: string;
  /** Where to POST once for the authorisation token. */
  readonly fetch: string;
  readonly actor: Readonly<Record<string, unknown>>;
  readonly registration: string;
  readonly activityId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An absolute http(s) address, or null. */
function webAddress(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Text that is an absolute http(s) address; otherwise the issue `code`. */
const web = (code: string) => z.string().check(z.refine((text) => webAddress(text) !== null, { params: { code } }));

/** The launch parameters, once the actor's JSON is read (cmi5 §8.1). */
const launchSchema = z.object({
  endpoint: web('notAUrl'),
  fetch: web('notAUrl'),
  /** An Agent identified by an account (objectType optional, and then Agent). */
  actor: z.custom<Readonly<Record<string, unknown>>>(
    (a) => isObject(a) && (a['objectType'] === undefined || a['objectType'] === 'Agent') && isObject(a['account']),
    { params: { code: 'notAnAgent' } },
  ),
  registration: z.string().check(z.refine((text) => UUID.test(text), { params: { code: 'notAUuid' } })),
  activityId: web('notAnIri'),
});

/** `input` checked by `schema`, issues in the shared codes (a refinement's own code where it has one). */
function validated<S extends z.ZodMiniType>(schema: S, input: unknown): Validated<z.output<S>> {
  const result = schema.safeParse(input);
  return result.success ? ok(result.data) : fail(...result.error.issues.flatMap((issue) => fromZodIssue(issue, input)));
}

/**
 * The launch parameters of a page's query string, or null when it was not launched by a cmi5
 * platform (none of them present). Present but wrong, they are refused with the field named:
 * `required`, `notAUrl`, `notJson`, `notAnAgent`, `notAUuid`, `notAnIri`.
 */
export function readLaunch(search: string): Validated<Cmi5Launch> | null {
  const params = new URLSearchParams(search);
  const names = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;
  if (names.every((name) => !params.has(name))) return null;
  const raw: Record<string, unknown> = {};
  for (const name of names) if (params.has(name)) raw[name] = params.get(name);
  if (typeof raw['actor'] === 'string') {
    try {
      raw['actor'] = JSON.parse(raw['actor']);
    } catch {
      return fail({ field: 'actor', code: 'notJson' });
    }
  }
  const read = validated(launchSchema, raw);
  if (!read.ok) return read;
  const endpoint = webAddress(read.value.endpoint)!;
  return ok({
    ...read.value,
    endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
    fetch: webAddress(read.value.fetch)!,
  });
}

export interface LaunchData {
  readonly contextTemplate: Readonly<Record<string, unknown>>;
  readonly launchMode: 'Normal' | 'Browse' | 'Review';
  readonly masteryScore: number | null;
  readonly moveOn: string;
  /** Where the learner goes back to the platform when they exit, if the platform gave one. */
  readonly returnURL: string | null;
}

/**
 * The LMS.LaunchData document (cmi5 §10.2), checked for what the statements need; the rest of
 * the document and of the context template is kept as the platform wrote it.
 */
const launchDataSchema = z.looseObject({
  contextTemplate: z.looseObject({
    extensions: z.looseObject({ [SESSION_EXTENSION]: z.string() }),
  }),
  launchMode: z.enum(['Normal', 'Browse', 'Review']),
  masteryScore: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  moveOn: z.optional(z.string()),
});

/** The LMS.LaunchData document, or the issues (shared codes) that make it unusable. */
export function readLaunchData(data: unknown): Validated<LaunchData> {
  const read = validated(launchDataSchema, data);
  if (!read.ok) return read;
  const { contextTemplate, launchMode, masteryScore, moveOn } = read.value;
  return ok({
    contextTemplate,
    launchMode,
    masteryScore: masteryScore ?? null,
    moveOn: moveOn ?? 'NotApplicable',
    // A return address that is not a web address is not followed.
    returnURL: webAddress(isObject(data) ? data['returnURL'] : undefined),
  });
}

export interface StatementContext {
  readonly launch: Cmi5Launch;
  readonly launchData: LaunchData;
  /** A fresh UUID for the statement. */
  readonly id: string;
  readonly timestamp: string;
}

const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
const INTERACTION_TYPE = 'http://adlnet.gov/expapi/activities/cmi.interaction';

/**
 * A learner's answer or case choice as a "cmi5 allowed" statement (Answered, a cmi.interaction
 * activity under the AU): the platform's context template and registration, without the cmi5
 * category, which only cmi5 defined statements carry.
 */
export function answeredStatement(interaction: Interaction, ctx: StatementContext): Record<string, unknown> {
  const template = ctx.launchData.contextTemplate;
  const activities = isObject(template['contextActivities']) ? template['contextActivities'] : {};
  const parent = Array.isArray(activities['parent']) ? activities['parent'] : [];
  const success =
    interaction.result === 'correct' ? { success: true } : interaction.result === 'incorrect' ? { success: false } : {};
  const share = Number(interaction.result);
  return {
    id: ctx.id,
    actor: ctx.launch.actor,
    verb: { id: ANSWERED, display: { 'en-US': 'answered' } },
    object: {
      id: `${ctx.launch.activityId}/interactions/${encodeURIComponent(interaction.id)}`,
      objectType: 'Activity',
      definition: { type: INTERACTION_TYPE, interactionType: interaction.type },
    },
    result: {
      response: interaction.response,
      ...success,
      ...(interaction.result !== '' && Number.isFinite(share) ? { score: { scaled: share } } : {}),
    },
    context: {
      ...template,
      registration: ctx.launch.registration,
      contextActivities: { ...activities, parent: [...parent, { id: ctx.launch.activityId, objectType: 'Activity' }] },
    },
    timestamp: ctx.timestamp,
  };
}

/** What was already reported in this registration (kept in the State API beside the suspend data). */
export interface Reported {
  readonly passed: boolean;
  readonly failed: boolean;
  readonly completed: boolean;
}

/**
 * The statements a report calls for now, in the order cmi5 requires: Passed (once per
 * registration) or Failed (once while not passed), then Completed (once per registration).
 * None outside Normal launch mode.
 */
export function statementsDue(report: ItemReport, reported: Reported, launchData: LaunchData): Cmi5Verb[] {
  if (launchData.launchMode !== 'Normal') return [];
  const due: Cmi5Verb[] = [];
  // The platform's mastery score, when it gives one, decides passed or failed (cmi5 §10.2.4).
  const mastery = launchData.masteryScore;
  const success =
    mastery !== null && report.score && report.success !== 'unknown'
      ? report.score.scaled >= mastery
        ? 'passed'
        : 'failed'
      : report.success;
  if (success === 'passed' && !reported.passed) due.push('passed');
  if (success === 'failed' && !reported.passed && !reported.failed) due.push('failed');
  if (report.completion === 'completed' && !reported.completed) due.push('completed');
  return due;
}
