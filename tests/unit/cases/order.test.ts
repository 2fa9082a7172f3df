import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { buildAttemptRecord } from '../../../src/domain/cases/attempt';
import { choose, advance, currentNode, startCase, type CaseState } from '../../../src/domain/cases/engine';
import { choicesInOrder, decisionPosition, isSeed, MAX_SEED, newSeed } from '../../../src/domain/cases/order';
import { restoreRun, runOf, validateSavedCases } from '../../../src/domain/cases/saved';
import type { DecisionNode, Scenario } from '../../../src/domain/cases/scenario';
import { endingTone } from '../../../src/domain/cases/scoring';
import { parseAttemptRecord } from '../../../src/schemas/attempt';
import { CASES_DIR, loadCaseJson, play, restaurant } from './fixtures';

const SCENARIOS = readdirSync(CASES_DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => loadCaseJson(name.slice(0, -'.json'.length)) as Scenario);
const decisions = (scenario: Scenario) => scenario.nodes.filter((n): n is DecisionNode => n.type === 'decision');
const ids = (node: DecisionNode, seed: number | undefined) => choicesInOrder(node, seed).map((c) => c.id);
const firstReply = decisions(restaurant).find((n) => n.id === 'first-reply') as DecisionNode;
const SESSION_FOR_TONE = {
  locale: 'en' as const,
  startedAt: '2025-03-01T09:00:00.000Z',
  finishedAt: '2025-03-01T09:12:30.000Z',
};
const sum = (deltas: Readonly<Record<string, number | undefined>>) =>
  Object.values(deltas).reduce<number>((a, b) => a + (b ?? 0), 0);

describe('choicesInOrder', () => {
  it('keeps the authored order for attempts without a seed (saved before shuffling)', () => {
    expect(ids(firstReply, undefined)).toEqual(['ask-why', 'happy-to-help', 'house-rule']);
  });

  it('is the same order for the same seed and decision, and always a permutation of the choices', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_SEED }), (seed) => {
        for (const node of decisions(restaurant)) {
          const order = ids(node, seed);
          expect(ids(node, seed)).toEqual(order);
          expect([...order].sort()).toEqual(node.choices.map((c) => c.id).sort());
        }
      }),
    );
  });

  it('puts each of three options first in at least 20% of 1,000 seeded orders', () => {
    const firsts = new Map<string, number>();
    for (let seed = 0; seed < 1000; seed += 1) {
      const first = ids(firstReply, seed)[0] ?? '';
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    expect([...firsts.keys()].sort()).toEqual(['ask-why', 'happy-to-help', 'house-rule']);
    for (const count of firsts.values()) expect(count).toBeGreaterThanOrEqual(200);
  });

  it('gives different decisions of one attempt their own orders (not one shared permutation)', () => {
    const node = decisions(restaurant).find((n) => n.id === 'how-to-move') as DecisionNode;
    const other = decisions(restaurant).find((n) => n.id === 'girlfriend-arrives') as DecisionNode;
    const positions = (n: DecisionNode, seed: number) => choicesInOrder(n, seed).map((c) => n.choices.indexOf(c));
    const seeds = Array.from({ length: 50 }, (_, i) => i * 7919);
    expect(seeds.some((seed) => positions(node, seed).join() !== positions(other, seed).join())).toBe(true);
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))(
    '%s: over 50 seeds, no decision keeps its model answer in one position',
    (_, scenario) => {
      for (const node of decisions(scenario)) {
        // The model answer: the original story's choice if the story is a model, else the best-scoring one.
        const best = [...node.choices].sort((a, b) => sum(b.deltas) - sum(a.deltas))[0];
        const model = node.choices.find((c) => c.original === true && sum(c.deltas) >= sum(best?.deltas ?? {})) ?? best;
        const places = new Set(
          Array.from({ length: 50 }, (_, seed) => ids(node, seed * 2654435761).indexOf(model?.id ?? '')),
        );
        expect(places.size, node.id).toBeGreaterThan(1);
        expect(places.has(-1)).toBe(false);
      }
    },
  );
});

describe('seeds', () => {
  it('accepts unsigned 32-bit integers only', () => {
    expect([0, 1, MAX_SEED].every(isSeed)).toBe(true);
    expect([-1, MAX_SEED + 1, 1.5, Number.NaN, '7', null].some(isSeed)).toBe(false);
  });

  it('draws fresh seeds that are valid and not all equal', () => {
    const drawn = Array.from({ length: 20 }, newSeed);
    expect(drawn.every(isSeed)).toBe(true);
    expect(new Set(drawn).size).toBeGreaterThan(1);
  });
});

/** Play the restaurant case with a seed, always taking the first choice on screen. */
function playFirstOnScreen(seed: number): CaseState {
  let state = startCase(restaurant, seed);
  for (let guard = 0; guard < 100; guard += 1) {
    const node = currentNode(restaurant, state);
    const step =
      node?.type === 'narration'
        ? advance(restaurant, state)
        : node?.type === 'decision'
          ? choose(restaurant, state, choicesInOrder(node, state.seed)[0]?.id ?? '')
          : undefined;
    if (!step) return state;
    if (!step.ok) throw new Error(JSON.stringify(step.issues));
    state = step.value;
  }
  throw new Error('did not finish');
}

describe('the order survives saving, resuming and the attempt file', () => {
  const SESSION = {
    locale: 'en' as const,
    startedAt: '2025-03-01T09:00:00.000Z',
    finishedAt: '2025-03-01T09:12:30.000Z',
  };

  it('keeps the seed through a saved run and its restore, so a resumed decision shows the same order', () => {
    const seed = 123_456_789;
    const state = play(restaurant, ['happy-to-help']);
    const seeded: CaseState = { ...state, seed };
    const saved = validateSavedCases(
      JSON.parse(
        JSON.stringify({ cases: { [restaurant.id]: { run: runOf(seeded, SESSION.startedAt), attempts: [] } } }),
      ),
    );
    expect(saved.ok).toBe(true);
    const run = saved.ok ? saved.value.cases[restaurant.id]?.run : null;
    expect(run?.seed).toBe(seed);
    const restored = run ? restoreRun(restaurant, run) : undefined;
    expect(restored?.seed).toBe(seed);
    const node = restored && currentNode(restaurant, restored);
    expect(node?.type).toBe('decision');
    if (node?.type === 'decision') expect(ids(node, restored?.seed)).toEqual(ids(node, seed));
  });

  it('writes the seed into the attempt record, and the file parses back with the same order at every decision', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_SEED }), (seed) => {
        const state = playFirstOnScreen(seed);
        const built = buildAttemptRecord(restaurant, state, { text: '', checklist: {} }, SESSION);
        expect(built.ok).toBe(true);
        if (!built.ok) return;
        expect(built.value.seed).toBe(seed);
        const parsed = parseAttemptRecord(JSON.parse(JSON.stringify(built.value)), [restaurant]);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        // Replaying the file's choices with its seed: each was the first option shown.
        for (const made of parsed.value.choices) {
          const node = decisions(restaurant).find((n) => n.id === made.nodeId) as DecisionNode;
          expect(ids(node, parsed.value.seed)[0]).toBe(made.choiceId);
        }
        // The saved-cases slot (and so the class results file) keeps it too.
        const slot = validateSavedCases({
          cases: { [restaurant.id]: { run: null, attempts: [JSON.parse(JSON.stringify(built.value))] } },
        });
        expect(slot.ok && slot.value.cases[restaurant.id]?.attempts[0]?.seed).toBe(seed);
      }),
      { numRuns: 30 },
    );
  });

  it('still reads records and runs saved before seeds existed, and writes none for them', () => {
    const state = play(restaurant, ['ask-why', 'no-table', 'let-it-go']);
    expect(state.seed).toBeUndefined();
    const built = buildAttemptRecord(restaurant, state, { text: '', checklist: {} }, SESSION);
    expect(built.ok && 'seed' in built.value).toBe(false);
    const json = JSON.parse(JSON.stringify(built.ok ? built.value : {}));
    expect(parseAttemptRecord(json, [restaurant]).ok).toBe(true);
    const slot = validateSavedCases({
      cases: { [restaurant.id]: { run: runOf(state, SESSION.startedAt), attempts: [json] } },
    });
    expect(slot.ok).toBe(true);
    const run = slot.ok ? slot.value.cases[restaurant.id]?.run : null;
    expect(run && 'seed' in run).toBe(false);
    expect(run && restoreRun(restaurant, run)?.seed).toBeUndefined();
  });

  it.each([-1, MAX_SEED + 1, 2.5, '42', null])('refuses the seed %j in a file and in saved data', (seed) => {
    const built = buildAttemptRecord(restaurant, playFirstOnScreen(7), { text: '', checklist: {} }, SESSION);
    const json = { ...JSON.parse(JSON.stringify(built.ok ? built.value : {})), seed };
    const parsed = parseAttemptRecord(json, [restaurant]);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.issues.some((issue) => issue.field === 'seed')).toBe(true);
    expect(validateSavedCases({ cases: { [restaurant.id]: { run: null, attempts: [json] } } }).ok).toBe(false);
    const run = { ...runOf(startCase(restaurant), SESSION.startedAt), seed };
    expect(validateSavedCases({ cases: { [restaurant.id]: { run, attempts: [] } } }).ok).toBe(false);
  });
});

describe('decisionPosition', () => {
  it('counts the decisions on the restaurant paths (known answers)', () => {
    // first-reply → offer → (no-table → after-refusal → let-it-go | tell-manager): 3 decisions;
    // … come-back → how-to-move → girlfriend-arrives: 5.
    expect(decisionPosition(restaurant, 'first-reply', 0)).toEqual({ number: 1, fewest: 3, most: 5 });
    // After offer → check-booking, two decisions remain whatever happens.
    expect(decisionPosition(restaurant, 'how-to-move', 2)).toEqual({ number: 3, fewest: 4, most: 4 });
    expect(decisionPosition(restaurant, 'how-to-move', 3)).toEqual({ number: 4, fewest: 5, most: 5 });
    expect(decisionPosition(restaurant, 'after-refusal', 2)).toEqual({ number: 3, fewest: 3, most: 5 });
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))(
    '%s: agrees with counting every path from each decision',
    (_, scenario) => {
      const index = new Map(scenario.nodes.map((n) => [n.id, n]));
      // Every path from a node to an ending, as decision counts (outcome nodes may go to any ending).
      const counts = (id: string): number[] => {
        const node = index.get(id);
        if (!node || node.type === 'ending') return [0];
        const next =
          node.type === 'narration'
            ? [node.next]
            : node.type === 'outcome'
              ? node.endings
              : node.choices.map((c) => c.next);
        return next.flatMap(counts).map((n) => n + (node.type === 'decision' ? 1 : 0));
      };
      for (const node of decisions(scenario)) {
        const all = counts(node.id);
        expect(decisionPosition(scenario, node.id, 2), node.id).toEqual({
          number: 3,
          fewest: 2 + Math.min(...all),
          most: 2 + Math.max(...all),
        });
      }
    },
  );
});

describe('endingTone', () => {
  const ending = (id: string) => restaurant.nodes.find((n) => n.id === id) as { kind: 'original-story' };
  it('reads exemplary endings as good, recovered as mixed, a lost customer as poor', () => {
    expect(endingTone(restaurant, { kind: 'exemplary' }, {})).toBe('success');
    expect(endingTone(restaurant, { kind: 'recovered' }, {})).toBe('mixed');
    expect(endingTone(restaurant, { kind: 'lost-customer' }, {})).toBe('poor');
  });

  it('reads an original-story ending by the overall score: the restaurant original (about 3 of 100) is poor', () => {
    const state = play(restaurant, ['ask-why', 'no-table', 'let-it-go']);
    const built = buildAttemptRecord(restaurant, state, { text: '', checklist: {} }, SESSION_FOR_TONE);
    expect(built.ok && endingTone(restaurant, ending(built.value.endingId), built.value.scores)).toBe('poor');
  });

  it('reads the Kimura original story (97 of 100) as a good outcome', () => {
    const kimura = SCENARIOS.find((s) => s.id === 'kimura-slippers') as Scenario;
    const state = play(kimura, ['come-to-door', 'fetch-slippers', 'give-own', 'arm-in-arm']);
    const node = currentNode(kimura, state);
    expect(node?.type).toBe('ending');
    if (node?.type !== 'ending') return;
    expect(node.kind).toBe('original-story');
    const built = buildAttemptRecord(kimura, state, { text: '', checklist: {} }, SESSION_FOR_TONE);
    expect(built.ok && endingTone(kimura, node, built.value.scores)).toBe('success');
  });
});
