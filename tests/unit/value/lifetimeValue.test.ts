import fc from 'fast-check';
import { computeLifetimeValue, validateLifetimeValue } from '../../../src/domain/value/lifetimeValue';
import { finiteEverywhere, typed } from '../loyalty/typed-input';

describe('customer lifetime value', () => {
  it.each([
    // infinite: 100 × 0.8 ÷ (1 + 0.1 − 0.8) = 266.67
    { raw: { marginPerPeriod: '100', retentionPercent: '80', discountPercent: '10' }, clv: 266.6667, net: 266.6667 },
    // 3 periods: 100 × (8/11 + 64/121 + 512/1331) = 164.087
    {
      raw: { marginPerPeriod: '100', retentionPercent: '80', discountPercent: '10', periods: '3' },
      clv: 164.0871,
      net: 164.0871,
    },
    // full retention, no discount, 4 periods: 4 × 50
    {
      raw: {
        marginPerPeriod: '50',
        retentionPercent: '100',
        discountPercent: '0',
        periods: '4',
        acquisitionCost: '120',
      },
      clv: 200,
      net: 80,
    },
    {
      raw: { marginPerPeriod: '10', retentionPercent: '50', discountPercent: '0', acquisitionCost: '25' },
      clv: 10,
      net: -15,
    },
  ])('$raw → $clv', ({ raw, clv, net }) => {
    // Arrange
    const validated = validateLifetimeValue(raw);
    if (!validated.ok) throw new Error(JSON.stringify(validated.issues));
    // Act
    const result = computeLifetimeValue(validated.value);
    // Assert
    expect(result.lifetimeValue).toBeCloseTo(clv, 3);
    expect(result.netValue).toBeCloseTo(net, 3);
    expect(result.interpretation).toBe(net >= 0 ? 'paysBack' : 'doesNotPayBack');
  });

  it.each([
    [
      { marginPerPeriod: '100', retentionPercent: '100', discountPercent: '0' },
      [{ field: 'retentionPercent', code: 'infiniteValue' }],
    ],
    // 1 + 1e-16 is 1 in floating point, so 1 + d − r would be 0 and the value Infinity
    [
      { marginPerPeriod: '100', retentionPercent: '100', discountPercent: '0.00000000000001' },
      [{ field: 'retentionPercent', code: 'infiniteValue' }],
    ],
    [
      { marginPerPeriod: '0', retentionPercent: '80', discountPercent: '10' },
      [{ field: 'marginPerPeriod', code: 'notPositive', params: { value: 0 } }],
    ],
    [
      { marginPerPeriod: '1', retentionPercent: '80', discountPercent: '10', periods: '2.5' },
      [{ field: 'periods', code: 'notAnInteger', params: { value: 2.5 } }],
    ],
  ])('refuses %j', (raw, issues) => {
    expect(validateLifetimeValue(raw)).toEqual({ ok: false, issues });
  });

  const rates = fc.record({
    marginPerPeriod: fc.double({ min: 0.01, max: 1e6, noNaN: true }),
    retentionPercent: fc.double({ min: 0, max: 99.99, noNaN: true }),
    discountPercent: fc.double({ min: 0, max: 100, noNaN: true }),
    acquisitionCost: fc.double({ min: 0, max: 1e6, noNaN: true }),
  });

  it('is finite whenever r < 1 + d, and a finite horizon never exceeds the infinite one', () => {
    fc.assert(
      fc.property(rates, fc.integer({ min: 1, max: 1000 }), (input, periods) => {
        const infinite = computeLifetimeValue({ ...input, periods: 'infinite' });
        const finite = computeLifetimeValue({ ...input, periods });
        expect(Number.isFinite(infinite.lifetimeValue)).toBe(true);
        expect(Number.isFinite(finite.netValue)).toBe(true);
        expect(finite.lifetimeValue).toBeLessThanOrEqual(infinite.lifetimeValue * (1 + 1e-9));
      }),
      { numRuns: 1000 },
    );
  });

  it('never falls when retention rises', () => {
    fc.assert(
      fc.property(rates, fc.double({ min: 0, max: 10, noNaN: true }), (input, extra) => {
        const higher = Math.min(99.99, input.retentionPercent + extra);
        const before = computeLifetimeValue({ ...input, periods: 'infinite' }).lifetimeValue;
        const after = computeLifetimeValue({ ...input, retentionPercent: higher, periods: 'infinite' }).lifetimeValue;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('whatever is typed', () => {
  it('either refuses it or gives finite numbers', () => {
    fc.assert(
      fc.property(
        typed,
        typed,
        typed,
        typed,
        fc.oneof(typed, fc.constant('')),
        (marginPerPeriod, retentionPercent, discountPercent, acquisitionCost, periods) => {
          const validated = validateLifetimeValue({
            marginPerPeriod,
            retentionPercent,
            discountPercent,
            acquisitionCost,
            periods,
          });
          if (validated.ok) expect(finiteEverywhere(computeLifetimeValue(validated.value))).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
