/**
 * Pairwise comparison matrices: building them from the upper triangle and validating them.
 *
 * A matrix A of order n holds a_ij = how much more important element i is than element j.
 * It must be reciprocal (a_ji = 1 / a_ij, a_ii = 1) with judgements between 1/9 and 9
 * (Saaty 1980). Users only ever enter the upper triangle; the lower one follows.
 *
 * Issues name the cell as `<field>.<row>.<column>` with 0-based indices, and carry 1-based
 * `row` / `column` params for messages ("row 2, column 3").
 */
import type { FieldIssue, Validated } from '../result';
import { fail, ok } from '../result';
import { isSaatyValue, MAX_PAIRWISE_SIZE, nearestSaatyValue, SAATY_MAX, SAATY_MIN } from './saaty';

/** A square reciprocal matrix, rows of equal length. */
export type PairwiseMatrix = readonly (readonly number[])[];

/** Relative tolerance for a_ij · a_ji = 1 (lets 1/3 written as 0.3333333 through, not 0.333). */
export const RECIPROCITY_TOLERANCE = 1e-6;

/** The (row, column) cells of the upper triangle, row by row: (0,1), (0,2), …, (n−2,n−1). */
export function upperTrianglePairs(n: number): readonly (readonly [number, number])[] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j]);
  return pairs;
}

/** How many judgements a matrix of order n needs: n(n − 1)/2. */
export const pairCount = (n: number): number => (n * (n - 1)) / 2;

/** The upper-triangle judgements of a matrix, in `upperTrianglePairs` order. */
export function upperTriangle(matrix: PairwiseMatrix): number[] {
  return upperTrianglePairs(matrix.length).map(([i, j]) => matrix[i]?.[j] ?? 1);
}

/** The perfectly consistent matrix of a positive vector: a_ij = v_i / v_j. */
export function consistentMatrix(vector: readonly number[]): number[][] {
  return vector.map((vi) => vector.map((vj) => vi / vj));
}

/** Reorders a matrix's elements: row/column k of the result is element order[k] of the input. */
export function permuteMatrix(matrix: PairwiseMatrix, order: readonly number[]): number[][] {
  return order.map((i) => order.map((j) => matrix[i]?.[j] ?? 1));
}

/** Options for `validatePairwiseMatrix` and `matrixFromUpperTriangle`. */
export interface MatrixValidationOptions {
  /** Field path the issues start with. Default `matrix`. */
  readonly field?: string;
  /** Require every judgement to be exactly one of Saaty's 17 values (individual entry). */
  readonly requireSaatyScale?: boolean;
  /** Require this order (e.g. the number of indicators). */
  readonly expectedSize?: number;
}

const inRange = (v: number) => v >= SAATY_MIN * (1 - 1e-9) && v <= SAATY_MAX * (1 + 1e-9);

function checkJudgement(
  value: unknown,
  field: string,
  row: number,
  column: number,
  requireSaatyScale: boolean,
): FieldIssue | number {
  const where = { row: row + 1, column: column + 1 };
  if (typeof value !== 'number' || !Number.isFinite(value)) return { field, code: 'notANumber', params: where };
  if (!inRange(value)) return { field, code: 'outOfRange', params: { ...where, min: '1/9', max: 9, value } };
  if (requireSaatyScale && !isSaatyValue(value)) {
    return { field, code: 'notOnSaatyScale', params: { ...where, value, nearest: nearestSaatyValue(value) } };
  }
  return value;
}

/**
 * Builds the full reciprocal matrix of order n from its upper triangle (judgements in
 * `upperTrianglePairs` order). Issues: `wrongLength` {expected, actual}; per judgement
 * (`<field>.<k>`) `notANumber`, `outOfRange` {min:'1/9', max:9, value}, `notOnSaatyScale`.
 */
export function matrixFromUpperTriangle(
  n: number,
  judgements: readonly unknown[],
  options: MatrixValidationOptions = {},
): Validated<number[][]> {
  const field = options.field ?? 'judgements';
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAIRWISE_SIZE) {
    return fail({ field, code: 'outOfRange', params: { min: 1, max: MAX_PAIRWISE_SIZE, value: n } });
  }
  const pairs = upperTrianglePairs(n);
  if (judgements.length !== pairs.length) {
    return fail({ field, code: 'wrongLength', params: { expected: pairs.length, actual: judgements.length } });
  }
  const issues: FieldIssue[] = [];
  const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  pairs.forEach(([i, j], k) => {
    const checked = checkJudgement(judgements[k], `${field}.${k}`, i, j, options.requireSaatyScale ?? false);
    if (typeof checked !== 'number') issues.push(checked);
    else {
      matrix[i]![j] = checked;
      matrix[j]![i] = 1 / checked;
    }
  });
  return issues.length > 0 ? fail(...issues) : ok(matrix);
}

/**
 * Checks that a value is a reciprocal pairwise matrix with judgements in 1/9…9 and returns a
 * fresh copy. Never throws. Issues:
 * - `invalidType` {expected:'matrix'} — not an array of arrays
 * - `tooFew` {min:1} / `tooMany` {max:15} — order outside what the random index covers
 * - `sizeMismatch` {expected, actual} — not the expected order
 * - `wrongLength` {row, expected, actual} at `<field>.<row>` — a row of the wrong length
 * - `notANumber` / `outOfRange` {min:'1/9', max:9, value} / `notOnSaatyScale` {value, nearest}
 *   at `<field>.<i>.<j>`
 * - `diagonalNotOne` {row, column, value} at `<field>.<i>.<i>`
 * - `notReciprocal` {row, column, value, expected} at the lower cell `<field>.<j>.<i>`
 */
export function validatePairwiseMatrix(input: unknown, options: MatrixValidationOptions = {}): Validated<number[][]> {
  const field = options.field ?? 'matrix';
  if (!Array.isArray(input) || !input.every((row) => Array.isArray(row))) {
    return fail({ field, code: 'invalidType', params: { expected: 'matrix' } });
  }
  const rows = input as readonly (readonly unknown[])[];
  const n = rows.length;
  if (n < 1) return fail({ field, code: 'tooFew', params: { min: 1 } });
  if (n > MAX_PAIRWISE_SIZE) return fail({ field, code: 'tooMany', params: { max: MAX_PAIRWISE_SIZE } });
  if (options.expectedSize !== undefined && n !== options.expectedSize) {
    return fail({ field, code: 'sizeMismatch', params: { expected: options.expectedSize, actual: n } });
  }
  const issues: FieldIssue[] = [];
  rows.forEach((row, i) => {
    if (row.length !== n) {
      issues.push({
        field: `${field}.${i}`,
        code: 'wrongLength',
        params: { row: i + 1, expected: n, actual: row.length },
      });
    }
  });
  if (issues.length > 0) return fail(...issues);

  const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  const valid = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const cell = `${field}.${i}.${j}`;
      const value = rows[i]![j];
      if (i === j) {
        if (value !== 1) {
          issues.push({
            field: cell,
            code: 'diagonalNotOne',
            params: { row: i + 1, column: j + 1, value: String(value) },
          });
        }
        valid[i]![j] = true;
        continue;
      }
      const checked = checkJudgement(value, cell, i, j, options.requireSaatyScale ?? false);
      if (typeof checked === 'number') {
        matrix[i]![j] = checked;
        valid[i]![j] = true;
      } else issues.push(checked);
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (!valid[i]![j] || !valid[j]![i]) continue;
      const upper = matrix[i]![j]!;
      const lower = matrix[j]![i]!;
      if (Math.abs(upper * lower - 1) > RECIPROCITY_TOLERANCE) {
        issues.push({
          field: `${field}.${j}.${i}`,
          code: 'notReciprocal',
          params: { row: j + 1, column: i + 1, value: lower, expected: 1 / upper },
        });
      }
    }
  }
  return issues.length > 0 ? fail(...issues) : ok(matrix);
}
