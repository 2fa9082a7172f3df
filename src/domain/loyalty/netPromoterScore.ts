/**
 * Net Promoter Score (Reichheld): on the 0–10 "how likely are you to recommend us?" question,
 * promoters answer 9–10, passives 7–8, detractors 0–6, and
 *
 *   NPS = % promoters − % detractors, from −100 to +100.
 *
 * Computed from counts (a room's show of hands) or from individual 0–10 answers (then the
 * distribution per score comes with it). The confidence interval is in `npsInterval.ts`.
 */
import type { FieldIssue, Validated } from '../result';
import { fail, ok } from '../result';
import { MAX_AMOUNT, readNumber, type RawFields, type RawNumber } from '../numbers';
import { npsInterval, type NpsInterval } from './npsInterval';
import { CONFIDENCE_LEVELS, NPS_SCALE_MAX, NPS_SCALE_MIN, npsCategory, type ConfidenceLevel } from './npsScale';

export { NPS_SCALE_MAX, NPS_SCALE_MIN, PASSIVE_MIN, PROMOTER_MIN, npsCategory } from './npsScale';

export interface NpsCounts {
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
}

/** Options for `computeNps`. */
export interface NpsOptions {
  /** Confidence level of the interval; default 0.95. */
  readonly confidence?: ConfidenceLevel;
}

/** Interpretation of the score itself. */
export type NpsCode = 'morePromoters' | 'moreDetractors' | 'balanced';
/** Interpretation of the interval: is the sign of the NPS established at this confidence? */
export type NpsCertaintyCode = 'intervalAboveZero' | 'intervalBelowZero' | 'intervalIncludesZero';

export interface NpsResult {
  /** Number of answers. */
  readonly n: number;
  readonly counts: NpsCounts;
  /** Shares of n, in percent (they add up to 100). */
  readonly shares: NpsCounts;
  /** The Net Promoter Score, −100…100. */
  readonly nps: number;
  /** Numbers for `NPS = promoterPercent − detractorPercent`. */
  readonly terms: { readonly promoterPercent: number; readonly detractorPercent: number };
  readonly interval: NpsInterval;
  readonly interpretation: NpsCode;
  readonly certainty: NpsCertaintyCode;
  /** Answers per score 0…10 (index = score); present when computed from individual answers. */
  readonly distribution?: readonly number[];
}

/** Raw form values for the counts calculator, plus an optional confidence level. */
export interface RawNpsCounts extends RawFields<NpsCounts> {
  readonly confidence?: RawNumber;
}

/**
 * Validates three whole, non-negative counts with at least one answer in total.
 * Issues: the number codes per field; `noResponses` on field `total` when all are 0;
 * `notAllowed` {value} on `confidence` when it is not one of 0.9, 0.95, 0.99 (blank → 0.95).
 */
export function validateNpsCounts(raw: RawNpsCounts): Validated<NpsCounts & { readonly confidence: ConfidenceLevel }> {
  const issues: FieldIssue[] = [];
  const rule = { min: 0, max: MAX_AMOUNT, integer: true };
  const promoters = readNumber(raw.promoters, 'promoters', rule, issues);
  const passives = readNumber(raw.passives, 'passives', rule, issues);
  const detractors = readNumber(raw.detractors, 'detractors', rule, issues);
  const confidence = readConfidence(raw.confidence, issues);
  if (promoters === undefined || passives === undefined || detractors === undefined || confidence === undefined) {
    return fail(...issues);
  }
  if (promoters + passives + detractors === 0) issues.push({ field: 'total', code: 'noResponses' });
  if (issues.length > 0) return fail(...issues);
  return ok({ promoters, passives, detractors, confidence });
}

function readConfidence(raw: RawNumber, issues: FieldIssue[]): ConfidenceLevel | undefined {
  if (raw === undefined || raw === null || raw === '') return 0.95;
  const value = readNumber(raw, 'confidence', {}, issues);
  if (value === undefined) return undefined;
  const level = CONFIDENCE_LEVELS.find((c) => c === value);
  if (level === undefined) issues.push({ field: 'confidence', code: 'notAllowed', params: { value } });
  return level;
}

/** NPS, shares and interval from validated counts (total ≥ 1). */
export function computeNps(counts: NpsCounts, options: NpsOptions = {}): NpsResult {
  const { promoters, passives, detractors } = counts;
  const n = promoters + passives + detractors;
  const promoterPercent = (promoters / n) * 100;
  const detractorPercent = (detractors / n) * 100;
  // From the counts, not from the rounded shares, so equal counts give exactly 0.
  const nps = ((promoters - detractors) / n) * 100;
  const interval = npsInterval(promoters, detractors, n, nps, options.confidence ?? 0.95);
  return {
    n,
    counts: { promoters, passives, detractors },
    shares: { promoters: promoterPercent, passives: (passives / n) * 100, detractors: detractorPercent },
    nps,
    terms: { promoterPercent, detractorPercent },
    interval,
    interpretation: promoters > detractors ? 'morePromoters' : promoters < detractors ? 'moreDetractors' : 'balanced',
    certainty:
      interval.lower > 0 ? 'intervalAboveZero' : interval.upper < 0 ? 'intervalBelowZero' : 'intervalIncludesZero',
  };
}

/** Promoter/passive/detractor counts from a distribution (index = score 0…10). */
export function countsFromDistribution(distribution: readonly number[]): NpsCounts {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (let score = NPS_SCALE_MIN; score <= NPS_SCALE_MAX; score++) {
    const count = distribution[score] ?? 0;
    const category = npsCategory(score);
    if (category === 'promoter') promoters += count;
    else if (category === 'passive') passives += count;
    else detractors += count;
  }
  return { promoters, passives, detractors };
}

/**
 * Answers per score from validated answers (whole numbers 0–10). One pass, no allocation per
 * answer: 100,000 answers take well under a millisecond.
 */
export function distributionFromScores(scores: ArrayLike<number>): number[] {
  const distribution = new Array<number>(NPS_SCALE_MAX + 1).fill(0);
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i] as number;
    distribution[score] = (distribution[score] as number) + 1;
  }
  return distribution;
}

/** NPS with its distribution, from a distribution whose total is ≥ 1. */
export function computeNpsFromDistribution(distribution: readonly number[], options: NpsOptions = {}): NpsResult {
  return { ...computeNps(countsFromDistribution(distribution), options), distribution: [...distribution] };
}

/** NPS with its distribution, from validated answers (whole numbers 0–10, at least one). */
export function computeNpsFromScores(scores: ArrayLike<number>, options: NpsOptions = {}): NpsResult {
  return computeNpsFromDistribution(distributionFromScores(scores), options);
}

/**
 * Validates individual answers already held as numbers (e.g. from stored data): every one must
 * be a whole number 0–10. Issues: `notAnInteger` / `outOfRange` {value, min, max} on
 * `responses.<index>` (at most `maxIssues`, default 5), `noResponses` on `responses` when empty.
 */
export function validateNpsScores(scores: readonly number[], maxIssues = 5): Validated<readonly number[]> {
  if (scores.length === 0) return fail({ field: 'responses', code: 'noResponses' });
  const issues: FieldIssue[] = [];
  for (let i = 0; i < scores.length && issues.length < maxIssues; i++) {
    const value = scores[i] as number;
    if (!Number.isInteger(value)) {
      issues.push({ field: `responses.${i}`, code: 'notAnInteger', params: { value: String(value) } });
    } else if (value < NPS_SCALE_MIN || value > NPS_SCALE_MAX) {
      issues.push({
        field: `responses.${i}`,
        code: 'outOfRange',
        params: { value, min: NPS_SCALE_MIN, max: NPS_SCALE_MAX },
      });
    }
  }
  return issues.length > 0 ? fail(...issues) : ok(scores);
}

/** The field names this calculator's share link may carry (see calculators/share-fields.ts). */
export const NPS_FIELDS = /^(mode|promoters|passives|detractors|confidence|responses|column)$/;
