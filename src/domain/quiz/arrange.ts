/**
 * The order in which one attempt presents a bank: question order and, per question, the
 * order of its options or items. It is a pure function of the bank and a seed, so the UI
 * saves only the seed with an in-progress attempt and calls `arrangeAttempt` again on reload.
 *
 * - With the bank's `shuffle` on, questions are shuffled, and so are choice options and
 *   matching items (a choice question's `shuffleOptions` overrides the bank for its options,
 *   e.g. `false` when an option reads "all of the above"). Matching categories keep their
 *   authored order, like column headings.
 * - Ordering items are always shuffled, whatever the settings, and never start in the
 *   correct order when there are two or more items: a learner must do something to score.
 */
import { deriveSeed, shuffleSeeded } from './shuffle';
import type { QuizBank, QuizQuestion } from './types';

export interface AttemptLayout {
  /** The seed this layout was made from (save it to restore the layout). */
  readonly seed: number;
  /** Question ids in the order to present them. */
  readonly questionOrder: readonly string[];
  /**
   * Per question id: option ids (choice), the starting order of item ids (ordering), item ids
   * (matching), or an empty list (numeric).
   */
  readonly optionOrder: Readonly<Record<string, readonly string[]>>;
}

/** Lays out one attempt of the bank; the same bank and seed always give the same layout. */
export function arrangeAttempt(bank: QuizBank, seed: number): AttemptLayout {
  const shuffle = bank.shuffle ?? false;
  const ids = bank.questions.map((q) => q.id);
  const questionOrder = shuffle ? shuffleSeeded(ids, deriveSeed(seed, `questions:${bank.id}`)) : ids;
  const optionOrder: Record<string, readonly string[]> = {};
  for (const question of bank.questions) {
    optionOrder[question.id] = arrangeOptions(question, shuffle, deriveSeed(seed, `options:${question.id}`));
  }
  return { seed, questionOrder, optionOrder };
}

function arrangeOptions(question: QuizQuestion, bankShuffles: boolean, seed: number): string[] {
  switch (question.type) {
    case 'singleChoice':
    case 'multipleChoice': {
      const ids = question.options.map((o) => o.id);
      return (question.shuffleOptions ?? bankShuffles) ? shuffleSeeded(ids, seed) : ids;
    }
    case 'ordering':
      return startingOrder(
        question.items.map((item) => item.id),
        question.correctOrder,
        seed,
      );
    case 'matching': {
      const ids = question.items.map((item) => item.id);
      return bankShuffles ? shuffleSeeded(ids, seed) : ids;
    }
    case 'numeric':
      return [];
  }
}

/**
 * A shuffled order that is not the correct one (for two or more items). If the shuffle lands
 * on the correct order (a 1-in-n! chance), rotating it by one place gives a different order
 * that is still a permutation and still deterministic.
 */
export function startingOrder(itemIds: readonly string[], correctOrder: readonly string[], seed: number): string[] {
  const order = shuffleSeeded(itemIds, seed);
  const isCorrect = order.length === correctOrder.length && order.every((id, i) => id === correctOrder[i]);
  if (order.length < 2 || !isCorrect) return order;
  const [first, ...rest] = order;
  return first === undefined ? order : [...rest, first];
}
