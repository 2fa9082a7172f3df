/**
 * Schema and parser of case attempt records — the files learners hand in and instructors drop
 * into the class dashboard. Runs in the browser (`zod/mini`) on files from anywhere, so it is
 * strict (unknown keys are refused), bounded (every string and list has a maximum), never
 * throws, and reports each problem as a `FieldIssue` the UI can put into words.
 * The format itself is documented in `src/domain/cases/attempt.ts`.
 *
 * Issue codes from the shape check: those of the shared zod mapping (domain/zod-issues.ts), and
 * `notACaseAttempt` {expected, found} · `unsupportedFormatVersion` {supported, found} ·
 * `unknownDimension` {dimension} · `forbiddenKey` {key} · `tooManyIssues` {shown, total} · `unreadable`;
 * then the consistency and scenario issues of `checkAttemptConsistency` and `verifyAttempt`.
 */
import { z } from 'zod/mini';
import { verifyAttempt, type AttemptRecord } from '../domain/cases/attempt';
import {
  ATTEMPT_FORMAT,
  ATTEMPT_FORMAT_VERSION,
  MAX_CASE_VERSION,
  MAX_CHECKLIST_ITEMS,
  MAX_CHOICES,
  MAX_PATH,
  MAX_SCORE,
  REFLECTION_MAX_LENGTH,
  SLUG,
  SLUG_MAX_LENGTH,
  checkAttemptConsistency,
  isIsoDateTime,
} from '../domain/cases/attempt-rules';
import { DIMENSION_IDS } from '../domain/cases/dimensions';
import { findForbiddenKeys } from '../domain/cases/forbidden-keys';
import { MAX_SEED } from '../domain/cases/seed';
import type { Scenario } from '../domain/cases/scenario';
import { LOCALES } from '../domain/locale';
import type { FieldIssue, Validated } from '../domain/result';
import { fromZodIssue, type ZodIssueLike } from '../domain/zod-issues';
import { fail, ok } from '../domain/result';

/** Most issues reported for one file; past that, one `tooManyIssues` says how many were left out. */
export const MAX_REPORTED_ISSUES = 50;
/** Node, choice, case and checklist ids: lower-case words joined by hyphens. */
const slug = z.string().check(z.maxLength(SLUG_MAX_LENGTH), z.regex(SLUG));

/** ISO 8601 date-time, `Z` or an offset, on a real calendar day: the rule the saved-cases reader uses too. */
const dateTime = z.string().check(z.refine(isIsoDateTime, { params: { code: 'invalidFormat', format: 'datetime' } }));

/** The attempt record, field by field. */
export const attemptRecordSchema = z.strictObject({
  /** Always `case-attempt`: tells this file from other result files. */
  format: z.literal(ATTEMPT_FORMAT),
  /** Version of this format; 1. */
  formatVersion: z.literal(ATTEMPT_FORMAT_VERSION),
  /** The scenario's id. */
  caseId: slug,
  /** The scenario's version when the attempt was made. */
  caseVersion: z.int().check(z.minimum(1), z.maximum(MAX_CASE_VERSION)),
  /** The language the learner worked in. */
  locale: z.enum(LOCALES),
  /** Node ids visited, from the start node to the ending. */
  path: z.array(slug).check(z.minLength(1), z.maxLength(MAX_PATH)),
  /** Choices made, in order. */
  choices: z
    .array(
      z.strictObject({
        /** The decision node. */
        nodeId: slug,
        /** The choice picked there. */
        choiceId: slug,
      }),
    )
    .check(z.maxLength(MAX_CHOICES)),
  /** Optional: the seed of the order the choices were shown in (absent: the authored order). */
  seed: z.optional(z.int().check(z.minimum(0), z.maximum(MAX_SEED))),
  /** Raw total per care dimension. */
  scores: z.partialRecord(z.enum(DIMENSION_IDS), z.int().check(z.minimum(-MAX_SCORE), z.maximum(MAX_SCORE))),
  /** The ending reached: the last node of the path. */
  endingId: slug,
  /** The written reflection and self-assessment. */
  reflection: z.strictObject({
    /** Free text, at most 5,000 characters. */
    text: z.string().check(z.maxLength(REFLECTION_MAX_LENGTH)),
    /** Checklist item id → ticked. */
    checklist: z.record(slug, z.boolean()).check(
      z.refine((items) => Object.keys(items).length <= MAX_CHECKLIST_ITEMS, {
        error: 'too many checklist items',
        params: { code: 'tooMany', max: MAX_CHECKLIST_ITEMS },
      }),
    ),
  }),
  /** When the learner started. */
  startedAt: dateTime,
  /** When the learner reached the ending. */
  finishedAt: dateTime,
});

type Assert<T extends true> = T;
type Fits<T, U> = [T] extends [U] ? true : false;
/** Compile-time proof that what the schema accepts is a domain `AttemptRecord`. @public */
export type AttemptSchemaFitsDomain = Assert<Fits<z.output<typeof attemptRecordSchema>, AttemptRecord>>;

/**
 * One zod issue as field issues: the shared mapping (domain/zod-issues.ts), with the attempt
 * file's own words for another kind of file, a format version it does not know and a score on
 * a dimension it does not have.
 */
function toFieldIssues(issue: ZodIssueLike, input: unknown): FieldIssue[] {
  return fromZodIssue(issue, input).map((i): FieldIssue => {
    const found = i.params?.['value'] ?? '';
    if (i.code === 'invalidValue' && i.field === 'format')
      return { field: i.field, code: 'notACaseAttempt', params: { expected: ATTEMPT_FORMAT, found } };
    if (i.code === 'invalidValue' && i.field === 'formatVersion')
      return { field: i.field, code: 'unsupportedFormatVersion', params: { supported: ATTEMPT_FORMAT_VERSION, found } };
    if (i.code === 'unknownKey' && i.field.startsWith('scores.'))
      return { field: i.field, code: 'unknownDimension', params: { dimension: i.params?.['key'] ?? '' } };
    return i;
  });
}

function capped(issues: readonly FieldIssue[]): Validated<never> {
  if (issues.length <= MAX_REPORTED_ISSUES) return fail(...issues);
  return fail(...issues.slice(0, MAX_REPORTED_ISSUES), {
    field: '',
    code: 'tooManyIssues',
    params: { shown: MAX_REPORTED_ISSUES, total: issues.length },
  });
}

/** Pick the scenario a record claims; issues if it is not among those given. */
function scenarioFor(record: AttemptRecord, scenarios: readonly Scenario[]): Scenario | FieldIssue {
  const sameCase = scenarios.filter((s) => s.id === record.caseId);
  if (sameCase.length === 0) return { field: 'caseId', code: 'unknownCase', params: { caseId: record.caseId } };
  const exact = sameCase.find((s) => s.version === record.caseVersion);
  if (exact) return exact;
  return {
    field: 'caseVersion',
    code: 'caseVersionMismatch',
    params: { expected: sameCase.map((s) => s.version).join('|'), found: record.caseVersion },
  };
}

/**
 * Read an attempt record from anything (typically `JSON.parse` of a dropped file).
 * Checks, in order: forbidden keys anywhere (`__proto__`…), the shape, the record's internal
 * consistency, and — if `scenarios` are given — that it is a real path of the scenario
 * version it names, with the scores that path earns. Never throws.
 */
export function parseAttemptRecord(input: unknown, scenarios?: readonly Scenario[]): Validated<AttemptRecord> {
  try {
    const forbidden = findForbiddenKeys(input);
    if (forbidden.length > 0) return capped(forbidden);
    const parsed = attemptRecordSchema.safeParse(input);
    if (!parsed.success) return capped(parsed.error.issues.flatMap((issue) => toFieldIssues(issue, input)));
    const record: AttemptRecord = parsed.data;
    const issues = checkAttemptConsistency(record);
    if (scenarios) {
      const scenario = scenarioFor(record, scenarios);
      if ('code' in scenario) issues.push(scenario);
      else issues.push(...verifyAttempt(record, scenario));
    }
    return issues.length > 0 ? capped(issues) : ok(record);
  } catch {
    // Exotic input (a throwing getter, a revoked proxy): refuse it rather than crash the page.
    return fail({ field: '', code: 'unreadable' });
  }
}
