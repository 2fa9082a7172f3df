/**
 * Scores of a path through a scenario.
 *
 * A path's raw score on a dimension is the sum of the deltas of the choices made. To compare
 * dimensions (and scenarios) with each other, a raw total is placed on 0–100 between the lowest
 * and the highest total any complete path of the scenario can reach on that dimension — the
 * reachable range, computed from the graph rather than trusted from the file, so that an author
 * who adds a choice cannot leave the scale stale.
 */
import type { DimensionId } from './dimensions';
import {
  nodeIndex,
  successorsOf,
  type DimensionScores,
  type EndingNode,
  type OutcomeNode,
  type Scenario,
  type ScenarioNode,
  type ScoreDeltas,
} from './scenario';

/** Lowest and highest total on one dimension. */
export interface ScoreRange {
  readonly min: number;
  readonly max: number;
}

export type ScoreRanges = Readonly<Partial<Record<DimensionId, ScoreRange>>>;

/** The declared dimensions of a scenario, in order. */
export function dimensionIdsOf(scenario: Scenario): DimensionId[] {
  return scenario.dimensions.map((d) => d.id);
}

/** Totals with every declared dimension at 0. */
export function zeroScores(scenario: Scenario): Partial<Record<DimensionId, number>> {
  const totals: Partial<Record<DimensionId, number>> = {};
  for (const id of dimensionIdsOf(scenario)) totals[id] = 0;
  return totals;
}

/** Totals plus one choice's deltas (only declared dimensions count). */
export function addDeltas(
  scenario: Scenario,
  totals: DimensionScores,
  deltas: ScoreDeltas,
): Partial<Record<DimensionId, number>> {
  const sum: Partial<Record<DimensionId, number>> = {};
  for (const id of dimensionIdsOf(scenario)) sum[id] = (totals[id] ?? 0) + (deltas[id] ?? 0);
  return sum;
}

/** Whether totals reach every minimum (an absent minimum is no condition). */
export function meetsMinScores(totals: DimensionScores, minScores: DimensionScores | undefined): boolean {
  if (!minScores) return true;
  return Object.entries(minScores).every(([id, min]) => (totals[id as DimensionId] ?? 0) >= (min ?? 0));
}

/**
 * The ending an outcome node chooses: the first listed ending whose minimum scores are met,
 * else the last listed (the fallback). Undefined only for an outcome with no endings.
 */
export function selectEnding(scenario: Scenario, outcome: OutcomeNode, totals: DimensionScores): string | undefined {
  const index = nodeIndex(scenario);
  for (const endingId of outcome.endings) {
    const ending = index.get(endingId);
    if (ending?.type === 'ending' && meetsMinScores(totals, ending.minScores)) return endingId;
  }
  return outcome.endings[outcome.endings.length - 1];
}

interface Remaining {
  readonly min: Partial<Record<DimensionId, number>>;
  readonly max: Partial<Record<DimensionId, number>>;
}

const rangeCache = new WeakMap<Scenario, ScoreRanges>();

/**
 * Lowest and highest total on each declared dimension over every complete path from the start.
 *
 * Dynamic programming over the DAG (each node's best and worst remaining sum), so it is linear
 * in the number of choices even when the number of paths is exponential. Each dimension is
 * optimised on its own: the lowest empathy and the lowest dignity may come from different paths.
 * On a malformed graph (cycle, unknown id, dead end) the offending edge contributes nothing;
 * `checkScenario` reports it.
 */
export function reachableRanges(scenario: Scenario): ScoreRanges {
  const cached = rangeCache.get(scenario);
  if (cached) return cached;
  const dims = dimensionIdsOf(scenario);
  const index = nodeIndex(scenario);
  const memo = new Map<string, Remaining>();
  const inProgress = new Set<string>();
  const zero = (): Remaining => ({ min: zeroScores(scenario), max: zeroScores(scenario) });

  const remaining = (node: ScenarioNode): Remaining => {
    const known = memo.get(node.id);
    if (known) return known;
    if (inProgress.has(node.id)) return zero();
    inProgress.add(node.id);
    const edges: { deltas: ScoreDeltas; next: string }[] =
      node.type === 'decision'
        ? node.choices.map((c) => ({ deltas: c.deltas, next: c.next }))
        : // Outcome nodes route on scores already earned; their edges add nothing.
          successorsOf(node).map((next) => ({ deltas: {}, next }));
    const result = { min: {} as Partial<Record<DimensionId, number>>, max: {} as Partial<Record<DimensionId, number>> };
    let any = false;
    for (const edge of edges) {
      const nextNode = index.get(edge.next);
      const after = nextNode ? remaining(nextNode) : zero();
      for (const id of dims) {
        const delta = edge.deltas[id] ?? 0;
        const low = delta + (after.min[id] ?? 0);
        const high = delta + (after.max[id] ?? 0);
        result.min[id] = any ? Math.min(result.min[id] ?? low, low) : low;
        result.max[id] = any ? Math.max(result.max[id] ?? high, high) : high;
      }
      any = true;
    }
    inProgress.delete(node.id);
    const value = any ? result : zero();
    memo.set(node.id, value);
    return value;
  };

  const start = index.get(scenario.startNodeId);
  const whole = start ? remaining(start) : zero();
  const ranges: Partial<Record<DimensionId, ScoreRange>> = {};
  for (const id of dims) ranges[id] = { min: whole.min[id] ?? 0, max: whole.max[id] ?? 0 };
  rangeCache.set(scenario, ranges);
  return ranges;
}

/**
 * A raw total on 0–100 within its reachable range. A range with no spread (every path scores
 * the same) gives 100: the learner reached the best attainable. Clamped, so a partial path
 * outside the full-path range still reads 0–100; never NaN.
 */
export function normaliseScore(total: number, range: ScoreRange): number {
  if (!Number.isFinite(total) || !Number.isFinite(range.min) || !Number.isFinite(range.max)) return 0;
  if (range.max <= range.min) return 100;
  if (total >= range.max) return 100;
  if (total <= range.min) return 0;
  // Halved before subtracting so that extreme (if absurd) ranges cannot overflow to Infinity/Infinity.
  const ratio = (total / 2 - range.min / 2) / (range.max / 2 - range.min / 2);
  return Number.isFinite(ratio) ? Math.min(100, Math.max(0, ratio * 100)) : 0;
}

/** Every declared dimension's total on 0–100. */
export function normalisedScores(scenario: Scenario, totals: DimensionScores): Partial<Record<DimensionId, number>> {
  const ranges = reachableRanges(scenario);
  const result: Partial<Record<DimensionId, number>> = {};
  for (const id of dimensionIdsOf(scenario)) {
    result[id] = normaliseScore(totals[id] ?? 0, ranges[id] ?? { min: 0, max: 0 });
  }
  return result;
}

/**
 * The same on precomputed ranges (a page that shows results without loading the scenarios
 * passes `reachableRanges` worked out at build time): every dimension that has a range.
 */
export function normalisedByRanges(ranges: ScoreRanges, totals: DimensionScores): Partial<Record<DimensionId, number>> {
  const result: Partial<Record<DimensionId, number>> = {};
  for (const [id, range] of Object.entries(ranges) as [DimensionId, ScoreRange][])
    result[id] = normaliseScore(totals[id] ?? 0, range);
  return result;
}

/** The mean of normalised dimension scores (0–100); 0 when there are none. */
export function meanOfScores(normalised: Partial<Record<DimensionId, number>>): number {
  const values = Object.values(normalised);
  if (values.length === 0) return 0;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** The mean of the normalised dimension scores (0–100), one figure for a class table. */
export function overallScore(scenario: Scenario, totals: DimensionScores): number {
  return meanOfScores(normalisedScores(scenario, totals));
}

/** How an ending reads for the learner: a good, a mixed or a poor outcome. */
export type EndingTone = 'success' | 'mixed' | 'poor';

/** Overall score (0–100) from which an ending as in the original story reads as a good outcome. */
export const GOOD_OVERALL = 70;
/** Overall score (0–100) below which an ending as in the original story reads as a poor outcome. */
export const POOR_OVERALL = 40;

/**
 * The tone of an ending: exemplary endings are good, recovered ones mixed, a lost customer
 * poor. An ending as in the original story can be any of these (some original stories are
 * models, some are warnings), so its tone follows the path's overall score.
 */
export function endingTone(scenario: Scenario, ending: Pick<EndingNode, 'kind'>, totals: DimensionScores): EndingTone {
  switch (ending.kind) {
    case 'exemplary':
      return 'success';
    case 'recovered':
      return 'mixed';
    case 'lost-customer':
      return 'poor';
    case 'original-story': {
      const overall = overallScore(scenario, totals);
      return overall >= GOOD_OVERALL ? 'success' : overall >= POOR_OVERALL ? 'mixed' : 'poor';
    }
  }
}
