import fc from 'fast-check';
import {
  SATISFACTION_LEVELS,
  computeExpectedDefections,
  validateExpectedDefections,
  type SatisfactionCounts,
} from '../../../src/domain/service/expectedDefections';
import { finiteEverywhere, typed } from '../loyalty/typed-input';

const sample = {
  veryDissatisfied: '10',
  somewhatDissatisfied: '20',
  neutral: '30',
  somewhatSatisfied: '25',
  highlySatisfied: '15',
};

describe('expected defections (Kotler: 80%, 40%, 20%, 10%, 1–2%)', () => {
  it('applies the loss rates level by level and keeps the 1–2% as a range', () => {
    // Arrange: 10×80% + 20×40% + 30×20% + 25×10% + 15×(1–2%) = 24.65 – 24.8
    const validated = validateExpectedDefections(sample);
    if (!validated.ok) throw new Error(JSON.stringify(validated.issues));
    // Act
    const result = computeExpectedDefections(validated.value);
    // Assert
    expect(result.before.levels.map((l) => l.expected.high)).toEqual([8, 8, 6, 2.5, 0.3]);
    expect(result.before.expected.low).toBeCloseTo(24.65, 10);
    expect(result.before.expected.high).toBeCloseTo(24.8, 10);
    expect(result.before.customers).toBe(100);
    expect(result.after).toBeNull();
    expect(result.interpretation).toBe('veryDissatisfied');
  });

  it('moving everyone up one level: 24.65–24.8 become 11.4–11.8, saving 13.0–13.25', () => {
    const validated = validateExpectedDefections({ ...sample, move: 'all' });
    if (!validated.ok) throw new Error(JSON.stringify(validated.issues));
    const result = computeExpectedDefections(validated.value);
    expect(result.after?.levels.map((l) => l.customers)).toEqual([0, 10, 20, 30, 40]);
    expect(result.after?.expected.low).toBeCloseTo(11.4, 10);
    expect(result.after?.expected.high).toBeCloseTo(11.8, 10);
    expect(result.saved?.low).toBeCloseTo(13, 10);
    expect(result.saved?.high).toBeCloseTo(13.25, 10);
  });

  it('moving 10 somewhat satisfied customers to highly satisfied saves 0.8–0.9 defections', () => {
    const validated = validateExpectedDefections({ ...sample, move: { from: 'somewhatSatisfied', count: '10' } });
    if (!validated.ok) throw new Error(JSON.stringify(validated.issues));
    const result = computeExpectedDefections(validated.value);
    expect(result.saved?.low).toBeCloseTo(0.8, 10);
    expect(result.saved?.high).toBeCloseTo(0.9, 10);
  });

  it.each([
    [
      { ...sample, move: { from: 'neutral', count: '31' } },
      [{ field: 'move.count', code: 'exceedsAvailable', params: { value: 31, available: 30 } }],
    ],
    [
      { ...sample, move: { from: 'highlySatisfied', count: '1' } },
      [{ field: 'move.from', code: 'cannotMoveUp', params: { level: 'highlySatisfied' } }],
    ],
    [
      { ...sample, move: { from: 'ecstatic', count: '1' } },
      [{ field: 'move.from', code: 'notAllowed', params: { value: 'ecstatic' } }],
    ],
    [
      { veryDissatisfied: '0', somewhatDissatisfied: '0', neutral: '0', somewhatSatisfied: '0', highlySatisfied: '0' },
      [{ field: 'total', code: 'noCustomers' }],
    ],
    [{ ...sample, neutral: '2.5' }, [{ field: 'neutral', code: 'notAnInteger', params: { value: 2.5 } }]],
  ])('refuses %j', (raw, issues) => {
    expect(validateExpectedDefections(raw)).toEqual({ ok: false, issues });
  });

  it('keeps low ≤ high within the customer count, and moving people up never adds defections', () => {
    const counts = fc.record(
      Object.fromEntries(SATISFACTION_LEVELS.map((l) => [l, fc.integer({ min: 0, max: 1_000_000 })])) as Record<
        keyof SatisfactionCounts,
        fc.Arbitrary<number>
      >,
    );
    fc.assert(
      fc.property(
        counts,
        fc.constantFrom(...SATISFACTION_LEVELS.slice(0, 4)),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (c, from, share) => {
          fc.pre(SATISFACTION_LEVELS.some((l) => c[l] > 0));
          for (const move of ['all', { from, count: Math.floor(c[from] * share) }] as const) {
            const result = computeExpectedDefections({ counts: c, move });
            const { before, after, saved } = result;
            expect(before.expected.low).toBeLessThanOrEqual(before.expected.high);
            expect(before.expected.high).toBeLessThanOrEqual(before.customers);
            expect(after?.customers).toBe(before.customers);
            expect(saved?.low).toBeGreaterThanOrEqual(-1e-6);
            expect(saved?.low).toBeLessThanOrEqual(saved?.high ?? Number.NaN);
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
      fc.property(
        typed,
        typed,
        typed,
        typed,
        typed,
        fc.option(fc.record({ from: fc.constantFrom(...SATISFACTION_LEVELS), count: typed })),
        (a, b, c, d, e, move) => {
          const validated = validateExpectedDefections({
            veryDissatisfied: a,
            somewhatDissatisfied: b,
            neutral: c,
            somewhatSatisfied: d,
            highlySatisfied: e,
            move,
          });
          if (validated.ok) expect(finiteEverywhere(computeExpectedDefections(validated.value))).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
