import { recordAttempt, type LatestAttempt } from '../domain/quiz/record';
import { quizzesSlot } from '../domain/quiz/saved';
import { slotStore } from './slot';

export const quizzes = slotStore(quizzesSlot);
export const $quizzes = quizzes.$value;

/** Save a checked attempt: it becomes the latest, and the best if it beats the best. */
export function saveAttempt(bankId: string, attempt: Omit<LatestAttempt, 'at'>, at = new Date()) {
  const current = quizzes.get();
  const record = recordAttempt(current.records[bankId], { ...attempt, at: at.toISOString() });
  quizzes.set({ records: { ...current.records, [bankId]: record } });
}
