/**
 * Loyalty segments from attitude × behaviour (curriculum, module E).
 *
 * Both scores are expressed as a share of their attainable maximum (0–1), so systems on a
 * 5-point scale and systems on percentages compare alike. A score at or above its threshold
 * counts as "high".
 */

export const SEGMENTS = ['true', 'latent', 'spurious', 'disloyal'] as const;
/** true: high/high · latent: high attitude, low behaviour · spurious: low attitude, high behaviour · disloyal: low/low */
export type LoyaltySegment = (typeof SEGMENTS)[number];

export interface SegmentThresholds {
  /** Attitudinal share (0–1) at or above which attitude counts as high. */
  readonly attitude: number;
  /** Behavioural share (0–1) at or above which behaviour counts as high. */
  readonly behaviour: number;
}

/** The 50% line the curriculum uses for behavioural loyalty, applied to both axes by default. */
export const DEFAULT_THRESHOLDS: SegmentThresholds = { attitude: 0.5, behaviour: 0.5 };

export function loyaltySegment(
  attitudeShare: number,
  behaviourShare: number,
  thresholds: SegmentThresholds = DEFAULT_THRESHOLDS,
): LoyaltySegment {
  const highAttitude = attitudeShare >= thresholds.attitude;
  const highBehaviour = behaviourShare >= thresholds.behaviour;
  if (highAttitude && highBehaviour) return 'true';
  if (highAttitude) return 'latent';
  if (highBehaviour) return 'spurious';
  return 'disloyal';
}
