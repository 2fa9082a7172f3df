/**
 * After-sales service scorecard on the six criteria consumers judge it by (curriculum, module C):
 * technical skill (fixed right the first time), service charges, timeliness (actual vs promised
 * time), attitude, parts supply, facilities.
 *
 * - Weights are any non-negative numbers; they are normalised to sum to 1.
 * - Ratings are on one scale chosen by the user (0 … scaleMax).
 * - Timeliness may come from promised and actual hours instead (rule in `timeliness.ts`).
 * - Technical skill may come from the first-time-fix rate instead: rating = rate × scaleMax.
 * - Total = Σ normalised weight × rating ÷ scaleMax × 100 (%).
 * - The weakest criterion is the lowest-rated one among those with a weight above 0 (a
 *   criterion weighted 0 has been declared irrelevant); ties are all reported.
 * - Interpretation bands (ours, shown with the number): ≥ 80% strong, ≥ 60% adequate, else weak.
 */
import type { FieldIssue, Validated } from '../result';
import { fail, ok } from '../result';
import { isAtLeast, isBlank, isNearlyEqual, MAX_AMOUNT, readNumber, SCALE_TOP, type RawNumber } from '../numbers';
import { timelinessRating, type TimelinessRating } from './timeliness';
import { fieldText as v, type CalcFields } from '../calculators/fields';

export const SERVICE_CRITERIA = [
  'technicalSkill',
  'serviceCharges',
  'timeliness',
  'attitude',
  'partsSupply',
  'facilities',
] as const;
export type ServiceCriterion = (typeof SERVICE_CRITERIA)[number];

/** Hours accepted for timeliness: at least 36 seconds promised, at most a million hours either way. */
export const HOURS = { promised: { min: 0.01, max: 1e6 }, actual: { min: 0, max: 1e6 } } as const;

export const SCORECARD_BANDS = { strong: 80, adequate: 60 } as const;

/** Where a criterion's rating comes from. */
export type RatingSource =
  | { readonly kind: 'rating'; readonly rating: number }
  | { readonly kind: 'hours'; readonly promisedHours: number; readonly actualHours: number }
  | { readonly kind: 'firstTimeFix'; readonly firstTimeFixPercent: number };

export interface ScorecardInput {
  /** Top of the rating scale (≥ 1), e.g. 5 or 10. */
  readonly scaleMax: number;
  readonly criteria: Readonly<Record<ServiceCriterion, { readonly weight: number; readonly source: RatingSource }>>;
}

export interface RawCriterion {
  readonly weight?: RawNumber;
  readonly rating?: RawNumber;
  /** timeliness only */
  readonly promisedHours?: RawNumber;
  /** timeliness only */
  readonly actualHours?: RawNumber;
  /** technicalSkill only, 0–100 */
  readonly firstTimeFixPercent?: RawNumber;
}

export interface RawScorecard {
  readonly scaleMax?: RawNumber;
  readonly criteria?: Partial<Record<ServiceCriterion, RawCriterion>>;
}

export type ScorecardCode = 'strong' | 'adequate' | 'weak';

export interface CriterionResult {
  readonly criterion: ServiceCriterion;
  readonly weight: number;
  /** weight ÷ Σ weights */
  readonly normalisedWeight: number;
  /** The rating used, 0 … scaleMax (derived when the source is hours or first-time fix). */
  readonly rating: number;
  /** normalisedWeight × rating ÷ scaleMax × 100: this criterion's points in the total. */
  readonly contribution: number;
  readonly source: RatingSource;
  /** Present when timeliness was rated from hours. */
  readonly timeliness?: TimelinessRating;
}

export interface ScorecardResult {
  readonly criteria: readonly CriterionResult[];
  readonly scaleMax: number;
  readonly weightSum: number;
  /** Weighted total, 0–100 %. */
  readonly totalPercent: number;
  /** Lowest-rated criteria with a weight above 0 (more than one on a tie). */
  readonly weakest: readonly ServiceCriterion[];
  readonly interpretation: ScorecardCode;
}

/**
 * Validates: scaleMax 1 … 10¹²; each `criteria.<c>.weight` ≥ 0, not all 0 (`weightsSumZero` on
 * `weights`); each rating 0 … scaleMax; for timeliness either a rating or both
 * `promisedHours` (0.01–1,000,000) and `actualHours` (0–1,000,000); for technical skill either a rating or
 * `firstTimeFixPercent` (0–100).
 */
export function validateScorecard(raw: RawScorecard): Validated<ScorecardInput> {
  const issues: FieldIssue[] = [];
  const scaleMax = readNumber(raw.scaleMax, 'scaleMax', SCALE_TOP, issues);
  const criteria: Partial<Record<ServiceCriterion, { weight: number; source: RatingSource }>> = {};
  for (const criterion of SERVICE_CRITERIA) {
    const rawCriterion = raw.criteria?.[criterion] ?? {};
    const field = `criteria.${criterion}`;
    const weight = readNumber(rawCriterion.weight, `${field}.weight`, { min: 0, max: MAX_AMOUNT }, issues);
    const source = readSource(criterion, rawCriterion, field, scaleMax, issues);
    if (weight !== undefined && source !== undefined) criteria[criterion] = { weight, source };
  }
  if (scaleMax === undefined || issues.length > 0) return fail(...issues);
  const complete = criteria as ScorecardInput['criteria'];
  if (SERVICE_CRITERIA.every((c) => complete[c].weight === 0)) {
    return fail({ field: 'weights', code: 'weightsSumZero' });
  }
  return ok({ scaleMax, criteria: complete });
}

function readSource(
  criterion: ServiceCriterion,
  raw: RawCriterion,
  field: string,
  scaleMax: number | undefined,
  issues: FieldIssue[],
): RatingSource | undefined {
  if (criterion === 'timeliness' && !(isBlank(raw.promisedHours) && isBlank(raw.actualHours))) {
    const promisedHours = readNumber(raw.promisedHours, `${field}.promisedHours`, HOURS.promised, issues);
    const actualHours = readNumber(raw.actualHours, `${field}.actualHours`, HOURS.actual, issues);
    return promisedHours === undefined || actualHours === undefined
      ? undefined
      : { kind: 'hours', promisedHours, actualHours };
  }
  if (criterion === 'technicalSkill' && !isBlank(raw.firstTimeFixPercent)) {
    const firstTimeFixPercent = readNumber(
      raw.firstTimeFixPercent,
      `${field}.firstTimeFixPercent`,
      { min: 0, max: 100 },
      issues,
    );
    return firstTimeFixPercent === undefined ? undefined : { kind: 'firstTimeFix', firstTimeFixPercent };
  }
  const rule = scaleMax === undefined ? { min: 0 } : { min: 0, max: scaleMax };
  const rating = readNumber(raw.rating, `${field}.rating`, rule, issues);
  return rating === undefined ? undefined : { kind: 'rating', rating };
}

/** Weighted total, each criterion's share of it, and the weakest criterion. */
export function computeScorecard(input: ScorecardInput): ScorecardResult {
  const { scaleMax } = input;
  const weightSum = SERVICE_CRITERIA.reduce((sum, c) => sum + input.criteria[c].weight, 0);
  const criteria = SERVICE_CRITERIA.map((criterion): CriterionResult => {
    const { weight, source } = input.criteria[criterion];
    const normalisedWeight = weight / weightSum;
    let rating: number;
    let timeliness: TimelinessRating | undefined;
    if (source.kind === 'hours') {
      timeliness = timelinessRating(source.promisedHours, source.actualHours, scaleMax);
      rating = timeliness.rating;
    } else if (source.kind === 'firstTimeFix') {
      rating = (source.firstTimeFixPercent * scaleMax) / 100;
    } else {
      rating = source.rating;
    }
    const contribution = ((normalisedWeight * rating) / scaleMax) * 100;
    const base = { criterion, weight, normalisedWeight, rating, contribution, source };
    return timeliness === undefined ? base : { ...base, timeliness };
  });
  const totalPercent = Math.min(
    100,
    criteria.reduce((sum, c) => sum + c.contribution, 0),
  );
  const weighted = criteria.filter((c) => c.weight > 0);
  const lowest = Math.min(...weighted.map((c) => c.rating));
  const weakest = weighted.filter((c) => isNearlyEqual(c.rating, lowest)).map((c) => c.criterion);
  const interpretation: ScorecardCode = isAtLeast(totalPercent, SCORECARD_BANDS.strong)
    ? 'strong'
    : isAtLeast(totalPercent, SCORECARD_BANDS.adequate)
      ? 'adequate'
      : 'weak';
  return { criteria, scaleMax, weightSum, totalPercent, weakest, interpretation };
}

/** The field names the scorecard's share link may carry. */
export const SCORECARD_FIELDS =
  /^(scaleMax|criteria\.(technicalSkill|serviceCharges|timeliness|attitude|partsSupply|facilities)\.(weight|rating|source|promisedHours|actualHours|firstTimeFixPercent))$/;

/**
 * The scorecard calculator's fields as the formula's raw input: each criterion from a rating, or
 * timeliness from promised and actual hours, or technical skill from the first-time-fix rate
 * (`criteria.<name>.source`).
 */
export function scorecardInput(f: CalcFields): RawScorecard {
  const criteria: Partial<Record<ServiceCriterion, RawCriterion>> = {};
  for (const k of SERVICE_CRITERIA) {
    const part = (name: string) => v(f, `criteria.${k}.${name}`);
    const source = part('source');
    criteria[k] =
      k === 'timeliness' && source === 'hours'
        ? { weight: part('weight'), promisedHours: part('promisedHours'), actualHours: part('actualHours') }
        : k === 'technicalSkill' && source === 'firstTimeFix'
          ? { weight: part('weight'), firstTimeFixPercent: part('firstTimeFixPercent') }
          : { weight: part('weight'), rating: part('rating') };
  }
  return { scaleMax: v(f, 'scaleMax'), criteria };
}
