/**
 * AHP priorities and consistency from one pairwise comparison matrix (Saaty 1980).
 *
 * - weights: the principal eigenvector, normalised to sum 1 (see `eigen.ts`);
 * - consistency index CI = (λmax − n)/(n − 1), 0 for a perfectly consistent matrix;
 * - consistency ratio CR = CI / RI(n) with Saaty's random index; CR ≤ 0.10 is acceptable.
 *   For n ≤ 2 every reciprocal matrix is consistent and CR is 0.
 * - the most inconsistent judgement: the upper-triangle cell (i, j) whose judgement strays
 *   furthest from what the weights imply, measured as |ln(a_ij · w_j / w_i)| (0 when
 *   a_ij = w_i / w_j). We report the value on Saaty's scale nearest to w_i / w_j as the
 *   revision to consider, and the CR the matrix would have with it. Because the weights
 *   themselves are pulled by the stray judgement, we also try all 17 scale values in that
 *   cell and report the one giving the lowest CR (`bestRevision`). This is the diagnostic
 *   the oil-company story calls for: comparing pairs gives a ranking, and the consistency
 *   check shows which comparison to revisit. (In a 3×3 matrix the eigenvector spreads any
 *   inconsistency equally over the three judgements; the first of them is named.)
 */
import type { Validated } from '../result';
import { ok } from '../result';
import type { PairwiseMatrix, MatrixValidationOptions } from './matrix';
import { validatePairwiseMatrix } from './matrix';
import { principalEigenvector } from './eigen';
import { ACCEPTABLE_CONSISTENCY_RATIO, nearestSaatyValue, randomIndex, SAATY_SCALE } from './saaty';

/** The judgement most at odds with the derived weights, and a revision to consider. */
export interface InconsistentJudgement {
  /** 0-based index of the row element (i < column). */
  readonly row: number;
  /** 0-based index of the column element. */
  readonly column: number;
  /** The judgement as entered, a_ij. */
  readonly judgement: number;
  /** w_i / w_j: the judgement that would agree exactly with the current weights. */
  readonly consistentValue: number;
  /** The value on Saaty's scale nearest to `consistentValue` (1/9 … 9). */
  readonly suggested: number;
  /** |ln(a_ij · w_j / w_i)|: how far the judgement strays, on a log scale. */
  readonly logDeviation: number;
  /** The consistency ratio if a_ij were replaced by `suggested` (and a_ji by its reciprocal). */
  readonly consistencyRatioIfFixed: number;
  /** The scale value for a_ij that gives the lowest consistency ratio, and that ratio. */
  readonly bestRevision: { readonly value: number; readonly consistencyRatio: number };
}

/** Everything the weighting step shows for one matrix. */
export interface PairwiseAnalysis {
  /** Order of the matrix (number of elements compared). */
  readonly size: number;
  /** Priorities, positive, summing to 1, in the matrix's element order. */
  readonly weights: readonly number[];
  readonly lambdaMax: number;
  readonly consistencyIndex: number;
  readonly randomIndex: number;
  readonly consistencyRatio: number;
  /** consistencyRatio ≤ 0.10. */
  readonly acceptable: boolean;
  /** Power-iteration bookkeeping. */
  readonly iterations: number;
  readonly converged: boolean;
  /** Null when n ≤ 2 or the matrix is consistent (nothing to revise). */
  readonly mostInconsistent: InconsistentJudgement | null;
}

/** Below this log deviation a judgement counts as consistent (rounding noise only). */
const CONSISTENT_LOG_DEVIATION = 1e-9;

interface Consistency {
  readonly weights: readonly number[];
  readonly lambdaMax: number;
  readonly consistencyIndex: number;
  readonly randomIndex: number;
  readonly consistencyRatio: number;
  readonly iterations: number;
  readonly converged: boolean;
}

function consistencyOf(matrix: PairwiseMatrix): Consistency {
  const n = matrix.length;
  const eigen = principalEigenvector(matrix);
  // λmax ≥ n for any positive reciprocal matrix; clamp rounding noise below n to 0.
  const consistencyIndex = n > 1 ? Math.max(0, (eigen.lambdaMax - n) / (n - 1)) : 0;
  const ri = randomIndex(n) ?? 0;
  return {
    weights: eigen.vector,
    lambdaMax: eigen.lambdaMax,
    consistencyIndex,
    randomIndex: ri,
    consistencyRatio: ri > 0 ? consistencyIndex / ri : 0,
    iterations: eigen.iterations,
    converged: eigen.converged,
  };
}

function mostInconsistentJudgement(matrix: PairwiseMatrix, weights: readonly number[]): InconsistentJudgement | null {
  const n = matrix.length;
  if (n <= 2) return null;
  let worst: { row: number; column: number; deviation: number } | null = null;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const deviation = Math.abs(Math.log((matrix[i]![j]! * weights[j]!) / weights[i]!));
      if (worst === null || deviation > worst.deviation) worst = { row: i, column: j, deviation };
    }
  }
  if (worst === null || worst.deviation < CONSISTENT_LOG_DEVIATION) return null;
  const { row, column } = worst;
  const consistentValue = weights[row]! / weights[column]!;
  const suggested = nearestSaatyValue(consistentValue);
  const crWith = (value: number) => {
    const revised = matrix.map((r) => [...r]);
    revised[row]![column] = value;
    revised[column]![row] = 1 / value;
    return consistencyOf(revised).consistencyRatio;
  };
  let bestRevision = { value: suggested, consistencyRatio: crWith(suggested) };
  for (const value of SAATY_SCALE) {
    const consistencyRatio = crWith(value);
    if (consistencyRatio < bestRevision.consistencyRatio - 1e-12) bestRevision = { value, consistencyRatio };
  }
  return {
    row,
    column,
    judgement: matrix[row]![column]!,
    consistentValue,
    suggested,
    logDeviation: worst.deviation,
    consistencyRatioIfFixed: crWith(suggested),
    bestRevision,
  };
}

/** AHP analysis of a matrix already known to be valid (see `validatePairwiseMatrix`). */
export function analyseValidMatrix(matrix: PairwiseMatrix): PairwiseAnalysis {
  const c = consistencyOf(matrix);
  return {
    size: matrix.length,
    ...c,
    acceptable: c.consistencyRatio <= ACCEPTABLE_CONSISTENCY_RATIO,
    mostInconsistent: mostInconsistentJudgement(matrix, c.weights),
  };
}

/**
 * Validates a pairwise matrix (issues as in `validatePairwiseMatrix`) and analyses it:
 * eigenvector weights, λmax, CI, RI, CR, acceptability and the most inconsistent judgement.
 */
export function analysePairwise(input: unknown, options: MatrixValidationOptions = {}): Validated<PairwiseAnalysis> {
  const checked = validatePairwiseMatrix(input, options);
  return checked.ok ? ok(analyseValidMatrix(checked.value)) : checked;
}
