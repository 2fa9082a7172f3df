/**
 * Shared test helpers: the real restaurant scenario loaded from disk, a tiny hand-made
 * scenario to break in specific ways, and a driver that plays a list of choices.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { advance, choose, currentNode, isFinished, startCase, type CaseState } from '../../../src/domain/cases/engine';
import type { DimensionScores, Scenario, ScenarioNode } from '../../../src/domain/cases/scenario';
import type { LocalizedText } from '../../../src/domain/locale';

export const CASES_DIR = fileURLToPath(new URL('../../../content/cases/', import.meta.url));

/** The scenario file exactly as stored (JSON, unvalidated). */
export function loadCaseJson(id: string): unknown {
  return JSON.parse(readFileSync(`${CASES_DIR}${id}.json`, 'utf8'));
}

/** The restaurant case as the domain type (the schema test proves the cast is sound). */
export const restaurant = loadCaseJson('restaurant-seat-change') as Scenario;

/** Play choices in order, passing narration; stops at an ending or when choices run out. */
export function play(scenario: Scenario, choiceIds: readonly string[]): CaseState {
  let state = startCase(scenario);
  let next = 0;
  for (let guard = 0; guard < 1000; guard += 1) {
    const node = currentNode(scenario, state);
    if (node?.type === 'narration') {
      const moved = advance(scenario, state);
      if (!moved.ok) throw new Error(`advance failed at ${node.id}`);
      state = moved.value;
    } else if (node?.type === 'decision' && next < choiceIds.length) {
      const picked = choose(scenario, state, choiceIds[next] ?? '');
      if (!picked.ok) throw new Error(`choice ${choiceIds[next]} failed at ${node.id}`);
      state = picked.value;
      next += 1;
    } else {
      return state;
    }
  }
  throw new Error('play did not stop');
}

const text = (s: string): LocalizedText => ({ en: s, 'zh-cn': `${s}（中文）` });

/**
 * A small sound scenario:
 * start (narration) → ask (decision)
 *   kind  (+2 empathy) → route (outcome) → great (needs empathy ≥ 2) | fine (fallback)
 *   blunt (−1 empathy) → bad (ending)
 *   plain (±0)         → route
 */
export function tinyScenario(): Scenario {
  return {
    id: 'tiny',
    version: 1,
    title: text('Tiny'),
    summary: text('A tiny case'),
    role: text('the clerk'),
    estimatedMinutes: 1,
    characters: [{ id: 'guest', name: text('Guest'), part: 'customer' }],
    dimensions: [{ id: 'empathy', min: -1, max: 2 }],
    startNodeId: 'start',
    nodes: [
      { type: 'narration', id: 'start', speaker: 'guest', text: text('Hello'), next: 'ask' },
      {
        type: 'decision',
        id: 'ask',
        prompt: text('Reply?'),
        choices: [
          { id: 'kind', text: text('Kind'), feedback: text('Good'), deltas: { empathy: 2 }, next: 'route' },
          {
            id: 'blunt',
            text: text('Blunt'),
            feedback: text('Bad'),
            deltas: { empathy: -1 },
            next: 'bad',
            original: true,
          },
          { id: 'plain', text: text('Plain'), feedback: text('Fine'), deltas: {}, next: 'route' },
        ],
      },
      { type: 'outcome', id: 'route', endings: ['great', 'fine'] },
      ending('great', { empathy: 2 }),
      ending('fine'),
      ending('bad'),
    ],
    originalStory: { text: text('Story'), source: text('Source') },
    reflection: { prompt: text('Think'), checklist: [{ id: 'item', text: text('Item') }] },
  };
}

export function ending(id: string, minScores?: DimensionScores): ScenarioNode {
  return {
    type: 'ending',
    id,
    kind: 'recovered',
    title: text(id),
    text: text(id),
    ...(minScores ? { minScores } : {}),
    debrief: { text: text('Debrief'), applied: [], missed: [] },
  };
}

/** A deep, mutable copy of a scenario to break. */
export type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
export function editable(scenario: Scenario): Mutable<Scenario> {
  return structuredClone(scenario) as Mutable<Scenario>;
}

/** The node with this id, narrowed to a type, from an editable copy. */
export function nodeOf<T extends Mutable<ScenarioNode>['type']>(
  scenario: Mutable<Scenario>,
  id: string,
  type: T,
): Extract<Mutable<ScenarioNode>, { type: T }> {
  const node = scenario.nodes.find((n) => n.id === id);
  if (node?.type !== type) throw new Error(`no ${type} node ${id}`);
  return node as Extract<Mutable<ScenarioNode>, { type: T }>;
}

export /** Walk from the start, picking choice `picks[i] mod n` at the i-th decision; count steps. */
function walk(scenario: Scenario, picks: readonly number[]): { state: CaseState; steps: number } {
  let state = startCase(scenario);
  let steps = 0;
  let decision = 0;
  while (!isFinished(scenario, state) && steps <= scenario.nodes.length) {
    const node = currentNode(scenario, state);
    if (node?.type === 'narration') {
      const moved = advance(scenario, state);
      if (!moved.ok) break;
      state = moved.value;
    } else if (node?.type === 'decision') {
      const pick = picks[decision % Math.max(picks.length, 1)] ?? 0;
      const choice = node.choices[pick % node.choices.length];
      const moved = choose(scenario, state, choice?.id ?? '');
      if (!moved.ok) break;
      state = moved.value;
      decision += 1;
    } else {
      break;
    }
    steps += 1;
  }
  return { state, steps };
}
