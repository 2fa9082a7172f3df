/**
 * Expected defections from a satisfaction distribution (Kotler; curriculum, module E): firms
 * lose about 80% of very dissatisfied customers, 40% of somewhat dissatisfied, 20% of neutral,
 * 10% of somewhat satisfied and only 1–2% of highly satisfied ones. The last rate is a range
 * in the source, so every total is a range: `low` with 1%, `high` with 2%.
 *
 * Also the effect of moving customers up one level — N customers from one level, or every
 * customer at once (the highly satisfied stay where they are) — as the defections it saves.
 * Expected counts are unrounded; the UI rounds.
 */
import type { FieldIssue, Validated } from '../result';
import { fail, ok } from '../result';
import { MAX_AMOUNT, readNumber, type RawFields, type RawNumber } from '../numbers';

export const SATISFACTION_LEVELS = [
  'veryDissatisfied',
  'somewhatDissatisfied',
  'neutral',
  'somewhatSatisfied',
  'highlySatisfied',
] as const;
export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number];

/** Kotler's loss rates per level, in percent, as ranges (equal ends where the source gives one figure). */
export const KOTLER_LOSS_RATES_PERCENT: Readonly<
  Record<SatisfactionLevel, { readonly low: number; readonly high: number }>
> = {
  veryDissatisfied: { low: 80, high: 80 },
  somewhatDissatisfied: { low: 40, high: 40 },
  neutral: { low: 20, high: 20 },
  somewhatSatisfied: { low: 10, high: 10 },
  highlySatisfied: { low: 1, high: 2 },
};

/** Customers at each level (whole numbers). */
export type SatisfactionCounts = Readonly<Record<SatisfactionLevel, number>>;

/** Who moves up one level: nobody, everyone, or `count` customers from level `from`. */
export type UpgradeMove = null | 'all' | { readonly from: SatisfactionLevel; readonly count: number };

export interface ExpectedDefectionsInput {
  readonly counts: SatisfactionCounts;
  readonly move: UpgradeMove;
}

export interface RawExpectedDefections extends RawFields<SatisfactionCounts> {
  readonly move?: null | 'all' | { readonly from?: string; readonly count?: RawNumber };
}

export interface Range {
  readonly low: number;
  readonly high: number;
}

export interface DefectionTotals {
  readonly levels: readonly {
    readonly level: SatisfactionLevel;
    readonly customers: number;
    readonly ratePercent: Range;
    /** customers × rate */
    readonly expected: Range;
  }[];
  readonly customers: number;
  readonly expected: Range;
  /** expected ÷ customers × 100 */
  readonly percentOfCustomers: Range;
  /** The level that loses the most customers (at the high rates; ties → the lower level). */
  readonly largestSource: SatisfactionLevel;
}

export interface ExpectedDefectionsResult {
  readonly before: DefectionTotals;
  /** After the move; null when nobody moves. */
  readonly after: DefectionTotals | null;
  /** Defections avoided by the move, as a range (smaller and larger of the two estimates). */
  readonly saved: Range | null;
  /** The interpretation code: where most defections come from. */
  readonly interpretation: SatisfactionLevel;
}

/**
 * Validates whole counts ≥ 0 with at least one customer (`noCustomers` on `total`), and the
 * move: `move.from` must be a level below highly satisfied (`notAllowed` {value} or
 * `cannotMoveUp` {level}), `move.count` a whole number ≥ 0 and ≤ the customers at that level
 * (`exceedsAvailable` {value, available}).
 */
export function validateExpectedDefections(raw: RawExpectedDefections): Validated<ExpectedDefectionsInput> {
  const issues: FieldIssue[] = [];
  const counts: Partial<Record<SatisfactionLevel, number>> = {};
  for (const level of SATISFACTION_LEVELS) {
    const value = readNumber(raw[level], level, { min: 0, max: MAX_AMOUNT, integer: true }, issues);
    if (value !== undefined) counts[level] = value;
  }
  if (issues.length > 0) return fail(...issues);
  const complete = counts as SatisfactionCounts;
  if (SATISFACTION_LEVELS.every((level) => complete[level] === 0)) return fail({ field: 'total', code: 'noCustomers' });

  const rawMove = raw.move ?? null;
  if (rawMove === null || rawMove === 'all') return ok({ counts: complete, move: rawMove });
  const from = SATISFACTION_LEVELS.find((level) => level === rawMove.from);
  if (from === undefined) {
    issues.push({ field: 'move.from', code: 'notAllowed', params: { value: String(rawMove.from) } });
  } else if (from === 'highlySatisfied') {
    issues.push({ field: 'move.from', code: 'cannotMoveUp', params: { level: from } });
  }
  const count = readNumber(rawMove.count, 'move.count', { min: 0, integer: true }, issues);
  if (from !== undefined && count !== undefined && count > complete[from]) {
    issues.push({ field: 'move.count', code: 'exceedsAvailable', params: { value: count, available: complete[from] } });
  }
  if (from === undefined || count === undefined || issues.length > 0) return fail(...issues);
  return ok({ counts: complete, move: { from, count } });
}

/** Expected defections now and, if someone moves up, after the move and what it saves. */
export function computeExpectedDefections(input: ExpectedDefectionsInput): ExpectedDefectionsResult {
  const before = defectionTotals(input.counts);
  if (input.move === null) return { before, after: null, saved: null, interpretation: before.largestSource };
  const after = defectionTotals(moveUp(input.counts, input.move));
  const savedLow = before.expected.low - after.expected.low;
  const savedHigh = before.expected.high - after.expected.high;
  return {
    before,
    after,
    saved: { low: Math.min(savedLow, savedHigh), high: Math.max(savedLow, savedHigh) },
    interpretation: before.largestSource,
  };
}

/** Customers × Kotler's rates, per level and in total. */
export function defectionTotals(counts: SatisfactionCounts): DefectionTotals {
  const levels = SATISFACTION_LEVELS.map((level) => {
    const customers = counts[level];
    const ratePercent = KOTLER_LOSS_RATES_PERCENT[level];
    return {
      level,
      customers,
      ratePercent,
      expected: { low: (customers * ratePercent.low) / 100, high: (customers * ratePercent.high) / 100 },
    };
  });
  const customers = levels.reduce((sum, l) => sum + l.customers, 0);
  const expected = {
    low: levels.reduce((sum, l) => sum + l.expected.low, 0),
    high: levels.reduce((sum, l) => sum + l.expected.high, 0),
  };
  let largest = levels[0] as (typeof levels)[number];
  for (const l of levels) if (l.expected.high > largest.expected.high) largest = l;
  return {
    levels,
    customers,
    expected,
    percentOfCustomers:
      customers > 0
        ? { low: (expected.low / customers) * 100, high: (expected.high / customers) * 100 }
        : { low: 0, high: 0 },
    largestSource: largest.level,
  };
}

/** The distribution after the move. */
export function moveUp(counts: SatisfactionCounts, move: Exclude<UpgradeMove, null>): SatisfactionCounts {
  const next: Record<SatisfactionLevel, number> = { ...counts };
  if (move === 'all') {
    // Walk from the top so each customer moves exactly one level.
    for (let i = SATISFACTION_LEVELS.length - 2; i >= 0; i--) {
      const from = SATISFACTION_LEVELS[i] as SatisfactionLevel;
      const to = SATISFACTION_LEVELS[i + 1] as SatisfactionLevel;
      next[to] += counts[from];
      next[from] -= counts[from];
    }
    return next;
  }
  const index = SATISFACTION_LEVELS.indexOf(move.from);
  const to = SATISFACTION_LEVELS[index + 1];
  if (to === undefined) return next;
  const count = Math.min(move.count, counts[move.from]);
  next[move.from] -= count;
  next[to] += count;
  return next;
}
