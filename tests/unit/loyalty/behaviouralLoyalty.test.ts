import fc from 'fast-check';
import {
  computeRepeatPurchaseRate,
  computeShareOfWallet,
  validateRepeatPurchase,
  validateShareOfWallet,
} from '../../../src/domain/loyalty/behaviouralLoyalty';
import { finiteEverywhere, typed } from './typed-input';

describe('repeat-purchase rate', () => {
  it.each([
    { brand: '6', category: '10', percent: 60, code: 'behaviourallyLoyal' },
    { brand: '5', category: '10', percent: 50, code: 'behaviourallyLoyal' },
    { brand: '4', category: '10', percent: 40, code: 'notBehaviourallyLoyal' },
    { brand: '0', category: '3', percent: 0, code: 'notBehaviourallyLoyal' },
  ])('$brand of $category purchases → $percent% ($code)', ({ brand, category, percent, code }) => {
    // Arrange
    const validated = validateRepeatPurchase({ brandPurchases: brand, categoryPurchases: category });
    if (!validated.ok) throw new Error('expected valid input');
    // Act
    const result = computeRepeatPurchaseRate(validated.value);
    // Assert
    expect(result.percent).toBeCloseTo(percent, 10);
    expect(result.interpretation).toBe(code);
    expect(result.linePercent).toBe(50);
    expect(result.terms).toEqual({ part: Number(brand), whole: Number(category) });
  });

  it.each([
    [
      { brandPurchases: '12', categoryPurchases: '10' },
      [{ field: 'brandPurchases', code: 'exceedsTotal', params: { value: 12, total: 10 } }],
    ],
    [
      { brandPurchases: '1', categoryPurchases: '0' },
      [{ field: 'categoryPurchases', code: 'notPositive', params: { value: 0 } }],
    ],
    [
      { brandPurchases: '1.5', categoryPurchases: '4' },
      [{ field: 'brandPurchases', code: 'notAnInteger', params: { value: 1.5 } }],
    ],
    [
      { brandPurchases: '', categoryPurchases: 'x' },
      [
        { field: 'brandPurchases', code: 'required' },
        { field: 'categoryPurchases', code: 'notANumber', params: { value: 'x' } },
      ],
    ],
  ])('refuses %j', (raw, issues) => {
    expect(validateRepeatPurchase(raw)).toEqual({ ok: false, issues });
  });
});

describe('share of wallet', () => {
  it('judges an exact half as loyal despite decimal arithmetic (0.35 of 0.70)', () => {
    const validated = validateShareOfWallet({ brandSpend: '0.35', categorySpend: '0.7' });
    if (!validated.ok) throw new Error('expected valid input');
    const result = computeShareOfWallet(validated.value);
    expect(result.percent).toBeCloseTo(50, 10);
    expect(result.interpretation).toBe('behaviourallyLoyal');
  });

  it('refuses a brand spend above the category spend', () => {
    expect(validateShareOfWallet({ brandSpend: '1,200', categorySpend: '1,000' })).toEqual({
      ok: false,
      issues: [{ field: 'brandSpend', code: 'exceedsTotal', params: { value: 1200, total: 1000 } }],
    });
  });

  it('stays within 0–100 and agrees with the 50% line for any valid spend', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (categorySpend, fraction) => {
          // Arrange
          const validated = validateShareOfWallet({ brandSpend: categorySpend * fraction, categorySpend });
          if (!validated.ok) return; // a product that rounds above the total is an input issue
          // Act
          const result = computeShareOfWallet(validated.value);
          // Assert
          expect(Number.isFinite(result.percent)).toBe(true);
          expect(result.percent).toBeGreaterThanOrEqual(0);
          expect(result.percent).toBeLessThanOrEqual(100);
          if (result.percent > 50.000001) expect(result.interpretation).toBe('behaviourallyLoyal');
          if (result.percent < 49.999999) expect(result.interpretation).toBe('notBehaviourallyLoyal');
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('whatever is typed', () => {
  it('either refuses it or gives finite numbers', () => {
    fc.assert(
      fc.property(typed, typed, (a, b) => {
        const purchases = validateRepeatPurchase({ brandPurchases: a, categoryPurchases: b });
        if (purchases.ok) expect(finiteEverywhere(computeRepeatPurchaseRate(purchases.value))).toBe(true);
        const wallet = validateShareOfWallet({ brandSpend: a, categorySpend: b });
        if (wallet.ok) expect(finiteEverywhere(computeShareOfWallet(wallet.value))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
