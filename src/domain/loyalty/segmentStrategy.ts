/**
 * What to do with each loyalty segment (curriculum, module E, "four segments by attitude ×
 * behaviour"). Strategies are ids in the order a lesson presents them; the UI words them.
 *
 * - true loyal: retain; deepen emotional and structural ties; never buy their loyalty with
 *   discounts (they would come anyway — discounts only cut margin).
 * - latent loyal: find the blocker that keeps a willing customer from buying, then answer it —
 *   habit → a free trial; switching cost → compensate it; no access → widen access;
 *   budget → an entry-level product; competitors' promotions → counter them.
 * - spurious loyal: they buy without liking us, so watch for churn early, raise satisfaction,
 *   and raise switching barriers meanwhile.
 * - disloyal: keep them only if the return on the effort justifies it.
 */
import type { LoyaltySegment } from './segment';

/** Every strategy id, grouped by segment. */
export const SEGMENT_STRATEGIES = {
  true: ['retain', 'deepenEmotionalTies', 'deepenStructuralTies', 'neverBuyWithDiscounts'],
  latent: [
    'findBlocker',
    'habitOfferFreeTrial',
    'switchingCostCompensate',
    'noAccessWidenAccess',
    'budgetOfferEntryProduct',
    'competitorPromotionsCounter',
  ],
  spurious: ['churnEarlyWarning', 'raiseSatisfaction', 'raiseSwitchingBarriers'],
  disloyal: ['retainOnlyIfReturnJustifies'],
} as const satisfies Record<LoyaltySegment, readonly string[]>;

/** One strategy id, e.g. `habitOfferFreeTrial`. */
export type SegmentStrategyId = (typeof SEGMENT_STRATEGIES)[LoyaltySegment][number];

/** The latent-loyal blockers and the answer to each, for a two-column table. */
export const LATENT_BLOCKERS = [
  { blocker: 'habit', strategy: 'habitOfferFreeTrial' },
  { blocker: 'switchingCost', strategy: 'switchingCostCompensate' },
  { blocker: 'noAccess', strategy: 'noAccessWidenAccess' },
  { blocker: 'budget', strategy: 'budgetOfferEntryProduct' },
  { blocker: 'competitorPromotions', strategy: 'competitorPromotionsCounter' },
] as const satisfies readonly { blocker: string; strategy: SegmentStrategyId }[];

/** The strategy ids for one segment. */
export function segmentStrategy(segment: LoyaltySegment): readonly SegmentStrategyId[] {
  return SEGMENT_STRATEGIES[segment];
}
