/**
 * The results file a trainee hands in for an assignment.
 *
 * Format `ccl-results`, `formatVersion` 1 (JSON, UTF-8):
 * ```
 * { "format": "ccl-results", "formatVersion": 1,
 *   "payload": {
 *     "assignment": { <the assignment, see ./assignment.ts> },
 *     "trainee":    { "name": "<typed by the trainee, 1–100 characters>" },
 *     "handedInAt": "<ISO 8601 time>",
 *     "items": [                                      one per assignment item, same order
 *       { "kind": "case", "id": "<case id>",
 *         "attempt": <the latest finished attempt, format `case-attempt` 1, as saved> | null },
 *       { "kind": "worksheet", "id": "ww-care-plan",
 *         "summary": { "planRows", "checklistItems", "checklistDone",
 *                      "selfTotal": 5–25 | null, "peerTotalMean": number | null, "totalMax": 25 } | null },
 *       { "kind": "calculator", "id": "<name>", "fields": { "<field>": "<raw text>" } | null, "savedAt": "<ISO>" | null },
 *       { "kind": "selfCheck" | "assessment", "id": "<bank id>",
 *         "best":   { "earned", "total", "at" } | null,
 *         "latest": { "earned", "total", "at", "answers": { "<question id>": <answer as given> },
 *                     "questions"?: { "<question id>": { "earned", "total" } } } | null } ] },
 *   "checksum": { "algorithm": "SHA-256", "value": "<64 hex digits>" } }
 * ```
 * `checksum.value` is the SHA-256 of the canonical JSON of `payload` (keys sorted, no spaces;
 * see {@link canonicalJson}). It catches a file cut short or edited by accident; anyone can
 * recompute it, so it is no proof against deliberate tampering.
 *
 * Parsing never throws, never lets a `__proto__` key reach a prototype (every object is rebuilt
 * from checked own keys), and refuses a file whose checksum does not match (`checksumMismatch`).
 * A future format gets `formatVersion` 2; a newer file is refused with `newerVersion`.
 */
import { fail, isNewerVersion, ok, type Validated } from '../result';
import { validateAssignment, type Assignment, type AssignmentItem, type ItemKind } from './assignment';
import { validateSavedCases } from '../cases/saved';
import type { AttemptRecord } from '../cases/attempt';
import { checkFields, type CalcFields } from '../calculators/fields';
import { isObject } from '../guards';

export const RESULTS_FORMAT = 'ccl-results';
export const RESULTS_FORMAT_VERSION = 1;
/** Largest results file accepted, in characters. */
export const MAX_RESULTS_CHARS = 1_000_000;
export const NAME_MAX = 100;
const MAX_POINTS = 10_000;
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,100}$/;
const HEX64 = /^[0-9a-f]{64}$/;

export interface ScoreSummary {
  readonly earned: number;
  readonly total: number;
  readonly at: string;
}
export interface QuestionScore {
  readonly earned: number;
  readonly total: number;
}
export interface LatestQuizResult extends ScoreSummary {
  readonly answers: Readonly<Record<string, unknown>>;
  /** Per-question points, when the trainee's page could score them. */
  readonly questions?: Readonly<Record<string, QuestionScore>>;
}
export interface WorksheetTotals {
  readonly planRows: number;
  readonly checklistItems: number;
  readonly checklistDone: number;
  readonly selfTotal: number | null;
  readonly peerTotalMean: number | null;
  readonly totalMax: number;
}

export type ItemResult =
  | { readonly kind: 'case'; readonly id: string; readonly attempt: AttemptRecord | null }
  | { readonly kind: 'worksheet'; readonly id: string; readonly summary: WorksheetTotals | null }
  | {
      readonly kind: 'calculator';
      readonly id: string;
      readonly fields: CalcFields | null;
      readonly savedAt: string | null;
    }
  | {
      readonly kind: 'selfCheck' | 'assessment';
      readonly id: string;
      readonly best: ScoreSummary | null;
      readonly latest: LatestQuizResult | null;
    };

export interface ResultsPayload {
  readonly assignment: Assignment;
  readonly trainee: { readonly name: string };
  readonly handedInAt: string;
  readonly items: readonly ItemResult[];
}

export interface ResultsFile {
  readonly format: typeof RESULTS_FORMAT;
  readonly formatVersion: typeof RESULTS_FORMAT_VERSION;
  readonly payload: ResultsPayload;
  readonly checksum: { readonly algorithm: 'SHA-256'; readonly value: string };
}

/** Hashes bytes; SHA-256 in the browser and in Node. Injected in tests. */
export type Digest = (bytes: Uint8Array) => Promise<ArrayBuffer | Uint8Array>;

export const sha256: Digest = async (bytes) =>
  globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d)$/;
const isIsoTime = (v: unknown): v is string =>
  typeof v === 'string' && ISO_TIME.test(v) && Number.isFinite(Date.parse(v));

/**
 * JSON with object keys sorted (by UTF-16 code units) and no whitespace: the same data always
 * gives the same text. `undefined` object members are left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const toHex = (buffer: ArrayBuffer | Uint8Array) =>
  Array.from(buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');

/** SHA-256 (hex) of the canonical JSON of a payload. */
export async function payloadChecksum(payload: ResultsPayload, digest: Digest = sha256): Promise<string> {
  return toHex(await digest(new TextEncoder().encode(canonicalJson(payload))));
}

/** The results file for a payload, with its checksum. */
export async function buildResultsFile(payload: ResultsPayload, digest: Digest = sha256): Promise<ResultsFile> {
  return {
    format: RESULTS_FORMAT,
    formatVersion: RESULTS_FORMAT_VERSION,
    payload,
    checksum: { algorithm: 'SHA-256', value: await payloadChecksum(payload, digest) },
  };
}

/** The file's text: indented JSON, as downloaded. */
export const resultsFileText = (file: ResultsFile) => `${JSON.stringify(file, null, 2)}\n`;

// ---- parsing -------------------------------------------------------------------------------

/** A JSON value rebuilt with own keys only, within size limits; undefined when too big or deep. */
function cloneJson(value: unknown, depth = 0): unknown {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return value.length <= 5000 ? value : undefined;
  if (depth > 6) return undefined;
  if (Array.isArray(value)) {
    if (value.length > 500) return undefined;
    const out = value.map((v) => cloneJson(v, depth + 1));
    return out.every((v) => v !== undefined) ? out : undefined;
  }
  if (isObject(value)) {
    const entries = Object.entries(value);
    if (entries.length > 500) return undefined;
    const out: [string, unknown][] = [];
    for (const [k, v] of entries) {
      const c = cloneJson(v, depth + 1);
      if (c === undefined || k.length > 200) return undefined;
      out.push([k, c]);
    }
    return Object.fromEntries(out);
  }
  return undefined;
}

function points(value: unknown): QuestionScore | null {
  if (!isObject(value)) return null;
  const { earned, total } = value;
  if (typeof earned !== 'number' || typeof total !== 'number') return null;
  if (!(earned >= 0 && earned <= total && total > 0 && total <= MAX_POINTS)) return null;
  return { earned, total };
}

function scoreSummary(value: unknown): ScoreSummary | null {
  const p = points(value);
  const at = isObject(value) ? value['at'] : undefined;
  return p && isIsoTime(at) ? { ...p, at } : null;
}

function parseQuiz(
  kind: 'selfCheck' | 'assessment',
  id: string,
  data: Record<string, unknown>,
  field: string,
): Validated<ItemResult> {
  const bestRaw = data['best'];
  const latestRaw = data['latest'];
  const best = bestRaw === null ? null : scoreSummary(bestRaw);
  if (bestRaw !== null && !best) return fail({ field: `${field}.best`, code: 'invalid' });
  if (latestRaw === null) return ok({ kind, id, best, latest: null });
  const latest = scoreSummary(latestRaw);
  if (!latest || !isObject(latestRaw)) return fail({ field: `${field}.latest`, code: 'invalid' });
  const answersRaw = latestRaw['answers'];
  if (!isObject(answersRaw) || !Object.keys(answersRaw).every((k) => ID.test(k))) {
    return fail({ field: `${field}.latest.answers`, code: 'invalid' });
  }
  const answers = cloneJson(answersRaw);
  if (!isObject(answers)) return fail({ field: `${field}.latest.answers`, code: 'tooLarge' });
  const questionsRaw = latestRaw['questions'];
  if (questionsRaw === undefined) return ok({ kind, id, best, latest: { ...latest, answers } });
  if (!isObject(questionsRaw)) return fail({ field: `${field}.latest.questions`, code: 'invalid' });
  const questions: [string, QuestionScore][] = [];
  for (const [qid, q] of Object.entries(questionsRaw)) {
    const p = points(q);
    if (!ID.test(qid) || !p) return fail({ field: `${field}.latest.questions`, code: 'invalid' });
    questions.push([qid, p]);
  }
  return ok({ kind, id, best, latest: { ...latest, answers, questions: Object.fromEntries(questions) } });
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10_000;
const isNullableNumber = (v: unknown, max: number): v is number | null =>
  v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= max);

function parseWorksheet(id: string, data: Record<string, unknown>, field: string): Validated<ItemResult> {
  const s = data['summary'];
  if (s === null) return ok({ kind: 'worksheet', id, summary: null });
  if (!isObject(s)) return fail({ field: `${field}.summary`, code: 'invalid' });
  const { planRows, checklistItems, checklistDone, selfTotal, peerTotalMean, totalMax } = s;
  if (!isCount(planRows) || !isCount(checklistItems) || !isCount(checklistDone) || checklistDone > checklistItems) {
    return fail({ field: `${field}.summary`, code: 'invalid' });
  }
  if (!isCount(totalMax) || !isNullableNumber(selfTotal, totalMax) || !isNullableNumber(peerTotalMean, totalMax)) {
    return fail({ field: `${field}.summary`, code: 'invalid' });
  }
  return ok({
    kind: 'worksheet',
    id,
    summary: { planRows, checklistItems, checklistDone, selfTotal, peerTotalMean, totalMax },
  });
}

function parseCase(id: string, data: Record<string, unknown>, field: string): Validated<ItemResult> {
  const attempt = data['attempt'];
  if (attempt === null) return ok({ kind: 'case', id, attempt: null });
  // The attempt is checked exactly as the saved-cases slot checks its attempts.
  const checked = validateSavedCases({ cases: Object.fromEntries([[id, { run: null, attempts: [attempt] }]]) });
  const record = checked.ok ? checked.value.cases[id]?.attempts[0] : undefined;
  return record ? ok({ kind: 'case', id, attempt: record }) : fail({ field: `${field}.attempt`, code: 'invalid' });
}

function parseItem(data: unknown, expected: AssignmentItem, field: string): Validated<ItemResult> {
  if (!isObject(data)) return fail({ field, code: 'notAnObject' });
  if (data['kind'] !== expected.kind || data['id'] !== expected.id) return fail({ field, code: 'itemMismatch' });
  const kind: ItemKind = expected.kind;
  const id = expected.id;
  switch (kind) {
    case 'case':
      return parseCase(id, data, field);
    case 'worksheet':
      return parseWorksheet(id, data, field);
    case 'calculator': {
      const { fields, savedAt } = data;
      if (fields === null) return ok({ kind, id, fields: null, savedAt: null });
      const clean = checkFields(fields, 20_000);
      if (!clean) return fail({ field: `${field}.fields`, code: 'invalid' });
      if (!isIsoTime(savedAt)) return fail({ field: `${field}.savedAt`, code: 'notATime' });
      return ok({ kind, id, fields: clean, savedAt });
    }
    case 'selfCheck':
    case 'assessment':
      return parseQuiz(kind, id, data, field);
  }
}

/** Checks a payload object. Never throws. */
export function validatePayload(data: unknown): Validated<ResultsPayload> {
  if (!isObject(data)) return fail({ field: 'payload', code: 'notAnObject' });
  const assignment = validateAssignment(data['assignment']);
  if (!assignment.ok)
    return fail(...assignment.issues.map((i) => ({ ...i, field: `payload.assignment.${i.field}`.replace(/\.$/, '') })));
  const trainee = data['trainee'];
  const name = isObject(trainee) ? trainee['name'] : undefined;
  if (typeof name !== 'string' || name.trim() === '') return fail({ field: 'payload.trainee.name', code: 'required' });
  if (name.length > NAME_MAX)
    return fail({ field: 'payload.trainee.name', code: 'tooLong', params: { max: NAME_MAX } });
  const handedInAt = data['handedInAt'];
  if (!isIsoTime(handedInAt)) return fail({ field: 'payload.handedInAt', code: 'notATime' });
  const itemsRaw = data['items'];
  const expected = assignment.value.items;
  if (!Array.isArray(itemsRaw) || itemsRaw.length !== expected.length)
    return fail({ field: 'payload.items', code: 'itemMismatch' });
  const items: ItemResult[] = [];
  for (let i = 0; i < expected.length; i++) {
    const item = parseItem(itemsRaw[i], expected[i] as AssignmentItem, `payload.items.${i}`);
    if (!item.ok) return item;
    items.push(item.value);
  }
  return ok({ assignment: assignment.value, trainee: { name }, handedInAt, items });
}

/**
 * Reads a results file's text. Never throws. Codes: `tooLarge`, `notJson`, `notResultsFile`,
 * `newerVersion`, `badVersion`, `badChecksum` (missing or malformed), field codes of the payload,
 * and `checksumMismatch` when the payload was changed or cut after it was written.
 */
export async function parseResultsFile(text: string, digest: Digest = sha256): Promise<Validated<ResultsFile>> {
  try {
    if (typeof text !== 'string') return fail({ field: 'file', code: 'notJson' });
    if (text.length > MAX_RESULTS_CHARS)
      return fail({ field: 'file', code: 'tooLarge', params: { max: MAX_RESULTS_CHARS } });
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      return fail({ field: 'file', code: 'notJson' });
    }
    if (!isObject(data) || data['format'] !== RESULTS_FORMAT) return fail({ field: 'format', code: 'notResultsFile' });
    const version = data['formatVersion'];
    if (version !== RESULTS_FORMAT_VERSION) {
      return fail({
        field: 'formatVersion',
        code: isNewerVersion(version, RESULTS_FORMAT_VERSION) ? 'newerVersion' : 'badVersion',
      });
    }
    const checksum = data['checksum'];
    const value = isObject(checksum) ? checksum['value'] : undefined;
    if (!isObject(checksum) || checksum['algorithm'] !== 'SHA-256' || typeof value !== 'string' || !HEX64.test(value)) {
      return fail({ field: 'checksum', code: 'badChecksum' });
    }
    const payload = validatePayload(data['payload']);
    if (!payload.ok) return payload;
    // The checksum covers the payload as written, so anything the checks above dropped counts too.
    const actual = toHex(await digest(new TextEncoder().encode(canonicalJson(data['payload']))));
    if (actual !== value) return fail({ field: 'checksum', code: 'checksumMismatch' });
    return ok({
      format: RESULTS_FORMAT,
      formatVersion: RESULTS_FORMAT_VERSION,
      payload: payload.value,
      checksum: { algorithm: 'SHA-256', value },
    });
  } catch {
    return fail({ field: 'file', code: 'unreadable' });
  }
}
