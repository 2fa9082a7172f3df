/**
 * Reading a record-of-completion file (format in domain/trainee/record.ts) — the file a trainee
 * hands in with the code printed on the certificate. Checked with zod (`zod/mini`), strict (no
 * key the format does not have) and bounded; issues name the field (`record.cases.0.overall`)
 * with the shared zod codes (domain/zod-issues.ts). Loaded only when someone verifies a record,
 * so the progress page that writes records does not carry zod.
 */
import { z } from 'zod/mini';
import { readJsonText } from '../domain/files/json';
import { isObject } from '../domain/guards';
import { COURSE_MODULES } from '../domain/quiz/progress-types';
import { LEARNING_OBJECTIVES } from '../domain/quiz/types';
import { fail, ok, type FieldIssue, type Validated } from '../domain/result';
import {
  NAME_MAX,
  RECORD_FILE_FORMAT,
  RECORD_FILE_MAX_BYTES,
  RECORD_FILE_VERSION,
  parseCode,
  verificationCode,
  type CompletionRecord,
} from '../domain/trainee/record';
import { fromZodIssue } from '../domain/zod-issues';

export { parseCode };

const count = z.int().check(z.minimum(0), z.maximum(10_000));
const percent = z.int().check(z.minimum(0), z.maximum(100));
const id = z.string().check(z.maxLength(64), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
/** A part done of a whole: the part is no more than the whole. */
const notAbove = (part: string, whole: string) =>
  z.refine((x: unknown) => isObject(x) && Number(x[part]) <= Number(x[whole]), {
    params: { code: 'moreThanTotal', part, whole },
  });

/** The record, field by field. */
export const completionRecordSchema = z.strictObject({
  name: z.string().check(z.maxLength(NAME_MAX)),
  /** Day of issue, YYYY-MM-DD, a real calendar day. */
  issuedOn: z.iso.date(),
  lessons: z.strictObject({ completed: count, total: count }).check(notAbove('completed', 'total')),
  modules: z
    .array(
      z
        .strictObject({
          module: z.enum(COURSE_MODULES),
          lessonsCompleted: count,
          lessons: count,
          assessment: z.nullable(z.strictObject({ percent, passed: z.boolean() })),
        })
        .check(notAbove('lessonsCompleted', 'lessons')),
    )
    .check(z.maxLength(COURSE_MODULES.length)),
  cases: z.array(z.strictObject({ caseId: id, endingId: id, overall: percent })).check(z.maxLength(200)),
  worksheetComplete: z.boolean(),
  objectives: z
    .array(z.strictObject({ objective: z.literal(LEARNING_OBJECTIVES), percent }))
    .check(z.maxLength(LEARNING_OBJECTIVES.length)),
});

type Assert<T extends true> = T;
type Fits<T, U> = [T] extends [U] ? true : false;
/** Compile-time proof that what the schema accepts is a domain `CompletionRecord`. @public */
export type RecordSchemaFitsDomain = Assert<Fits<z.output<typeof completionRecordSchema>, CompletionRecord>>;

/** Checks a record's fields; issues are named under `record.`. Never throws. */
export function validateRecord(data: unknown): Validated<CompletionRecord> {
  const parsed = completionRecordSchema.safeParse(data);
  if (parsed.success) return ok(parsed.data);
  const issues = parsed.error.issues.flatMap((issue) => fromZodIssue(issue, data));
  return fail(...issues.map((i) => ({ ...i, field: i.field === '' ? 'record' : `record.${i.field}` })));
}

/**
 * Read a record file. Issues (field `file` unless a record field is named): `tooLarge` {max}
 * (KB), `notJson` {line, column}, `notJsonEnd`, `notRecordFile`, `newerFormat` {version}, and
 * any issue of `validateRecord`. Never throws.
 */
export function parseRecordFile(text: string): Validated<CompletionRecord> {
  const read = readJsonText(text, RECORD_FILE_MAX_BYTES);
  if (!read.ok) return read;
  const parsed = read.value;
  if (!isObject(parsed) || parsed['format'] !== RECORD_FILE_FORMAT || !('record' in parsed))
    return fail({ field: 'file', code: 'notRecordFile' });
  const version = parsed['formatVersion'];
  if (typeof version === 'number' && Number.isSafeInteger(version) && version > RECORD_FILE_VERSION)
    return fail({ field: 'file', code: 'newerFormat', params: { version } });
  if (version !== RECORD_FILE_VERSION) return fail({ field: 'file', code: 'notRecordFile' });
  return validateRecord(parsed['record']);
}

/** Whether a record and a typed code belong together. */
export type Verdict =
  | { readonly kind: 'match'; readonly record: CompletionRecord }
  | { readonly kind: 'noMatch'; readonly record: CompletionRecord }
  | { readonly kind: 'invalid'; readonly issues: readonly FieldIssue[] };

/** Checks a record file's text against a typed code: file and code problems first, then match or no match. */
export async function verifyRecord(fileText: string, typedCode: string): Promise<Verdict> {
  const file = parseRecordFile(fileText);
  const code = parseCode(typedCode);
  const issues = [...(file.ok ? [] : file.issues), ...(code.ok ? [] : code.issues)];
  if (!file.ok || !code.ok) return { kind: 'invalid', issues };
  return (await verificationCode(file.value)) === code.value
    ? { kind: 'match', record: file.value }
    : { kind: 'noMatch', record: file.value };
}
