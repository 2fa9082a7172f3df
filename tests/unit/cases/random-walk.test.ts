import fc from 'fast-check';
import { buildAttemptRecord } from '../../../src/domain/cases/attempt';
import { advance, back, choose, currentNode, isFinished, scoresOf } from '../../../src/domain/cases/engine';
import { replayChoices } from '../../../src/domain/cases/replay';
import { normalisedScores, overallScore, reachableRanges } from '../../../src/domain/cases/scoring';
import { parseAttemptRecord } from '../../../src/schemas/attempt';
import { restaurant, walk } from './fixtures';

const RUNS = { numRuns: 1000 };

const picks = fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 12 });

describe('random walks of the restaurant case', () => {
  it('always reach an ending within as many steps as there are nodes', () => {
    fc.assert(
      fc.property(picks, (p) => {
        const { state, steps } = walk(restaurant, p);
        expect(isFinished(restaurant, state)).toBe(true);
        expect(steps).toBeLessThanOrEqual(restaurant.nodes.length);
      }),
      RUNS,
    );
  });

  it('keep raw totals within the reachable and declared ranges and normalised scores within 0–100', () => {
    const ranges = reachableRanges(restaurant);
    fc.assert(
      fc.property(picks, (p) => {
        const { state } = walk(restaurant, p);
        const totals = scoresOf(restaurant, state);
        for (const declared of restaurant.dimensions) {
          const total = totals[declared.id] ?? Number.NaN;
          const range = ranges[declared.id];
          expect(range).toBeDefined();
          expect(total).toBeGreaterThanOrEqual(Math.max(range?.min ?? Infinity, declared.min));
          expect(total).toBeLessThanOrEqual(Math.min(range?.max ?? -Infinity, declared.max));
        }
        const normalised = Object.values(normalisedScores(restaurant, totals));
        expect(normalised).toHaveLength(restaurant.dimensions.length);
        for (const value of [...normalised, overallScore(restaurant, totals)]) {
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
      }),
      RUNS,
    );
  });

  it('replay from the choices alone gives the same path and scores', () => {
    fc.assert(
      fc.property(picks, (p) => {
        const { state } = walk(restaurant, p);
        const replay = replayChoices(restaurant, state.choices);
        expect(replay).toEqual({
          ok: true,
          value: { path: state.path, finished: true, scores: scoresOf(restaurant, state) },
        });
      }),
      RUNS,
    );
  });

  it('going back then choosing the same again returns to the same state', () => {
    fc.assert(
      fc.property(picks, fc.nat({ max: 10 }), (p, undo) => {
        const { state } = walk(restaurant, p);
        let rewound = state;
        const redo: string[] = [];
        for (let i = 0; i < undo && rewound.choices.length > 0; i += 1) {
          redo.unshift(rewound.choices[rewound.choices.length - 1]?.choiceId ?? '');
          rewound = back(rewound);
          expect(currentNode(restaurant, rewound)?.type).toBe('decision');
        }
        let again = rewound;
        for (const choiceId of redo) {
          let node = currentNode(restaurant, again);
          while (node?.type === 'narration') {
            const moved = advance(restaurant, again);
            if (moved.ok) again = moved.value;
            node = currentNode(restaurant, again);
          }
          const moved = choose(restaurant, again, choiceId);
          expect(moved.ok).toBe(true);
          if (moved.ok) again = moved.value;
        }
        while (currentNode(restaurant, again)?.type === 'narration') {
          const moved = advance(restaurant, again);
          if (moved.ok) again = moved.value;
        }
        expect(again).toEqual(state);
      }),
      RUNS,
    );
  });

  it('every finished walk makes an attempt record that parses back unchanged', () => {
    fc.assert(
      fc.property(picks, fc.string({ maxLength: 200 }), fc.boolean(), (p, text, ticked) => {
        const { state } = walk(restaurant, p);
        const built = buildAttemptRecord(
          restaurant,
          state,
          { text, checklist: { 'no-blame': ticked } },
          { locale: 'zh-cn', startedAt: '2025-03-01T09:00:00.000Z', finishedAt: '2025-03-01T09:12:30.000Z' },
        );
        expect(built.ok).toBe(true);
        if (!built.ok) return;
        const parsed = parseAttemptRecord(JSON.parse(JSON.stringify(built.value)), [restaurant]);
        expect(parsed).toEqual({ ok: true, value: built.value });
      }),
      RUNS,
    );
  });
});
