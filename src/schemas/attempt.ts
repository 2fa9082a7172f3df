/**
 * Schema and parser of case attempt records — the files learners hand in and instructors drop
 * into the class dashboard. Runs in the browser (`zod/mini`) on files from anywhere, so it is
 * strict (unknown keys are refused), bounded (every string and list has a maximum), never
 * throws, and reports each problem as a `FieldIssue` the UI can put into words.
 * The format itself is documented in `src/domain/cases/attempt.ts`.
 *
 * Issue codes from the shape check, with params:
 * `required` · `wrongType` {expected, found} · `notAnInteger` {found} · `notACaseAttempt` {expected, found}
 * · `unsupportedFormatVersion` {supported, found} · `invalidValue` {expected, found}
 * · `tooLong` {max} · `tooShort` {min} · `tooMany` {max} · `tooFew` {min} · `tooLarge` {max}
 * · `tooSmall` {min} · `invalidId` {found} · `invalidDateTime` {found} · `invalidFormat` {format}
 * · `unknownKey` {key} · `unknownDimension` {dimension} · `invalidKey` {key} · `forbiddenKey` {key}
 * · `tooManyIssues` {shown, total} · `unreadable`;
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
} from '../domain/cases/attempt-rules';
import { DIMENSION_IDS } from '../domain/cases/dimensions';
import { findForbiddenKeys } from '../domain/cases/forbidden-keys';
import { MAX_SEED } from '../domain/cases/seed';
import type { Scenario } from '../domain/cases/scenario';
import { LOCALES } from '../domain/locale';
import type { FieldIssue, Validated } from '../domain/result';
import { fail, ok } from '../domain/result';

/** Most issues reported for one file; past that, one `tooManyIssues` says how many were left out. */
export const MAX_REPORTED_ISSUES = 50;
/** Node, choice, case and checklist ids: lower-case words joined by hyphens. */
const slug = z.string().check(z.maxLength(SLUG_MAX_LENGTH), z.regex(SLUG));

/** ISO 8601 date-time, `Z` or an offset. */
const dateTime = z.iso.datetime({ offset: true });

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

/** A value quoted in an issue: short, and never an object. */
function quote(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'object';
  return String(value).slice(0, 40);
}

interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly input?: unknown;
  readonly expected?: string;
  readonly values?: readonly unknown[];
  readonly origin?: string;
  readonly maximum?: unknown;
  readonly minimum?: unknown;
  readonly format?: string;
  readonly keys?: readonly string[];
  readonly params?: Readonly<Record<string, unknown>>;
}

/** `array`, `null` or the `typeof` of a value: what a message can say the file held instead. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

const numberOf = (value: unknown): number => (typeof value === 'number' ? value : Number(value));

/** One zod issue → one or more field issues with this project's codes. */
function toFieldIssues(issue: ZodIssueLike): FieldIssue[] {
  const field = issue.path.map(String).join('.');
  const at = (key: string): string => (field === '' ? key : `${field}.${key}`);
  const found = quote(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return [{ field, code: 'required' }];
      if (issue.expected === 'int' && typeof issue.input === 'number')
        return [{ field, code: 'notAnInteger', params: { found } }];
      return [
        {
          field,
          code: 'wrongType',
          params: {
            expected: issue.expected === 'int' ? 'integer' : String(issue.expected),
            found: kindOf(issue.input),
          },
        },
      ];
    case 'invalid_value':
      if (field === 'format') return [{ field, code: 'notACaseAttempt', params: { expected: ATTEMPT_FORMAT, found } }];
      if (field === 'formatVersion')
        return [{ field, code: 'unsupportedFormatVersion', params: { supported: ATTEMPT_FORMAT_VERSION, found } }];
      return [{ field, code: 'invalidValue', params: { expected: (issue.values ?? []).map(String).join('|'), found } }];
    case 'too_big': {
      const max = numberOf(issue.maximum);
      if (issue.origin === 'string') return [{ field, code: 'tooLong', params: { max } }];
      if (issue.origin === 'array') return [{ field, code: 'tooMany', params: { max } }];
      return [{ field, code: 'tooLarge', params: { max } }];
    }
    case 'too_small': {
      const min = numberOf(issue.minimum);
      if (issue.origin === 'string') return [{ field, code: 'tooShort', params: { min } }];
      if (issue.origin === 'array') return [{ field, code: 'tooFew', params: { min } }];
      return [{ field, code: 'tooSmall', params: { min } }];
    }
    case 'invalid_format':
      if (issue.format === 'regex') return [{ field, code: 'invalidId', params: { found } }];
      if (issue.format === 'datetime') return [{ field, code: 'invalidDateTime', params: { found } }];
      return [{ field, code: 'invalidFormat', params: { format: String(issue.format) } }];
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((key) =>
        field === 'scores'
          ? { field: at(key), code: 'unknownDimension', params: { dimension: key.slice(0, 64) } }
          : { field: at(key), code: 'unknownKey', params: { key: key.slice(0, 64) } },
      );
    case 'invalid_key':
      return [
        { field, code: 'invalidKey', params: { key: String(issue.path[issue.path.length - 1] ?? '').slice(0, 64) } },
      ];
    case 'custom': {
      const { code, ...params } = issue.params ?? {};
      const quoted: Record<string, string | number> = {};
      for (const [key, value] of Object.entries(params)) quoted[key] = typeof value === 'number' ? value : quote(value);
      return [{ field, code: typeof code === 'string' ? code : 'invalid', params: quoted }];
    }
    default:
      return [{ field, code: 'invalid' }];
  }
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
    const parsed = attemptRecordSchema.safeParse(input, { reportInput: true });
    if (!parsed.success) return capped(parsed.error.issues.flatMap((issue) => toFieldIssues(issue as ZodIssueLike)));
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
