/**
 * Group pairwise judgements: several participants each fill in a complete matrix and the
 * group matrix is their element-wise geometric mean — aggregation of individual judgements
 * (AIJ). The geometric mean is the aggregation that keeps the group matrix reciprocal
 * (Aczél & Saaty 1983; Forman & Peniwati 1998, "Aggregating individual judgments and
 * priorities with the AHP", EJOR 108). The group matrix is then analysed like any other.
 *
 * Alongside we report how far participants agree:
 * - per pair, the geometric standard deviation of the judgements, exp(σ of ln a_ij) — 1
 *   when everyone agrees, 2 when judgements typically differ by a factor of 2 — and the
 *   smallest and largest judgement;
 * - per participant, their own CR and weights, their distance from the group as the
 *   root-mean-square of ln(a_ij / g_ij) over the upper triangle (0 = identical judgements),
 *   and the weight distance ½ Σ |w_i − g_i| (0 = same weights, 1 = nothing in common).
 */
import type { FieldIssue, Validated } from '../result';
import { fail, ok } from '../result';
import type { PairwiseMatrix } from './matrix';
import { validatePairwiseMatrix } from './matrix';
import type { PairwiseAnalysis } from './ahp';
import { analyseValidMatrix } from './ahp';

/** Most participants accepted in one group session. */
export const MAX_PARTICIPANTS = 50;
/** Longest participant name. */
export const MAX_PARTICIPANT_NAME = 120;

/** Spread of the participants' judgements on one pair (row < column, 0-based). */
export interface PairDispersion {
  readonly row: number;
  readonly column: number;
  /** The group judgement g_ij. */
  readonly geometricMean: number;
  /** exp(population standard deviation of ln a_ij), ≥ 1. */
  readonly geometricSd: number;
  readonly min: number;
  readonly max: number;
}

/** One participant compared with the group. */
export interface ParticipantReport {
  readonly participant: string;
  readonly weights: readonly number[];
  readonly consistencyRatio: number;
  readonly acceptable: boolean;
  /** RMS of ln(a_ij / g_ij) over the upper triangle. */
  readonly distanceFromGroup: number;
  /** ½ Σ |w_i − g_i| between this participant's weights and the group's. */
  readonly weightDistance: number;
}

/** The group result. */
export interface GroupAnalysis {
  readonly participants: number;
  /** The aggregated (geometric-mean) matrix. */
  readonly matrix: PairwiseMatrix;
  /** AHP analysis of the aggregated matrix: group weights, CR, most inconsistent pair. */
  readonly group: PairwiseAnalysis;
  /** One entry per upper-triangle pair, row by row. */
  readonly dispersion: readonly PairDispersion[];
  readonly participantReports: readonly ParticipantReport[];
}

/** Validates every participant (name and matrix) and checks all matrices have one order. */
function validateParticipants(
  input: unknown,
  field: string,
  expectedSize: number | undefined,
): Validated<{ names: string[]; matrices: number[][][] }> {
  if (!Array.isArray(input)) return fail({ field, code: 'invalidType', params: { expected: 'list' } });
  if (input.length < 1) return fail({ field, code: 'tooFew', params: { min: 1 } });
  if (input.length > MAX_PARTICIPANTS) return fail({ field, code: 'tooMany', params: { max: MAX_PARTICIPANTS } });
  const issues: FieldIssue[] = [];
  const names: string[] = [];
  const matrices: number[][][] = [];
  const seen = new Map<string, number>();
  let size = expectedSize;
  (input as unknown[]).forEach((entry, k) => {
    const at = `${field}.${k}`;
    const record = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
    const rawName = record['participant'];
    const name = typeof rawName === 'string' ? rawName.trim() : '';
    if (name === '') issues.push({ field: `${at}.participant`, code: 'required' });
    else if (name.length > MAX_PARTICIPANT_NAME) {
      issues.push({ field: `${at}.participant`, code: 'tooLong', params: { max: MAX_PARTICIPANT_NAME } });
    } else if (seen.has(name)) {
      issues.push({
        field: `${at}.participant`,
        code: 'duplicate',
        params: { value: name, first: seen.get(name)! + 1 },
      });
    } else seen.set(name, k);
    const checked = validatePairwiseMatrix(record['matrix'], {
      field: `${at}.matrix`,
      ...(size !== undefined ? { expectedSize: size } : {}),
    });
    if (!checked.ok) issues.push(...checked.issues);
    else {
      size ??= checked.value.length;
      matrices.push(checked.value);
    }
    names.push(name);
  });
  return issues.length > 0 ? fail(...issues) : ok({ names, matrices });
}

/** Element-wise geometric mean; upper triangle computed, lower set to its exact reciprocal. */
export function geometricMeanMatrix(matrices: readonly PairwiseMatrix[]): number[][] {
  const n = matrices[0]?.length ?? 0;
  const k = matrices.length;
  const result = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      // One participant: keep the judgement exactly (exp(ln x) can differ in the last bit).
      let g = matrices[0]![i]![j]!;
      if (k > 1) {
        let logSum = 0;
        for (const m of matrices) logSum += Math.log(m[i]![j]!);
        g = Math.exp(logSum / k);
      }
      result[i]![j] = g;
      result[j]![i] = 1 / g;
    }
  }
  return result;
}

function pairDispersion(matrices: readonly PairwiseMatrix[], group: PairwiseMatrix): PairDispersion[] {
  const n = group.length;
  const out: PairDispersion[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const values = matrices.map((m) => m[i]![j]!);
      const logs = values.map(Math.log);
      const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
      const variance = logs.reduce((s, x) => s + (x - mean) ** 2, 0) / logs.length;
      out.push({
        row: i,
        column: j,
        geometricMean: group[i]![j]!,
        geometricSd: Math.exp(Math.sqrt(variance)),
        min: Math.min(...values),
        max: Math.max(...values),
      });
    }
  }
  return out;
}

function logDistance(matrix: PairwiseMatrix, group: PairwiseMatrix): number {
  const n = matrix.length;
  if (n < 2) return 0;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      sum += Math.log(matrix[i]![j]! / group[i]![j]!) ** 2;
      count++;
    }
  }
  return Math.sqrt(sum / count);
}

/**
 * Aggregates participants' complete matrices (AIJ, geometric mean) and analyses the group.
 * Issues: `invalidType` {expected:'list'}, `tooFew` {min:1}, `tooMany` {max:50} on `<field>`;
 * per participant `required` / `tooLong` {max} / `duplicate` {value, first} on
 * `<field>.<k>.participant`; matrix issues (see `validatePairwiseMatrix`) on
 * `<field>.<k>.matrix…`, including `sizeMismatch` {expected, actual} when orders differ.
 */
export function aggregateJudgements(
  input: unknown,
  options: { readonly field?: string; readonly expectedSize?: number } = {},
): Validated<GroupAnalysis> {
  const checked = validateParticipants(input, options.field ?? 'participants', options.expectedSize);
  if (!checked.ok) return checked;
  const { names, matrices } = checked.value;
  const matrix = geometricMeanMatrix(matrices);
  const group = analyseValidMatrix(matrix);
  const participantReports = matrices.map((m, k): ParticipantReport => {
    const own = analyseValidMatrix(m);
    const weightDistance = own.weights.reduce((s, w, i) => s + Math.abs(w - group.weights[i]!), 0) / 2;
    return {
      participant: names[k]!,
      weights: own.weights,
      consistencyRatio: own.consistencyRatio,
      acceptable: own.acceptable,
      distanceFromGroup: logDistance(m, matrix),
      weightDistance,
    };
  });
  return ok({
    participants: matrices.length,
    matrix,
    group,
    dispersion: pairDispersion(matrices, matrix),
    participantReports,
  });
}
