/**
 * Edits the builder makes to an indicator system, as pure functions. Each keeps the parts
 * that depend on the indicator list in step with it, so a system that was valid stays valid:
 *
 * - the weighting has one raw weight, or one matrix row and column, per indicator: adding an
 *   indicator adds a typical raw weight (the mean of the others) or a row of "equal" (1)
 *   judgements; removing one drops its entry; moving one reorders them;
 * - saved answers are columns by indicator id: removing an indicator drops its column, but
 *   adding one or changing the answer scale cannot keep them (nobody answered the new
 *   question, old answers may fall outside the new scale), so those edits drop the answers
 *   and the builder asks first.
 */
import type { IndicatorKind } from '../indicators/library';
import { findLibraryIndicator, libraryIndicatorsFrom } from '../indicators/library';
import type { ResponseSet } from '../indicators/responses';
import type { AnswerScale } from '../indicators/scale';
import type { IndicatorSystem, MeasurementMethod, SystemWeighting } from '../indicators/system-schema';
import { libraryChoice } from '../indicators/system';
import type { SegmentThresholds } from '../loyalty/segment';
import { roundedPercentages } from '../weights/direct';
import { permuteMatrix } from '../weights/matrix';

export type IndicatorEntry = IndicatorSystem['indicators'][number];
type Matrix = readonly (readonly number[])[];
export type WeightingMode = SystemWeighting['mode'];

/** The kind of a system entry (undefined for an id the library does not know). */
export function kindOf(entry: IndicatorEntry): IndicatorKind | undefined {
  return entry.source === 'custom' ? entry.kind : findLibraryIndicator(entry.id)?.kind;
}

/** Whether a measurement method uses indicators of this kind. */
export const methodAllows = (method: MeasurementMethod, kind: IndicatorKind | undefined): boolean =>
  kind !== undefined && (method === 'combined' || method === kind);

/** A matrix of order n with every judgement "equal" (1). */
export const equalMatrix = (n: number): number[][] => Array.from({ length: n }, () => new Array<number>(n).fill(1));

const growMatrix = (m: Matrix): number[][] => [...m.map((row) => [...row, 1]), [...m.map(() => 1), 1]];
const shrinkMatrix = (m: Matrix, index: number): number[][] =>
  m.filter((_, i) => i !== index).map((row) => row.filter((_, j) => j !== index));

function addToWeighting(w: SystemWeighting): SystemWeighting {
  switch (w.mode) {
    case 'direct': {
      const mean = w.raw.length > 0 ? w.raw.reduce((a, b) => a + b, 0) / w.raw.length : 1;
      return { mode: 'direct', raw: [...w.raw, mean > 0 ? mean : 1] };
    }
    case 'pairwise':
      return { mode: 'pairwise', matrix: growMatrix(w.matrix) };
    case 'group':
      return {
        mode: 'group',
        matrices: w.matrices.map((p) => ({ participant: p.participant, matrix: growMatrix(p.matrix) })),
      };
  }
}

function removeFromWeighting(w: SystemWeighting, index: number): SystemWeighting {
  switch (w.mode) {
    case 'direct': {
      const raw = w.raw.filter((_, i) => i !== index);
      // The weights left may all be 0 (the removed one carried everything): start again from equal.
      return { mode: 'direct', raw: raw.some((x) => x > 0) ? raw : raw.map(() => 1) };
    }
    case 'pairwise':
      return { mode: 'pairwise', matrix: shrinkMatrix(w.matrix, index) };
    case 'group':
      return {
        mode: 'group',
        matrices: w.matrices.map((p) => ({ participant: p.participant, matrix: shrinkMatrix(p.matrix, index) })),
      };
  }
}

function reorderWeighting(w: SystemWeighting, order: readonly number[]): SystemWeighting {
  switch (w.mode) {
    case 'direct':
      return { mode: 'direct', raw: order.map((i) => w.raw[i] ?? 1) };
    case 'pairwise':
      return { mode: 'pairwise', matrix: permuteMatrix(w.matrix, order) };
    case 'group':
      return {
        mode: 'group',
        matrices: w.matrices.map((p) => ({ participant: p.participant, matrix: permuteMatrix(p.matrix, order) })),
      };
  }
}

/** The system without its saved answers. */
export function withoutResponses(system: IndicatorSystem): IndicatorSystem {
  const { responses: _dropped, ...rest } = system;
  return rest;
}

/** Adds an indicator at the end. Drops saved answers (nobody has answered the new question). */
export function addIndicator(system: IndicatorSystem, entry: IndicatorEntry): IndicatorSystem {
  return {
    ...withoutResponses(system),
    indicators: [...system.indicators, entry],
    weighting: addToWeighting(system.weighting),
  };
}

function dropColumn(responses: ResponseSet, id: string): ResponseSet {
  const column = responses.indicatorIds.indexOf(id);
  if (column < 0) return responses;
  return {
    indicatorIds: responses.indicatorIds.filter((_, k) => k !== column),
    respondents: responses.respondents.map((r) => ({ id: r.id, answers: r.answers.filter((_, k) => k !== column) })),
  };
}

/** Removes the indicator at `index`, with its weight and its column of answers. The last one stays. */
export function removeIndicator(system: IndicatorSystem, index: number): IndicatorSystem {
  const entry = system.indicators[index];
  if (!entry || system.indicators.length <= 1) return system;
  const next: IndicatorSystem = {
    ...withoutResponses(system),
    indicators: system.indicators.filter((_, i) => i !== index),
    weighting: removeFromWeighting(system.weighting, index),
  };
  return system.responses ? { ...next, responses: dropColumn(system.responses, entry.id) } : next;
}

/** Moves the indicator at `from` to position `to` (questionnaire order), weights and judgements with it. */
export function moveIndicator(system: IndicatorSystem, from: number, to: number): IndicatorSystem {
  const n = system.indicators.length;
  if (from === to || from < 0 || to < 0 || from >= n || to >= n) return system;
  const order = Array.from({ length: n }, (_, i) => i);
  order.splice(to, 0, ...order.splice(from, 1));
  return {
    ...system,
    indicators: order.map((i) => system.indicators[i]!),
    weighting: reorderWeighting(system.weighting, order),
  };
}

/** What changing the method did to the indicator list. */
export interface MethodChange {
  readonly system: IndicatorSystem;
  /** Entries removed because the method does not use their kind. */
  readonly removed: readonly IndicatorEntry[];
  /** Textbook indicators added because none of the right kind was left. */
  readonly added: readonly IndicatorEntry[];
}

/**
 * Sets the measurement method (step 2 of the six steps) and removes the indicators it does
 * not use. If none would be left, the textbook's (module E) indicators of the method's kind
 * are put in their place with equal direct weights, and saved answers are dropped.
 */
export function changeMethod(system: IndicatorSystem, method: MeasurementMethod): MethodChange {
  const keep = system.indicators.map((entry) => methodAllows(method, kindOf(entry)));
  const removed = system.indicators.filter((_, i) => !keep[i]);
  if (removed.length === 0) return { system: { ...system, method }, removed, added: [] };
  if (keep.every((k) => !k)) {
    const added = libraryIndicatorsFrom('module-e')
      .filter((i) => methodAllows(method, i.kind))
      .map((i) => libraryChoice(i.id, system.scale));
    return {
      system: {
        ...withoutResponses(system),
        method,
        indicators: added,
        weighting: { mode: 'direct', raw: added.map(() => 1) },
      },
      removed,
      added,
    };
  }
  let next: IndicatorSystem = { ...system, method };
  for (let i = system.indicators.length - 1; i >= 0; i--) if (!keep[i]) next = removeIndicator(next, i);
  return { system: next, removed, added: [] };
}

/** Changes the system's answer scale; saved answers are dropped (they were given on the old scale). */
export function changeScale(system: IndicatorSystem, scale: AnswerScale): IndicatorSystem {
  return { ...withoutResponses(system), scale: { min: scale.min, max: scale.max } };
}

/**
 * A fresh weighting in `mode` for the current weights: direct starts from the current weights
 * as percentages (so nothing visible changes), pairwise and group from "all equal" judgements.
 */
export function startWeighting(
  mode: WeightingMode,
  weights: readonly number[],
  firstParticipant: string,
): SystemWeighting {
  const n = weights.length;
  if (mode === 'direct') {
    const raw = roundedPercentages(weights);
    return { mode: 'direct', raw: raw.some((x) => x > 0) ? raw : raw.map(() => 1) };
  }
  if (mode === 'pairwise') return { mode: 'pairwise', matrix: equalMatrix(n) };
  return { mode: 'group', matrices: [{ participant: firstParticipant, matrix: equalMatrix(n) }] };
}

/** The matrix with a_ij = value and a_ji = 1/value. */
export function setJudgement(matrix: Matrix, row: number, column: number, value: number): number[][] {
  const next = matrix.map((r) => [...r]);
  if (row === column || !next[row] || !next[column]) return next;
  next[row]![column] = value;
  next[column]![row] = 1 / value;
  return next;
}

/** Adds a participant with all judgements "equal". */
export function addParticipant(
  weighting: SystemWeighting & { mode: 'group' },
  name: string,
  n: number,
): SystemWeighting {
  return { mode: 'group', matrices: [...weighting.matrices, { participant: name, matrix: equalMatrix(n) }] };
}

/** Removes participant k (the last one stays). */
export function removeParticipant(weighting: SystemWeighting & { mode: 'group' }, k: number): SystemWeighting {
  if (weighting.matrices.length <= 1) return weighting;
  return { mode: 'group', matrices: weighting.matrices.filter((_, i) => i !== k) };
}

/** Replaces participant k's name or matrix. */
export function updateParticipant(
  weighting: SystemWeighting & { mode: 'group' },
  k: number,
  change: { readonly participant?: string; readonly matrix?: Matrix },
): SystemWeighting {
  return {
    mode: 'group',
    matrices: weighting.matrices.map((p, i) =>
      i === k ? { participant: change.participant ?? p.participant, matrix: change.matrix ?? p.matrix } : p,
    ),
  };
}

/** Stores answers (or removes them with null). */
export function setResponses(system: IndicatorSystem, responses: ResponseSet | null): IndicatorSystem {
  return responses ? { ...system, responses } : withoutResponses(system);
}

/** Sets the segment thresholds (shares 0–1). */
export function setThresholds(system: IndicatorSystem, thresholds: SegmentThresholds): IndicatorSystem {
  return { ...system, thresholds: { attitude: thresholds.attitude, behaviour: thresholds.behaviour } };
}
