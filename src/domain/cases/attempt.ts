/**
 * The attempt record: what a learner hands in after a case role-play.
 *
 * Format (JSON, `formatVersion` 1):
 * ```
 * { "format": "case-attempt", "formatVersion": 1,
 *   "caseId": "restaurant-seat-change", "caseVersion": 1, "locale": "en",
 *   "path": ["…node ids from the start node to the ending…"],
 *   "choices": [{ "nodeId": "first-reply", "choiceId": "happy-to-help" }, …],
 *   "seed": 3141592653,                        optional: the order the choices were shown in
 *   "scores": { "empathy": 4, … },            raw totals per declared dimension
 *   "endingId": "…",                            the last node of the path
 *   "reflection": { "text": "…", "checklist": { "<itemId>": true, … } },
 *   "startedAt": "2025-03-01T09:00:00.000Z", "finishedAt": "…" }
 * ```
 * The choices are the source of truth; path, scores and ending are stored so that a class
 * dashboard can read a file without the scenario, and are checked against a replay of the
 * choices whenever the scenario is at hand — a hand-edited score or path is caught.
 * `seed` (an integer from 0 to 4294967295) was added to version 1 as an optional field: it
 * fixes the order in which each decision's choices were shown (`choicesInOrder` in `./order`),
 * so a dashboard can show the attempt as the learner saw it. Records without it (made before
 * choices were shuffled) showed every decision in the authored order.
 * A future incompatible format gets `formatVersion` 2 and a migration from 1; the record is
 * never reinterpreted silently.
 */
import type { FieldIssue, Validated } from '../result';
import { fail, ok } from '../result';
import { endingOf, isFinished, type CaseState, type ChoiceMade } from './engine';
import { replayChoices } from './replay';
import type { DimensionScores, Scenario } from './scenario';
import { scoresOf } from './engine';
import type { Locale } from '../locale';

import { ATTEMPT_FORMAT, ATTEMPT_FORMAT_VERSION, REFLECTION_MAX_LENGTH } from './attempt-rules';

export { ATTEMPT_FORMAT, ATTEMPT_FORMAT_VERSION, REFLECTION_MAX_LENGTH } from './attempt-rules';

/** The written reflection and the self-assessment checklist. */
export interface Reflection {
  readonly text: string;
  /** Checklist item id → ticked. */
  readonly checklist: Readonly<Record<string, boolean>>;
}

/** One finished attempt at a case, as handed in. */
export interface AttemptRecord {
  readonly format: typeof ATTEMPT_FORMAT;
  readonly formatVersion: typeof ATTEMPT_FORMAT_VERSION;
  readonly caseId: string;
  readonly caseVersion: number;
  /** Language the learner worked in. */
  readonly locale: Locale;
  /** Node ids from the start node to the ending. */
  readonly path: readonly string[];
  readonly choices: readonly ChoiceMade[];
  /** Seed of the order the choices were shown in; absent: the authored order. */
  readonly seed?: number | undefined;
  /** Raw totals per declared dimension. */
  readonly scores: DimensionScores;
  readonly endingId: string;
  readonly reflection: Reflection;
  /** ISO 8601 date-times. */
  readonly startedAt: string;
  readonly finishedAt: string;
}

/** What the learner wrote; checklist items left out count as not ticked. */
export interface ReflectionInput {
  readonly text: string;
  readonly checklist: Readonly<Record<string, boolean>>;
}

/** When and in which language the attempt was made. */
export interface AttemptSession {
  readonly locale: Locale;
  readonly startedAt: Date | string;
  readonly finishedAt: Date | string;
}

function isoTime(value: Date | string, field: string, issues: FieldIssue[]): string {
  const ms = value instanceof Date ? value.getTime() : Date.parse(value);
  if (!Number.isFinite(ms)) {
    issues.push({ field, code: 'invalidDate', params: { value: String(value).slice(0, 40) } });
    return '';
  }
  return new Date(ms).toISOString();
}

/**
 * Assemble the record of a finished attempt. Times are normalised to `toISOString()` form.
 * Issues: `stateMismatch`, `notFinished` (field `state`); `tooLong` {max} (`reflection.text`);
 * `unknownChecklistItem` {itemId}; `invalidDate` {value}; `finishedBeforeStarted`; and any
 * issue of {@link verifyAttempt} if the state is not a real path of the scenario.
 */
export function buildAttemptRecord(
  scenario: Scenario,
  state: CaseState,
  reflection: ReflectionInput,
  session: AttemptSession,
): Validated<AttemptRecord> {
  const issues: FieldIssue[] = [];
  if (state.caseId !== scenario.id || state.caseVersion !== scenario.version) {
    issues.push({
      field: 'state',
      code: 'stateMismatch',
      params: { caseId: scenario.id, caseVersion: scenario.version },
    });
  }
  const ending = endingOf(scenario, state);
  if (!isFinished(scenario, state) || !ending) issues.push({ field: 'state', code: 'notFinished' });
  if (reflection.text.length > REFLECTION_MAX_LENGTH) {
    issues.push({
      field: 'reflection.text',
      code: 'tooLong',
      params: { max: REFLECTION_MAX_LENGTH, length: reflection.text.length },
    });
  }
  const items = scenario.reflection.checklist.map((item) => item.id);
  for (const itemId of Object.keys(reflection.checklist)) {
    if (!items.includes(itemId)) {
      issues.push({ field: `reflection.checklist.${itemId}`, code: 'unknownChecklistItem', params: { itemId } });
    }
  }
  const startedAt = isoTime(session.startedAt, 'startedAt', issues);
  const finishedAt = isoTime(session.finishedAt, 'finishedAt', issues);
  if (startedAt && finishedAt && finishedAt < startedAt)
    issues.push({ field: 'finishedAt', code: 'finishedBeforeStarted' });
  if (issues.length > 0 || !ending) return fail(...issues);

  const checklist: Record<string, boolean> = {};
  for (const id of items) checklist[id] = Object.hasOwn(reflection.checklist, id) && reflection.checklist[id] === true;
  const record: AttemptRecord = {
    format: ATTEMPT_FORMAT,
    formatVersion: ATTEMPT_FORMAT_VERSION,
    caseId: scenario.id,
    caseVersion: scenario.version,
    locale: session.locale,
    path: [...state.path],
    choices: state.choices.map((c) => ({ nodeId: c.nodeId, choiceId: c.choiceId })),
    ...(state.seed !== undefined ? { seed: state.seed } : {}),
    scores: scoresOf(scenario, state),
    endingId: ending.id,
    reflection: { text: reflection.text, checklist },
    startedAt,
    finishedAt,
  };
  const problems = verifyAttempt(record, scenario);
  return problems.length > 0 ? fail(...problems) : ok(record);
}

/**
 * Checks a record against the scenario it claims to be an attempt at: same id and version,
 * the choices replay to the recorded path, ending and scores, the checklist has exactly the
 * scenario's items.
 * Issues: `unknownCase` {caseId}; `caseVersionMismatch` {expected, found}; the replay issues
 * (`choiceNodeMismatch`, `unknownChoice`, `extraChoice`); `pathIncomplete` {nodeId};
 * `pathMismatch` {index, expected, found}; `pathLengthMismatch` {expected, found};
 * `endingMismatch` {expected, found}; `required` (a score or checklist item missing);
 * `scoreMismatch` {dimension, expected, found}; `undeclaredDimension` {dimension};
 * `unknownChecklistItem` {itemId}.
 */
export function verifyAttempt(record: AttemptRecord, scenario: Scenario): FieldIssue[] {
  if (record.caseId !== scenario.id)
    return [{ field: 'caseId', code: 'unknownCase', params: { caseId: record.caseId } }];
  if (record.caseVersion !== scenario.version) {
    return [
      {
        field: 'caseVersion',
        code: 'caseVersionMismatch',
        params: { expected: scenario.version, found: record.caseVersion },
      },
    ];
  }
  const replay = replayChoices(scenario, record.choices);
  if (!replay.ok) return [...replay.issues];
  const issues: FieldIssue[] = [];
  const { path, scores, finished } = replay.value;
  if (!finished)
    issues.push({ field: 'choices', code: 'pathIncomplete', params: { nodeId: path[path.length - 1] ?? '' } });
  const firstDifference = path.findIndex((id, i) => record.path[i] !== id);
  if (firstDifference >= 0 && firstDifference < record.path.length) {
    issues.push({
      field: `path.${firstDifference}`,
      code: 'pathMismatch',
      params: {
        index: firstDifference,
        expected: path[firstDifference] ?? '',
        found: record.path[firstDifference] ?? '',
      },
    });
  } else if (record.path.length !== path.length) {
    issues.push({
      field: 'path',
      code: 'pathLengthMismatch',
      params: { expected: path.length, found: record.path.length },
    });
  }
  const ending = finished ? (path[path.length - 1] ?? '') : '';
  if (finished && record.endingId !== ending) {
    issues.push({ field: 'endingId', code: 'endingMismatch', params: { expected: ending, found: record.endingId } });
  }
  issues.push(...verifyScores(record, scenario, scores), ...verifyChecklist(record, scenario));
  return issues;
}

function verifyScores(record: AttemptRecord, scenario: Scenario, expected: DimensionScores): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const declared = scenario.dimensions.map((d) => d.id);
  for (const dimension of declared) {
    const found = Object.hasOwn(record.scores, dimension) ? record.scores[dimension] : undefined;
    const want = expected[dimension] ?? 0;
    if (found === undefined) issues.push({ field: `scores.${dimension}`, code: 'required', params: { dimension } });
    else if (found !== want) {
      issues.push({
        field: `scores.${dimension}`,
        code: 'scoreMismatch',
        params: { dimension, expected: want, found },
      });
    }
  }
  for (const dimension of Object.keys(record.scores)) {
    if (!(declared as readonly string[]).includes(dimension)) {
      issues.push({ field: `scores.${dimension}`, code: 'undeclaredDimension', params: { dimension } });
    }
  }
  return issues;
}

function verifyChecklist(record: AttemptRecord, scenario: Scenario): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const items = scenario.reflection.checklist.map((item) => item.id);
  for (const itemId of items) {
    if (!Object.hasOwn(record.reflection.checklist, itemId)) {
      issues.push({ field: `reflection.checklist.${itemId}`, code: 'required', params: { itemId } });
    }
  }
  for (const itemId of Object.keys(record.reflection.checklist)) {
    if (!items.includes(itemId)) {
      issues.push({ field: `reflection.checklist.${itemId}`, code: 'unknownChecklistItem', params: { itemId } });
    }
  }
  return issues;
}
