/**
 * The lesson header's progress line: how many of the lesson's sections the reader has reached
 * on this visit, and whether the lesson's own self-check has been passed.
 *
 * Rules:
 * - A section counts as **read** once its heading has been on screen or scrolled above it
 *   (the heading's top is above the bottom of the viewport). Reading only goes forward: a
 *   section stays read when the reader scrolls back up.
 * - The self-check is **done** when its best saved attempt passes (`selfCheckPassed`, the one
 *   rule the end-of-lesson panel, the course map and the progress page use).
 */
import { selfCheckPassed } from '../quiz/display';
import { quizzesSlot, type SavedQuizzes } from '../quiz/saved';
import { decodeRaw } from '../storage/slot';

/** Whether a heading whose top is at `top` (px from the viewport's top) has been reached. */
export const headingReached = (top: number, viewportHeight: number): boolean => top < viewportHeight;

export interface ReadingState {
  readonly read: number;
  readonly sections: number;
  /** read ÷ sections, 0–1 (0 for a lesson without sections). */
  readonly share: number;
  /** null when the lesson has no self-check of its own. */
  readonly checkDone: boolean | null;
}

export function readingState(
  readIds: ReadonlySet<string>,
  sectionIds: readonly string[],
  checkDone: boolean | null,
): ReadingState {
  const read = sectionIds.filter((id) => readIds.has(id)).length;
  return {
    read,
    sections: sectionIds.length,
    share: sectionIds.length === 0 ? 0 : read / sectionIds.length,
    checkDone,
  };
}

/** Whether the saved quizzes pass the self-check `quizId` (false when nothing valid is saved). */
export function checkPassedIn(saved: SavedQuizzes | null, quizId: string): boolean {
  if (saved === null || !Object.hasOwn(saved.records, quizId)) return false;
  return selfCheckPassed(saved.records[quizId]);
}

/** The saved quizzes from the raw text of their storage slot, or null when absent or unreadable. */
export function savedQuizzesFrom(raw: string | null): SavedQuizzes | null {
  if (raw === null) return null;
  const decoded = decodeRaw(quizzesSlot, raw);
  return decoded.kind === 'ok' ? decoded.value : null;
}
