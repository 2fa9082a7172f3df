/**
 * The learner's path told step by step, for the ending screen, the debrief and the class
 * dashboard: which nodes were passed, what was chosen at each decision, and whether it was
 * what the character in the original story did.
 */
import type { CaseState } from './engine';
import { nodeIndex, type ScenarioNode, type Scenario } from './scenario';

/** One node of the path. */
export interface TranscriptStep {
  readonly nodeId: string;
  /** Node type; `unknown` if the id is not in the scenario. */
  readonly type: ScenarioNode['type'] | 'unknown';
  /** At a decision: the choice made (absent at the current, undecided one). */
  readonly choiceId?: string;
  /** At a decision that has an original-story choice: the id of that choice. */
  readonly originalChoiceId?: string;
  /** At a decided decision that has an original-story choice: whether the learner made it. */
  readonly matchesOriginal?: boolean;
}

/** The path with the choices made at its decisions. */
export function transcript(scenario: Scenario, state: CaseState): TranscriptStep[] {
  const index = nodeIndex(scenario);
  let next = 0;
  return state.path.map((nodeId) => {
    const node = index.get(nodeId);
    if (!node) return { nodeId, type: 'unknown' };
    if (node.type !== 'decision') return { nodeId, type: node.type };
    const made = state.choices[next]?.nodeId === nodeId ? state.choices[next] : undefined;
    if (made) next += 1;
    const original = node.choices.find((c) => c.original === true);
    return {
      nodeId,
      type: node.type,
      ...(made ? { choiceId: made.choiceId } : {}),
      ...(original ? { originalChoiceId: original.id } : {}),
      ...(made && original ? { matchesOriginal: made.choiceId === original.id } : {}),
    };
  });
}

/** How many of the decisions taken had an original-story choice, and how many matched it. */
export function originalMatches(
  scenario: Scenario,
  state: CaseState,
): { readonly matched: number; readonly comparable: number } {
  let matched = 0;
  let comparable = 0;
  for (const step of transcript(scenario, state)) {
    if (step.matchesOriginal === undefined) continue;
    comparable += 1;
    if (step.matchesOriginal) matched += 1;
  }
  return { matched, comparable };
}
