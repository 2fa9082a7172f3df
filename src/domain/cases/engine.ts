/**
 * The case role-play engine: pure functions from one state to the next.
 *
 * The state is plain, serialisable data (safe to keep in a store or in local storage): the
 * nodes visited and the choices made. Every function takes the scenario alongside the state
 * and never mutates either. Outcome nodes are resolved as soon as they are reached — the
 * learner never stands on one — so the current node is always narration, a decision or an
 * ending.
 */
import type { FieldIssue, Validated } from '../result';
import { fail, ok } from '../result';
import { nodeIndex, type EndingNode, type Scenario, type ScenarioNode } from './scenario';
import { addDeltas, selectEnding, zeroScores } from './scoring';
import type { DimensionScores } from './scenario';

/** One decision taken: which choice at which decision node. */
export interface ChoiceMade {
  readonly nodeId: string;
  readonly choiceId: string;
}

/** Where a learner is in a scenario. */
export interface CaseState {
  readonly caseId: string;
  readonly caseVersion: number;
  /** Node ids visited, in order; the last one is the current node. */
  readonly path: readonly string[];
  /** Choices made, in order; one per decision node on the path (except the current one). */
  readonly choices: readonly ChoiceMade[];
  /**
   * Seed of the order in which this attempt shows each decision's choices (see `./order`);
   * absent for runs saved before choices were shuffled, which keep the authored order.
   */
  readonly seed?: number;
}

/** Follow outcome nodes to the ending they select, appending what is visited. */
function settle(scenario: Scenario, state: CaseState): CaseState {
  const index = nodeIndex(scenario);
  let path = state.path;
  // Bounded by the node count: a valid scenario is acyclic, a broken one must not hang.
  for (let guard = 0; guard <= scenario.nodes.length; guard += 1) {
    const node = index.get(path[path.length - 1] ?? '');
    if (node?.type !== 'outcome') break;
    const endingId = selectEnding(scenario, node, scoresOf(scenario, state));
    if (endingId === undefined) break;
    path = [...path, endingId];
  }
  return path === state.path ? state : { ...state, path };
}

/** The state at the start of a scenario; `seed` orders the choices of this attempt. */
export function startCase(scenario: Scenario, seed?: number): CaseState {
  return settle(scenario, {
    caseId: scenario.id,
    caseVersion: scenario.version,
    path: [scenario.startNodeId],
    choices: [],
    ...(seed !== undefined ? { seed } : {}),
  });
}

/** The node the learner is on, or undefined if the state does not fit the scenario. */
export function currentNode(scenario: Scenario, state: CaseState): ScenarioNode | undefined {
  const id = state.path[state.path.length - 1];
  return id === undefined ? undefined : nodeIndex(scenario).get(id);
}

function belongs(scenario: Scenario, state: CaseState): FieldIssue | undefined {
  if (state.caseId !== scenario.id || state.caseVersion !== scenario.version) {
    return {
      field: 'state',
      code: 'stateMismatch',
      params: { caseId: scenario.id, caseVersion: scenario.version, found: `${state.caseId}@${state.caseVersion}` },
    };
  }
  return undefined;
}

/** Move on from a narration node. Issues: `stateMismatch`, `notNarration` {nodeId}. */
export function advance(scenario: Scenario, state: CaseState): Validated<CaseState> {
  const mismatch = belongs(scenario, state);
  if (mismatch) return fail(mismatch);
  const node = currentNode(scenario, state);
  if (node?.type !== 'narration') {
    return fail({ field: 'state', code: 'notNarration', params: { nodeId: node?.id ?? '' } });
  }
  return ok(settle(scenario, { ...state, path: [...state.path, node.next] }));
}

/**
 * Pick a choice at the current decision.
 * Issues: `stateMismatch`, `notADecision` {nodeId}, `unknownChoice` {nodeId, choiceId}.
 */
export function choose(scenario: Scenario, state: CaseState, choiceId: string): Validated<CaseState> {
  const mismatch = belongs(scenario, state);
  if (mismatch) return fail(mismatch);
  const node = currentNode(scenario, state);
  if (node?.type !== 'decision') {
    return fail({ field: 'state', code: 'notADecision', params: { nodeId: node?.id ?? '' } });
  }
  const choice = node.choices.find((c) => c.id === choiceId);
  if (!choice) return fail({ field: 'choiceId', code: 'unknownChoice', params: { nodeId: node.id, choiceId } });
  return ok(
    settle(scenario, {
      ...state,
      path: [...state.path, choice.next],
      choices: [...state.choices, { nodeId: node.id, choiceId }],
    }),
  );
}

/** Whether there is a decision to undo. */
export function canGoBack(state: CaseState): boolean {
  return state.choices.length > 0;
}

/**
 * Undo the last decision: back to that decision node, its choice forgotten. Narration read
 * since is dropped too. With no decision taken, the state is returned unchanged.
 */
export function back(state: CaseState): CaseState {
  const last = state.choices[state.choices.length - 1];
  if (!last) return state;
  const at = state.path.lastIndexOf(last.nodeId);
  if (at < 0) return state;
  return { ...state, path: state.path.slice(0, at + 1), choices: state.choices.slice(0, -1) };
}

/** Whether the learner has reached an ending. */
export function isFinished(scenario: Scenario, state: CaseState): boolean {
  return currentNode(scenario, state)?.type === 'ending';
}

/** The ending reached, if finished. */
export function endingOf(scenario: Scenario, state: CaseState): EndingNode | undefined {
  const node = currentNode(scenario, state);
  return node?.type === 'ending' ? node : undefined;
}

/**
 * Raw totals per declared dimension: the sum of the deltas of the choices made.
 * Choices that do not fit the scenario add nothing.
 */
export function scoresOf(scenario: Scenario, state: Pick<CaseState, 'choices'>): DimensionScores {
  const index = nodeIndex(scenario);
  let totals: DimensionScores = zeroScores(scenario);
  for (const made of state.choices) {
    const node = index.get(made.nodeId);
    const choice = node?.type === 'decision' ? node.choices.find((c) => c.id === made.choiceId) : undefined;
    if (choice) totals = addDeltas(scenario, totals, choice.deltas);
  }
  return totals;
}
