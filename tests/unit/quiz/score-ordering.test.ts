import fc from 'fast-check';
import { longestOrderedSubsequence, orderingFeedback, scoreOrdering } from '../../../src/domain/quiz/score-ordering';
import { orderingQuestion, question } from './fixtures/banks';

// The six steps of service recovery (curriculum, module B); the question is worth 2 points.
const recovery = question('recovery-steps', 'ordering');
const CORRECT = ['apologise', 'listen', 'fair-solution', 'compensate', 'keep-promise', 'follow-up'];

describe('ordering: points × (L − 1) ÷ (n − 1), L = longest correctly ordered subsequence', () => {
  it.each([
    { case: 'the six steps in order', order: CORRECT, earned: 2 },
    {
      case: 'follow-up dragged to the front (no item in its place, five still in sequence)',
      order: ['follow-up', 'apologise', 'listen', 'fair-solution', 'compensate', 'keep-promise'],
      earned: 1.6,
    },
    {
      case: 'listen and apologise swapped',
      order: ['listen', 'apologise', 'fair-solution', 'compensate', 'keep-promise', 'follow-up'],
      earned: 1.6,
    },
    {
      case: 'the two halves swapped (three in sequence)',
      order: ['compensate', 'keep-promise', 'follow-up', 'apologise', 'listen', 'fair-solution'],
      earned: 0.8,
    },
    { case: 'fully reversed', order: [...CORRECT].reverse(), earned: 0 },
  ])('$case → $earned of 2', ({ order, earned }) => {
    // Act
    const score = scoreOrdering(recovery, { order });
    // Assert
    expect(score.type).toBe('points');
    if (score.type === 'points') {
      expect(score.earned).toBeCloseTo(earned, 12);
      expect(score.total).toBe(2);
    }
  });

  it.each([
    { input: { order: [] }, reason: 'noAnswer' },
    { input: { order: CORRECT.slice(0, 5) }, reason: 'malformed' },
    { input: { order: [...CORRECT.slice(0, 5), 'apologise'] }, reason: 'malformed' },
    { input: { order: [...CORRECT.slice(0, 5), 'smile'] }, reason: 'malformed' },
    { input: { selected: CORRECT }, reason: 'malformed' },
    { input: { order: [1, 2, 3, 4, 5, 6] }, reason: 'malformed' },
  ])('$input is invalid ($reason)', ({ input, reason }) => {
    expect(scoreOrdering(recovery, input)).toEqual({ type: 'invalid', reason });
  });

  it('a one-item question is trivially right', () => {
    expect(scoreOrdering(orderingQuestion(1), { order: ['i0'] })).toEqual({ type: 'points', earned: 1, total: 1 });
  });

  it('marks items in place and the items to move', () => {
    // Arrange: follow-up dragged to the front
    const order = ['follow-up', 'apologise', 'listen', 'fair-solution', 'compensate', 'keep-promise'];
    // Act
    const feedback = orderingFeedback(recovery, { order });
    // Assert
    expect(feedback).toEqual({ type: 'ordering', inCorrectPosition: [], toMove: ['follow-up'] });
  });

  it('marks nothing to move when the order is right', () => {
    expect(orderingFeedback(recovery, { order: CORRECT })).toEqual({
      type: 'ordering',
      inCorrectPosition: CORRECT,
      toMove: [],
    });
  });
});

describe('longestOrderedSubsequence', () => {
  it.each([
    { values: [], indexes: [] },
    { values: [0, 1, 2, 3], indexes: [0, 1, 2, 3] },
    { values: [3, 2, 1, 0], indexes: [3] },
    { values: [5, 0, 1, 2, 3, 4], indexes: [1, 2, 3, 4, 5] },
    { values: [-1, 0, -1, 1], indexes: [1, 3] },
  ])('of $values is at $indexes', ({ values, indexes }) => {
    expect(longestOrderedSubsequence(values)).toEqual(indexes);
  });
});

/** n items (2–9) and a permutation of their ids. */
const permutationCase = fc.integer({ min: 2, max: 9 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    order: fc.shuffledSubarray(
      Array.from({ length: n }, (_, i) => `i${i}`),
      { minLength: n },
    ),
  }),
);

describe('ordering properties', () => {
  it('the score is within [0, total], and full only for the correct order', () => {
    fc.assert(
      fc.property(permutationCase, fc.double({ min: 0.5, max: 10, noNaN: true }), ({ n, order }, points) => {
        const q = orderingQuestion(n, points);
        const score = scoreOrdering(q, { order });
        const correct = order.every((id, i) => id === `i${i}`);
        return (
          score.type === 'points' &&
          Number.isFinite(score.earned) &&
          score.earned >= 0 &&
          score.earned <= score.total &&
          (score.earned === score.total) === correct
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('moving one item out of the correct order costs exactly 1 ÷ (n − 1)', () => {
    const move = fc
      .integer({ min: 2, max: 9 })
      .chain((n) => fc.record({ n: fc.constant(n), from: fc.nat(n - 1), to: fc.nat(n - 1) }))
      .filter(({ from, to }) => from !== to);
    fc.assert(
      fc.property(move, ({ n, from, to }) => {
        const order = Array.from({ length: n }, (_, i) => `i${i}`);
        const [moved] = order.splice(from, 1);
        order.splice(to, 0, moved as string);
        const score = scoreOrdering(orderingQuestion(n), { order });
        return score.type === 'points' && Math.abs(score.earned - (n - 2) / (n - 1)) < 1e-12;
      }),
      { numRuns: 1000 },
    );
  });

  it('feedback leaves exactly n − L items to move, and moving them fixes the order', () => {
    fc.assert(
      fc.property(permutationCase, ({ n, order }) => {
        const q = orderingQuestion(n);
        const feedback = orderingFeedback(q, { order });
        const score = scoreOrdering(q, { order });
        if (feedback.type !== 'ordering' || score.type !== 'points') return false;
        const kept = order.filter((id) => !feedback.toMove.includes(id));
        const keptInOrder = kept.every(
          (id, i) => i === 0 || Number(id.slice(1)) > Number((kept[i - 1] as string).slice(1)),
        );
        const inSequence = n - feedback.toMove.length;
        return keptInOrder && Math.abs(score.earned - (inSequence - 1) / (n - 1)) < 1e-12;
      }),
      { numRuns: 1000 },
    );
  });
});
