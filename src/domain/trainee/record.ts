/**
 * The record of completion: what the printed certificate states, as a file the trainee can
 * hand in, and the verification code printed on the certificate.
 *
 * File format (`ccl-completion-record`, version 1), UTF-8 JSON:
 *
 *   { "format": "ccl-completion-record", "formatVersion": 1,
 *     "record": { "name": "Li Wei", "issuedOn": "2026-12-02",
 *                 "lessons": { "completed": 12, "total": 19 },
 *                 "modules": [ { "module": "A", "lessonsCompleted": 3, "lessons": 3,
 *                                "assessment": { "percent": 80, "passed": true } | null }, … ],
 *                 "cases": [ { "caseId": "kimura-slippers", "endingId": "…", "overall": 85 }, … ],
 *                 "worksheetComplete": true,
 *                 "objectives": [ { "objective": 1, "percent": 75 }, … ] } }
 *
 * The **verification code** is the first 10 characters of the base-32 (RFC 4648 alphabet, no
 * padding) SHA-256 of the record's canonical text: JSON with object keys sorted, no spaces.
 * Any change to the record — a name, a date, a score — changes the code, so a file that comes
 * back with the code from its certificate can be checked. The code proves the two belong
 * together, not who made them: anyone with the site can make a matching pair.
 */
import { fail, ok, type FieldIssue, type Validated } from '../result';
import { COURSE_MODULES, type CourseModule } from '../quiz/progress-types';
import { LEARNING_OBJECTIVES, type LearningObjective } from '../quiz/types';
import { wholePercent } from '../quiz/display';
import { readJsonText } from '../files/json';
import type { TraineeActivity } from './activity';
import { isObject } from '../guards';

export const RECORD_FILE_FORMAT = 'ccl-completion-record';
export const RECORD_FILE_VERSION = 1;
export const RECORD_FILE_MAX_BYTES = 64 * 1024;
export const CODE_LENGTH = 10;
export const NAME_MAX = 100;

export interface ModuleRecord {
  readonly module: CourseModule;
  readonly lessonsCompleted: number;
  readonly lessons: number;
  /** Best attempt at the module assessment: whole percent and whether it passed; null if not taken. */
  readonly assessment: { readonly percent: number; readonly passed: boolean } | null;
}

export interface CaseRecord {
  readonly caseId: string;
  /** Ending of the best attempt. */
  readonly endingId: string;
  /** Overall care score of the best attempt, whole percent. */
  readonly overall: number;
}

export interface CompletionRecord {
  readonly name: string;
  /** Day of issue, YYYY-MM-DD. */
  readonly issuedOn: string;
  readonly lessons: { readonly completed: number; readonly total: number };
  readonly modules: readonly ModuleRecord[];
  readonly cases: readonly CaseRecord[];
  readonly worksheetComplete: boolean;
  readonly objectives: readonly { readonly objective: LearningObjective; readonly percent: number }[];
}

/** The local calendar day of a date, YYYY-MM-DD. */
export function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The record of what the activity summary shows, for the name typed and the day of issue. */
export function recordOf(activity: TraineeActivity, name: string, issued: Date): CompletionRecord {
  const { course } = activity;
  return {
    name: name.trim().slice(0, NAME_MAX),
    issuedOn: dayOf(issued),
    lessons: { completed: course.overall.completedLessons, total: course.overall.lessons },
    modules: course.modules.map((m): ModuleRecord => {
      const a = m.assessments[0];
      return {
        module: m.module,
        lessonsCompleted: m.completedLessons,
        lessons: m.lessons,
        assessment: a?.best ? { percent: wholePercent(a.best.earned, a.best.total), passed: a.passed === true } : null,
      };
    }),
    cases: activity.cases.flatMap((c) =>
      c.best ? [{ caseId: c.caseId, endingId: c.best.endingId, overall: c.best.overall }] : [],
    ),
    worksheetComplete: activity.worksheet.complete,
    objectives: activity.objectives.map((o) => ({ objective: o.objective, percent: o.percent })),
  };
}

/** JSON with every object's keys sorted and no whitespace: the same record always gives the same text. */
export function canonicalText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalText).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalText(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Bytes in base 32 (RFC 4648 alphabet, no padding). */
export function base32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31];
  return out;
}

/** The verification code of a record: 10 base-32 characters of the SHA-256 of its canonical text. */
export async function verificationCode(record: CompletionRecord): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalText(record)));
  return base32(new Uint8Array(digest)).slice(0, CODE_LENGTH);
}

/** A code as printed: two groups of five ("ABCDE-FGHIJ"). */
export const printedCode = (code: string) => `${code.slice(0, 5)}-${code.slice(5)}`;

/**
 * A typed code, cleaned: spaces and dashes dropped, letters upper-cased; and 0, 1, 8 read as
 * the O, I, B people mistake them for (base 32 has no 0, 1 or 8). Issues: `required`,
 * `codeLength` {length, expected}, `codeCharacters` {chars}.
 */
export function parseCode(input: string): Validated<string> {
  const cleaned = input
    .replace(/[\s\-–—]/g, '')
    .toUpperCase()
    .replace(/0/g, 'O')
    .replace(/1/g, 'I')
    .replace(/8/g, 'B');
  if (cleaned === '') return fail({ field: 'code', code: 'required' });
  const wrong = [...new Set([...cleaned].filter((c) => !BASE32.includes(c)))];
  if (wrong.length > 0) return fail({ field: 'code', code: 'codeCharacters', params: { chars: wrong.join(' ') } });
  if (cleaned.length !== CODE_LENGTH)
    return fail({ field: 'code', code: 'codeLength', params: { length: cleaned.length, expected: CODE_LENGTH } });
  return ok(cleaned);
}

export function buildRecordFile(record: CompletionRecord): string {
  return `${JSON.stringify({ format: RECORD_FILE_FORMAT, formatVersion: RECORD_FILE_VERSION, record }, null, 2)}\n`;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= 10_000;
const isPercent = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isId = (v: unknown): v is string => typeof v === 'string' && v.length <= 64 && ID.test(v);
const DAY = /^\d{4}-\d\d-\d\d$/;
const isDay = (v: unknown): v is string =>
  typeof v === 'string' &&
  DAY.test(v) &&
  !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
  new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

/** Checks a record's fields, rebuilding it from known fields only. Issues name the field. */
export function validateRecord(data: unknown): Validated<CompletionRecord> {
  const issues: FieldIssue[] = [];
  const bad = (field: string, code = 'invalid') => {
    issues.push({ field, code });
  };
  if (!isObject(data)) return fail({ field: 'record', code: 'notAnObject' });
  const { name, issuedOn, lessons, modules, cases, worksheetComplete, objectives } = data;
  if (typeof name !== 'string' || name.length > NAME_MAX) bad('record.name');
  if (!isDay(issuedOn)) bad('record.issuedOn');
  if (
    !isObject(lessons) ||
    !isCount(lessons['completed']) ||
    !isCount(lessons['total']) ||
    lessons['completed'] > lessons['total']
  )
    bad('record.lessons');
  const moduleList: ModuleRecord[] = [];
  if (!Array.isArray(modules) || modules.length > COURSE_MODULES.length) bad('record.modules');
  else
    modules.forEach((m: unknown, i) => {
      const field = `record.modules.${i}`;
      if (!isObject(m)) return void bad(field);
      const { module, lessonsCompleted, lessons: count, assessment: a } = m;
      const assessmentOk = a === null || (isObject(a) && isPercent(a['percent']) && typeof a['passed'] === 'boolean');
      if (
        !COURSE_MODULES.includes(module as CourseModule) ||
        !isCount(lessonsCompleted) ||
        !isCount(count) ||
        lessonsCompleted > count ||
        !assessmentOk
      )
        return void bad(field);
      const assessment = isObject(a) ? { percent: a['percent'] as number, passed: a['passed'] as boolean } : null;
      moduleList.push({ module: module as CourseModule, lessonsCompleted, lessons: count, assessment });
    });
  const caseList: CaseRecord[] = [];
  if (!Array.isArray(cases) || cases.length > 200) bad('record.cases');
  else
    cases.forEach((c, i) => {
      if (!isObject(c) || !isId(c['caseId']) || !isId(c['endingId']) || !isPercent(c['overall'])) {
        bad(`record.cases.${i}`);
        return;
      }
      caseList.push({ caseId: c['caseId'], endingId: c['endingId'], overall: c['overall'] });
    });
  if (typeof worksheetComplete !== 'boolean') bad('record.worksheetComplete');
  const objectiveList: { objective: LearningObjective; percent: number }[] = [];
  if (!Array.isArray(objectives) || objectives.length > LEARNING_OBJECTIVES.length) bad('record.objectives');
  else
    objectives.forEach((o, i) => {
      if (
        !isObject(o) ||
        !LEARNING_OBJECTIVES.includes(o['objective'] as LearningObjective) ||
        !isPercent(o['percent'])
      ) {
        bad(`record.objectives.${i}`);
        return;
      }
      objectiveList.push({ objective: o['objective'] as LearningObjective, percent: o['percent'] });
    });
  if (issues.length > 0) return fail(...issues);
  return ok({
    name: name as string,
    issuedOn: issuedOn as string,
    lessons: { completed: (lessons as { completed: number }).completed, total: (lessons as { total: number }).total },
    modules: moduleList,
    cases: caseList,
    worksheetComplete: worksheetComplete as boolean,
    objectives: objectiveList,
  });
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
