/**
 * Scoring any question, and the scoring rules the help text explains to learners.
 *
 * Scoring rules (each question is worth 1 point unless its `points` says otherwise):
 * - **Single choice** — all the points for the correct option, none otherwise.
 * - **Multiple choice** — points × max(0, (correct options ticked − wrong options ticked) ÷
 *   number of correct options). Each wrong tick cancels a right one, so ticking everything
 *   earns nothing; the order of ticking does not matter; a question never goes below 0.
 * - **Ordering** — points × (L − 1) ÷ (n − 1), where n is the number of items and L the
 *   largest number of items already in the correct relative order. Moving one misplaced item
 *   costs 1 ÷ (n − 1) of the points; a fully reversed order earns nothing.
 * - **Matching / classification** — points × share of items placed in the right category.
 * - **Numeric** — all the points when the number is within the stated tolerance of the
 *   answer (boundary included), none otherwise.
 * - An answer that is empty, incomplete or unreadable is not marked wrong: it scores
 *   `{ type: 'invalid', reason }` and the learner is asked to complete it. When a whole quiz
 *   is submitted, such questions earn 0 (see `scoreAttempt`).
 *
 * Every function here is pure and accepts `unknown` input, so answers restored from storage
 * or a results file are checked before use and never throw.
 */
import { choiceFeedback, scoreChoice, validateChoice, type ChoiceFeedback } from './score-choice';
import { matchingFeedback, scoreMatching, validateMatching, type MatchingFeedback } from './score-matching';
import { numericFeedback, scoreNumeric, validateNumeric, type NumericFeedback } from './score-numeric';
import { orderingFeedback, scoreOrdering, validateOrdering, type OrderingFeedback } from './score-ordering';
import type { InvalidReason, InvalidScore, QuizQuestion, QuizScore } from './types';

/** Right/wrong per option or item, by id (never prose): the UI marks and explains them. */
export type QuestionFeedback = ChoiceFeedback | OrderingFeedback | MatchingFeedback | NumericFeedback | InvalidScore;

/** Scores one answer; `input` may be anything (a missing answer scores `noAnswer`). */
export function scoreQuestion(question: QuizQuestion, input: unknown): QuizScore {
  if (input === undefined || input === null) return { type: 'invalid', reason: 'noAnswer' };
  switch (question.type) {
    case 'singleChoice':
    case 'multipleChoice':
      return scoreChoice(question, input);
    case 'ordering':
      return scoreOrdering(question, input);
    case 'matching':
      return scoreMatching(question, input);
    case 'numeric':
      return scoreNumeric(question, input);
  }
}

/** Why an answer cannot be scored yet (to disable "Check" or prompt the learner), or null. */
export function validateAnswer(question: QuizQuestion, input: unknown): InvalidReason | null {
  if (input === undefined || input === null) return 'noAnswer';
  switch (question.type) {
    case 'singleChoice':
    case 'multipleChoice':
      return validateChoice(question, input);
    case 'ordering':
      return validateOrdering(question, input);
    case 'matching':
      return validateMatching(question, input);
    case 'numeric':
      return validateNumeric(question, input);
  }
}

/** Which options/items are right or wrong for this answer, by id. */
export function questionFeedback(question: QuizQuestion, input: unknown): QuestionFeedback {
  if (input === undefined || input === null) return { type: 'invalid', reason: 'noAnswer' };
  switch (question.type) {
    case 'singleChoice':
    case 'multipleChoice':
      return choiceFeedback(question, input);
    case 'ordering':
      return orderingFeedback(question, input);
    case 'matching':
      return matchingFeedback(question, input);
    case 'numeric':
      return numericFeedback(question, input);
  }
}
