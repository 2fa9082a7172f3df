/**
 * Whether the lesson's self-check is done, from what is saved: it is when its best saved attempt
 * passes (`selfCheckPassed`, the one rule the end-of-lesson panel, the course map and the
 * progress page use). The lesson header loads this only when something is saved, so a first
 * visit does not load the saved-quiz checks.
 */
import { selfCheckPassed } from '../quiz/display';
import { quizzesSlot, validateSavedQuizzes, type SavedQuizzes } from '../quiz/saved';
import { decodeRaw } from '../storage/slot';

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

/** Whether a saved value of the quizzes slot (as the vault announces it) passes the self-check `quizId`. */
export function checkPassedInValue(value: unknown, quizId: string): boolean {
  const checked = validateSavedQuizzes(value);
  return checked.ok && checkPassedIn(checked.value, quizId);
}
