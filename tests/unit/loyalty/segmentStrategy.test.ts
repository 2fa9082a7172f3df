import { LATENT_BLOCKERS, SEGMENT_STRATEGIES, segmentStrategy } from '../../../src/domain/loyalty/segmentStrategy';

describe('segmentStrategy', () => {
  it.each([
    ['true', ['retain', 'deepenEmotionalTies', 'deepenStructuralTies', 'neverBuyWithDiscounts']],
    [
      'latent',
      [
        'findBlocker',
        'habitOfferFreeTrial',
        'switchingCostCompensate',
        'noAccessWidenAccess',
        'budgetOfferEntryProduct',
        'competitorPromotionsCounter',
      ],
    ],
    ['spurious', ['churnEarlyWarning', 'raiseSatisfaction', 'raiseSwitchingBarriers']],
    ['disloyal', ['retainOnlyIfReturnJustifies']],
  ] as const)('gives the curriculum strategies for %s loyal customers', (segment, ids) => {
    expect(segmentStrategy(segment)).toEqual(ids);
  });

  it('answers every latent blocker with a latent strategy', () => {
    for (const { strategy } of LATENT_BLOCKERS) expect(SEGMENT_STRATEGIES.latent).toContain(strategy);
  });
});
