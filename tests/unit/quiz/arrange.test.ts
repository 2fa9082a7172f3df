import fc from 'fast-check';
import { arrangeAttempt, startingOrder } from '../../../src/domain/quiz/arrange';
import type { QuizBank } from '../../../src/domain/quiz/types';
import { exampleBank, freshBank } from './fixtures/banks';

const sorted = <T>(xs: readonly T[]) => [...xs].sort();
const RECOVERY = ['apologise', 'listen', 'fair-solution', 'compensate', 'keep-promise', 'follow-up'];

describe('arrangeAttempt', () => {
  it('gives the same layout for the same bank and seed, so an attempt reloads as it was', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(arrangeAttempt(exampleBank, seed)).toEqual(arrangeAttempt(freshBank(), seed));
      }),
      { numRuns: 1000 },
    );
  });

  it('orders every question and every option, each exactly once', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const layout = arrangeAttempt(exampleBank, seed);
        expect(sorted(layout.questionOrder)).toEqual(sorted(exampleBank.questions.map((q) => q.id)));
        for (const q of exampleBank.questions) {
          const own =
            q.type === 'numeric' ? [] : q.type === 'singleChoice' || q.type === 'multipleChoice' ? q.options : q.items;
          expect(sorted(layout.optionOrder[q.id] ?? ['missing'])).toEqual(sorted(own.map((o) => o.id)));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never starts the recovery steps in the correct order', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(arrangeAttempt(exampleBank, seed).optionOrder['recovery-steps']).not.toEqual(RECOVERY);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the authored order when the bank does not shuffle, except for ordering items', () => {
    // Arrange
    const unshuffled: QuizBank = { ...freshBank(), shuffle: false };
    // Act
    const layout = arrangeAttempt(unshuffled, 7);
    // Assert
    expect(layout.questionOrder).toEqual(exampleBank.questions.map((q) => q.id));
    expect(layout.optionOrder['latent-segment']).toEqual(['true-loyal', 'latent-loyal', 'spurious-loyal', 'disloyal']);
    expect(layout.optionOrder['indicator-kinds']).toEqual([
      'share-of-need',
      'price-sensitivity',
      'brand-attention',
      'competitor-attitude',
      'recommend',
    ]);
    expect(layout.optionOrder['recovery-steps']).not.toEqual(RECOVERY);
    expect(layout.optionOrder['share-of-wallet']).toEqual([]);
    expect(layout.seed).toBe(7);
  });

  it('lets a question keep its options in place while the bank shuffles', () => {
    // Arrange
    const bank = freshBank();
    const pinned: QuizBank = {
      ...bank,
      questions: bank.questions.map((q) =>
        q.id === 'tarp-rebuy' && q.type === 'singleChoice' ? { ...q, shuffleOptions: false } : q,
      ),
    };
    // Act / Assert: over many seeds the options never move
    for (let seed = 0; seed < 200; seed++) {
      expect(arrangeAttempt(pinned, seed).optionOrder['tarp-rebuy']).toEqual(['p83', 'p90', 'p33', 'p63']);
    }
  });

  it('actually shuffles a shuffling bank (more than one question order over 50 seeds)', () => {
    const orders = new Set(
      Array.from({ length: 50 }, (_, seed) => arrangeAttempt(exampleBank, seed).questionOrder.join()),
    );
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe('startingOrder', () => {
  it('is a permutation that never equals the correct order (2–8 items)', () => {
    const items = fc.integer({ min: 2, max: 8 }).chain((n) =>
      fc.shuffledSubarray(
        Array.from({ length: n }, (_, i) => `i${i}`),
        { minLength: n },
      ),
    );
    fc.assert(
      fc.property(items, fc.integer(), (correct, seed) => {
        const start = startingOrder([...correct].sort(), correct, seed);
        expect(sorted(start)).toEqual(sorted(correct));
        expect(start).not.toEqual(correct);
      }),
      { numRuns: 1000 },
    );
  });

  it('with two items, always starts swapped', () => {
    for (let seed = 0; seed < 100; seed++) expect(startingOrder(['a', 'b'], ['a', 'b'], seed)).toEqual(['b', 'a']);
  });

  it('leaves a single item as it is', () => {
    expect(startingOrder(['a'], ['a'], 3)).toEqual(['a']);
  });
});
