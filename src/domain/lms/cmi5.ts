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
import { isoDuration } from './scorm';

export const XAPI_VERSION = '1.0.3';
export const LAUNCH_DATA_STATE = 'LMS.LaunchData';
/** The State API document where the item's suspend data (the same text as SCORM's) is kept. */
export const SUSPEND_STATE = 'suspendData';

const VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;
export type Cmi5Verb = keyof typeof VERBS;

const CATEGORY_CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const CATEGORY_MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const MASTERY_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
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

function contextOf(ctx: StatementContext, verb: Cmi5Verb): Record<string, unknown> {
  const template = ctx.launchData.contextTemplate;
  const activities = isObject(template['contextActivities']) ? template['contextActivities'] : {};
  const templateCategory = Array.isArray(activities['category']) ? activities['category'] : [];
  const moveOn = verb === 'passed' || verb === 'failed' || verb === 'completed';
  const category = [
    ...templateCategory,
    { id: CATEGORY_CMI5, objectType: 'Activity' },
    ...(moveOn ? [{ id: CATEGORY_MOVEON, objectType: 'Activity' }] : []),
  ];
  const extensions = {
    ...(isObject(template['extensions']) ? template['extensions'] : {}),
    ...((verb === 'passed' || verb === 'failed') && ctx.launchData.masteryScore !== null
      ? { [MASTERY_EXTENSION]: ctx.launchData.masteryScore }
      : {}),
  };
  return {
    ...template,
    registration: ctx.launch.registration,
    contextActivities: { ...activities, category },
    extensions,
  };
}

/** A cmi5 defined statement. `report` gives Passed and Failed their score; `durationMs` the session's time. */
export function cmi5Statement(
  verb: Cmi5Verb,
  ctx: StatementContext,
  { report, durationMs }: { readonly report?: ItemReport; readonly durationMs?: number } = {},
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  if ((verb === 'passed' || verb === 'failed') && report?.score) {
    result['score'] = { scaled: report.score.scaled, raw: report.score.raw, min: 0, max: 100 };
  }
  if (verb === 'passed') result['success'] = true;
  if (verb === 'failed') result['success'] = false;
  if (verb === 'completed') result['completion'] = true;
  if (verb !== 'initialized' && durationMs !== undefined) result['duration'] = isoDuration(durationMs);
  return {
    id: ctx.id,
    actor: ctx.launch.actor,
    verb: { id: VERBS[verb], display: { 'en-US': verb } },
    object: { id: ctx.launch.activityId, objectType: 'Activity' },
    ...(Object.keys(result).length > 0 ? { result } : {}),
    context: contextOf(ctx, verb),
    timestamp: ctx.timestamp,
  };
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
  if (report.success === 'passed' && !reported.passed) due.push('passed');
  if (report.success === 'failed' && !reported.passed && !reported.failed) due.push('failed');
  if (report.completion === 'completed' && !reported.completed) due.push('completed');
  return due;
}

/** The State API address of a document for this launch. */
export function stateUrl(launch: Cmi5Launch, stateId: string): string {
  const query = new URLSearchParams({
    stateId,
    activityId: launch.activityId,
    agent: JSON.stringify(launch.actor),
    registration: launch.registration,
  });
  return `${launch.endpoint}activities/state?${query.toString()}`;
}
