/**
 * Every scenario file in content/cases, not only the restaurant: it parses, passes the graph
 * and scoring checks, and random walks through it always finish with scores on the 0–100 scale.
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { checkScenario } from '../../../src/domain/cases/check-scenario';
import { currentNode, isFinished, scoresOf } from '../../../src/domain/cases/engine';
import type { Scenario } from '../../../src/domain/cases/scenario';
import { normalisedScores, overallScore, reachableRanges } from '../../../src/domain/cases/scoring';
import { scenarioSchema } from '../../../src/schemas/case';
import { CASES_DIR, loadCaseJson, walk } from './fixtures';

const RUNS = { numRuns: 1000 };

const files = readdirSync(CASES_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

/** The scenario as validated by the content schema (throws with the issues if it is rejected). */
function load(file: string): Scenario {
  const parsed = scenarioSchema.safeParse(loadCaseJson(file.replace(/\.json$/, '')));
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  }
  return parsed.data;
}

const picks = fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 12 });

describe('every scenario file', () => {
  it('there is more than one', () => {
    expect(files.length).toBeGreaterThan(1);
  });

  describe.each(files)('%s', (file) => {
    it('parses with the scenario schema and checkScenario finds no issues', () => {
      const scenario = load(file);
      expect(checkScenario(scenario)).toEqual([]);
    });

    it('random walks always reach an ending, with totals in range and normalised scores in 0–100', () => {
      const scenario = load(file);
      const ranges = reachableRanges(scenario);
      fc.assert(
        fc.property(picks, (p) => {
          const { state, steps } = walk(scenario, p);
          expect(isFinished(scenario, state)).toBe(true);
          expect(currentNode(scenario, state)?.type).toBe('ending');
          expect(steps).toBeLessThanOrEqual(scenario.nodes.length);
          const totals = scoresOf(scenario, state);
          for (const declared of scenario.dimensions) {
            const total = totals[declared.id] ?? Number.NaN;
            expect(total).toBeGreaterThanOrEqual(Math.max(ranges[declared.id]?.min ?? Infinity, declared.min));
            expect(total).toBeLessThanOrEqual(Math.min(ranges[declared.id]?.max ?? -Infinity, declared.max));
          }
          const normalised = Object.values(normalisedScores(scenario, totals));
          expect(normalised).toHaveLength(scenario.dimensions.length);
          for (const value of [...normalised, overallScore(scenario, totals)]) {
            expect(Number.isFinite(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(100);
          }
        }),
        RUNS,
      );
    });
  });
});
