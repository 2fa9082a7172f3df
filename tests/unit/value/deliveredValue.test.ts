import fc from 'fast-check';
import { computeDeliveredValue, validateDeliveredValue, type Offer } from '../../../src/domain/value/deliveredValue';
import { finiteEverywhere, typed } from '../loyalty/typed-input';

const offer = (value: [number, number, number, number], cost: [number, number, number, number]): Offer => ({
  productValue: value[0],
  serviceValue: value[1],
  personnelValue: value[2],
  imageValue: value[3],
  monetaryCost: cost[0],
  timeCost: cost[1],
  mentalCost: cost[2],
  physicalCost: cost[3],
});

describe('customer delivered value', () => {
  it('totals each offer, picks the largest delivered value, and says what the runner-up needs', () => {
    // Arrange: A = 100 − 70 = 30, B = 100 − 90 = 10, C = 40 − 35 = 5
    const input = {
      offers: [
        offer([60, 20, 10, 10], [50, 10, 5, 5]),
        offer([80, 10, 5, 5], [60, 20, 5, 5]),
        offer([20, 10, 5, 5], [30, 2, 2, 1]),
      ],
    };
    // Act
    const result = computeDeliveredValue(input);
    // Assert
    expect(result.offers.map((o) => [o.totalValue, o.totalCost, o.deliveredValue])).toEqual([
      [100, 70, 30],
      [100, 90, 10],
      [40, 35, 5],
    ]);
    expect(result.winners).toEqual([0]);
    expect(result.interpretation).toBe('singleBest');
    expect(result.whatWouldChangeIt).toEqual({ gap: 20, runnersUp: [{ index: 1, costCutCanCloseGap: true }] });
  });

  it('reports a tie (within decimal error) and no runner-up when all offers tie', () => {
    const result = computeDeliveredValue({
      offers: [offer([0.1, 0.2, 0, 0], [0, 0, 0, 0]), offer([0.3, 0, 0, 0], [0, 0, 0, 0])],
    });
    expect(result.winners).toEqual([0, 1]);
    expect(result.interpretation).toBe('tie');
    expect(result.whatWouldChangeIt).toBeNull();
  });

  it('says when cutting cost alone cannot close the gap', () => {
    const result = computeDeliveredValue({
      offers: [offer([100, 0, 0, 0], [10, 0, 0, 0]), offer([20, 0, 0, 0], [5, 0, 0, 0])],
    });
    expect(result.whatWouldChangeIt).toEqual({ gap: 75, runnersUp: [{ index: 1, costCutCanCloseGap: false }] });
  });

  it.each([
    [{ offers: [{}] }, [{ field: 'offers', code: 'tooFewOffers', params: { min: 2, max: 6, count: 1 } }]],
    [
      { offers: Array.from({ length: 7 }, () => ({})) },
      [{ field: 'offers', code: 'tooManyOffers', params: { min: 2, max: 6, count: 7 } }],
    ],
  ])('refuses the wrong number of offers', (raw, issues) => {
    expect(validateDeliveredValue(raw)).toEqual({ ok: false, issues });
  });

  it('refuses an amount too large to add up safely', () => {
    const good = {
      productValue: 1,
      serviceValue: 1,
      personnelValue: 1,
      imageValue: 1,
      monetaryCost: 1,
      timeCost: 1,
      mentalCost: 1,
      physicalCost: 1,
    };
    expect(validateDeliveredValue({ offers: [good, { ...good, productValue: 1e308 }] })).toEqual({
      ok: false,
      issues: [{ field: 'offers.1.productValue', code: 'outOfRange', params: { value: 1e308, min: 0, max: 1e12 } }],
    });
  });

  it('names the field of a bad part', () => {
    const good = {
      productValue: 1,
      serviceValue: 1,
      personnelValue: 1,
      imageValue: 1,
      monetaryCost: 1,
      timeCost: 1,
      mentalCost: 1,
      physicalCost: 1,
    };
    expect(validateDeliveredValue({ offers: [good, { ...good, timeCost: '-2' }] })).toEqual({
      ok: false,
      issues: [{ field: 'offers.1.timeCost', code: 'outOfRange', params: { value: -2, min: 0, max: 1e12 } }],
    });
  });

  it('always names a winner whose delivered value no offer beats, and a runner-up the gap would lift past it', () => {
    const part = fc.integer({ min: 0, max: 1000 });
    const anOffer = fc
      .tuple(fc.tuple(part, part, part, part), fc.tuple(part, part, part, part))
      .map(([v, c]) => offer(v, c));
    fc.assert(
      fc.property(fc.array(anOffer, { minLength: 2, maxLength: 6 }), (offers) => {
        const result = computeDeliveredValue({ offers });
        const best = Math.max(...result.offers.map((o) => o.deliveredValue));
        for (const w of result.winners) expect(result.offers[w]?.deliveredValue).toBe(best);
        const change = result.whatWouldChangeIt;
        if (change === null) return;
        expect(change.gap).toBeGreaterThan(0);
        for (const { index } of change.runnersUp) {
          expect((result.offers[index]?.deliveredValue ?? Number.NaN) + change.gap).toBe(best);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('whatever is typed', () => {
  it('either refuses it or gives finite numbers', () => {
    const rawOffer = fc.record({
      productValue: typed,
      serviceValue: typed,
      personnelValue: typed,
      imageValue: typed,
      monetaryCost: typed,
      timeCost: typed,
      mentalCost: typed,
      physicalCost: typed,
    });
    fc.assert(
      fc.property(fc.array(rawOffer, { minLength: 1, maxLength: 7 }), (offers) => {
        const validated = validateDeliveredValue({ offers });
        if (validated.ok) expect(finiteEverywhere(computeDeliveredValue(validated.value))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
