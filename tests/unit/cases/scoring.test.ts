import fc from 'fast-check';
import { choose, currentNode, advance, startCase, scoresOf, type CaseState } from '../../../src/domain/cases/engine';
import {
  normaliseScore,
  overallScore,
  reachableRanges,
  selectEnding,
  meetsMinScores,
} from '../../../src/domain/cases/scoring';
import { play, restaurant, tinyScenario } from './fixtures';

describe('normaliseScore', () => {
  it.each([
    { total: -3, range: { min: -3, max: 5 }, expected: 0 },
    { total: 5, range: { min: -3, max: 5 }, expected: 100 },
    { total: 1, range: { min: -3, max: 5 }, expected: 50 },
    { total: 2, range: { min: 2, max: 2 }, expected: 100 },
    { total: 9, range: { min: 0, max: 4 }, expected: 100 },
    { total: -9, range: { min: 0, max: 4 }, expected: 0 },
    { total: Number.NaN, range: { min: 0, max: 4 }, expected: 0 },
    { total: 0, range: { min: -1.7e308, max: 1.7e308 }, expected: 50 },
    { total: 1, range: { min: 0, max: Number.POSITIVE_INFINITY }, expected: 0 },
  ])('places $total in $range at $expected', ({ total, range, expected }) => {
    expect(normaliseScore(total, range)).toBe(expected);
  });

  it('is always a finite number in 0–100, whatever it is given', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.double(), (total, a, b) => {
        const value = normaliseScore(total, { min: Math.min(a, b), max: Math.max(a, b) });
        expect(Number.isFinite(value)).toBe(true);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(100);
      }),
      { numRuns: 1000 },
    );
  });

  it('never decreases as the total rises', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 1, max: 40 }),
        (x, y, span) => {
          const range = { min: -20, max: -20 + span };
          const [low, high] = x <= y ? [x, y] : [y, x];
          expect(normaliseScore(low, range)).toBeLessThanOrEqual(normaliseScore(high, range));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('outcome selection', () => {
  it.each([
    { totals: { empathy: 2 }, min: { empathy: 2 }, expected: true },
    { totals: { empathy: 1 }, min: { empathy: 2 }, expected: false },
    { totals: { empathy: 5, dignity: 0 }, min: { empathy: 2, dignity: 1 }, expected: false },
    { totals: {}, min: undefined, expected: true },
  ])('meets $min with $totals: $expected', ({ totals, min, expected }) => {
    expect(meetsMinScores(totals, min)).toBe(expected);
  });

  it('falls back to the last ending when no condition is met', () => {
    const tiny = tinyScenario();
    const route = tiny.nodes.find((n) => n.type === 'outcome');
    expect(route?.type === 'outcome' && selectEnding(tiny, route, { empathy: -5 })).toBe('fine');
  });
});

describe('the restaurant case as a whole', () => {
  /** Every complete path, by depth-first search. */
  function allPaths(): CaseState[] {
    const finished: CaseState[] = [];
    const visit = (state: CaseState): void => {
      const node = currentNode(restaurant, state);
      if (node?.type === 'narration') {
        const moved = advance(restaurant, state);
        if (moved.ok) visit(moved.value);
      } else if (node?.type === 'decision') {
        for (const c of node.choices) {
          const moved = choose(restaurant, state, c.id);
          if (moved.ok) visit(moved.value);
        }
      } else if (node?.type === 'ending') {
        finished.push(state);
      }
    };
    visit(startCase(restaurant));
    return finished;
  }

  it('has 117 complete paths, reaching all five endings', () => {
    // Per first reply: refusal 1 + 3×3 + 1 = 11; booking 9; alcove 9; manager 3×3 + 1 = 10 → 39; × 3 replies.
    const paths = allPaths();
    expect(paths).toHaveLength(117);
    expect(new Set(paths.map((p) => p.path.at(-1)))).toEqual(
      new Set(['ending-original', 'ending-lost', 'ending-lukewarm', 'ending-recovered', 'ending-exemplary']),
    );
  });

  it('ranks the best path highest and the original story lowest overall', () => {
    const overall = allPaths().map((p) => overallScore(restaurant, scoresOf(restaurant, p)));
    const best = overallScore(
      restaurant,
      scoresOf(restaurant, play(restaurant, ['happy-to-help', 'check-booking', 'full-reset', 'greet-and-check-once'])),
    );
    const original = overallScore(
      restaurant,
      scoresOf(restaurant, play(restaurant, ['ask-why', 'no-table', 'let-it-go'])),
    );
    expect(best).toBeCloseTo(89.583, 2);
    expect(original).toBeCloseTo(2.778, 2);
    expect(Math.max(...overall)).toBe(best);
    expect(Math.min(...overall)).toBe(original);
  });

  it('reaches exactly the declared ranges', () => {
    const ranges = reachableRanges(restaurant);
    for (const d of restaurant.dimensions) expect(ranges[d.id]).toEqual({ min: d.min, max: d.max });
  });
});
