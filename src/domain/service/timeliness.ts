/**
 * Rating timeliness (服务时效: actual versus promised repair time — curriculum, module C) from
 * hours, for the after-sales scorecard.
 *
 * Our rule, chosen to be easy to explain on a projector:
 * - done on time or early: full marks (finishing early earns nothing extra — the promise was kept);
 * - late: marks fall in a straight line with the lateness measured against the promise, and
 *   reach zero when the job took twice as long as promised:
 *     rating = scaleMax × max(0, 1 − (actual − promised) ÷ promised)
 *   e.g. promised 24 h, took 30 h: 6 h late = 25% of the promise → 75% of full marks.
 */

export interface TimelinessRating {
  /** The rating on the scorecard's scale, 0 … scaleMax. */
  readonly rating: number;
  /** max(0, actual − promised) */
  readonly latenessHours: number;
  /** latenessHours ÷ promised × 100 */
  readonly latenessPercent: number;
  readonly onTime: boolean;
}

/** Rating from promised (> 0) and actual (≥ 0) hours on a scale whose top is `scaleMax`. */
export function timelinessRating(promisedHours: number, actualHours: number, scaleMax: number): TimelinessRating {
  const latenessHours = Math.max(0, actualHours - promisedHours);
  const lateness = latenessHours / promisedHours;
  return {
    rating: scaleMax * Math.max(0, 1 - lateness),
    latenessHours,
    latenessPercent: lateness * 100,
    onTime: latenessHours === 0,
  };
}
