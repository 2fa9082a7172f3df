/**
 * The shape of a case role-play scenario, as the domain sees it.
 *
 * A scenario is data, not code: a directed acyclic graph of nodes that starts at
 * `startNodeId` and ends at ending nodes. The learner reads narration, picks a choice at each
 * decision, and each choice adds integer deltas to named care dimensions. Outcome nodes pick
 * an ending from the scores so far (first ending whose `minScores` are all met). Structure and
 * scoring are shared by both languages; only the texts differ.
 *
 * The zod schema in `src/schemas/case.ts` produces values assignable to these interfaces;
 * browser code imports only these types.
 */
import type { DimensionId } from './dimensions';
import type { PrincipleId } from './principles';
import type { LocalizedText } from '../locale';

/** Points added to (or taken from) care dimensions; dimensions left out are unchanged. */
export type ScoreDeltas = Readonly<Partial<Record<DimensionId, number>>>;

/** Raw totals per dimension: the sum of the deltas of the choices on a path. */
export type DimensionScores = Readonly<Partial<Record<DimensionId, number>>>;

/** A person who speaks in the scenario. */
export interface Character {
  /** Id used as `speaker` by narration nodes. */
  readonly id: string;
  /** Display name. */
  readonly name: LocalizedText;
  /** `learner` is the part the trainee plays (drawn on the learner's side of the dialogue). */
  readonly part: 'learner' | 'customer' | 'other';
}

/** A dimension the scenario scores, with the range its author declares for a full path. */
export interface DimensionRange {
  readonly id: DimensionId;
  /** Lowest total the author declares possible (must be ≤ the lowest reachable total). */
  readonly min: number;
  /** Highest total the author declares possible (must be ≥ the highest reachable total). */
  readonly max: number;
}

/** Someone speaks, or the narrator describes the scene; the learner continues. */
export interface NarrationNode {
  readonly type: 'narration';
  readonly id: string;
  /** Character id; absent for the narrator. */
  readonly speaker?: string;
  readonly text: LocalizedText;
  /** The node that follows. */
  readonly next: string;
}

/** One response the learner may pick at a decision. */
export interface Choice {
  /** Unique within its decision. */
  readonly id: string;
  /** What the learner says or does. */
  readonly text: LocalizedText;
  /** Shown after picking: what the choice did, naming the principle. */
  readonly feedback: LocalizedText;
  /** Score change per dimension. */
  readonly deltas: ScoreDeltas;
  /** The node that follows. */
  readonly next: string;
  /** True when this is what the character in the original story did. */
  readonly original?: boolean;
}

/** The learner picks one of 2–4 choices. */
export interface DecisionNode {
  readonly type: 'decision';
  readonly id: string;
  readonly prompt: LocalizedText;
  readonly choices: readonly Choice[];
}

/** Routes to the first listed ending whose `minScores` the path's totals meet; never shown. */
export interface OutcomeNode {
  readonly type: 'outcome';
  readonly id: string;
  /** Ending ids in priority order; the last must have no `minScores` (the fallback). */
  readonly endings: readonly string[];
}

export const ENDING_KINDS = ['original-story', 'recovered', 'exemplary', 'lost-customer'] as const;
export type EndingKind = (typeof ENDING_KINDS)[number];

/** What the learner should take away from an ending. */
export interface Debrief {
  /** How this path compares with the original story and why it turned out so. */
  readonly text: LocalizedText;
  /** Principles the path put into practice. */
  readonly applied: readonly PrincipleId[];
  /** Principles the path missed. */
  readonly missed: readonly PrincipleId[];
}

/** Where the story ends. */
export interface EndingNode {
  readonly type: 'ending';
  readonly id: string;
  readonly kind: EndingKind;
  readonly title: LocalizedText;
  readonly text: LocalizedText;
  /** Minimum raw totals for an outcome node to choose this ending; all must be met. */
  readonly minScores?: DimensionScores;
  readonly debrief: Debrief;
}

export type ScenarioNode = NarrationNode | DecisionNode | OutcomeNode | EndingNode;

/** One item of the self-assessment checklist that goes with the written reflection. */
export interface ChecklistItem {
  readonly id: string;
  readonly text: LocalizedText;
}

/** A complete case role-play. */
export interface Scenario {
  /** Stable slug; also the file name. */
  readonly id: string;
  /** Raised whenever structure or scoring changes, so old attempts are not misread. */
  readonly version: number;
  readonly title: LocalizedText;
  readonly summary: LocalizedText;
  /** The part the learner plays, e.g. "the waiter". */
  readonly role: LocalizedText;
  readonly estimatedMinutes: number;
  readonly characters: readonly Character[];
  readonly dimensions: readonly DimensionRange[];
  readonly startNodeId: string;
  readonly nodes: readonly ScenarioNode[];
  /** The original story, retold, and where it comes from. */
  readonly originalStory: { readonly text: LocalizedText; readonly source: LocalizedText };
  /** The written reflection after the ending. */
  readonly reflection: { readonly prompt: LocalizedText; readonly checklist: readonly ChecklistItem[] };
}

/** The ids of the nodes that can follow a node, in order. */
export function successorsOf(node: ScenarioNode): readonly string[] {
  switch (node.type) {
    case 'narration':
      return [node.next];
    case 'decision':
      return node.choices.map((c) => c.next);
    case 'outcome':
      return node.endings;
    case 'ending':
      return [];
  }
}

const indexCache = new WeakMap<Scenario, ReadonlyMap<string, ScenarioNode>>();

/**
 * Nodes by id (the first node wins if an id is duplicated — `checkScenario` reports that).
 * Cached per scenario object: scenarios are immutable data.
 */
export function nodeIndex(scenario: Scenario): ReadonlyMap<string, ScenarioNode> {
  const cached = indexCache.get(scenario);
  if (cached) return cached;
  const index = new Map<string, ScenarioNode>();
  for (const node of scenario.nodes) if (!index.has(node.id)) index.set(node.id, node);
  indexCache.set(scenario, index);
  return index;
}
