/**
 * How a calculator's fields (raw text, see `fields.ts`) become its formula's raw input, and
 * which field names its share link may carry — in one place, for the calculator islands and for
 * the team comparison that reads the links teams' phones produce.
 */
import type { CalcFields } from './fields';
import { MAX_ATTITUDE_ITEMS, type RawAttitudinalLoyalty } from '../loyalty/attitudinalLoyalty';
import { COST_PARTS, MAX_OFFERS, MIN_OFFERS, VALUE_PARTS, type RawDeliveredValue } from '../value/deliveredValue';
import {
  SERVICE_CRITERIA,
  type RawCriterion,
  type RawScorecard,
  type ServiceCriterion,
} from '../service/serviceScorecard';

export const DELIVERED_VALUE_PARTS = [...VALUE_PARTS, ...COST_PARTS] as const;

/** A row count kept as a field (`items`, `offers`): a whole number within limits (the lower one when unreadable). */
export function rowCount(text: string | undefined, min: number, max: number): number {
  const n = Number.parseInt(text ?? '', 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : min;
}

const v = (f: CalcFields, k: string) => f[k] ?? '';
const indexes = (n: number) => Array.from({ length: n }, (_, i) => i);

/** The attitudinal calculator's rows (`items`, `items.<i>.score|weight`), dimension weight and scale. */
export function attitudinalInput(f: CalcFields): RawAttitudinalLoyalty {
  return {
    items: indexes(rowCount(f['items'], 1, MAX_ATTITUDE_ITEMS)).map((i) => ({
      score: v(f, `items.${i}.score`),
      weight: v(f, `items.${i}.weight`),
    })),
    dimensionWeight: v(f, 'dimensionWeight'),
    scaleMax: v(f, 'scaleMax'),
  };
}

/** The delivered-value calculator's offers (`offers`, `offers.<i>.<part>`). */
export function deliveredValueInput(f: CalcFields): RawDeliveredValue {
  return {
    offers: indexes(rowCount(f['offers'], MIN_OFFERS, MAX_OFFERS)).map((i) =>
      Object.fromEntries(DELIVERED_VALUE_PARTS.map((k) => [k, v(f, `offers.${i}.${k}`)])),
    ),
  };
}

/**
 * The scorecard's criteria: each from a rating, or timeliness from promised and actual hours, or
 * technical skill from the first-time-fix rate (`criteria.<name>.source`).
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
