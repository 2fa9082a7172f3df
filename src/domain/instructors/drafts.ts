/**
 * The assignment builder's memory on this device: slot "assignments" (version 1).
 *
 *   { "draft": { "title": "…", "instructions": "…", "due": "YYYY-MM-DD" | "", "classCode": "…",
 *                "items": [{ "kind": "case", "id": "kimura-slippers" }, …] },
 *     "past":  [{ "id": "a1", "createdAt": "<ISO time>", "fragment": "<the link's fragment>",
 *                 "assignment": <an assignment, as ./assignment.ts> }, …] }
 *
 * The draft is the form as it was last left, complete or not (so each field is only checked
 * for type and length; the date may be half typed). Past assignments are the links made, newest
 * first, at most {@link MAX_PAST}; each keeps its fragment so that reopening shows the very link
 * handed out. An entry is never changed: editing makes a new version with a new link.
 *
 * Migrations: none yet. A change of shape raises `version` and adds `migrations[1]`.
 */
import { fail, ok, type FieldIssue, type Validated } from '../result';
import type { SlotDefinition } from '../storage/slot';
import {
  INSTRUCTIONS_MAX,
  MAX_FRAGMENT_LENGTH,
  MAX_ITEMS,
  TITLE_MAX,
  validateAssignment,
  validateItem,
  type Assignment,
  type AssignmentItem,
} from './assignment';

export const MAX_PAST = 50;
const CLASS_CODE_MAX = 40;

export interface AssignmentDraft {
  readonly title: string;
  readonly instructions: string;
  readonly due: string;
  readonly classCode: string;
  readonly items: readonly AssignmentItem[];
}

export interface PastAssignment {
  readonly id: string;
  readonly createdAt: string;
  readonly fragment: string;
  readonly assignment: Assignment;
}

export interface SavedAssignments {
  readonly draft: AssignmentDraft;
  readonly past: readonly PastAssignment[];
}

export const emptyDraft = (): AssignmentDraft => ({ title: '', instructions: '', due: '', classCode: '', items: [] });

const text = (v: unknown, max: number) => typeof v === 'string' && v.length <= max;

/** Checks a draft: strings of bounded length and well-formed items. Never throws. */
export function validateDraft(data: unknown): Validated<AssignmentDraft> {
  const d = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (!text(d['title'], TITLE_MAX)) return fail({ field: 'draft.title', code: 'invalid' });
  if (!text(d['instructions'], INSTRUCTIONS_MAX)) return fail({ field: 'draft.instructions', code: 'invalid' });
  if (!text(d['due'], 10)) return fail({ field: 'draft.due', code: 'invalid' });
  if (!text(d['classCode'], CLASS_CODE_MAX)) return fail({ field: 'draft.classCode', code: 'invalid' });
  const raw = d['items'];
  if (!Array.isArray(raw) || raw.length > MAX_ITEMS) return fail({ field: 'draft.items', code: 'invalid' });
  const issues: FieldIssue[] = [];
  const items = raw.map((item, i) => validateItem(item, `draft.items.${i}`, issues));
  if (issues.length > 0) return { ok: false, issues };
  return ok({
    title: d['title'] as string,
    instructions: d['instructions'] as string,
    due: d['due'] as string,
    classCode: d['classCode'] as string,
    items: items as AssignmentItem[],
  });
}

function validatePast(data: unknown, field: string): Validated<PastAssignment> {
  const p = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const { id, createdAt, fragment } = p;
  if (typeof id !== 'string' || !/^[a-z0-9]{1,20}$/.test(id)) return fail({ field: `${field}.id`, code: 'invalid' });
  if (typeof createdAt !== 'string' || !Number.isFinite(Date.parse(createdAt)))
    return fail({ field: `${field}.createdAt`, code: 'invalid' });
  if (typeof fragment !== 'string' || fragment.length > MAX_FRAGMENT_LENGTH || !/^[A-Za-z0-9_-]+$/.test(fragment)) {
    return fail({ field: `${field}.fragment`, code: 'invalid' });
  }
  const assignment = validateAssignment(p['assignment']);
  if (!assignment.ok) return fail({ field: `${field}.assignment`, code: 'invalid' });
  return ok({ id, createdAt, fragment, assignment: assignment.value });
}

/** Checks saved data of version 1. Never throws. */
export function validateSavedAssignments(data: unknown): Validated<SavedAssignments> {
  if (typeof data !== 'object' || data === null) return fail({ field: '', code: 'notAnObject' });
  const draft = validateDraft((data as { draft?: unknown }).draft);
  if (!draft.ok) return draft;
  const past = (data as { past?: unknown }).past;
  if (!Array.isArray(past) || past.length > MAX_PAST) return fail({ field: 'past', code: 'invalid' });
  const clean: PastAssignment[] = [];
  for (const [i, entry] of past.entries()) {
    const checked = validatePast(entry, `past.${i}`);
    if (!checked.ok) return checked;
    clean.push(checked.value);
  }
  return ok({ draft: draft.value, past: clean });
}

export const assignmentsSlot: SlotDefinition<SavedAssignments> = {
  name: 'assignments',
  version: 1,
  initial: () => ({ draft: emptyDraft(), past: [] }),
  validate: validateSavedAssignments,
};

/** A new id not used by any entry (`a1`, `a2`, …). */
const nextId = (past: readonly PastAssignment[]) => {
  let n = past.length + 1;
  while (past.some((p) => p.id === `a${n}`)) n++;
  return `a${n}`;
};

/**
 * Records a link just made, newest first, dropping the oldest beyond {@link MAX_PAST}. Making
 * the same link again (same fragment) moves that entry to the top instead of listing it twice.
 */
export function recordPast(
  state: SavedAssignments,
  assignment: Assignment,
  fragment: string,
  now: Date,
): SavedAssignments {
  const same = state.past.find((p) => p.fragment === fragment);
  const others = state.past.filter((p) => p !== same);
  const entry: PastAssignment = {
    id: same?.id ?? nextId(state.past),
    createdAt: now.toISOString(),
    fragment,
    assignment,
  };
  return { ...state, past: [entry, ...others].slice(0, MAX_PAST) };
}

/** The draft an entry gives when reopened or copied: its fields, with `title` when given. */
export const draftOf = (a: Assignment, title = a.title): AssignmentDraft => ({
  title: title.slice(0, TITLE_MAX),
  instructions: a.instructions,
  due: a.due,
  classCode: a.classCode,
  items: a.items,
});

/** The draft with `item` moved by `by` places (−1 up, +1 down); unchanged at either end. */
export function moveItem(draft: AssignmentDraft, index: number, by: -1 | 1): AssignmentDraft {
  const to = index + by;
  if (index < 0 || index >= draft.items.length || to < 0 || to >= draft.items.length) return draft;
  const items = [...draft.items];
  [items[index], items[to]] = [items[to]!, items[index]!];
  return { ...draft, items };
}
