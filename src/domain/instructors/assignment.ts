/**
 * An assignment, as an instructor builds it and a trainee opens it from a link.
 *
 * Carried in the URL fragment of the trainee page (`assignment/#<fragment>`), so it never
 * reaches a server. The builder writes the short link format 2 (./shortLink.ts). Format 1,
 * read here, is what earlier links carry and must keep opening: the assignment as JSON
 * (UTF-8), encoded as base64url without padding:
 * ```
 * { "v": 1, "title": "Week 3", "instructions": "…", "due": "2026-12-01" | "",
 *   "classCode": "CC-2026-A",
 *   "items": [{ "kind": "case", "id": "kimura-slippers" },
 *             { "kind": "calculator", "id": "nps", "preset": "worked-example" },
 *             { "kind": "selfCheck", "id": "what-is-client-care" }, … ] }
 * ```
 * A fragment longer than {@link MAX_FRAGMENT_LENGTH} characters is refused both when building
 * and when opening, so a link always fits a QR code and a chat message. Opening validates every
 * field and reports the first problems with precise codes; it never throws.
 */
import { fail, isNewerVersion, ok, type FieldIssue, type Validated } from '../result';
import { isObject } from '../guards';

export const ASSIGNMENT_VERSION = 1;
/** Longest fragment accepted (characters after `#`). */
export const MAX_FRAGMENT_LENGTH = 4000;
export const TITLE_MAX = 120;
export const INSTRUCTIONS_MAX = 1500;
export const MAX_ITEMS = 40;
/** A class code: letters, digits, dashes and underscores, 1–40 characters. */
export const CLASS_CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d\d-\d\d$/;

export const ITEM_KINDS = ['case', 'worksheet', 'calculator', 'selfCheck', 'assessment'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const CALCULATOR_PRESETS = ['worked-example'] as const;
export type CalculatorPreset = (typeof CALCULATOR_PRESETS)[number];

/** One thing the trainee is asked to do. `id` is a case id, calculator name or question-bank id. */
export interface AssignmentItem {
  readonly kind: ItemKind;
  readonly id: string;
  /** Calculators only: open with this preset. */
  readonly preset?: CalculatorPreset;
}

export interface Assignment {
  readonly v: typeof ASSIGNMENT_VERSION;
  readonly title: string;
  readonly instructions: string;
  /** `YYYY-MM-DD`, or empty for no due date. */
  readonly due: string;
  readonly classCode: string;
  readonly items: readonly AssignmentItem[];
}

export const isItemKind = (v: unknown): v is ItemKind =>
  typeof v === 'string' && (ITEM_KINDS as readonly string[]).includes(v);

/** A real calendar date `YYYY-MM-DD`. */
export function isDueDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === value;
}

/** The saved work (slot) an item kind reads its status from. */
export const WORK_OF = {
  case: 'cases',
  worksheet: 'worksheet',
  calculator: 'calculators',
  selfCheck: 'quizzes',
  assessment: 'quizzes',
} as const satisfies Readonly<Record<ItemKind, string>>;

/** The key that identifies an item within an assignment. */
export const itemKey = (item: Pick<AssignmentItem, 'kind' | 'id'>) => `${item.kind}:${item.id}`;

/** Checks one item; problems go to `issues` under `field`. */
export function validateItem(data: unknown, field: string, issues: FieldIssue[]): AssignmentItem | null {
  if (!isObject(data)) {
    issues.push({ field, code: 'notAnObject' });
    return null;
  }
  const { kind, id, preset } = data;
  if (!isItemKind(kind)) {
    issues.push({ field: `${field}.kind`, code: 'unknownKind' });
    return null;
  }
  if (typeof id !== 'string' || id.length > 64 || !SLUG.test(id)) {
    issues.push({ field: `${field}.id`, code: 'badId' });
    return null;
  }
  if (preset !== undefined && (kind !== 'calculator' || !(CALCULATOR_PRESETS as readonly unknown[]).includes(preset))) {
    issues.push({ field: `${field}.preset`, code: 'badPreset' });
    return null;
  }
  return preset === undefined ? { kind, id } : { kind, id, preset: preset as CalculatorPreset };
}

/** Checks an assignment object (from a fragment, a results file or the builder). Never throws. */
export function validateAssignment(data: unknown): Validated<Assignment> {
  if (!isObject(data)) return fail({ field: '', code: 'notAnObject' });
  const issues: FieldIssue[] = [];
  const { v, title, instructions, due, classCode, items } = data;
  if (v !== ASSIGNMENT_VERSION) {
    issues.push({ field: 'v', code: isNewerVersion(v, ASSIGNMENT_VERSION) ? 'newerVersion' : 'badVersion' });
  }
  if (typeof title !== 'string' || title.trim() === '') issues.push({ field: 'title', code: 'required' });
  else if (title.length > TITLE_MAX) issues.push({ field: 'title', code: 'tooLong', params: { max: TITLE_MAX } });
  if (typeof instructions !== 'string') issues.push({ field: 'instructions', code: 'required' });
  else if (instructions.length > INSTRUCTIONS_MAX)
    issues.push({ field: 'instructions', code: 'tooLong', params: { max: INSTRUCTIONS_MAX } });
  if (due !== '' && !isDueDate(due)) issues.push({ field: 'due', code: 'badDate' });
  if (typeof classCode !== 'string' || classCode === '') issues.push({ field: 'classCode', code: 'required' });
  else if (!CLASS_CODE.test(classCode)) issues.push({ field: 'classCode', code: 'badClassCode' });
  const clean: AssignmentItem[] = [];
  if (!Array.isArray(items) || items.length === 0) issues.push({ field: 'items', code: 'noItems' });
  else if (items.length > MAX_ITEMS) issues.push({ field: 'items', code: 'tooMany', params: { max: MAX_ITEMS } });
  else {
    const seen = new Set<string>();
    items.forEach((raw: unknown, i) => {
      const item = validateItem(raw, `items.${i}`, issues);
      if (!item) return;
      if (seen.has(itemKey(item))) issues.push({ field: `items.${i}`, code: 'duplicate' });
      seen.add(itemKey(item));
      clean.push(item);
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  return ok({
    v: ASSIGNMENT_VERSION,
    title: (title as string).trim(),
    instructions: instructions as string,
    due: due as string,
    classCode: classCode as string,
    items: clean,
  });
}

/** The bytes of a base64url string (no padding), or null if it is not base64url. */
export function base64UrlToBytes(encoded: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) return null;
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (encoded.length % 4)) % 4));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The UTF-8 text of a base64url string, or null if it is not valid base64url or not valid UTF-8. */
export function fromBase64Url(encoded: string): string | null {
  const bytes = base64UrlToBytes(encoded);
  if (bytes === null) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The assignment in a fragment of link format 1 (with or without the leading `#`); links of
 * either format are read by `readAssignmentLink` (./shortLink.ts). Never throws. Codes:
 * `empty`, `tooLong`, `notBase64` (damaged or cut link), `notJson` (cut or altered), then the
 * field codes of {@link validateAssignment}.
 */
export function decodeAssignment(fragment: string): Validated<Assignment> {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (body === '') return fail({ field: 'link', code: 'empty' });
  if (body.length > MAX_FRAGMENT_LENGTH)
    return fail({ field: 'link', code: 'tooLong', params: { max: MAX_FRAGMENT_LENGTH } });
  const text = fromBase64Url(body);
  if (text === null) return fail({ field: 'link', code: 'notBase64' });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail({ field: 'link', code: 'notJson' });
  }
  return validateAssignment(data);
}

/**
 * The moment after which a hand-in is late: the end of the due date everywhere on Earth
 * (23:59:59.999 at UTC−12), so no trainee's time zone makes an on-time hand-in look late.
 * Null for no due date.
 */
export function deadlineOf(due: string): number | null {
  if (!isDueDate(due)) return null;
  return Date.parse(`${due}T23:59:59.999-12:00`);
}

/** Whether a hand-in at `handedInAt` (ISO) is after the due date. */
export function isLate(due: string, handedInAt: string): boolean {
  const deadline = deadlineOf(due);
  const at = Date.parse(handedInAt);
  return deadline !== null && Number.isFinite(at) && at > deadline;
}
