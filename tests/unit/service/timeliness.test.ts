import fc from 'fast-check';
import { timelinessRating } from '../../../src/domain/service/timeliness';

describe('timeliness from promised vs actual hours', () => {
  it.each([
    { promised: 24, actual: 20, rating: 5, lateness: 0 },
    { promised: 24, actual: 24, rating: 5, lateness: 0 },
    { promised: 24, actual: 30, rating: 3.75, lateness: 6 },
    { promised: 24, actual: 48, rating: 0, lateness: 24 },
    { promised: 24, actual: 72, rating: 0, lateness: 48 },
  ])('promised $promised h, took $actual h → $rating of 5', ({ promised, actual, rating, lateness }) => {
    const result = timelinessRating(promised, actual, 5);
    expect(result.rating).toBeCloseTo(rating, 10);
    expect(result.latenessHours).toBe(lateness);
    expect(result.onTime).toBe(lateness === 0);
  });

  it('stays within the scale and never rises as the job takes longer', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 5000, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (promised, actual, extra) => {
          const now = timelinessRating(promised, actual, 10).rating;
          const later = timelinessRating(promised, actual + extra, 10).rating;
          expect(now).toBeGreaterThanOrEqual(0);
          expect(now).toBeLessThanOrEqual(10);
          expect(later).toBeLessThanOrEqual(now);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
