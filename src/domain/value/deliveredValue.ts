/**
 * Customer delivered value (顾客让渡价值, Philip Kotler):
 *
 *   delivered value = total customer value − total customer cost
 *   total customer value = product + service + personnel + image value
 *   total customer cost  = monetary + time + mental (精神) + physical (体力) cost
 *
 * A rational customer picks the offer with the largest delivered value. For 2–6 offers side by
 * side the result names the winner (or the tied winners), and for the runner-up the smallest
 * change that would let it overtake: the gap to the winner, to be exceeded either by adding
 * that much value or by removing that much cost (removing cost cannot go below zero, so the
 * result says when cost cuts alone cannot close the gap).
 */
import type { FieldIssue, Validated } from '../result';
import { fail, ok } from '../result';
import { isNearlyEqual, MAX_AMOUNT, readNumber, type RawFields } from '../numbers';
import { fieldText as v, rowCount, rowIndexes, type CalcFields } from '../calculators/fields';

export const MIN_OFFERS = 2;
export const MAX_OFFERS = 6;

export const VALUE_PARTS = ['productValue', 'serviceValue', 'personnelValue', 'imageValue'] as const;
export const COST_PARTS = ['monetaryCost', 'timeCost', 'mentalCost', 'physicalCost'] as const;

/** One offer as the customer sees it, every part in the same unit (money or points), ≥ 0. */
export type Offer = Readonly<Record<(typeof VALUE_PARTS)[number] | (typeof COST_PARTS)[number], number>>;

export interface DeliveredValueInput {
  readonly offers: readonly Offer[];
}

export interface RawDeliveredValue {
  readonly offers?: readonly RawFields<Offer>[];
}

export interface OfferResult {
  readonly totalValue: number;
  readonly totalCost: number;
  /** totalValue − totalCost */
  readonly deliveredValue: number;
  /** The numbers for `(p + s + pe + i) − (m + t + me + ph) = delivered`. */
  readonly terms: Offer;
}

export type DeliveredValueCode = 'singleBest' | 'tie';

export interface DeliveredValueResult {
  /** One entry per offer, in input order. */
  readonly offers: readonly OfferResult[];
  /** Indexes (from 0) of the offer(s) with the largest delivered value; more than one = tie. */
  readonly winners: readonly number[];
  readonly interpretation: DeliveredValueCode;
  /**
   * For the runner-up(s): what it would take to overtake the winner. Null when every offer is
   * tied for first (then any gain at all decides).
   */
  readonly whatWouldChangeIt: {
    /** Winner's delivered value − runner-up's: add more value than this, or cut more cost. */
    readonly gap: number;
    /** The offer(s) with the second-largest delivered value. */
    readonly runnersUp: readonly {
      readonly index: number;
      /** False when the gap is at least this offer's whole cost, so cost cuts alone cannot do it. */
      readonly costCutCanCloseGap: boolean;
    }[];
  } | null;
}

/**
 * Validates 2–6 offers (`tooFewOffers` / `tooManyOffers` {min, max, count} on `offers`), each
 * part a number ≥ 0 at `offers.<index from 0>.<part>`.
 */
export function validateDeliveredValue(raw: RawDeliveredValue): Validated<DeliveredValueInput> {
  const rawOffers = raw.offers ?? [];
  if (rawOffers.length < MIN_OFFERS || rawOffers.length > MAX_OFFERS) {
    const code = rawOffers.length < MIN_OFFERS ? 'tooFewOffers' : 'tooManyOffers';
    return fail({ field: 'offers', code, params: { min: MIN_OFFERS, max: MAX_OFFERS, count: rawOffers.length } });
  }
  const issues: FieldIssue[] = [];
  const offers = rawOffers.map((rawOffer, i) => {
    const offer: Record<string, number> = {};
    for (const part of [...VALUE_PARTS, ...COST_PARTS]) {
      offer[part] = readNumber(rawOffer[part], `offers.${i}.${part}`, { min: 0, max: MAX_AMOUNT }, issues) ?? 0;
    }
    return offer as Offer;
  });
  return issues.length > 0 ? fail(...issues) : ok({ offers });
}

/** Totals, delivered value, the winner(s) and what would change the choice. */
export function computeDeliveredValue(input: DeliveredValueInput): DeliveredValueResult {
  const offers = input.offers.map((offer): OfferResult => {
    const totalValue = VALUE_PARTS.reduce((sum, part) => sum + offer[part], 0);
    const totalCost = COST_PARTS.reduce((sum, part) => sum + offer[part], 0);
    return { totalValue, totalCost, deliveredValue: totalValue - totalCost, terms: offer };
  });
  const delivered = offers.map((o) => o.deliveredValue);
  const best = Math.max(...delivered);
  // Ties within last-bit error count as ties: 0.1 + 0.2 and 0.3 are the same offer value.
  const winners = indexesWhere(delivered, (d) => isNearlyEqual(d, best));
  const rest = delivered.filter((_, i) => !winners.includes(i));
  let whatWouldChangeIt: DeliveredValueResult['whatWouldChangeIt'] = null;
  if (rest.length > 0) {
    const second = Math.max(...rest);
    const gap = best - second;
    const runnersUp = indexesWhere(delivered, (d, i) => !winners.includes(i) && isNearlyEqual(d, second)).map(
      (index) => ({ index, costCutCanCloseGap: (offers[index] as OfferResult).totalCost > gap }),
    );
    whatWouldChangeIt = { gap, runnersUp };
  }
  return { offers, winners, interpretation: winners.length > 1 ? 'tie' : 'singleBest', whatWouldChangeIt };
}

function indexesWhere(values: readonly number[], test: (value: number, index: number) => boolean): number[] {
  const out: number[] = [];
  values.forEach((value, index) => {
    if (test(value, index)) out.push(index);
  });
  return out;
}

/** The field names the delivered-value calculator's share link may carry. */
export const DELIVERED_VALUE_FIELDS =
  /^(offers|offers\.[0-5]\.(name|productValue|serviceValue|personnelValue|imageValue|monetaryCost|timeCost|mentalCost|physicalCost))$/;

/** Every part of an offer, values then costs: the delivered-value calculator's columns. */
export const DELIVERED_VALUE_PARTS = [...VALUE_PARTS, ...COST_PARTS] as const;

/** The delivered-value calculator's fields (`offers`, `offers.<i>.<part>`) as the formula's raw input. */
export function deliveredValueInput(f: CalcFields): RawDeliveredValue {
  return {
    offers: rowIndexes(rowCount(f['offers'], MIN_OFFERS, MAX_OFFERS)).map((i) =>
      Object.fromEntries(DELIVERED_VALUE_PARTS.map((k) => [k, v(f, `offers.${i}.${k}`)])),
    ),
  };
}
