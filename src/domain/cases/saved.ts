/**
 * Saved case exercises: the `cases` slot (browser storage key `ccl:cases`).
 *
 * Format, slot version 1:
 * ```
 * { "cases": {
 *     "<caseId>": {
 *       "run": { "caseVersion": 1, "path": ["phone-call", …], "choices": [{ "nodeId": …, "choiceId": … }],
 *                "seed": 123456789 (the order of the choices; absent in runs saved before it existed),
 *                "startedAt": "<ISO>", "finishedAt": "<ISO>" (only once the run reached an ending) } | null,
 *       "attempts": [ <attempt record, format `case-attempt` 1>, … ]     oldest first, at most 20
 *     } } }
 * ```
 * `run` is the play in progress, kept so that a learner who reloads or comes back later is
 * where they left off. When it reaches an ending, the finished attempt is appended to
 * `attempts` at once (nothing is lost if the learner closes the page) and `run.finishedAt`
 * names that attempt, so the ending screen and the reflection written there stay tied to it.
 * A run is only resumed if its choices still replay to its path in the scenario version it was
 * made in; otherwise the learner starts afresh and the finished attempts are kept.
 *
 * A future version 2 adds a migration from 1 in `casesSlot.migrations`.
 *
 * Validation is hand-written rather than zod: it runs on every page that shows case status,
 * and those pages must stay small. Its limits, patterns and consistency rule are the attempt
 * file's own (./attempt-rules.ts); it accepts exactly what `parseAttemptRecord` accepts (a
 * property test holds the two to it), and rebuilds every object from known fields and
 * slug-checked keys (so `__proto__` and the like can never be copied); the attempt file is
 * still checked by `parseAttemptRecord` itself before it is offered for download.
 */
import type { Validated } from '../result';
import { fail, ok } from '../result';
// Types only from ./attempt: the record builder and its checks load when a case is finished,
// not with every page that reads this slot.
import type { AttemptRecord, Reflection } from './attempt';
import {
  ATTEMPT_FORMAT,
  ATTEMPT_FORMAT_VERSION,
  MAX_CASE_VERSION,
  MAX_CHECKLIST_ITEMS,
  MAX_CHOICES,
  MAX_PATH,
  MAX_SCORE,
  REFLECTION_MAX_LENGTH,
  checkAttemptConsistency,
  isIsoDateTime,
  isSlug,
} from './attempt-rules';
import { isDimensionId, type DimensionId } from './dimensions';
import { isLocale } from '../locale';
import { advance, choose, currentNode, startCase, type CaseState, type ChoiceMade } from './engine';
import { isSeed } from './seed';
import type { Scenario } from './scenario';
import type { SlotDefinition } from '../storage/slot';
import { isObject, onlyKeys } from '../guards';

/** Finished attempts kept per case; the oldest go first. */
export const MAX_ATTEMPTS_PER_CASE = 20;
/** Cases kept at most (far more than the site has). */
export const MAX_SAVED_CASES = 200;

/** A play in progress (or just finished, while its ending is on screen). */
export interface SavedRun {
  readonly caseVersion: number;
  /** Node ids visited, from the start node to the current node. */
  readonly path: readonly string[];
  readonly choices: readonly ChoiceMade[];
  /** Seed of the order of the choices (see `./order`); absent in runs saved before shuffling. */
  readonly seed?: number;
  /** ISO time of the first step. */
  readonly startedAt: string;
  /** ISO time the ending was reached; names the attempt this run produced. */
  readonly finishedAt?: string;
}

/** Everything saved about one case. */
export interface SavedCase {
  readonly run: SavedRun | null;
  /** Finished attempts, oldest first. */
  readonly attempts: readonly AttemptRecord[];
}

export interface SavedCases {
  readonly cases: Readonly<Record<string, SavedCase>>;
}

/** The keys an attempt record, a choice and a reflection may have: no others, as in an attempt file. */
const RECORD_KEYS = [
  'format',
  'formatVersion',
  'caseId',
  'caseVersion',
  'locale',
  'path',
  'choices',
  'seed',
  'scores',
  'endingId',
  'reflection',
  'startedAt',
  'finishedAt',
];
const CHOICE_KEYS = ['nodeId', 'choiceId'];
const REFLECTION_KEYS = ['text', 'checklist'];

function validateChoices(data: unknown): ChoiceMade[] | undefined {
  if (!Array.isArray(data) || data.length > MAX_CHOICES) return undefined;
  const clean: ChoiceMade[] = [];
  for (const choice of data) {
    if (!isObject(choice) || !onlyKeys(choice, CHOICE_KEYS) || !isSlug(choice['nodeId']) || !isSlug(choice['choiceId']))
      return undefined;
    clean.push({ nodeId: choice['nodeId'], choiceId: choice['choiceId'] });
  }
  return clean;
}

const isPath = (data: unknown): data is string[] =>
  // Every index, holes too (`every` would skip a hole; the file's schema counts it as missing).
  Array.isArray(data) && data.length >= 1 && data.length <= MAX_PATH && Array.from(data).every(isSlug);

function validateRun(data: unknown, field: string): Validated<SavedRun | null> {
  if (data === null) return ok(null);
  if (!isObject(data)) return fail({ field, code: 'notAnObject' });
  const { caseVersion, path, choices, seed, startedAt, finishedAt } = data;
  if (typeof caseVersion !== 'number' || !Number.isInteger(caseVersion) || caseVersion < 1) {
    return fail({ field: `${field}.caseVersion`, code: 'notAVersion' });
  }
  if (!isPath(path)) return fail({ field: `${field}.path`, code: 'badPath' });
  const cleanChoices = validateChoices(choices);
  if (!cleanChoices) return fail({ field: `${field}.choices`, code: 'badChoices' });
  if (seed !== undefined && !isSeed(seed)) return fail({ field: `${field}.seed`, code: 'notASeed' });
  if (!isIsoDateTime(startedAt)) return fail({ field: `${field}.startedAt`, code: 'notATime' });
  if (finishedAt !== undefined && !isIsoDateTime(finishedAt))
    return fail({ field: `${field}.finishedAt`, code: 'notATime' });
  return ok({
    caseVersion,
    path: [...path],
    choices: cleanChoices,
    ...(seed !== undefined ? { seed } : {}),
    startedAt,
    ...(finishedAt !== undefined ? { finishedAt } : {}),
  });
}

/** A saved attempt record, rebuilt with exactly its known fields; the issue code names the first bad field. */
function validateAttempt(data: unknown, caseId: string): Validated<AttemptRecord> {
  const bad = (field: string) => fail<AttemptRecord>({ field, code: 'invalid' });
  if (!isObject(data) || !onlyKeys(data, RECORD_KEYS)) return bad('');
  const {
    format,
    formatVersion,
    caseVersion,
    locale,
    path,
    choices,
    seed,
    scores,
    endingId,
    reflection,
    startedAt,
    finishedAt,
  } = data;
  if (format !== ATTEMPT_FORMAT || formatVersion !== ATTEMPT_FORMAT_VERSION) return bad('format');
  if (data['caseId'] !== caseId) return bad('caseId');
  if (
    typeof caseVersion !== 'number' ||
    !Number.isInteger(caseVersion) ||
    caseVersion < 1 ||
    caseVersion > MAX_CASE_VERSION
  )
    return bad('caseVersion');
  if (!isLocale(locale)) return bad('locale');
  if (!isPath(path)) return bad('path');
  const cleanChoices = validateChoices(choices);
  if (!cleanChoices) return bad('choices');
  if (seed !== undefined && !isSeed(seed)) return bad('seed');
  if (!isObject(scores)) return bad('scores');
  const cleanScores: Partial<Record<DimensionId, number>> = {};
  for (const [dimension, value] of Object.entries(scores)) {
    if (
      !isDimensionId(dimension) ||
      typeof value !== 'number' ||
      !Number.isInteger(value) ||
      Math.abs(value) > MAX_SCORE
    ) {
      return bad(`scores.${dimension}`);
    }
    cleanScores[dimension] = value;
  }
  if (!isSlug(endingId)) return bad('endingId');
  if (
    !isObject(reflection) ||
    !onlyKeys(reflection, REFLECTION_KEYS) ||
    typeof reflection['text'] !== 'string' ||
    reflection['text'].length > REFLECTION_MAX_LENGTH
  ) {
    return bad('reflection');
  }
  const checklist = reflection['checklist'];
  if (!isObject(checklist) || Object.keys(checklist).length > MAX_CHECKLIST_ITEMS) return bad('reflection.checklist');
  const cleanChecklist: Record<string, boolean> = {};
  for (const [itemId, ticked] of Object.entries(checklist)) {
    if (!isSlug(itemId) || typeof ticked !== 'boolean') return bad(`reflection.checklist.${itemId}`);
    cleanChecklist[itemId] = ticked;
  }
  if (!isIsoDateTime(startedAt) || !isIsoDateTime(finishedAt)) return bad('startedAt');
  const record: AttemptRecord = {
    format: ATTEMPT_FORMAT,
    formatVersion: ATTEMPT_FORMAT_VERSION,
    caseId,
    caseVersion,
    locale,
    path: [...path],
    choices: cleanChoices,
    ...(seed !== undefined ? { seed } : {}),
    scores: cleanScores,
    endingId,
    reflection: { text: reflection['text'], checklist: cleanChecklist },
    startedAt,
    finishedAt,
  };
  return checkAttemptConsistency(record).length === 0 ? ok(record) : bad('path');
}

/** Checks saved data of the current version. Never throws. */
export function validateSavedCases(data: unknown): Validated<SavedCases> {
  try {
    if (!isObject(data)) return fail({ field: '', code: 'notAnObject' });
    const cases = data['cases'];
    if (!isObject(cases)) return fail({ field: 'cases', code: 'notAnObject' });
    const entries = Object.entries(cases);
    if (entries.length > MAX_SAVED_CASES)
      return fail({ field: 'cases', code: 'tooMany', params: { max: MAX_SAVED_CASES } });
    const clean: Record<string, SavedCase> = {};
    for (const [caseId, entry] of entries) {
      const field = `cases.${caseId}`;
      if (!isSlug(caseId)) return fail({ field, code: 'badCaseId' });
      if (!isObject(entry)) return fail({ field, code: 'notAnObject' });
      const run = validateRun(entry['run'], `${field}.run`);
      if (!run.ok) return run;
      const attempts = entry['attempts'];
      if (!Array.isArray(attempts) || attempts.length > MAX_ATTEMPTS_PER_CASE) {
        return fail({ field: `${field}.attempts`, code: 'badAttempts', params: { max: MAX_ATTEMPTS_PER_CASE } });
      }
      const records: AttemptRecord[] = [];
      for (const [i, attempt] of attempts.entries()) {
        const checked = validateAttempt(attempt, caseId);
        if (!checked.ok)
          return fail(...checked.issues.map((issue) => ({ ...issue, field: `${field}.attempts.${i}.${issue.field}` })));
        records.push(checked.value);
      }
      clean[caseId] = { run: run.value, attempts: records };
    }
    return ok({ cases: clean });
  } catch {
    return fail({ field: '', code: 'unreadable' });
  }
}

export const casesSlot: SlotDefinition<SavedCases> = {
  name: 'cases',
  version: 1,
  initial: () => ({ cases: {} }),
  validate: validateSavedCases,
};

const EMPTY: SavedCase = { run: null, attempts: [] };

/** What is saved about one case (nothing yet: no run, no attempts). */
export function savedCase(saved: SavedCases, caseId: string): SavedCase {
  return Object.hasOwn(saved.cases, caseId) ? (saved.cases[caseId] ?? EMPTY) : EMPTY;
}

function withCase(saved: SavedCases, caseId: string, entry: SavedCase): SavedCases {
  return { ...saved, cases: { ...saved.cases, [caseId]: entry } };
}

/** The run to save for a state. */
export function runOf(state: CaseState, startedAt: string, finishedAt?: string): SavedRun {
  return {
    caseVersion: state.caseVersion,
    path: [...state.path],
    choices: state.choices.map((c) => ({ nodeId: c.nodeId, choiceId: c.choiceId })),
    ...(state.seed !== undefined ? { seed: state.seed } : {}),
    startedAt,
    ...(finishedAt !== undefined ? { finishedAt } : {}),
  };
}

/** Replace (or, with null, forget) the run of a case. */
export function withRun(saved: SavedCases, caseId: string, run: SavedRun | null): SavedCases {
  return withCase(saved, caseId, { ...savedCase(saved, caseId), run });
}

/**
 * Add a finished attempt (replacing one with the same start and finish times), keeping the
 * newest {@link MAX_ATTEMPTS_PER_CASE}.
 */
export function withAttempt(saved: SavedCases, record: AttemptRecord): SavedCases {
  const entry = savedCase(saved, record.caseId);
  const others = entry.attempts.filter((a) => !sameAttempt(a, record.startedAt, record.finishedAt));
  const attempts = [...others, record].slice(-MAX_ATTEMPTS_PER_CASE);
  return withCase(saved, record.caseId, { ...entry, attempts });
}

/** Whether an attempt is the one started and finished at these times. */
export function sameAttempt(record: AttemptRecord, startedAt: string, finishedAt: string): boolean {
  return (
    Date.parse(record.startedAt) === Date.parse(startedAt) && Date.parse(record.finishedAt) === Date.parse(finishedAt)
  );
}

/** The attempt a finished run produced, if it is still saved. */
export function attemptOfRun(entry: SavedCase, run: SavedRun | null): AttemptRecord | undefined {
  const finishedAt = run?.finishedAt;
  if (!run || finishedAt === undefined) return undefined;
  return entry.attempts.find((a) => sameAttempt(a, run.startedAt, finishedAt));
}

/**
 * Replace the reflection of one saved attempt. Unknown checklist items are dropped and the
 * text is cut at `maxLength`, so what is saved always validates.
 */
export function withReflection(
  saved: SavedCases,
  caseId: string,
  attempt: { readonly startedAt: string; readonly finishedAt: string },
  reflection: Reflection,
  maxLength: number = REFLECTION_MAX_LENGTH,
): SavedCases {
  const entry = savedCase(saved, caseId);
  const attempts = entry.attempts.map((a) => {
    if (!sameAttempt(a, attempt.startedAt, attempt.finishedAt)) return a;
    const checklist: Record<string, boolean> = {};
    for (const id of Object.keys(a.reflection.checklist)) checklist[id] = reflection.checklist[id] === true;
    return { ...a, reflection: { text: reflection.text.slice(0, maxLength), checklist } };
  });
  return withCase(saved, caseId, { ...entry, attempts });
}

/**
 * The engine state of a saved run, if it still fits the scenario: same version, and stepping
 * the engine from the start with its choices walks exactly its path (so the last choice lies
 * behind the current node, never on it).
 */
export function restoreRun(scenario: Scenario, run: SavedRun): CaseState | undefined {
  if (run.caseVersion !== scenario.version) return undefined;
  let state = startCase(scenario, run.seed);
  let used = 0;
  while (state.path.length < run.path.length) {
    const node = currentNode(scenario, state);
    const choice = run.choices[used];
    const step =
      node?.type === 'narration'
        ? advance(scenario, state)
        : node?.type === 'decision' && choice?.nodeId === node.id
          ? choose(scenario, state, choice.choiceId)
          : undefined;
    if (!step?.ok) return undefined;
    if (node?.type === 'decision') used += 1;
    state = step.value;
  }
  const samePath = state.path.length === run.path.length && state.path.every((id, i) => run.path[i] === id);
  return samePath && used === run.choices.length ? state : undefined;
}

export type CaseStatus =
  | { readonly kind: 'notStarted' }
  | { readonly kind: 'inProgress'; readonly finished: number }
  | { readonly kind: 'finished'; readonly endingId: string; readonly finished: number };

/** For the case list: in progress (a run of this version not at an ending), finished, or not started. */
export function caseStatus(entry: SavedCase, caseVersion: number): CaseStatus {
  const finished = entry.attempts.length;
  const run = entry.run;
  if (run && run.caseVersion === caseVersion && run.finishedAt === undefined && run.path.length > 1) {
    return { kind: 'inProgress', finished };
  }
  const last = entry.attempts[entry.attempts.length - 1];
  return last ? { kind: 'finished', endingId: last.endingId, finished } : { kind: 'notStarted' };
}
