import fc from 'fast-check';
import { matchingFeedback, scoreMatching } from '../../../src/domain/quiz/score-matching';
import { question } from './fixtures/banks';

// Indicators → behavioural / attitudinal (curriculum, module E): three behavioural, two attitudinal.
const indicators = question('indicator-kinds', 'matching');
const RIGHT = {
  'share-of-need': 'behavioural',
  'price-sensitivity': 'behavioural',
  'brand-attention': 'behavioural',
  'competitor-attitude': 'attitudinal',
  recommend: 'attitudinal',
};

describe('matching: points × share of items placed right', () => {
  it.each([
    { case: 'all placed right', placements: RIGHT, earned: 1 },
    { case: 'one attitudinal item misplaced', placements: { ...RIGHT, recommend: 'behavioural' }, earned: 0.8 },
    {
      case: 'everything called behavioural',
      placements: { ...RIGHT, recommend: 'behavioural', 'competitor-attitude': 'behavioural' },
      earned: 0.6,
    },
    {
      case: 'everything the wrong way round',
      placements: {
        'share-of-need': 'attitudinal',
        'price-sensitivity': 'attitudinal',
        'brand-attention': 'attitudinal',
        'competitor-attitude': 'behavioural',
        recommend: 'behavioural',
      },
      earned: 0,
    },
  ])('$case → $earned', ({ placements, earned }) => {
    // Act
    const score = scoreMatching(indicators, { placements });
    // Assert
    expect(score.type).toBe('points');
    if (score.type === 'points') expect(score.earned).toBeCloseTo(earned, 12);
  });

  it('lets several items share a category (loyalty types: one example each)', () => {
    const causes = question('loyalty-causes', 'matching');
    const placements = {
      'only-supplier': 'monopoly',
      'data-migration': 'switching-cost',
      'low-prices': 'habitual',
      'weekly-shop': 'habitual',
      'shared-values': 'committed',
    };
    expect(scoreMatching(causes, { placements })).toEqual({ type: 'points', earned: 0.8, total: 1 });
  });

  it.each([
    { case: 'nothing placed', input: { placements: {} }, reason: 'noAnswer' },
    {
      case: 'one item taken out again',
      input: { placements: { ...RIGHT, recommend: undefined } },
      reason: 'incomplete',
    },
    { case: 'a category that is not a string', input: { placements: { ...RIGHT, recommend: 2 } }, reason: 'malformed' },
    {
      case: 'four of five placed',
      input: {
        placements: {
          'share-of-need': 'behavioural',
          'price-sensitivity': 'behavioural',
          'brand-attention': 'behavioural',
          recommend: 'attitudinal',
        },
      },
      reason: 'incomplete',
    },
    { case: 'an unknown category', input: { placements: { ...RIGHT, recommend: 'emotional' } }, reason: 'malformed' },
    { case: 'an unknown item', input: { placements: { ...RIGHT, loyalty: 'attitudinal' } }, reason: 'malformed' },
    { case: 'a prototype key', input: { placements: JSON.parse('{"__proto__": "behavioural"}') }, reason: 'malformed' },
    { case: 'an array', input: { placements: ['behavioural'] }, reason: 'malformed' },
  ])('$case is invalid ($reason), not wrong', ({ input, reason }) => {
    expect(scoreMatching(indicators, input)).toEqual({ type: 'invalid', reason });
  });

  it('gives per-item feedback as ids in authored order', () => {
    const feedback = matchingFeedback(indicators, { placements: { ...RIGHT, 'price-sensitivity': 'attitudinal' } });
    expect(feedback).toEqual({
      type: 'matching',
      correctlyPlaced: ['share-of-need', 'brand-attention', 'competitor-attitude', 'recommend'],
      wronglyPlaced: ['price-sensitivity'],
    });
  });
});

describe('matching properties', () => {
  it('the score is within [0, total] and counts right placements', () => {
    const items = Object.keys(RIGHT);
    const anyPlacements = fc.tuple(...items.map(() => fc.constantFrom('behavioural', 'attitudinal')));
    fc.assert(
      fc.property(anyPlacements, (categories) => {
        const placements = Object.fromEntries(items.map((id, i) => [id, categories[i] as string]));
        const score = scoreMatching(indicators, { placements });
        const right = items.filter((id) => placements[id] === RIGHT[id as keyof typeof RIGHT]).length;
        return (
          score.type === 'points' &&
          score.earned >= 0 &&
          score.earned <= score.total &&
          Math.abs(score.earned - right / 5) < 1e-12
        );
      }),
      { numRuns: 1000 },
    );
  });
});
