import fc from 'fast-check';
import { CONFIDENCE_LEVELS } from '../../../src/domain/loyalty/npsInterval';
import {
  computeNps,
  computeNpsFromScores,
  npsCategory,
  validateNpsCounts,
  validateNpsScores,
} from '../../../src/domain/loyalty/netPromoterScore';
import { finiteEverywhere, typed } from './typed-input';

const counts = fc
  .record({
    promoters: fc.integer({ min: 0, max: 100_000 }),
    passives: fc.integer({ min: 0, max: 100_000 }),
    detractors: fc.integer({ min: 0, max: 100_000 }),
  })
  .filter((c) => c.promoters + c.passives + c.detractors > 0);

describe('npsCategory', () => {
  it.each([
    [0, 'detractor'],
    [6, 'detractor'],
    [7, 'passive'],
    [8, 'passive'],
    [9, 'promoter'],
    [10, 'promoter'],
  ] as const)('%d is a %s', (score, category) => {
    expect(npsCategory(score)).toBe(category);
  });
});

describe('computeNps from counts', () => {
  it('50 promoters, 30 passives, 20 detractors: NPS 30 with the adjusted-Wald interval', () => {
    // Arrange — interval worked by hand from the formula in npsInterval.ts:
    // n' = 103, p'P = 50.75/103, p'D = 20.75/103, NPS' = 29.126, SE = 7.6915, z·SE = 15.075
    const input = { promoters: 50, passives: 30, detractors: 20 };
    // Act
    const result = computeNps(input);
    // Assert
    expect(result.n).toBe(100);
    expect(result.nps).toBe(30);
    expect(result.shares).toEqual({ promoters: 50, passives: 30, detractors: 20 });
    expect(result.terms).toEqual({ promoterPercent: 50, detractorPercent: 20 });
    expect(result.interval.steps.adjustedN).toBe(103);
    expect(result.interval.steps.adjustedNps).toBeCloseTo(29.126, 3);
    expect(result.interval.lower).toBeCloseTo(14.05, 2);
    expect(result.interval.upper).toBeCloseTo(44.2, 2);
    expect(result.interpretation).toBe('morePromoters');
    expect(result.certainty).toBe('intervalAboveZero');
  });

  it.each([
    [{ promoters: 10, passives: 0, detractors: 0 }, 100, 47.5, 100],
    [{ promoters: 0, passives: 0, detractors: 5 }, -100, -100, -17.49],
  ])('clamps the interval at the ends of the scale: %j', (input, nps, lower, upper) => {
    const result = computeNps(input);
    expect(result.nps).toBe(nps);
    expect(result.interval.lower).toBeCloseTo(lower, 1);
    expect(result.interval.upper).toBeCloseTo(upper, 1);
  });

  it('widens the interval to the observed score for a single promoter', () => {
    const result = computeNps({ promoters: 1, passives: 0, detractors: 0 });
    expect(result.interval.upper).toBe(100);
    expect(result.interval.widened).toBe(true);
  });

  it.each([
    [0.9, 4, true],
    [0.9, 5, false],
    [0.99, 1, false],
  ] as const)('at %d confidence, %d promoters and nobody else: widened = %s', (confidence, promoters, widened) => {
    const result = computeNps({ promoters, passives: 0, detractors: 0 }, { confidence });
    expect(result.interval.widened).toBe(widened);
    expect(result.interval.upper).toBe(100);
  });

  it('uses the requested confidence level', () => {
    const narrow = computeNps({ promoters: 50, passives: 30, detractors: 20 }, { confidence: 0.9 });
    const wide = computeNps({ promoters: 50, passives: 30, detractors: 20 }, { confidence: 0.99 });
    expect(narrow.interval.upper - narrow.interval.lower).toBeLessThan(wide.interval.upper - wide.interval.lower);
    expect(wide.interval.confidence).toBe(0.99);
  });

  it('keeps NPS in [−100, 100], shares in [0, 100], and the interval around the score', () => {
    fc.assert(
      fc.property(counts, fc.constantFrom(...CONFIDENCE_LEVELS), (c, confidence) => {
        const result = computeNps(c, { confidence });
        expect(Number.isFinite(result.nps)).toBe(true);
        expect(result.nps).toBeGreaterThanOrEqual(-100);
        expect(result.nps).toBeLessThanOrEqual(100);
        for (const share of Object.values(result.shares)) {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(100);
        }
        expect(result.interval.lower).toBeGreaterThanOrEqual(-100);
        expect(result.interval.upper).toBeLessThanOrEqual(100);
        expect(result.interval.lower).toBeLessThanOrEqual(result.nps);
        expect(result.interval.upper).toBeGreaterThanOrEqual(result.nps);
      }),
      { numRuns: 1000 },
    );
  });

  it('never falls when one more answer is a promoter instead of a passive or detractor', () => {
    fc.assert(
      fc.property(
        counts,
        fc.constantFrom('passives', 'detractors') as fc.Arbitrary<'passives' | 'detractors'>,
        (c, from) => {
          fc.pre(c[from] > 0);
          const before = computeNps(c).nps;
          const after = computeNps({ ...c, [from]: c[from] - 1, promoters: c.promoters + 1 }).nps;
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('computeNpsFromScores', () => {
  it('counts each score and groups them', () => {
    // Arrange: 2 promoters (9, 10), 1 passive (7), 2 detractors (0, 6)
    const scores = [9, 10, 7, 0, 6];
    // Act
    const result = computeNpsFromScores(scores);
    // Assert
    expect(result.distribution).toEqual([1, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1]);
    expect(result.counts).toEqual({ promoters: 2, passives: 1, detractors: 2 });
    expect(result.nps).toBe(0);
    expect(result.interpretation).toBe('balanced');
    expect(result.certainty).toBe('intervalIncludesZero');
  });

  it('does not depend on the order of the answers', () => {
    const answers = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 300 });
    fc.assert(
      fc.property(
        answers.chain((a) =>
          fc.tuple(fc.constant(a), fc.shuffledSubarray(a, { minLength: a.length, maxLength: a.length })),
        ),
        ([original, shuffled]) => {
          expect(computeNpsFromScores(shuffled)).toEqual(computeNpsFromScores(original));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('validation', () => {
  it.each([
    [{ promoters: '0', passives: '0', detractors: '0' }, [{ field: 'total', code: 'noResponses' }]],
    [
      { promoters: '-1', passives: '2', detractors: '3' },
      [{ field: 'promoters', code: 'outOfRange', params: { value: -1, min: 0, max: 1e12 } }],
    ],
    [
      { promoters: '1', passives: '2', detractors: '3', confidence: '0.5' },
      [{ field: 'confidence', code: 'notAllowed', params: { value: 0.5 } }],
    ],
  ])('refuses %j', (raw, issues) => {
    expect(validateNpsCounts(raw)).toEqual({ ok: false, issues });
  });

  it('accepts counts typed with thousands separators and defaults to 95%', () => {
    expect(validateNpsCounts({ promoters: '1,200', passives: '300', detractors: '５００' })).toEqual({
      ok: true,
      value: { promoters: 1200, passives: 300, detractors: 500, confidence: 0.95 },
    });
  });

  it('refuses stored answers that are not whole numbers 0–10', () => {
    expect(validateNpsScores([9, 11, 7.5])).toEqual({
      ok: false,
      issues: [
        { field: 'responses.1', code: 'outOfRange', params: { value: 11, min: 0, max: 10 } },
        { field: 'responses.2', code: 'notAnInteger', params: { value: '7.5' } },
      ],
    });
    expect(validateNpsScores([])).toEqual({ ok: false, issues: [{ field: 'responses', code: 'noResponses' }] });
  });
});

describe('whatever is typed', () => {
  it('either refuses it or gives finite numbers', () => {
    fc.assert(
      fc.property(typed, typed, typed, (promoters, passives, detractors) => {
        const validated = validateNpsCounts({ promoters, passives, detractors });
        if (validated.ok) expect(finiteEverywhere(computeNps(validated.value, validated.value))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
