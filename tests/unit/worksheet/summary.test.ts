import fc from 'fast-check';
import {
  CRITERION_IDS,
  selfRatingComplete,
  summariseRatings,
  type Rating,
  type Score,
} from '../../../src/domain/worksheet';
import { rating, selfRating } from './fixtures';

describe('summariseRatings', () => {
  it('totals a complete self-rating out of 25 with its mean', () => {
    // Arrange: 4 + 3 + 5 + 2 + 4
    const ratings = [selfRating([4, 3, 5, 2, 4])];
    // Act
    const summary = summariseRatings(ratings);
    // Assert
    expect(summary.self).toEqual({ id: 's1', by: 'self', rater: '', rated: 5, total: 18, mean: 3.6 });
    expect(summary.totalMax).toBe(25);
  });

  it('gives a partial rating a mean over what was rated and no total', () => {
    const summary = summariseRatings([selfRating([5, null, 3, null, null])]);
    expect(summary.self).toMatchObject({ rated: 2, total: null, mean: 4 });
  });

  it('has no mean and no total before anything is rated', () => {
    expect(summariseRatings([selfRating([])]).self).toMatchObject({ rated: 0, total: null, mean: null });
  });

  it('averages the peers per criterion and over complete totals', () => {
    // Arrange: peer totals 20 (4×5) and 15 (3×5); a third peer rated one criterion only
    const ratings = [
      selfRating([5, 5, 5, 5, 5]),
      rating('r1', 'peer', [4, 4, 4, 4, 4], 'Li'),
      rating('r2', 'peer', [3, 3, 3, 3, 3]),
      rating('r3', 'peer', [1]),
    ];
    // Act
    const summary = summariseRatings(ratings);
    // Assert
    expect(summary.raters.map((r) => r.total)).toEqual([25, 20, 15, null]);
    expect(summary.peerTotalMean).toBe(17.5);
    expect(summary.criteria[0]).toEqual({ criterion: 'needsAnalysis', self: 5, peerMean: 8 / 3, peerCount: 3 });
    expect(summary.criteria[1]).toEqual({ criterion: 'commonAndIndividual', self: 5, peerMean: 3.5, peerCount: 2 });
  });

  it('has no peer figures without peers', () => {
    const summary = summariseRatings([selfRating([1, 1, 1, 1, 1])]);
    expect(summary.peerTotalMean).toBeNull();
    expect(summary.criteria.every((c) => c.peerMean === null && c.peerCount === 0)).toBe(true);
    expect(summary.self?.total).toBe(5);
  });

  it('unlocks the reference answer only when all five own scores are given', () => {
    expect(selfRatingComplete([selfRating([4, 3, 5, 2, null])])).toBe(false);
    expect(selfRatingComplete([selfRating([4, 3, 5, 2, 1]), rating('r1', 'peer', [])])).toBe(true);
    expect(selfRatingComplete([rating('r1', 'peer', [5, 5, 5, 5, 5])])).toBe(false);
  });
});

describe('summary ranges (property, 1,000 runs)', () => {
  const score = fc.option(fc.constantFrom<Score>(1, 2, 3, 4, 5), { nil: null });
  const arbRating = (id: string, by: 'self' | 'peer'): fc.Arbitrary<Rating> =>
    fc.array(score, { minLength: 5, maxLength: 5 }).map((scores) => rating(id, by, scores));
  const arbRatings = fc
    .integer({ min: 0, max: 10 })
    .chain((peers) =>
      fc.tuple(arbRating('s1', 'self'), ...Array.from({ length: peers }, (_, i) => arbRating(`r${i + 1}`, 'peer'))),
    );

  it('keeps every mean within 1–5 and every total within 5–25, never NaN or Infinity', () => {
    fc.assert(
      fc.property(arbRatings, (ratings) => {
        const summary = summariseRatings(ratings);
        for (const r of summary.raters) {
          expect(r.rated).toBeGreaterThanOrEqual(0);
          expect(r.rated).toBeLessThanOrEqual(CRITERION_IDS.length);
          if (r.mean !== null) {
            expect(Number.isFinite(r.mean)).toBe(true);
            expect(r.mean).toBeGreaterThanOrEqual(1);
            expect(r.mean).toBeLessThanOrEqual(5);
          } else expect(r.rated).toBe(0);
          if (r.total !== null) {
            expect(Number.isInteger(r.total)).toBe(true);
            expect(r.total).toBeGreaterThanOrEqual(5);
            expect(r.total).toBeLessThanOrEqual(25);
            expect(r.total).toBeCloseTo(r.mean! * 5, 10);
          } else expect(r.rated).toBeLessThan(5);
        }
        for (const c of summary.criteria) {
          if (c.peerMean !== null) {
            expect(c.peerMean).toBeGreaterThanOrEqual(1);
            expect(c.peerMean).toBeLessThanOrEqual(5);
          }
        }
        if (summary.peerTotalMean !== null) {
          expect(summary.peerTotalMean).toBeGreaterThanOrEqual(5);
          expect(summary.peerTotalMean).toBeLessThanOrEqual(25);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
