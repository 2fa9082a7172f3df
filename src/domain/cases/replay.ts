/**
 * Replaying choices from the start: the one way to tell whether a recorded path is a real
 * path of a scenario. Choices are the source of truth; the path follows from them (narration
 * has one way on, outcome nodes choose from the scores), so a record whose path or scores were
 * edited by hand no longer matches its replay.
 */
import type { FieldIssue, Validated } from '../result';
import { fail, ok } from '../result';
import type { ChoiceMade } from './engine';
import { nodeIndex, type Scenario } from './scenario';
import { addDeltas, selectEnding, zeroScores } from './scoring';
import type { DimensionScores } from './scenario';

/** The result of replaying choices. */
export interface Replay {
  /** Every node visited, from the start node. */
  readonly path: readonly string[];
  /** True when the path ends at an ending node. */
  readonly finished: boolean;
  /** Raw totals per declared dimension. */
  readonly scores: DimensionScores;
}

/**
 * Replay choices from the start node, passing narration and outcome nodes, and stopping at an
 * ending or at a decision no choice is left for.
 *
 * Issues (field `<prefix>.<i>.nodeId` / `.choiceId`): `choiceNodeMismatch` {index, expected, found},
 * `unknownChoice` {nodeId, choiceId}, `extraChoice` {index} (the path had already ended),
 * `unknownNode` {nodeId} (field `path`), `cycle` {nodeId}.
 */
export function replayChoices(
  scenario: Scenario,
  choices: readonly ChoiceMade[],
  prefix = 'choices',
): Validated<Replay> {
  const index = nodeIndex(scenario);
  const path: string[] = [];
  let totals: DimensionScores = zeroScores(scenario);
  let used = 0;
  let id = scenario.startNodeId;
  for (let step = 0; ; step += 1) {
    if (step > scenario.nodes.length) return fail({ field: 'path', code: 'cycle', params: { nodeId: id } });
    const node = index.get(id);
    if (!node) return fail({ field: 'path', code: 'unknownNode', params: { nodeId: id } });
    path.push(node.id);
    if (node.type === 'ending') break;
    if (node.type === 'narration') {
      id = node.next;
    } else if (node.type === 'outcome') {
      const endingId = selectEnding(scenario, node, totals);
      if (endingId === undefined) return fail({ field: 'path', code: 'unknownNode', params: { nodeId: node.id } });
      id = endingId;
    } else {
      const made = choices[used];
      if (!made) return ok({ path, finished: false, scores: totals });
      if (made.nodeId !== node.id) {
        return fail({
          field: `${prefix}.${used}.nodeId`,
          code: 'choiceNodeMismatch',
          params: { index: used, expected: node.id, found: made.nodeId },
        });
      }
      const choice = node.choices.find((c) => c.id === made.choiceId);
      if (!choice) {
        return fail({
          field: `${prefix}.${used}.choiceId`,
          code: 'unknownChoice',
          params: { nodeId: node.id, choiceId: made.choiceId },
        });
      }
      totals = addDeltas(scenario, totals, choice.deltas);
      used += 1;
      id = choice.next;
    }
  }
  if (used < choices.length) {
    const issues: FieldIssue[] = [];
    for (let i = used; i < choices.length; i += 1) {
      issues.push({ field: `${prefix}.${i}`, code: 'extraChoice', params: { index: i } });
    }
    return fail(...issues);
  }
  return ok({ path, finished: true, scores: totals });
}
