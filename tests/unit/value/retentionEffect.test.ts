import fc from 'fast-check';
import { computeRetentionEffect, validateRetentionEffect } from '../../../src/domain/value/retentionEffect';
import { finiteEverywhere, typed } from '../loyalty/typed-input';

describe('five points of retention (Reichheld & Sasser: +25–85% profit)', () => {
  it.each([
    // 100 × 0.8 ÷ 0.3 = 266.67 → 100 × 0.85 ÷ 0.25 = 340: +27.5%
    {
      raw: { marginPerPeriod: '100', retentionPercent: '80', discountPercent: '10' },
      increase: 27.5,
      code: 'withinBand',
    },
    // 0.9 ÷ 0.2 = 4.5 → 0.95 ÷ 0.15 = 6.33: +40.7%
    {
      raw: { marginPerPeriod: '100', retentionPercent: '90', discountPercent: '10' },
      increase: 40.74,
      code: 'withinBand',
    },
    // 0.5 ÷ 0.6 → 0.55 ÷ 0.55 = 1: +20%
    { raw: { marginPerPeriod: '100', retentionPercent: '50', discountPercent: '10' }, increase: 20, code: 'belowBand' },
    // acquisition cost 350: net 450 − 350 = 100 → 633.33 − 350 = 283.33: +183.3%
    {
      raw: { marginPerPeriod: '100', retentionPercent: '90', discountPercent: '10', acquisitionCost: '350' },
      increase: 183.33,
      code: 'aboveBand',
    },
  ])('$raw → +$increase% ($code)', ({ raw, increase, code }) => {
    const validated = validateRetentionEffect(raw);
    if (!validated.ok) throw new Error(JSON.stringify(validated.issues));
    const result = computeRetentionEffect(validated.value);
    expect(result.increasePercent).toBeCloseTo(increase, 0);
    expect(result.interpretation).toBe(code);
    expect(result.retentionPercent.after).toBe(result.retentionPercent.before + 5);
  });

  it('refuses retention above 95% and reports a loss-making start as not comparable', () => {
    expect(validateRetentionEffect({ marginPerPeriod: '1', retentionPercent: '97', discountPercent: '10' })).toEqual({
      ok: false,
      issues: [{ field: 'retentionPercent', code: 'noRoomToImprove', params: { max: 95 } }],
    });
    const loss = computeRetentionEffect({
      marginPerPeriod: 10,
      retentionPercent: 50,
      discountPercent: 0,
      acquisitionCost: 100,
      periods: 'infinite',
    });
    expect(loss.increasePercent).toBeNull();
    expect(loss.interpretation).toBe('notComparable');
  });

  it('never reports a fall, and reports a finite increase whenever the start is profitable', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.oneof(fc.double({ min: 0, max: 95, noNaN: true }), fc.constant(Number.MIN_VALUE)),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (marginPerPeriod, retentionPercent, discountPercent, acquisitionCost) => {
          const result = computeRetentionEffect({
            marginPerPeriod,
            retentionPercent,
            discountPercent,
            acquisitionCost,
            periods: 'infinite',
          });
          expect(result.after.netValue).toBeGreaterThanOrEqual(result.before.netValue);
          if (result.increasePercent === null) {
            expect(result.interpretation).toBe('notComparable');
          } else {
            expect(result.before.netValue).toBeGreaterThan(0);
            expect(Number.isFinite(result.increasePercent)).toBe(true);
            expect(result.increasePercent).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('whatever is typed', () => {
  it('either refuses it or gives finite numbers', () => {
    fc.assert(
      fc.property(typed, typed, typed, typed, (marginPerPeriod, retentionPercent, discountPercent, acquisitionCost) => {
        const validated = validateRetentionEffect({
          marginPerPeriod,
          retentionPercent,
          discountPercent,
          acquisitionCost,
        });
        if (validated.ok) expect(finiteEverywhere(computeRetentionEffect(validated.value))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
