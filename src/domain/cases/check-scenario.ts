/**
 * Build-time checks of a scenario's graph and scoring, beyond what a schema can express.
 *
 * Called from the content schema's refinement, so a malformed scenario fails the build with
 * the file, the field and the node named. Design decision: the graph must be a DAG. Cycles
 * would allow endless walks and make "the range of reachable scores" undefined; a role-play
 * that lets a learner retry a moment does so with `back()`, not with a loop in the data.
 *
 * Issue codes and params (every node-related issue carries `nodeId`):
 * - `duplicateId` {nodeId} · `unknownStartNode` {nodeId} · `unknownNode` {nodeId, target}
 * - `unreachable` {nodeId} · `deadEnd` {nodeId} · `cycle` {nodeId, target}
 * - `choiceCount` {nodeId, count, min, max} · `duplicateChoiceId` {nodeId, choiceId}
 * - `multipleOriginalChoices` {nodeId, count}
 * - `outcomeTargetNotEnding` {nodeId, target} · `outcomeWithoutFallback` {nodeId, target}
 * - `conditionalEndingOutsideOutcome` {nodeId, target} · `endingNeverSelected` {nodeId, target}
 * - `tooManyPaths` {limit}
 * - `duplicateDimension` {dimension} · `invalidRange` {dimension, min, max}
 * - `undeclaredDimension` {nodeId, dimension, choiceId?} · `notAnInteger` {nodeId, dimension, value}
 * - `scoreOutOfDeclaredRange` {dimension, declaredMin, declaredMax, reachableMin, reachableMax}
 * - `dimensionWithoutSpread` {dimension, value}
 * - `missingTranslation` {locale, nodeId?} · `unknownSpeaker` {nodeId, speaker}
 * - `duplicateCharacter` {characterId} · `duplicateChecklistItem` {itemId}
 */
import type { FieldIssue } from '../result';
import { isDimensionId } from './dimensions';
import { nodeIndex, successorsOf, type Scenario, type ScenarioNode, type ScoreDeltas } from './scenario';
import { reachableRanges, selectEnding, addDeltas, zeroScores } from './scoring';
import type { DimensionScores } from './scenario';
import { checkScenarioTexts } from './check-texts';

/** Above this many complete paths, exact path-by-path checks are refused rather than slow. */
export const MAX_SCENARIO_PATHS = 20_000;

/** A reference from one node to another, with the field that holds it. */
interface Edge {
  readonly from: string;
  readonly target: string;
  readonly field: string;
}

function edgesOf(node: ScenarioNode, i: number): Edge[] {
  switch (node.type) {
    case 'narration':
      return [{ from: node.id, target: node.next, field: `nodes.${i}.next` }];
    case 'decision':
      return node.choices.map((c, j) => ({ from: node.id, target: c.next, field: `nodes.${i}.choices.${j}.next` }));
    case 'outcome':
      return node.endings.map((e, k) => ({ from: node.id, target: e, field: `nodes.${i}.endings.${k}` }));
    case 'ending':
      return [];
  }
}

/** Every problem with a scenario; empty when it is sound. */
export function checkScenario(scenario: Scenario): FieldIssue[] {
  const structural = checkStructure(scenario);
  const issues = [
    ...structural,
    ...checkDimensions(scenario),
    ...checkScenarioTexts(scenario),
    ...checkPeople(scenario),
  ];
  // Score ranges and path enumeration only mean something on a sound graph.
  if (structural.length === 0) issues.push(...checkRanges(scenario), ...checkOutcomes(scenario));
  return issues;
}

function checkStructure(scenario: Scenario): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const index = nodeIndex(scenario);
  const seen = new Set<string>();
  scenario.nodes.forEach((node, i) => {
    if (seen.has(node.id)) issues.push({ field: `nodes.${i}.id`, code: 'duplicateId', params: { nodeId: node.id } });
    seen.add(node.id);
  });
  if (!index.has(scenario.startNodeId)) {
    issues.push({ field: 'startNodeId', code: 'unknownStartNode', params: { nodeId: scenario.startNodeId } });
  }
  scenario.nodes.forEach((node, i) => {
    for (const edge of edgesOf(node, i)) {
      const target = index.get(edge.target);
      if (!target) {
        issues.push({ field: edge.field, code: 'unknownNode', params: { nodeId: node.id, target: edge.target } });
      } else if (node.type === 'outcome' && target.type !== 'ending') {
        issues.push({
          field: edge.field,
          code: 'outcomeTargetNotEnding',
          params: { nodeId: node.id, target: edge.target },
        });
      } else if (node.type !== 'outcome' && target.type === 'ending' && target.minScores !== undefined) {
        issues.push({
          field: edge.field,
          code: 'conditionalEndingOutsideOutcome',
          params: { nodeId: node.id, target: edge.target },
        });
      }
    }
    if (node.type !== 'ending' && successorsOf(node).length === 0) {
      issues.push({ field: `nodes.${i}`, code: 'deadEnd', params: { nodeId: node.id } });
    }
    if (node.type === 'decision') {
      const count = node.choices.length;
      if (count < 2 || count > 4) {
        issues.push({
          field: `nodes.${i}.choices`,
          code: 'choiceCount',
          params: { nodeId: node.id, count, min: 2, max: 4 },
        });
      }
      const choiceIds = new Set<string>();
      node.choices.forEach((c, j) => {
        if (choiceIds.has(c.id)) {
          issues.push({
            field: `nodes.${i}.choices.${j}.id`,
            code: 'duplicateChoiceId',
            params: { nodeId: node.id, choiceId: c.id },
          });
        }
        choiceIds.add(c.id);
      });
      const originals = node.choices.filter((c) => c.original === true).length;
      if (originals > 1) {
        issues.push({
          field: `nodes.${i}.choices`,
          code: 'multipleOriginalChoices',
          params: { nodeId: node.id, count: originals },
        });
      }
    }
    if (node.type === 'outcome') {
      const last = index.get(node.endings[node.endings.length - 1] ?? '');
      if (last?.type === 'ending' && last.minScores !== undefined) {
        issues.push({
          field: `nodes.${i}.endings`,
          code: 'outcomeWithoutFallback',
          params: { nodeId: node.id, target: last.id },
        });
      }
    }
  });
  issues.push(...findCycles(scenario), ...findUnreachable(scenario));
  return issues;
}

/** Depth-first search over every node; an edge back into the current stack closes a cycle. */
function findCycles(scenario: Scenario): FieldIssue[] {
  const index = nodeIndex(scenario);
  const position = new Map(scenario.nodes.map((n, i) => [n, i] as const));
  const state = new Map<string, 'open' | 'done'>();
  const issues: FieldIssue[] = [];
  const visit = (node: ScenarioNode): void => {
    state.set(node.id, 'open');
    for (const edge of edgesOf(node, position.get(node) ?? 0)) {
      const target = index.get(edge.target);
      if (!target) continue;
      const mark = state.get(target.id);
      if (mark === 'open')
        issues.push({ field: edge.field, code: 'cycle', params: { nodeId: node.id, target: target.id } });
      else if (mark === undefined) visit(target);
    }
    state.set(node.id, 'done');
  };
  const start = index.get(scenario.startNodeId);
  if (start) visit(start);
  for (const node of index.values()) if (!state.has(node.id)) visit(node);
  return issues;
}

function findUnreachable(scenario: Scenario): FieldIssue[] {
  const index = nodeIndex(scenario);
  const reached = new Set<string>();
  const stack = [scenario.startNodeId];
  while (stack.length > 0) {
    const id = stack.pop() ?? '';
    const node = index.get(id);
    if (!node || reached.has(id)) continue;
    reached.add(id);
    stack.push(...successorsOf(node));
  }
  const issues: FieldIssue[] = [];
  scenario.nodes.forEach((node, i) => {
    if (!reached.has(node.id) && index.get(node.id) === node) {
      issues.push({ field: `nodes.${i}`, code: 'unreachable', params: { nodeId: node.id } });
    }
  });
  return issues;
}

function checkScoreMap(
  map: ScoreDeltas,
  declared: ReadonlySet<string>,
  field: string,
  context: Readonly<Record<string, string>>,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [dimension, value] of Object.entries(map)) {
    if (!isDimensionId(dimension) || !declared.has(dimension)) {
      issues.push({ field: `${field}.${dimension}`, code: 'undeclaredDimension', params: { ...context, dimension } });
    }
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      issues.push({
        field: `${field}.${dimension}`,
        code: 'notAnInteger',
        params: { ...context, dimension, value: String(value) },
      });
    }
  }
  return issues;
}

function checkDimensions(scenario: Scenario): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const declared = new Set<string>();
  scenario.dimensions.forEach((d, k) => {
    if (declared.has(d.id))
      issues.push({ field: `dimensions.${k}.id`, code: 'duplicateDimension', params: { dimension: d.id } });
    declared.add(d.id);
    if (!(d.min <= d.max))
      issues.push({
        field: `dimensions.${k}`,
        code: 'invalidRange',
        params: { dimension: d.id, min: d.min, max: d.max },
      });
  });
  scenario.nodes.forEach((node, i) => {
    if (node.type === 'decision') {
      node.choices.forEach((c, j) => {
        issues.push(
          ...checkScoreMap(c.deltas, declared, `nodes.${i}.choices.${j}.deltas`, { nodeId: node.id, choiceId: c.id }),
        );
      });
    } else if (node.type === 'ending' && node.minScores) {
      issues.push(...checkScoreMap(node.minScores, declared, `nodes.${i}.minScores`, { nodeId: node.id }));
    }
  });
  return issues;
}

function checkRanges(scenario: Scenario): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const reachable = reachableRanges(scenario);
  scenario.dimensions.forEach((d, k) => {
    const range = reachable[d.id];
    if (!range) return;
    if (range.min < d.min || range.max > d.max) {
      issues.push({
        field: `dimensions.${k}`,
        code: 'scoreOutOfDeclaredRange',
        params: {
          dimension: d.id,
          declaredMin: d.min,
          declaredMax: d.max,
          reachableMin: range.min,
          reachableMax: range.max,
        },
      });
    }
    if (range.min === range.max) {
      issues.push({
        field: `dimensions.${k}`,
        code: 'dimensionWithoutSpread',
        params: { dimension: d.id, value: range.min },
      });
    }
  });
  return issues;
}

/** Number of complete paths from each node (outcome nodes count once: they pick one ending). */
function countPaths(scenario: Scenario): number {
  const index = nodeIndex(scenario);
  const memo = new Map<string, number>();
  const count = (node: ScenarioNode): number => {
    const known = memo.get(node.id);
    if (known !== undefined) return known;
    let n = node.type === 'ending' || node.type === 'outcome' ? 1 : 0;
    for (const id of node.type === 'outcome' ? [] : successorsOf(node)) {
      const next = index.get(id);
      if (next) n = Math.min(n + count(next), Number.MAX_SAFE_INTEGER);
    }
    memo.set(node.id, n);
    return n;
  };
  const start = index.get(scenario.startNodeId);
  return start ? count(start) : 0;
}

/** Every ending an outcome lists must be the one it selects on at least one real path. */
function checkOutcomes(scenario: Scenario): FieldIssue[] {
  const index = nodeIndex(scenario);
  const outcomes = scenario.nodes.filter((n) => n.type === 'outcome');
  if (outcomes.length === 0) return [];
  if (countPaths(scenario) > MAX_SCENARIO_PATHS) {
    return [{ field: 'nodes', code: 'tooManyPaths', params: { limit: MAX_SCENARIO_PATHS } }];
  }
  const selected = new Set<string>();
  const walk = (id: string, totals: DimensionScores): void => {
    const node = index.get(id);
    if (!node || node.type === 'ending') return;
    if (node.type === 'outcome') {
      selected.add(`${node.id}\u0000${selectEnding(scenario, node, totals) ?? ''}`);
    } else if (node.type === 'narration') {
      walk(node.next, totals);
    } else {
      for (const c of node.choices) walk(c.next, addDeltas(scenario, totals, c.deltas));
    }
  };
  walk(scenario.startNodeId, zeroScores(scenario));
  const issues: FieldIssue[] = [];
  scenario.nodes.forEach((node, i) => {
    if (node.type !== 'outcome') return;
    node.endings.forEach((endingId, k) => {
      if (!selected.has(`${node.id}\u0000${endingId}`)) {
        issues.push({
          field: `nodes.${i}.endings.${k}`,
          code: 'endingNeverSelected',
          params: { nodeId: node.id, target: endingId },
        });
      }
    });
  });
  return issues;
}

function checkPeople(scenario: Scenario): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const characters = new Set<string>();
  scenario.characters.forEach((c, k) => {
    if (characters.has(c.id))
      issues.push({ field: `characters.${k}.id`, code: 'duplicateCharacter', params: { characterId: c.id } });
    characters.add(c.id);
  });
  scenario.nodes.forEach((node, i) => {
    if (node.type === 'narration' && node.speaker !== undefined && !characters.has(node.speaker)) {
      issues.push({
        field: `nodes.${i}.speaker`,
        code: 'unknownSpeaker',
        params: { nodeId: node.id, speaker: node.speaker },
      });
    }
  });
  const items = new Set<string>();
  scenario.reflection.checklist.forEach((item, k) => {
    if (items.has(item.id))
      issues.push({
        field: `reflection.checklist.${k}.id`,
        code: 'duplicateChecklistItem',
        params: { itemId: item.id },
      });
    items.add(item.id);
  });
  return issues;
}
