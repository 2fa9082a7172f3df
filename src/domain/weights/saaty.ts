/**
 * Saaty's fundamental scale and random consistency indices for the Analytic Hierarchy Process.
 *
 * A pairwise judgement a_ij says how many times more important element i is than element j,
 * on the 1–9 scale (1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme, even numbers in
 * between) or its reciprocals 1/2 … 1/9 when j is the more important one.
 * Source: Saaty, T.L. (1980) *The Analytic Hierarchy Process*, McGraw-Hill; Saaty (2008)
 * "Decision making with the analytic hierarchy process", Int. J. Services Sciences 1(1), 83–98.
 */

// prettier-ignore
/** The 17 values of Saaty's scale in increasing order: 1/9, 1/8, …, 1/2, 1, 2, …, 9. */
export const SAATY_SCALE: readonly number[] = [
  1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9,
];

/** Smallest judgement on the scale. */
export const SAATY_MIN = 1 / 9;
/** Largest judgement on the scale. */
export const SAATY_MAX = 9;

// prettier-ignore
/**
 * Saaty's average random consistency index RI for a matrix of order n (index n − 1), n = 1…15:
 * the mean consistency index of many random reciprocal matrices filled from the 1–9 scale.
 * Values as tabulated in Saaty (1980), *The Analytic Hierarchy Process*, McGraw-Hill, and
 * reproduced throughout the AHP literature (0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49
 * for n = 3…10; 1.51, 1.48, 1.56, 1.57, 1.59 for n = 11…15 — the dip at n = 12 is in the
 * published table, a sampling artefact that later, larger simulations smooth out).
 * For n = 1 and 2 every reciprocal matrix is consistent, so RI = 0.
 */ export const RANDOM_INDEX: readonly number[] = [
  0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
];

/** Largest matrix the random-index table covers (and so the most elements compared pairwise). */
export const MAX_PAIRWISE_SIZE = RANDOM_INDEX.length;

/** Saaty's rule: a consistency ratio of at most 10% is acceptable. */
export const ACCEPTABLE_CONSISTENCY_RATIO = 0.1;

/** RI for a matrix of order n, or undefined outside 1…15. */
export function randomIndex(n: number): number | undefined {
  return Number.isInteger(n) && n >= 1 ? RANDOM_INDEX[n - 1] : undefined;
}

/**
 * The value on Saaty's scale closest to a positive ratio, measured on a logarithmic axis
 * (so 1/3 and 3 are equally far from 1, and nearest(1/x) = 1/nearest(x)). Ratios beyond the
 * scale clamp to 1/9 or 9; a non-positive or non-finite input gives 1 (no preference). An
 * exact tie goes to the more moderate value (the one nearer 1), which keeps the symmetry.
 */
export function nearestSaatyValue(ratio: number): number {
  if (!(ratio > 0) || !Number.isFinite(ratio)) return 1;
  const target = Math.log(ratio);
  let best = 1;
  let bestDistance = Infinity;
  for (const value of SAATY_SCALE) {
    const distance = Math.abs(Math.log(value) - target);
    const tie = Math.abs(distance - bestDistance) <= 1e-12;
    if ((!tie && distance < bestDistance) || (tie && Math.abs(Math.log(value)) < Math.abs(Math.log(best)))) {
      best = value;
      bestDistance = distance;
    }
  }
  return best;
}

/** True when a value is (within rounding) one of the 17 values of Saaty's scale. */
export function isSaatyValue(value: number): boolean {
  return SAATY_SCALE.some((v) => Math.abs(v - value) <= 1e-6 * v);
}

/**
 * A judgement written as on Saaty's scale: "3", "1/3", "1". Values not on the scale are
 * written with up to three decimals ("2.47", "1/2.47").
 */
export function saatyNotation(value: number): string {
  if (!(value > 0) || !Number.isFinite(value)) return '';
  const show = (x: number) => String(Math.round(x * 1000) / 1000);
  return value >= 1 - 1e-9 ? show(value) : `1/${show(1 / value)}`;
}
