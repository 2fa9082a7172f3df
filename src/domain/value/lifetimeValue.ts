/**
 * Customer lifetime value from a margin per period, a retention rate and a discount rate
 * (the simple retention model of Gupta & Lehmann, 2003; curriculum, module D "lifetime value"):
 * a customer who stays another period with probability r brings margin m at the end of it,
 * discounted at rate d, so period t is worth m × (r ÷ (1 + d))^t.
 *
 *   finite horizon of T periods:  CLV = Σ_{t=1..T} m × q^t,  q = r ÷ (1 + d)
 *   infinite horizon:             CLV = m × r ÷ (1 + d − r)   (the limit of the sum; needs r < 1 + d)
 *
 * An acquisition cost, if given, is paid once up front: net value = CLV − acquisition cost.
 * All rates are entered in percent.
 */
import type { FieldIssue, Validated } from '../result';
import { fail, ok } from '../result';
import { isBlank, MAX_AMOUNT, readNumber, readOptionalNumber, type RawFields } from '../numbers';

export const MAX_PERIODS = 1000;

export interface LifetimeValueInput {
  /** Margin a retained customer brings per period (> 0, money). */
  readonly marginPerPeriod: number;
  /** Chance a customer stays from one period to the next, 0–100. */
  readonly retentionPercent: number;
  /** Discount rate per period, 0–100. */
  readonly discountPercent: number;
  /** One-off cost of winning the customer (≥ 0; 0 when not given). */
  readonly acquisitionCost: number;
  /** Number of periods counted, or `infinite`. */
  readonly periods: number | 'infinite';
}

export type LifetimeValueCode = 'paysBack' | 'doesNotPayBack';

export interface LifetimeValueResult {
  /** Discounted margin over the horizon, before acquisition cost. */
  readonly lifetimeValue: number;
  /** lifetimeValue − acquisitionCost */
  readonly netValue: number;
  readonly terms: {
    readonly margin: number;
    /** r as a fraction */
    readonly retention: number;
    /** d as a fraction */
    readonly discount: number;
    /** 1 + d − r, the infinite-horizon denominator */
    readonly denominator: number;
    /** q = r ÷ (1 + d), the weight of each further period */
    readonly ratio: number;
    readonly periods: number | 'infinite';
    readonly acquisitionCost: number;
  };
  /** Net value ≥ 0: the customer pays back what it cost to win them. */
  readonly interpretation: LifetimeValueCode;
}

/**
 * Validates: margin > 0; retention and discount 0–100; acquisition cost ≥ 0 (blank → 0);
 * periods a whole number 1–1000, or blank for an infinite horizon. An infinite horizon with
 * 100% retention and 0% discount has no finite value: `infiniteValue` on `retentionPercent`.
 */
export function validateLifetimeValue(raw: RawFields<LifetimeValueInput>): Validated<LifetimeValueInput> {
  const issues: FieldIssue[] = [];
  const marginPerPeriod = readNumber(
    raw.marginPerPeriod,
    'marginPerPeriod',
    { positive: true, max: MAX_AMOUNT },
    issues,
  );
  const retentionPercent = readNumber(raw.retentionPercent, 'retentionPercent', { min: 0, max: 100 }, issues);
  const discountPercent = readNumber(raw.discountPercent, 'discountPercent', { min: 0, max: 100 }, issues);
  const acquisitionCost = readOptionalNumber(
    raw.acquisitionCost,
    'acquisitionCost',
    { min: 0, max: MAX_AMOUNT },
    issues,
    0,
  );
  const periods = isBlank(raw.periods)
    ? 'infinite'
    : readNumber(raw.periods, 'periods', { min: 1, max: MAX_PERIODS, integer: true }, issues);
  if (
    marginPerPeriod === undefined ||
    retentionPercent === undefined ||
    discountPercent === undefined ||
    periods === undefined
  ) {
    return fail(...issues);
  }
  if (periods === 'infinite' && !(infiniteHorizonDenominator(retentionPercent, discountPercent) > 0)) {
    issues.push({ field: 'retentionPercent', code: 'infiniteValue' });
  }
  if (issues.length > 0) return fail(...issues);
  return ok({ marginPerPeriod, retentionPercent, discountPercent, acquisitionCost, periods });
}

/**
 * 1 + d − r from percentages, computed exactly as `computeLifetimeValue` computes it, so that
 * validation and computation agree on whether it is above 0 even at the last bit.
 */
export function infiniteHorizonDenominator(retentionPercent: number, discountPercent: number): number {
  return 1 + discountPercent / 100 - retentionPercent / 100;
}

/** Lifetime value and net value (see the module comment for the formulas). */
export function computeLifetimeValue(input: LifetimeValueInput): LifetimeValueResult {
  const m = input.marginPerPeriod;
  const r = input.retentionPercent / 100;
  const d = input.discountPercent / 100;
  const ratio = r / (1 + d);
  const denominator = infiniteHorizonDenominator(input.retentionPercent, input.discountPercent);
  let lifetimeValue: number;
  if (input.periods === 'infinite') {
    lifetimeValue = (m * r) / denominator;
  } else if (ratio === 1) {
    lifetimeValue = m * input.periods;
  } else {
    // Closed form of the geometric sum; exact enough for T ≤ 1000 and 0 ≤ q ≤ 1.
    lifetimeValue = (m * ratio * (1 - ratio ** input.periods)) / (1 - ratio);
  }
  const netValue = lifetimeValue - input.acquisitionCost;
  return {
    lifetimeValue,
    netValue,
    terms: {
      margin: m,
      retention: r,
      discount: d,
      denominator,
      ratio,
      periods: input.periods,
      acquisitionCost: input.acquisitionCost,
    },
    interpretation: netValue >= 0 ? 'paysBack' : 'doesNotPayBack',
  };
}
