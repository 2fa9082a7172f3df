import fc from 'fast-check';
import {
  SERVICE_CRITERIA,
  computeScorecard,
  validateScorecard,
  type RawScorecard,
} from '../../../src/domain/service/serviceScorecard';
import { finiteEverywhere, typed } from '../loyalty/typed-input';

const raw: RawScorecard = {
  scaleMax: '5',
  criteria: {
    technicalSkill: { weight: '3', firstTimeFixPercent: '80' }, // → 4
    serviceCharges: { weight: '1', rating: '4' },
    timeliness: { weight: '2', promisedHours: '24', actualHours: '30' }, // → 3.75
    attitude: { weight: '2', rating: '5' },
    partsSupply: { weight: '1', rating: '3' },
    facilities: { weight: '1', rating: '3' },
  },
};

describe('after-sales service scorecard', () => {
  it('normalises weights, derives timeliness and technical skill, and names the weakest (ties too)', () => {
    // Arrange
    const validated = validateScorecard(raw);
    if (!validated.ok) throw new Error(JSON.stringify(validated.issues));
    // Act
    const result = computeScorecard(validated.value);
    // Assert: (3×4 + 1×4 + 2×3.75 + 2×5 + 1×3 + 1×3) ÷ 10 ÷ 5 × 100 = 39.5 ÷ 50 × 100 = 79%
    expect(result.weightSum).toBe(10);
    expect(result.criteria.map((c) => c.rating)).toEqual([4, 4, 3.75, 5, 3, 3]);
    expect(result.criteria.map((c) => c.normalisedWeight)).toEqual([0.3, 0.1, 0.2, 0.2, 0.1, 0.1]);
    expect(result.totalPercent).toBeCloseTo(79, 10);
    expect(result.weakest).toEqual(['partsSupply', 'facilities']);
    expect(result.interpretation).toBe('adequate');
    expect(result.criteria[2]?.timeliness?.latenessHours).toBe(6);
  });

  it('ignores criteria weighted 0 when naming the weakest', () => {
    const validated = validateScorecard({
      ...raw,
      criteria: { ...raw.criteria, partsSupply: { weight: '0', rating: '1' } },
    });
    if (!validated.ok) throw new Error(JSON.stringify(validated.issues));
    expect(computeScorecard(validated.value).weakest).toEqual(['facilities']);
  });

  it.each([
    [
      { ...raw, criteria: { ...raw.criteria, attitude: { weight: '1', rating: '6' } } },
      [{ field: 'criteria.attitude.rating', code: 'outOfRange', params: { value: 6, min: 0, max: 5 } }],
    ],
    [
      { ...raw, criteria: { ...raw.criteria, timeliness: { weight: '1', promisedHours: '0', actualHours: '3' } } },
      [{ field: 'criteria.timeliness.promisedHours', code: 'outOfRange', params: { value: 0, min: 0.01, max: 1e6 } }],
    ],
    [
      { ...raw, criteria: { ...raw.criteria, timeliness: { weight: '1', promisedHours: '24' } } },
      [{ field: 'criteria.timeliness.actualHours', code: 'required' }],
    ],
    [
      { scaleMax: '5', criteria: Object.fromEntries(SERVICE_CRITERIA.map((c) => [c, { weight: '0', rating: '1' }])) },
      [{ field: 'weights', code: 'weightsSumZero' }],
    ],
  ])('refuses %j', (input, issues) => {
    expect(validateScorecard(input)).toEqual({ ok: false, issues });
  });

  it('keeps the total between 0 and 100% and never lowers it when a rating rises', () => {
    const criterion = fc.record({
      weight: fc.double({ min: 0, max: 10, noNaN: true }),
      rating: fc.double({ min: 0, max: 10, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(criterion, { minLength: 6, maxLength: 6 }), fc.integer({ min: 0, max: 5 }), (list, bump) => {
        fc.pre(list.some((c) => c.weight > 0));
        const build = (k: number, extra: number) => ({
          scaleMax: 10,
          criteria: Object.fromEntries(
            SERVICE_CRITERIA.map((c, i) => {
              const { weight, rating } = list[i] as { weight: number; rating: number };
              return [
                c,
                {
                  weight,
                  source: { kind: 'rating' as const, rating: i === k ? Math.min(10, rating + extra) : rating },
                },
              ];
            }),
          ) as Parameters<typeof computeScorecard>[0]['criteria'],
        });
        const before = computeScorecard(build(bump, 0));
        const after = computeScorecard(build(bump, 1));
        expect(Number.isFinite(before.totalPercent)).toBe(true);
        expect(before.totalPercent).toBeGreaterThanOrEqual(0);
        expect(before.totalPercent).toBeLessThanOrEqual(100);
        expect(after.totalPercent).toBeGreaterThanOrEqual(before.totalPercent - 1e-9);
        expect(before.weakest.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('whatever is typed', () => {
  it('either refuses it or gives finite numbers', () => {
    const criterion = fc.record(
      { weight: typed, rating: typed, promisedHours: typed, actualHours: typed, firstTimeFixPercent: typed },
      { requiredKeys: ['weight', 'rating'] },
    );
    fc.assert(
      fc.property(typed, fc.array(criterion, { minLength: 6, maxLength: 6 }), (scaleMax, list) => {
        const criteria = Object.fromEntries(SERVICE_CRITERIA.map((c, i) => [c, list[i]]));
        const validated = validateScorecard({ scaleMax, criteria });
        if (validated.ok) expect(finiteEverywhere(computeScorecard(validated.value))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
