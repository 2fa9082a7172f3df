/**
 * The order in which a decision's choices are shown, and how far through the role-play a
 * decision lies.
 *
 * Choices are shuffled per attempt so that position gives nothing away (authors tend to write
 * the model answer first). An attempt draws one seed when it starts; each decision's order
 * follows from that seed and the decision's id (the quiz's seeded shuffle), so a resumed run
 * and a handed-in attempt file show exactly the order the learner saw. Runs and attempts saved
 * before seeds existed have none: their choices are shown in the authored order.
 */
import { deriveSeed, shuffleSeeded } from '../quiz/shuffle';
export { MAX_SEED, isSeed, newSeed } from './seed';
import { nodeIndex, successorsOf, type Choice, type DecisionNode, type Scenario } from './scenario';

/** The choices of a decision in the order shown for an attempt with this seed (authored order without one). */
export function choicesInOrder(node: DecisionNode, seed: number | undefined): readonly Choice[] {
  return seed === undefined ? node.choices : shuffleSeeded(node.choices, deriveSeed(seed, node.id));
}

/** Fewest and most decisions on the way from a node to an ending, the node itself included. */
export interface DecisionsAhead {
  readonly min: number;
  readonly max: number;
}

const aheadCache = new WeakMap<Scenario, Map<string, DecisionsAhead>>();

/**
 * How many decisions lie ahead of a node, counting it if it is a decision: the fewest and the
 * most over every path to an ending. Outcome nodes may lead to any of their endings. Unknown
 * nodes (and cycles, which a checked scenario never has) count as no decisions.
 */
export function decisionsAhead(scenario: Scenario, nodeId: string): DecisionsAhead {
  let memo = aheadCache.get(scenario);
  if (!memo) aheadCache.set(scenario, (memo = new Map()));
  const cache = memo;
  const index = nodeIndex(scenario);
  const visiting = new Set<string>();
  const walk = (id: string): DecisionsAhead => {
    const known = cache.get(id);
    if (known) return known;
    const node = index.get(id);
    if (!node || visiting.has(id)) return { min: 0, max: 0 };
    visiting.add(id);
    const next = successorsOf(node).map(walk);
    visiting.delete(id);
    const own = node.type === 'decision' ? 1 : 0;
    const result =
      next.length === 0
        ? { min: own, max: own }
        : { min: own + Math.min(...next.map((n) => n.min)), max: own + Math.max(...next.map((n) => n.max)) };
    cache.set(id, result);
    return result;
  };
  return walk(nodeId);
}

/** Where a decision stands: its number on this path, and how many decisions the whole path can have. */
export interface DecisionPosition {
  /** 1 for the first decision. */
  readonly number: number;
  /** Fewest decisions a path through here can have in all. */
  readonly fewest: number;
  /** Most decisions a path through here can have in all. */
  readonly most: number;
}

/** The position of the decision `nodeId`, reached after `taken` decisions. */
export function decisionPosition(scenario: Scenario, nodeId: string, taken: number): DecisionPosition {
  const ahead = decisionsAhead(scenario, nodeId);
  return { number: taken + 1, fewest: taken + ahead.min, most: taken + ahead.max };
}
