/**
 * What five more points of retention are worth — the Reichheld & Sasser / Bain claim
 * (Harvard Business Review, 1990): cutting customer defections by 5% raises profits by 25–85%
 * depending on the industry. Here "5%" is read as five percentage points of retention
 * (defections 20% → 15% means retention 80% → 85%), and "profit" as the customer's net
 * lifetime value from `lifetimeValue.ts`: the value at r and at r + 5 points, the % change,
 * and whether it falls inside the 25–85% band.
 */
import type { FieldIssue, Validated } from '../result';
import { fail, ok } from '../result';
import type { RawFields } from '../numbers';
import {
  computeLifetimeValue,
  infiniteHorizonDenominator,
  validateLifetimeValue,
  type LifetimeValueInput,
  type LifetimeValueResult,
} from './lifetimeValue';

/** The claim's band, in percent increase of profit. */
export const REICHHELD_SASSER_BAND = { low: 25, high: 85 } as const;
/** The claim's improvement: five points of retention. */
export const RETENTION_STEP_POINTS = 5;

export type RetentionEffectCode = 'belowBand' | 'withinBand' | 'aboveBand' | 'notComparable';

export interface RetentionEffectResult {
  readonly before: LifetimeValueResult;
  readonly after: LifetimeValueResult;
  /** Retention in percent, before and after. */
  readonly retentionPercent: { readonly before: number; readonly after: number };
  /** (after.netValue − before.netValue) ÷ before.netValue × 100; null when before ≤ 0 (or ~0). */
  readonly increasePercent: number | null;
  readonly band: typeof REICHHELD_SASSER_BAND;
  /** `notComparable` when the starting net value is ≤ 0 (a % change means nothing). */
  readonly interpretation: RetentionEffectCode;
}

/**
 * Validates as `validateLifetimeValue`, plus room for the step: retention ≤ 95 (`noRoomToImprove`
 * {max} on `retentionPercent`), and the improved retention must still give a finite value
 * (`infiniteValue` on `retentionPercent`, infinite horizon with 95%+ retention and 0–5% discount…).
 */
export function validateRetentionEffect(raw: RawFields<LifetimeValueInput>): Validated<LifetimeValueInput> {
  const base = validateLifetimeValue(raw);
  if (!base.ok) return base;
  const input = base.value;
  const issues: FieldIssue[] = [];
  const after = input.retentionPercent + RETENTION_STEP_POINTS;
  if (after > 100) {
    issues.push({ field: 'retentionPercent', code: 'noRoomToImprove', params: { max: 100 - RETENTION_STEP_POINTS } });
  } else if (input.periods === 'infinite' && !(infiniteHorizonDenominator(after, input.discountPercent) > 0)) {
    issues.push({ field: 'retentionPercent', code: 'infiniteValue' });
  }
  return issues.length > 0 ? fail(...issues) : ok(input);
}

/** Net lifetime value at r and at r + 5 points, the % increase and its place against 25–85%. */
export function computeRetentionEffect(input: LifetimeValueInput): RetentionEffectResult {
  const afterPercent = input.retentionPercent + RETENTION_STEP_POINTS;
  const before = computeLifetimeValue(input);
  const after = computeLifetimeValue({ ...input, retentionPercent: afterPercent });
  const change = before.netValue > 0 ? ((after.netValue - before.netValue) / before.netValue) * 100 : null;
  // A start within a hair of zero would give an increase too large to represent: not comparable.
  const increasePercent = change !== null && Number.isFinite(change) ? change : null;
  let interpretation: RetentionEffectCode = 'notComparable';
  if (increasePercent !== null) {
    interpretation =
      increasePercent < REICHHELD_SASSER_BAND.low
        ? 'belowBand'
        : increasePercent > REICHHELD_SASSER_BAND.high
          ? 'aboveBand'
          : 'withinBand';
  }
  return {
    before,
    after,
    retentionPercent: { before: input.retentionPercent, after: afterPercent },
    increasePercent,
    band: REICHHELD_SASSER_BAND,
    interpretation,
  };
}
