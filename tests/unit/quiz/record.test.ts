import fc from 'fast-check';
import { attemptShare, recordAttempt, type LatestAttempt, type QuizRecord } from '../../../src/domain/quiz/record';

const attempt = (earned: number, total: number, at: string): LatestAttempt => ({
  earned,
  total,
  at,
  answers: { q1: { value: String(earned) } },
});

describe('recordAttempt', () => {
  it('makes the first attempt both the best and the latest', () => {
    const first = attempt(3, 5, '2026-03-01T09:00:00Z');
    expect(recordAttempt(undefined, first)).toEqual({
      best: { earned: 3, total: 5, at: '2026-03-01T09:00:00Z' },
      latest: first,
    });
  });

  it.each([
    { case: 'a better attempt becomes the best', next: attempt(4, 5, 'T2'), best: { earned: 4, total: 5, at: 'T2' } },
    { case: 'a worse attempt is only the latest', next: attempt(2, 5, 'T2'), best: { earned: 3, total: 5, at: 'T1' } },
    { case: 'a tie keeps the earlier best', next: attempt(3, 5, 'T2'), best: { earned: 3, total: 5, at: 'T1' } },
    {
      case: 'shares are compared, not points (6/10 = 3/5)',
      next: attempt(6, 10, 'T2'),
      best: { earned: 3, total: 5, at: 'T1' },
    },
    { case: '7/10 beats 3/5', next: attempt(7, 10, 'T2'), best: { earned: 7, total: 10, at: 'T2' } },
  ])('$case', ({ next, best }) => {
    // Arrange
    const previous = recordAttempt(undefined, attempt(3, 5, 'T1'));
    // Act
    const record = recordAttempt(previous, next);
    // Assert
    expect(record).toEqual({ best, latest: next });
  });
});

describe('attemptShare', () => {
  it.each([
    { earned: 3, total: 4, share: 0.75 },
    { earned: 0, total: 0, share: 0 },
    { earned: 5, total: 4, share: 1 },
    { earned: -1, total: 4, share: 0 },
    { earned: Number.NaN, total: 4, share: 0 },
  ])('$earned / $total → $share', ({ earned, total, share }) => {
    expect(attemptShare({ earned, total })).toBe(share);
  });
});

describe('recordAttempt properties', () => {
  it('over any sequence of attempts keeps the maximum share as best and the last as latest', () => {
    const attempts = fc.array(
      fc
        .integer({ min: 1, max: 20 })
        .chain((total) =>
          fc.record({ earned: fc.double({ min: 0, max: total, noNaN: true }), total: fc.constant(total) }),
        ),
      { minLength: 1, maxLength: 20 },
    );
    fc.assert(
      fc.property(attempts, (list) => {
        let record: QuizRecord | undefined;
        list.forEach(({ earned, total }, i) => {
          record = recordAttempt(record, attempt(earned, total, `T${i}`));
        });
        const maxShare = Math.max(...list.map((a) => a.earned / a.total));
        expect(record?.latest.at).toBe(`T${list.length - 1}`);
        expect(attemptShare(record?.best ?? { earned: 0, total: 0 })).toBe(maxShare);
        // The best is the first attempt that reached the maximum.
        expect(record?.best.at).toBe(`T${list.findIndex((a) => a.earned / a.total === maxShare)}`);
      }),
      { numRuns: 1000 },
    );
  });
});
