/**
 * Answer scales and how an answer becomes a 0–1 loyalty share.
 *
 * Every indicator is asked on a numeric scale (1–5, 1–7, 0–10 …). To combine indicators
 * into one composite, each answer is first normalised to 0–1, with 1 the most loyal end:
 * - `range` (default): (x − min) / (max − min), the "percent of maximum possible" (POMP)
 *   rescaling (Cohen, Cohen, Aiken & West 1999): the bottom anchor is 0 and the top anchor
 *   is 1 whatever the scale, so a 1–5 system and a 0–10 system compare alike.
 * - `share-of-maximum`: x / max, the curriculum's "score × 100 ÷ the highest score on that
 *   scale" (textbook `004`). On a scale starting at 1 the lowest answer still counts
 *   1/max (20% on 1–5), which is why it is not the default.
 * Where a lower answer means more loyalty (selection time, price sensitivity), the answer
 * is mirrored first: x' = min + max − x.
 */
import type { FieldIssue, Validated } from '../result';
import { fail, ok } from '../result';

/** A closed integer answer scale. */
export interface AnswerScale {
  readonly min: number;
  readonly max: number;
}

/** Which way an indicator points. */
export type LoyaltyDirection = 'higher-is-more-loyal' | 'lower-is-more-loyal';

/** How answers are turned into 0–1 shares (see the module comment). */
export type Normalisation = 'range' | 'share-of-maximum';
export const NORMALISATIONS = ['range', 'share-of-maximum'] as const;

/** The scales the builder offers. */
export const SCALE_PRESETS = {
  'five-point': { min: 1, max: 5 },
  'seven-point': { min: 1, max: 7 },
  'eleven-point': { min: 0, max: 10 },
} as const satisfies Record<string, AnswerScale>;
export type ScalePresetId = keyof typeof SCALE_PRESETS;

/** Bounds every scale must respect: integers, 0 ≤ min < max ≤ 100. */
export const SCALE_LIMITS = { min: 0, max: 100 } as const;

/**
 * Checks a scale. Issues: `invalidType` {expected:'scale'} on `<field>`; `notANumber`,
 * `notAnInteger`, `outOfRange` {min:0, max:100, value} on `<field>.min` / `<field>.max`;
 * `minNotBelowMax` {min, max} on `<field>`.
 */
export function validateAnswerScale(input: unknown, field = 'scale'): Validated<AnswerScale> {
  if (typeof input !== 'object' || input === null)
    return fail({ field, code: 'invalidType', params: { expected: 'scale' } });
  const record = input as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  const bound = (key: 'min' | 'max'): number | undefined => {
    const value = record[key];
    const at = `${field}.${key}`;
    if (typeof value !== 'number' || !Number.isFinite(value)) issues.push({ field: at, code: 'notANumber' });
    else if (!Number.isInteger(value)) issues.push({ field: at, code: 'notAnInteger', params: { value } });
    else if (value < SCALE_LIMITS.min || value > SCALE_LIMITS.max) {
      issues.push({ field: at, code: 'outOfRange', params: { min: SCALE_LIMITS.min, max: SCALE_LIMITS.max, value } });
    } else return value;
    return undefined;
  };
  const min = bound('min');
  const max = bound('max');
  if (min === undefined || max === undefined) return fail(...issues);
  if (min >= max) return fail({ field, code: 'minNotBelowMax', params: { min, max } });
  return ok({ min, max });
}

/** normalised = offset + factor × answer, for one indicator (precomputed for fast scoring). */
export interface AnswerTransform {
  readonly offset: number;
  readonly factor: number;
}

/** The linear map from an answer on `scale` to its 0–1 loyalty share. */
export function answerTransform(
  scale: AnswerScale,
  direction: LoyaltyDirection,
  normalisation: Normalisation = 'range',
): AnswerTransform {
  const { min, max } = scale;
  const reverse = direction === 'lower-is-more-loyal';
  if (normalisation === 'share-of-maximum') {
    // x / max, or (min + max − x) / max when mirrored.
    return reverse ? { offset: (min + max) / max, factor: -1 / max } : { offset: 0, factor: 1 / max };
  }
  const span = max - min;
  return reverse ? { offset: max / span, factor: -1 / span } : { offset: -min / span, factor: 1 / span };
}

/** One answer as a 0–1 loyalty share (clamped, so rounding never leaves 0–1). */
export function normaliseAnswer(
  answer: number,
  scale: AnswerScale,
  direction: LoyaltyDirection,
  normalisation: Normalisation = 'range',
): number {
  const { offset, factor } = answerTransform(scale, direction, normalisation);
  return Math.min(1, Math.max(0, offset + factor * answer));
}
