/**
 * Matching / classification questions (items → categories, several items may share one):
 * validate, score, feedback.
 *
 * Scoring: earned = points × (items placed in their correct category ÷ number of items).
 * Each placement is an independent judgement ("is selection time behavioural or
 * attitudinal?"), so each counts the same. Every item must be placed before the answer is
 * scored (`incomplete` otherwise), as Perseus does for its matcher, so an unfinished answer is
 * never mistaken for a wrong one.
 */
import type { InvalidReason, InvalidScore, MatchingQuestion, MatchingUserInput, QuizScore } from './types';
import { questionPoints } from './types';

/** Which items to mark, by id, in the question's authored order. */
export interface MatchingFeedback {
  readonly type: 'matching';
  readonly correctlyPlaced: readonly string[];
  readonly wronglyPlaced: readonly string[];
}

/** Why the input cannot be scored, or null when it can. */
export function validateMatching(question: MatchingQuestion, input: unknown): InvalidReason | null {
  const read = readMatching(question, input);
  return typeof read === 'string' ? read : null;
}

/** Scores a classification by the share of items placed correctly. */
export function scoreMatching(question: MatchingQuestion, input: unknown): QuizScore {
  const read = readMatching(question, input);
  if (typeof read === 'string') return { type: 'invalid', reason: read };
  const total = questionPoints(question);
  const { correctlyPlaced } = tally(question, read);
  const items = question.items.length;
  return { type: 'points', earned: items === 0 ? 0 : total * (correctlyPlaced.length / items), total };
}

/** Per-item feedback for a classification. */
export function matchingFeedback(question: MatchingQuestion, input: unknown): MatchingFeedback | InvalidScore {
  const read = readMatching(question, input);
  if (typeof read === 'string') return { type: 'invalid', reason: read };
  return { type: 'matching', ...tally(question, read) };
}

function tally(question: MatchingQuestion, input: MatchingUserInput) {
  const placedRight = (id: string) => placement(input.placements, id) === placement(question.correctCategory, id);
  const ids = question.items.map((item) => item.id);
  return {
    correctlyPlaced: ids.filter((id) => placedRight(id)),
    wronglyPlaced: ids.filter((id) => !placedRight(id)),
  };
}

/** Own-property lookup, so ids such as `constructor` never read the prototype. */
function placement(map: Readonly<Record<string, string>>, itemId: string): string | undefined {
  return Object.hasOwn(map, itemId) ? map[itemId] : undefined;
}

/** The input when every placement names a known item and category, otherwise why not. */
function readMatching(question: MatchingQuestion, input: unknown): MatchingUserInput | InvalidReason {
  if (typeof input !== 'object' || input === null || !('placements' in input)) return 'malformed';
  const { placements } = input;
  if (typeof placements !== 'object' || placements === null || Array.isArray(placements)) return 'malformed';
  const items = new Set(question.items.map((item) => item.id));
  const categories = new Set(question.categories.map((category) => category.id));
  // An item set back to `undefined` (taken out of its category) counts as unplaced.
  const entries = Object.entries(placements).filter(([, categoryId]) => categoryId !== undefined);
  for (const [itemId, categoryId] of entries) {
    if (!items.has(itemId) || typeof categoryId !== 'string' || !categories.has(categoryId)) return 'malformed';
  }
  if (entries.length === 0) return 'noAnswer';
  if (entries.length < items.size) return 'incomplete';
  return { placements: Object.fromEntries(entries) };
}
