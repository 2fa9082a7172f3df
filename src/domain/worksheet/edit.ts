/**
 * Changes to a worksheet, as pure functions: each returns a new worksheet and never breaks the
 * limits in `LIMITS` (texts are cut to their maximum, lists stop growing at theirs), so whatever
 * the page does, what it saves passes `validateWorksheet`.
 */
import type { CriterionId, QuestionId, Score } from './ids';
import {
  LIMITS,
  emptyChecklistItem,
  emptyPlanRow,
  emptyRating,
  type ChecklistItem,
  type PlanRow,
  type Rating,
  type Worksheet,
} from './worksheet';

/** The next free id with a prefix: one more than the largest number in use (`p3` after `p1`, `p2`). */
export function nextId(prefix: string, existing: readonly { readonly id: string }[]): string {
  let max = 0;
  for (const { id } of existing) {
    const n = id.startsWith(prefix) ? Number(id.slice(prefix.length)) : 0;
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${prefix}${max + 1}`;
}

/** Move the entry with `id` by `delta` places (−1 up, +1 down); unchanged at the ends or if absent. */
export function moveEntry<T extends { readonly id: string }>(
  entries: readonly T[],
  id: string,
  delta: number,
): readonly T[] {
  const from = entries.findIndex((e) => e.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= entries.length || delta === 0) return entries;
  const next = [...entries];
  next.splice(to, 0, ...next.splice(from, 1));
  return next;
}

/** Text fields cut to their limit (LIMITS is keyed by field name); other values pass through. */
function clamp<T extends object>(patch: T): T {
  const out = { ...patch } as Record<string, unknown>;
  for (const [key, value] of Object.entries(out)) {
    const max = (LIMITS as Record<string, number>)[key];
    if (typeof value === 'string' && max !== undefined && value.length > max) out[key] = value.slice(0, max);
  }
  return out as T;
}

/** The two editable tables: the care plan and the action checklist. */
export type ListKey = 'plan' | 'checklist';
type Added = { worksheet: Worksheet; id: string | null };
type Patch<K extends ListKey> = Partial<Omit<Worksheet[K][number], 'id'>>;

const LIST_LIMIT = { plan: LIMITS.planRows, checklist: LIMITS.checklistItems } as const;

/** Add a blank entry at the end of a table (ids `p1…`, `c1…`); `id` is null when the table is full. */
export function addEntry(ws: Worksheet, key: ListKey): Added {
  const list = ws[key];
  if (list.length >= LIST_LIMIT[key]) return { worksheet: ws, id: null };
  const id = nextId(key[0]!, list);
  return { worksheet: { ...ws, [key]: [...list, key === 'plan' ? emptyPlanRow(id) : emptyChecklistItem(id)] }, id };
}
export const updateEntry = <K extends ListKey>(ws: Worksheet, key: K, id: string, patch: Patch<K>): Worksheet => ({
  ...ws,
  [key]: (ws[key] as readonly { id: string }[]).map((e) => (e.id === id ? { ...e, ...clamp(patch) } : e)),
});
export const removeEntry = (ws: Worksheet, key: ListKey, id: string): Worksheet => ({
  ...ws,
  [key]: (ws[key] as readonly { id: string }[]).filter((e) => e.id !== id),
});
export const moveEntryIn = (ws: Worksheet, key: ListKey, id: string, delta: number): Worksheet => ({
  ...ws,
  [key]: moveEntry(ws[key] as readonly { id: string }[], id, delta),
});

export const addPlanRow = (ws: Worksheet) => addEntry(ws, 'plan');
export const updatePlanRow = (ws: Worksheet, id: string, patch: Partial<Omit<PlanRow, 'id'>>) =>
  updateEntry(ws, 'plan', id, patch);
export const removePlanRow = (ws: Worksheet, id: string) => removeEntry(ws, 'plan', id);
export const movePlanRow = (ws: Worksheet, id: string, delta: number) => moveEntryIn(ws, 'plan', id, delta);
export const addChecklistItem = (ws: Worksheet) => addEntry(ws, 'checklist');
export const updateChecklistItem = (ws: Worksheet, id: string, patch: Partial<Omit<ChecklistItem, 'id'>>) =>
  updateEntry(ws, 'checklist', id, patch);

const updateRating = (ws: Worksheet, id: string, change: (rating: Rating) => Rating): Worksheet => ({
  ...ws,
  ratings: ws.ratings.map((r) => (r.id === id ? change(r) : r)),
});

/** Set (or clear, with null) one criterion's score in one rating. */
export const setScore = (ws: Worksheet, ratingId: string, criterion: CriterionId, score: Score | null): Worksheet =>
  updateRating(ws, ratingId, (r) => ({ ...r, scores: { ...r.scores, [criterion]: score } }));
export const setComment = (ws: Worksheet, ratingId: string, criterion: CriterionId, comment: string): Worksheet =>
  updateRating(ws, ratingId, (r) => ({
    ...r,
    comments: { ...r.comments, [criterion]: comment.slice(0, LIMITS.comment) },
  }));
export const setRater = (ws: Worksheet, ratingId: string, rater: string): Worksheet =>
  updateRating(ws, ratingId, (r) => clamp({ ...r, rater }));

/** Add an empty peer rating; `id` is null when there are already LIMITS.peers of them. */
export function addPeerRating(ws: Worksheet): Added {
  if (ws.ratings.filter((r) => r.by === 'peer').length >= LIMITS.peers) return { worksheet: ws, id: null };
  const id = nextId('r', ws.ratings);
  return { worksheet: { ...ws, ratings: [...ws.ratings, emptyRating(id, 'peer')] }, id };
}

/** Remove a peer rating (the self-rating always stays). */
export const removePeerRating = (ws: Worksheet, id: string): Worksheet => ({
  ...ws,
  ratings: ws.ratings.filter((r) => r.id !== id || r.by === 'self'),
});

export const setAnswer = (ws: Worksheet, question: QuestionId, answer: string): Worksheet => ({
  ...ws,
  answers: { ...ws.answers, [question]: answer.slice(0, LIMITS.answer) },
});
