import { checkScenario, MAX_SCENARIO_PATHS } from '../../../src/domain/cases/check-scenario';
import type { Scenario, ScenarioNode } from '../../../src/domain/cases/scenario';
import { editable, ending, nodeOf, restaurant, tinyScenario, type Mutable } from './fixtures';

/** Break the tiny scenario in one way; expect exactly that issue among those reported. */
const cases: {
  name: string;
  breakIt: (s: Mutable<Scenario>) => void;
  expected: { field: string; code: string; params: Record<string, string | number> };
}[] = [
  {
    name: 'a next id that does not exist',
    breakIt: (s) => {
      nodeOf(s, 'ask', 'decision').choices[1]!.next = 'nowhere';
    },
    expected: { field: 'nodes.1.choices.1.next', code: 'unknownNode', params: { nodeId: 'ask', target: 'nowhere' } },
  },
  {
    name: 'a start node that does not exist',
    breakIt: (s) => {
      s.startNodeId = 'begin';
    },
    expected: { field: 'startNodeId', code: 'unknownStartNode', params: { nodeId: 'begin' } },
  },
  {
    name: 'a node no path reaches',
    breakIt: (s) => {
      s.nodes.push(ending('orphan') as Mutable<ScenarioNode>);
    },
    expected: { field: 'nodes.6', code: 'unreachable', params: { nodeId: 'orphan' } },
  },
  {
    name: 'a cycle',
    breakIt: (s) => {
      nodeOf(s, 'ask', 'decision').choices[1]!.next = 'start';
    },
    expected: { field: 'nodes.1.choices.1.next', code: 'cycle', params: { nodeId: 'ask', target: 'start' } },
  },
  {
    name: 'a dead end (a decision with no way on)',
    breakIt: (s) => {
      nodeOf(s, 'ask', 'decision').choices = [];
    },
    expected: { field: 'nodes.1', code: 'deadEnd', params: { nodeId: 'ask' } },
  },
  {
    name: 'an outcome with no endings',
    breakIt: (s) => {
      nodeOf(s, 'route', 'outcome').endings = [];
    },
    expected: { field: 'nodes.2', code: 'deadEnd', params: { nodeId: 'route' } },
  },
  {
    name: 'a duplicate node id',
    breakIt: (s) => {
      s.nodes.push(ending('bad') as Mutable<ScenarioNode>);
    },
    expected: { field: 'nodes.6.id', code: 'duplicateId', params: { nodeId: 'bad' } },
  },
  {
    name: 'a duplicate choice id',
    breakIt: (s) => {
      nodeOf(s, 'ask', 'decision').choices[1]!.id = 'kind';
    },
    expected: { field: 'nodes.1.choices.1.id', code: 'duplicateChoiceId', params: { nodeId: 'ask', choiceId: 'kind' } },
  },
  {
    name: 'too few choices',
    breakIt: (s) => {
      nodeOf(s, 'ask', 'decision').choices.splice(1, 2);
    },
    expected: { field: 'nodes.1.choices', code: 'choiceCount', params: { nodeId: 'ask', count: 1, min: 2, max: 4 } },
  },
  {
    name: 'two choices marked as the original story',
    breakIt: (s) => {
      nodeOf(s, 'ask', 'decision').choices[0]!.original = true;
    },
    expected: { field: 'nodes.1.choices', code: 'multipleOriginalChoices', params: { nodeId: 'ask', count: 2 } },
  },
  {
    name: 'a declared range that misses a reachable total',
    breakIt: (s) => {
      s.dimensions[0]!.min = 0;
    },
    expected: {
      field: 'dimensions.0',
      code: 'scoreOutOfDeclaredRange',
      params: { dimension: 'empathy', declaredMin: 0, declaredMax: 2, reachableMin: -1, reachableMax: 2 },
    },
  },
  {
    name: 'a delta on a dimension the scenario does not declare',
    breakIt: (s) => {
      nodeOf(s, 'ask', 'decision').choices[1]!.deltas = { empathy: -1, dignity: -1 };
    },
    expected: {
      field: 'nodes.1.choices.1.deltas.dignity',
      code: 'undeclaredDimension',
      params: { nodeId: 'ask', choiceId: 'blunt', dimension: 'dignity' },
    },
  },
  {
    name: 'a fractional delta',
    breakIt: (s) => {
      nodeOf(s, 'ask', 'decision').choices[0]!.deltas = { empathy: 1.5 };
    },
    expected: {
      field: 'nodes.1.choices.0.deltas.empathy',
      code: 'notAnInteger',
      params: { nodeId: 'ask', choiceId: 'kind', dimension: 'empathy', value: '1.5' },
    },
  },
  {
    name: 'a declared dimension no choice moves',
    breakIt: (s) => {
      s.dimensions.push({ id: 'dignity', min: 0, max: 0 });
    },
    expected: { field: 'dimensions.1', code: 'dimensionWithoutSpread', params: { dimension: 'dignity', value: 0 } },
  },
  {
    name: 'a blank Chinese text',
    breakIt: (s) => {
      nodeOf(s, 'ask', 'decision').prompt['zh-cn'] = '  ';
    },
    expected: { field: 'nodes.1.prompt.zh-cn', code: 'missingTranslation', params: { locale: 'zh-cn', nodeId: 'ask' } },
  },
  {
    name: 'a missing English feedback',
    breakIt: (s) => {
      nodeOf(s, 'ask', 'decision').choices[0]!.feedback.en = '';
    },
    expected: {
      field: 'nodes.1.choices.0.feedback.en',
      code: 'missingTranslation',
      params: { locale: 'en', nodeId: 'ask' },
    },
  },
  {
    name: 'an outcome that lists a non-ending',
    breakIt: (s) => {
      nodeOf(s, 'route', 'outcome').endings = ['great', 'ask'];
    },
    expected: {
      field: 'nodes.2.endings.1',
      code: 'outcomeTargetNotEnding',
      params: { nodeId: 'route', target: 'ask' },
    },
  },
  {
    name: 'an outcome whose last ending has conditions',
    breakIt: (s) => {
      nodeOf(s, 'route', 'outcome').endings = ['fine', 'great'];
    },
    expected: {
      field: 'nodes.2.endings',
      code: 'outcomeWithoutFallback',
      params: { nodeId: 'route', target: 'great' },
    },
  },
  {
    name: 'a conditional ending reached without an outcome',
    breakIt: (s) => {
      nodeOf(s, 'ask', 'decision').choices[0]!.next = 'great';
      nodeOf(s, 'route', 'outcome').endings = ['fine'];
    },
    expected: {
      field: 'nodes.1.choices.0.next',
      code: 'conditionalEndingOutsideOutcome',
      params: { nodeId: 'ask', target: 'great' },
    },
  },
  {
    name: 'an ending no path scores high enough for',
    breakIt: (s) => {
      nodeOf(s, 'great', 'ending').minScores = { empathy: 3 };
    },
    expected: { field: 'nodes.2.endings.0', code: 'endingNeverSelected', params: { nodeId: 'route', target: 'great' } },
  },
  {
    name: 'a speaker who is not a character',
    breakIt: (s) => {
      nodeOf(s, 'start', 'narration').speaker = 'ghost';
    },
    expected: { field: 'nodes.0.speaker', code: 'unknownSpeaker', params: { nodeId: 'start', speaker: 'ghost' } },
  },
  {
    name: 'a duplicate checklist item',
    breakIt: (s) => {
      s.reflection.checklist.push({ id: 'item', text: { en: 'Again', 'zh-cn': '再一次' } });
    },
    expected: { field: 'reflection.checklist.1.id', code: 'duplicateChecklistItem', params: { itemId: 'item' } },
  },
];

describe('checkScenario', () => {
  it('accepts the sound tiny scenario and the real restaurant case', () => {
    // Arrange / Act / Assert
    expect(checkScenario(tinyScenario())).toEqual([]);
    expect(checkScenario(restaurant)).toEqual([]);
  });

  it.each(cases)('reports $name, naming the node', ({ breakIt, expected }) => {
    // Arrange
    const scenario = editable(tinyScenario());
    breakIt(scenario);
    // Act
    const issues = checkScenario(scenario as Scenario);
    // Assert
    expect(issues).toContainEqual(expected);
  });

  it('refuses to enumerate more paths than the limit', () => {
    // Arrange: 15 binary decisions in a row lead to one outcome: 2^15 = 32,768 paths
    // (plus one way out to the `bad` ending from the first step).
    const scenario = editable(tinyScenario());
    const chain: Mutable<ScenarioNode>[] = [];
    for (let i = 0; i < 15; i += 1) {
      const next = i === 14 ? 'route' : `step-${i + 1}`;
      const t = { en: `Step ${i}`, 'zh-cn': `第 ${i} 步` };
      chain.push({
        type: 'decision',
        id: `step-${i}`,
        prompt: t,
        choices: [
          { id: 'up', text: t, feedback: t, deltas: { empathy: 1 }, next },
          { id: 'down', text: t, feedback: t, deltas: { empathy: -1 }, next },
          ...(i === 0 ? [{ id: 'leave', text: t, feedback: t, deltas: {}, next: 'bad' }] : []),
        ],
      });
    }
    nodeOf(scenario, 'start', 'narration').next = 'step-0';
    scenario.nodes.splice(1, 1, ...chain);
    scenario.dimensions[0] = { id: 'empathy', min: -15, max: 15 };
    // Act
    const issues = checkScenario(scenario as Scenario);
    // Assert
    expect(issues).toEqual([{ field: 'nodes', code: 'tooManyPaths', params: { limit: MAX_SCENARIO_PATHS } }]);
  });
});
