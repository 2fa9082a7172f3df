/**
 * Ordering questions (e.g. the six steps of service recovery): validate, score, feedback.
 *
 * Partial credit by the longest correct subsequence: L is the largest number of items that
 * already stand in the correct relative order in the learner's answer, and
 * earned = points × (L − 1) ÷ (n − 1) for n ≥ 2 items.
 *
 * Why not "share of items in the right position": one item dragged from last to first shifts
 * every other item by one place, so a learner who knows the sequence of five of the six
 * recovery steps would score 0. L counts what the learner got right about the sequence, and
 * n − L is exactly the fewest drag-and-drop moves that fix the answer. Subtracting 1 (any
 * single item is trivially "in order") makes a fully reversed answer worth 0 and the correct
 * answer worth all the points; one misplaced item costs 1 ÷ (n − 1) of them.
 */
import type { InvalidReason, InvalidScore, OrderingQuestion, OrderingUserInput, QuizScore } from './types';
import { questionPoints } from './types';

/** Which items to mark, by id, in the learner's order. */
export interface OrderingFeedback {
  readonly type: 'ordering';
  /** Items in exactly their correct position. */
  readonly inCorrectPosition: readonly string[];
  /** Items outside one longest correctly ordered subsequence: the ones to move. */
  readonly toMove: readonly string[];
}

/** Why the input cannot be scored, or null when it can. */
export function validateOrdering(question: OrderingQuestion, input: unknown): InvalidReason | null {
  const read = readOrdering(question, input);
  return typeof read === 'string' ? read : null;
}

/** Scores an ordering answer by its longest correctly ordered subsequence (see the module comment). */
export function scoreOrdering(question: OrderingQuestion, input: unknown): QuizScore {
  const read = readOrdering(question, input);
  if (typeof read === 'string') return { type: 'invalid', reason: read };
  const total = questionPoints(question);
  const n = read.order.length;
  if (n < 2) return { type: 'points', earned: total, total };
  const inSequence = longestOrderedSubsequence(ranks(question, read.order)).length;
  // Share first, then points: total × 1 is exactly total, (total × 5) ÷ 5 need not be.
  return { type: 'points', earned: total * (Math.max(0, inSequence - 1) / (n - 1)), total };
}

/** Per-item feedback for an ordering answer. */
export function orderingFeedback(question: OrderingQuestion, input: unknown): OrderingFeedback | InvalidScore {
  const read = readOrdering(question, input);
  if (typeof read === 'string') return { type: 'invalid', reason: read };
  const keep = new Set(longestOrderedSubsequence(ranks(question, read.order)));
  return {
    type: 'ordering',
    inCorrectPosition: read.order.filter((id, i) => question.correctOrder[i] === id),
    toMove: read.order.filter((_, i) => !keep.has(i)),
  };
}

/**
 * Indexes (into `values`) of one longest strictly increasing subsequence, by patience sorting
 * in O(n log n). Values below 0 (ids missing from the key) never join a subsequence.
 */
export function longestOrderedSubsequence(values: readonly number[]): number[] {
  const tails: number[] = []; // tails[k] = index ending the best increasing run of length k + 1
  const previous: number[] = values.map(() => -1);
  values.forEach((value, i) => {
    if (value < 0) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((values[tails[mid] ?? 0] ?? 0) < value) lo = mid + 1;
      else hi = mid;
    }
    previous[i] = lo > 0 ? (tails[lo - 1] ?? -1) : -1;
    tails[lo] = i;
  });
  const run: number[] = [];
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = previous[i] ?? -1) run.push(i);
  return run.reverse();
}

/** Each answered id's position in the correct order (−1 if the key does not list it). */
function ranks(question: OrderingQuestion, order: readonly string[]): number[] {
  const position = new Map(question.correctOrder.map((id, i) => [id, i] as const));
  return order.map((id) => position.get(id) ?? -1);
}

/** The input when it is a permutation of the question's items, otherwise why not. */
function readOrdering(question: OrderingQuestion, input: unknown): OrderingUserInput | InvalidReason {
  if (typeof input !== 'object' || input === null || !('order' in input)) return 'malformed';
  const { order } = input;
  if (!Array.isArray(order) || !order.every((id): id is string => typeof id === 'string')) return 'malformed';
  if (order.length === 0) return 'noAnswer';
  const items = new Set(question.items.map((item) => item.id));
  const distinct = new Set(order);
  if (distinct.size !== order.length || order.length !== items.size) return 'malformed';
  if (!order.every((id) => items.has(id))) return 'malformed';
  return { order };
}
