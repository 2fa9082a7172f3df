import fc from 'fast-check';
import { computeRelationshipLadder, validateRelationshipLadder } from '../../../src/domain/value/relationshipLadder';
import { finiteEverywhere, typed } from '../loyalty/typed-input';

describe('relationship ladder', () => {
  it('of 100 people met: about 50 acquaintances, 10 friends, 3–5 confidants', () => {
    // Arrange
    const validated = validateRelationshipLadder({ contacts: '100' });
    if (!validated.ok) throw new Error('expected valid input');
    // Act
    const result = computeRelationshipLadder(validated.value);
    // Assert
    expect(result.acquaintances).toBe(50);
    expect(result.friends).toBe(10);
    expect(result.confidants).toEqual({ low: 3, high: 5 });
    expect(result.remainPassersBy).toBe(50);
    expect(result.interpretation).toBe('expectConfidant');
  });

  it('says a confidant is unlikely among a handful of contacts', () => {
    expect(computeRelationshipLadder({ contacts: 12 }).interpretation).toBe('confidantUnlikely');
  });

  it.each([
    [{ contacts: '2.5' }, [{ field: 'contacts', code: 'notAnInteger', params: { value: 2.5 } }]],
    [
      { contacts: '-1' },
      [{ field: 'contacts', code: 'outOfRange', params: { value: -1, min: 0, max: 1_000_000_000 } }],
    ],
  ])('refuses %j', (raw, issues) => {
    expect(validateRelationshipLadder(raw)).toEqual({ ok: false, issues });
  });

  it('keeps every rung no larger than the one below it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (contacts) => {
        const r = computeRelationshipLadder({ contacts });
        expect(r.acquaintances).toBeLessThanOrEqual(r.contacts);
        expect(r.friends).toBeLessThanOrEqual(r.acquaintances);
        expect(r.confidants.high).toBeLessThanOrEqual(r.friends);
        expect(r.confidants.low).toBeLessThanOrEqual(r.confidants.high);
        expect(r.remainPassersBy).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('whatever is typed', () => {
  it('either refuses it or gives finite numbers', () => {
    fc.assert(
      fc.property(typed, (contacts) => {
        const validated = validateRelationshipLadder({ contacts });
        if (validated.ok) expect(finiteEverywhere(computeRelationshipLadder(validated.value))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
