/**
 * The assignment builder's draft and past assignments ($assignments, slot "assignments", see
 * domain/instructors/drafts.ts) and the actions that change them.
 */
import type { Assignment, AssignmentItem } from '../domain/instructors/assignment';
import {
  assignmentsSlot,
  draftOf,
  moveItem,
  recordPast,
  type AssignmentDraft,
  type PastAssignment,
} from '../domain/instructors/drafts';
import { slotStore } from './slot';

export const assignments = slotStore(assignmentsSlot);
export const $assignments = assignments.$value;

/** The draft as it is now (a handler may run before the island has re-rendered with the last keystroke). */
export const currentDraft = () => assignments.get().draft;

const setDraft = (draft: AssignmentDraft) => assignments.set({ ...assignments.get(), draft });

/** Changes some fields of the draft. */
export const updateDraft = (change: Partial<AssignmentDraft>) => setDraft({ ...assignments.get().draft, ...change });

/** Adds an item at the end of the chosen list, or removes it. */
export function toggleItem(item: AssignmentItem, chosen: boolean) {
  const { draft } = assignments.get();
  const others = draft.items.filter((i) => i.kind !== item.kind || i.id !== item.id);
  setDraft({ ...draft, items: chosen ? [...others, item] : others });
}

/** Sets or clears the worked-example preset of a chosen calculator. */
export function setPreset(index: number, worked: boolean) {
  const { draft } = assignments.get();
  const item = draft.items[index];
  if (!item) return;
  const items = [...draft.items];
  items[index] = worked ? { kind: item.kind, id: item.id, preset: 'worked-example' } : { kind: item.kind, id: item.id };
  setDraft({ ...draft, items });
}

export const moveChosen = (index: number, by: -1 | 1) => setDraft(moveItem(assignments.get().draft, index, by));

export const clearDraft = () =>
  setDraft(draftOf({ v: 1, title: '', instructions: '', due: '', classCode: '', items: [] }));

/** Remembers a link just made (the draft stays as it is). */
export const recordLink = (assignment: Assignment, fragment: string, now = new Date()) =>
  assignments.set(recordPast(assignments.get(), assignment, fragment, now));

/** Puts a past assignment back into the form (`title` for a copy). */
export const loadIntoDraft = (entry: PastAssignment, title?: string) => setDraft(draftOf(entry.assignment, title));

export const deletePast = (id: string) =>
  assignments.set({ ...assignments.get(), past: assignments.get().past.filter((p) => p.id !== id) });
