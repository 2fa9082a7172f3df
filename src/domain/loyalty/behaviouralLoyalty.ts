/**
 * Behavioural loyalty as a brand's share of what the customer buys in its category
 * (curriculum, module E, behavioural indicators):
 *
 *   repeat-purchase rate = purchases of this brand ÷ purchases of all brands in the category × 100%
 *   share of wallet (钱包份额) = spend on this brand ÷ spend on the category × 100%
 *
 * Either at 50% or more ⇒ behaviourally loyal. The brand's part can never exceed the category
 * total it belongs to, so that is reported as an input issue, never as a result above 100%.
 */
import type { FieldIssue, Validated } from '../result';
import { fail, ok } from '../result';
import { isAtLeast, MAX_AMOUNT, readNumber, type RawFields } from '../numbers';

/** The behavioural-loyalty line, in percent: at or above it a customer is behaviourally loyal. */
export const BEHAVIOURAL_LOYALTY_LINE_PERCENT = 50;

/** Interpretation of a brand share against the 50% line. */
export type BehaviouralLoyaltyCode = 'behaviourallyLoyal' | 'notBehaviourallyLoyal';

export interface RepeatPurchaseInput {
  /** Purchases of this brand in the period (a whole number). */
  readonly brandPurchases: number;
  /** Purchases of all brands in the category in the same period (a whole number, > 0). */
  readonly categoryPurchases: number;
}

export interface ShareOfWalletInput {
  /** Money the customer spent on this brand. */
  readonly brandSpend: number;
  /** Money the customer spent on the whole category (> 0). */
  readonly categorySpend: number;
}

/** A brand's share of its category, ready to write as `part ÷ whole × 100% = percent`. */
export interface BrandShareResult {
  /** The share, 0–100. */
  readonly percent: number;
  /** The numbers to substitute into the formula. */
  readonly terms: { readonly part: number; readonly whole: number };
  /** The line the share is judged against (50). */
  readonly linePercent: number;
  readonly interpretation: BehaviouralLoyaltyCode;
}

/** Validates a repeat-purchase form: whole non-negative counts, category > 0, brand ≤ category. */
export function validateRepeatPurchase(raw: RawFields<RepeatPurchaseInput>): Validated<RepeatPurchaseInput> {
  const issues: FieldIssue[] = [];
  const brandPurchases = readNumber(
    raw.brandPurchases,
    'brandPurchases',
    { min: 0, max: MAX_AMOUNT, integer: true },
    issues,
  );
  const categoryPurchases = readNumber(
    raw.categoryPurchases,
    'categoryPurchases',
    { positive: true, max: MAX_AMOUNT, integer: true },
    issues,
  );
  checkPartOfWhole(brandPurchases, categoryPurchases, 'brandPurchases', issues);
  if (brandPurchases === undefined || categoryPurchases === undefined || issues.length > 0) return fail(...issues);
  return ok({ brandPurchases, categoryPurchases });
}

/** Validates a share-of-wallet form: non-negative amounts, category > 0, brand ≤ category. */
export function validateShareOfWallet(raw: RawFields<ShareOfWalletInput>): Validated<ShareOfWalletInput> {
  const issues: FieldIssue[] = [];
  const brandSpend = readNumber(raw.brandSpend, 'brandSpend', { min: 0, max: MAX_AMOUNT }, issues);
  const categorySpend = readNumber(raw.categorySpend, 'categorySpend', { positive: true, max: MAX_AMOUNT }, issues);
  checkPartOfWhole(brandSpend, categorySpend, 'brandSpend', issues);
  if (brandSpend === undefined || categorySpend === undefined || issues.length > 0) return fail(...issues);
  return ok({ brandSpend, categorySpend });
}

/** Repeat-purchase rate (%) and its reading against the 50% line. */
export function computeRepeatPurchaseRate(input: RepeatPurchaseInput): BrandShareResult {
  return brandShare(input.brandPurchases, input.categoryPurchases);
}

/** Share of wallet (%) and its reading against the 50% line. */
export function computeShareOfWallet(input: ShareOfWalletInput): BrandShareResult {
  return brandShare(input.brandSpend, input.categorySpend);
}

function brandShare(part: number, whole: number): BrandShareResult {
  const percent = Math.min(100, Math.max(0, (part / whole) * 100));
  // Compare the ratio, not the rounded percent: 0.35 of 0.7 is exactly half, and is loyal.
  const loyal = isAtLeast(part * 100, BEHAVIOURAL_LOYALTY_LINE_PERCENT * whole);
  return {
    percent,
    terms: { part, whole },
    linePercent: BEHAVIOURAL_LOYALTY_LINE_PERCENT,
    interpretation: loyal ? 'behaviourallyLoyal' : 'notBehaviourallyLoyal',
  };
}

/** Issue `exceedsTotal` {total} on the part's field when the brand's part is above its category total. */
function checkPartOfWhole(
  part: number | undefined,
  whole: number | undefined,
  field: string,
  issues: FieldIssue[],
): void {
  if (part !== undefined && whole !== undefined && part > whole) {
    issues.push({ field, code: 'exceedsTotal', params: { value: part, total: whole } });
  }
}

/** The field names this calculator's share link may carry (see calculators/share-fields.ts). */
export const REPEAT_PURCHASE_FIELDS = /^(brandPurchases|categoryPurchases)$/;

/** The field names this calculator's share link may carry (see calculators/share-fields.ts). */
export const SHARE_OF_WALLET_FIELDS = /^(brandSpend|categorySpend)$/;
