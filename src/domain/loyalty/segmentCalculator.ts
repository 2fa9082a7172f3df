/**
 * The loyalty-segment calculator: an attitude score and a behaviour score, each on its own
 * scale, become shares of their maxima; each share is high at or above its threshold (in
 * percent, 50 by default — the curriculum's behavioural-loyalty line), and the pair gives the
 * segment (`segment.ts`) and its strategies (`segmentStrategy.ts`).
 */
import type { FieldIssue, Validated } from '../result';
import { fail, ok } from '../result';
import { MAX_AMOUNT, readNumber, readOptionalNumber, type RawFields } from '../numbers';
import { loyaltySegment, type LoyaltySegment } from './segment';
import { segmentStrategy, type SegmentStrategyId } from './segmentStrategy';

export const DEFAULT_THRESHOLD_PERCENT = 50;

export interface SegmentInput {
  /** Attitude score, 0 … attitudeMax. */
  readonly attitudeScore: number;
  /** Highest attainable attitude score (> 0). */
  readonly attitudeMax: number;
  /** Behaviour score, 0 … behaviourMax. */
  readonly behaviourScore: number;
  /** Highest attainable behaviour score (> 0). */
  readonly behaviourMax: number;
  /** Share of the attitude maximum (0–100) from which attitude counts as high. */
  readonly attitudeThresholdPercent: number;
  /** Share of the behaviour maximum (0–100) from which behaviour counts as high. */
  readonly behaviourThresholdPercent: number;
}

export interface SegmentResult {
  /** attitudeScore ÷ attitudeMax × 100 */
  readonly attitudePercent: number;
  /** behaviourScore ÷ behaviourMax × 100 */
  readonly behaviourPercent: number;
  readonly highAttitude: boolean;
  readonly highBehaviour: boolean;
  /** The segment, which is also the interpretation code. */
  readonly segment: LoyaltySegment;
  readonly strategies: readonly SegmentStrategyId[];
  readonly terms: SegmentInput;
}

/**
 * Validates: maxima > 0; scores 0 … their maximum; thresholds 0–100 (blank → 50).
 * Issue codes are those of `readNumber` (`outOfRange` carries {min, max}).
 */
export function validateSegment(raw: RawFields<SegmentInput>): Validated<SegmentInput> {
  const issues: FieldIssue[] = [];
  const attitudeMax = readNumber(raw.attitudeMax, 'attitudeMax', { positive: true, max: MAX_AMOUNT }, issues);
  const behaviourMax = readNumber(raw.behaviourMax, 'behaviourMax', { positive: true, max: MAX_AMOUNT }, issues);
  const attitudeScore = readNumber(raw.attitudeScore, 'attitudeScore', { min: 0, ...max(attitudeMax) }, issues);
  const behaviourScore = readNumber(raw.behaviourScore, 'behaviourScore', { min: 0, ...max(behaviourMax) }, issues);
  const percent = { min: 0, max: 100 };
  const attitudeThresholdPercent = readOptionalNumber(
    raw.attitudeThresholdPercent,
    'attitudeThresholdPercent',
    percent,
    issues,
    DEFAULT_THRESHOLD_PERCENT,
  );
  const behaviourThresholdPercent = readOptionalNumber(
    raw.behaviourThresholdPercent,
    'behaviourThresholdPercent',
    percent,
    issues,
    DEFAULT_THRESHOLD_PERCENT,
  );
  if (
    attitudeMax === undefined ||
    behaviourMax === undefined ||
    attitudeScore === undefined ||
    behaviourScore === undefined ||
    issues.length > 0
  ) {
    return fail(...issues);
  }
  return ok({
    attitudeScore,
    attitudeMax,
    behaviourScore,
    behaviourMax,
    attitudeThresholdPercent,
    behaviourThresholdPercent,
  });
}

/** The segment and its strategies. */
export function computeSegment(input: SegmentInput): SegmentResult {
  const attitudeShare = input.attitudeScore / input.attitudeMax;
  const behaviourShare = input.behaviourScore / input.behaviourMax;
  const thresholds = {
    attitude: input.attitudeThresholdPercent / 100,
    behaviour: input.behaviourThresholdPercent / 100,
  };
  // Forgive last-bit error (e.g. 0.35 / 0.7 vs 0.5) by nudging the shares by a relative 1e-9.
  const segment = loyaltySegment(attitudeShare * (1 + 1e-9), behaviourShare * (1 + 1e-9), thresholds);
  return {
    attitudePercent: attitudeShare * 100,
    behaviourPercent: behaviourShare * 100,
    highAttitude: segment === 'true' || segment === 'latent',
    highBehaviour: segment === 'true' || segment === 'spurious',
    segment,
    strategies: segmentStrategy(segment),
    terms: input,
  };
}

function max(value: number | undefined): { max?: number } {
  return value === undefined ? {} : { max: value };
}
