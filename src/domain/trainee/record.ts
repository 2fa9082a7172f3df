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
 * Reading and verifying a file is in src/schemas/record.ts (zod, loaded when someone verifies).
 */
import { fail, ok, type Validated } from '../result';
import type { CourseModule } from '../quiz/progress-types';
import type { LearningObjective } from '../quiz/types';
import { wholePercent } from '../quiz/display';
import type { TraineeActivity } from './activity';

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
