/**
 * The principal (Perron) eigenvector of a positive matrix by power iteration.
 *
 * Saaty (1980) derives priorities as the normalised principal right eigenvector w of the
 * judgement matrix A (A·w = λmax·w). A positive matrix has a unique, simple, dominant
 * eigenvalue with a positive eigenvector (Perron–Frobenius), so repeatedly multiplying a
 * positive start vector by A and renormalising converges to it.
 *
 * Start: the normalised row geometric means (exact for a consistent matrix, and close
 * otherwise, so few iterations are needed). Stop: when no component of the normalised
 * vector changes by more than `tolerance` (default 1e-12) between two iterations, or after
 * `maxIterations` (default 10,000), in which case `converged` is false.
 */
import type { PairwiseMatrix } from './matrix';

/** Default stopping tolerance: the largest change of any weight between two iterations. */
export const EIGEN_TOLERANCE = 1e-12;
/** Default cap on iterations (a 15×15 matrix costs ~225 multiplications per iteration). */
export const EIGEN_MAX_ITERATIONS = 10_000;

/** What power iteration found. */
export interface PrincipalEigen {
  /** The eigenvector, positive, normalised to sum 1: the priorities. */
  readonly vector: readonly number[];
  /** λmax = Σ_i (A·w)_i for w summing to 1. */
  readonly lambdaMax: number;
  /** Iterations used. */
  readonly iterations: number;
  /** False when the iteration cap was reached before the tolerance was met. */
  readonly converged: boolean;
}

function multiply(matrix: PairwiseMatrix, vector: readonly number[]): number[] {
  return matrix.map((row) => {
    let sum = 0;
    for (let j = 0; j < row.length; j++) sum += row[j]! * vector[j]!;
    return sum;
  });
}

const total = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Principal eigenvector and eigenvalue of a positive square matrix (assumed validated). */
export function principalEigenvector(
  matrix: PairwiseMatrix,
  tolerance: number = EIGEN_TOLERANCE,
  maxIterations: number = EIGEN_MAX_ITERATIONS,
): PrincipalEigen {
  const n = matrix.length;
  const geometricMeans = matrix.map((row) => Math.exp(row.reduce((s, a) => s + Math.log(a), 0) / n));
  const start = total(geometricMeans);
  let w = geometricMeans.map((g) => g / start);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    const next = multiply(matrix, w);
    const sum = total(next);
    const normalised = next.map((x) => x / sum);
    let change = 0;
    for (let i = 0; i < n; i++) change = Math.max(change, Math.abs(normalised[i]! - w[i]!));
    w = normalised;
    if (change <= tolerance) {
      converged = true;
      break;
    }
  }
  return { vector: w, lambdaMax: total(multiply(matrix, w)), iterations, converged };
}
