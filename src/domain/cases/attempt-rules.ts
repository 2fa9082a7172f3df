/**
 * The rules of an attempt record (format in ./attempt.ts), written once for the two places that
 * check one: the attempt-file reader (src/schemas/attempt.ts, zod, loaded when a file is read)
 * and the saved-cases reader (./saved.ts, hand-written because it runs on every page that shows
 * case status, where zod would not fit the page budget). Both take their limits, patterns and
 * consistency rule from here, and a test checks that they accept exactly the same records.
 * Nothing here imports zod, the scenario engine or the record builder.
 */
import type { FieldIssue } from '../result';
import type { AttemptRecord } from './attempt';

export const ATTEMPT_FORMAT = 'case-attempt';
export const ATTEMPT_FORMAT_VERSION = 1;
/** Longest reflection accepted, in UTF-16 code units (as `String.length` counts). */
export const REFLECTION_MAX_LENGTH = 5000;
/** Node, choice, case and checklist ids: lower-case words joined by hyphens, at most this long. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 64;
/** Most nodes in a path, choices in a record, and checklist items in a reflection. */
export const MAX_PATH = 500;
export const MAX_CHOICES = 250;
export const MAX_CHECKLIST_ITEMS = 50;
/** Largest raw score, either way, on one dimension. */
export const MAX_SCORE = 100_000;
/** Highest case version. */
export const MAX_CASE_VERSION = 1_000_000;

/** Whether a value is an id: a slug of at most {@link SLUG_MAX_LENGTH} characters. */
export const isSlug = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= SLUG_MAX_LENGTH && SLUG.test(value);

/** Date and time, seconds required, fractions of a second allowed, `Z` or an offset `±hh:mm`. */
const ISO_DATE_TIME =
  /^(\d{4})-(\d\d)-(\d\d)T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether a value is an ISO 8601 date-time as the record's times are written, on a real calendar day. */
export function isIsoDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE_TIME.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day >= 1 && day <= days;
}

/**
 * The record's own consistency, without the scenario: the ending is the last node of the path,
 * the choices lie on the path in order, and it did not finish before it started.
 * Issues: `endingNotLast` {expected, found}; `choiceNotOnPath` {nodeId}; `finishedBeforeStarted`.
 */
export function checkAttemptConsistency(record: AttemptRecord): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const last = record.path[record.path.length - 1] ?? '';
  if (record.endingId !== last) {
    issues.push({ field: 'endingId', code: 'endingNotLast', params: { expected: last, found: record.endingId } });
  }
  let from = 0;
  record.choices.forEach((choice, i) => {
    const at = record.path.indexOf(choice.nodeId, from);
    if (at < 0)
      issues.push({ field: `choices.${i}.nodeId`, code: 'choiceNotOnPath', params: { nodeId: choice.nodeId } });
    else from = at + 1;
  });
  if (Date.parse(record.finishedAt) < Date.parse(record.startedAt)) {
    issues.push({ field: 'finishedAt', code: 'finishedBeforeStarted' });
  }
  return issues;
}
