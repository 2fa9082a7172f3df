/**
 * Summary of a scored survey (step 6, analyse): how loyal the sample is and how it splits
 * across the four segments.
 */
import type { LoyaltySegment } from '../loyalty/segment';
import { SEGMENTS } from '../loyalty/segment';
import type { RespondentScore } from './score';

/** One histogram bin [from, to) of the composite; the last bin, 90–100, includes 100. */
export interface HistogramBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

/** Statistics of the composite score (0–100). Null where undefined for the sample size. */
export interface ScoreSummary {
  readonly n: number;
  readonly mean: number | null;
  readonly median: number | null;
  /** Sample standard deviation (divisor n − 1); null for fewer than 2 respondents. */
  readonly standardDeviation: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** Mean sub-scores; null with no respondents or when the system has no indicator of that kind. */
  readonly attitudinalMean: number | null;
  readonly behaviouralMean: number | null;
  readonly segmentCounts: Readonly<Record<LoyaltySegment, number>>;
  /** Ten bins: 0–10, 10–20, …, 90–100. */
  readonly histogram: readonly HistogramBin[];
}

/** Bin of a 0–100 score; a hair of tolerance so that 30 computed as 29.999999999 lands in 30–40. */
const binOf = (score: number) => Math.min(9, Math.max(0, Math.floor((score + 1e-9) / 10)));

function meanOf(values: readonly (number | null)[]): number | null {
  let sum = 0;
  let count = 0;
  for (const v of values) {
    if (v === null) return null;
    sum += v;
    count++;
  }
  return count > 0 ? sum / count : null;
}

/** Summarises respondents' scores. */
export function summariseScores(scores: readonly RespondentScore[]): ScoreSummary {
  const n = scores.length;
  const segmentCounts = Object.fromEntries(SEGMENTS.map((s) => [s, 0])) as Record<LoyaltySegment, number>;
  const bins = new Array<number>(10).fill(0);
  const composites = new Float64Array(n);
  let sum = 0;
  scores.forEach((s, i) => {
    composites[i] = s.composite;
    sum += s.composite;
    segmentCounts[s.segment]++;
    bins[binOf(s.composite)]!++;
  });
  const histogram = bins.map((count, b) => ({ from: b * 10, to: b * 10 + 10, count }));
  if (n === 0) {
    return {
      n,
      mean: null,
      median: null,
      standardDeviation: null,
      min: null,
      max: null,
      attitudinalMean: null,
      behaviouralMean: null,
      segmentCounts,
      histogram,
    };
  }
  const mean = sum / n;
  composites.sort();
  const middle = n >> 1;
  const median = n % 2 === 1 ? composites[middle]! : (composites[middle - 1]! + composites[middle]!) / 2;
  let squares = 0;
  for (const c of composites) squares += (c - mean) ** 2;
  return {
    n,
    mean,
    median,
    standardDeviation: n > 1 ? Math.sqrt(squares / (n - 1)) : null,
    min: composites[0]!,
    max: composites[n - 1]!,
    attitudinalMean: meanOf(scores.map((s) => s.attitudinal)),
    behaviouralMean: meanOf(scores.map((s) => s.behavioural)),
    segmentCounts,
    histogram,
  };
}
