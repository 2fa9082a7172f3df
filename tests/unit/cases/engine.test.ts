import {
  advance,
  back,
  canGoBack,
  choose,
  currentNode,
  endingOf,
  isFinished,
  scoresOf,
  startCase,
} from '../../../src/domain/cases/engine';
import { normalisedScores, reachableRanges } from '../../../src/domain/cases/scoring';
import { originalMatches, transcript } from '../../../src/domain/cases/transcript';
import { play, restaurant, tinyScenario } from './fixtures';

/** The waiter's choices in the textbook story: questions, refuses, lets him go. */
const ORIGINAL = ['ask-why', 'no-table', 'let-it-go'];
/** The best path: yes first, check the booking, reset the table, welcome and one follow-up. */
const BEST = ['happy-to-help', 'check-booking', 'full-reset', 'greet-and-check-once'];

describe('restaurant seat change: known paths', () => {
  const table = [
    {
      name: 'the original story',
      choices: ORIGINAL,
      ending: 'ending-original',
      kind: 'original-story',
      scores: { empathy: -3, flexibility: -3, ownership: -2, dignity: -3, followThrough: -2, proactivity: -1 },
      normalised: { empathy: 0, flexibility: 0, ownership: 16.667, dignity: 0, followThrough: 0, proactivity: 0 },
      matches: { matched: 3, comparable: 3 },
    },
    {
      name: 'the best path',
      choices: BEST,
      ending: 'ending-exemplary',
      kind: 'exemplary',
      scores: { empathy: 4, flexibility: 3, ownership: 2, dignity: 2, followThrough: 2, proactivity: 4 },
      normalised: {
        empathy: 87.5,
        flexibility: 100,
        ownership: 83.333,
        dignity: 100,
        followThrough: 66.667,
        proactivity: 100,
      },
      matches: { matched: 0, comparable: 2 },
    },
    {
      name: 'a refusal taken back',
      choices: ['ask-why', 'no-table', 'come-back', 'full-reset', 'greet-and-check-once'],
      ending: 'ending-recovered',
      kind: 'recovered',
      scores: { empathy: 1, flexibility: -2, ownership: -1, dignity: -1, followThrough: 4, proactivity: 3 },
      normalised: {
        empathy: 50,
        flexibility: 16.667,
        ownership: 33.333,
        dignity: 40,
        followThrough: 100,
        proactivity: 80,
      },
      matches: { matched: 2, comparable: 3 },
    },
    {
      name: 'a promise to come straight back, not kept',
      choices: ['happy-to-help', 'ask-manager', 'wait-for-answer'],
      ending: 'ending-lukewarm',
      kind: 'lost-customer',
      scores: { empathy: 2, flexibility: 0, ownership: -1, dignity: 1, followThrough: -2, proactivity: 0 },
      normalised: { empathy: 62.5, flexibility: 50, ownership: 33.333, dignity: 80, followThrough: 0, proactivity: 20 },
      matches: { matched: 0, comparable: 2 },
    },
    {
      name: 'the problem passed to the manager',
      choices: ['house-rule', 'no-table', 'tell-manager'],
      ending: 'ending-lost',
      kind: 'lost-customer',
      scores: { empathy: -1, flexibility: -3, ownership: -3, dignity: -2, followThrough: 1, proactivity: 0 },
      normalised: { empathy: 25, flexibility: 0, ownership: 0, dignity: 20, followThrough: 50, proactivity: 20 },
      matches: { matched: 1, comparable: 3 },
    },
  ];

  it.each(table)('$name ends at $ending with the expected scores', (row) => {
    // Arrange / Act
    const state = play(restaurant, row.choices);
    const normalised = normalisedScores(restaurant, scoresOf(restaurant, state));
    // Assert
    expect(isFinished(restaurant, state)).toBe(true);
    expect(endingOf(restaurant, state)?.id).toBe(row.ending);
    expect(endingOf(restaurant, state)?.kind).toBe(row.kind);
    expect(scoresOf(restaurant, state)).toEqual(row.scores);
    for (const [dimension, value] of Object.entries(row.normalised)) {
      expect(normalised[dimension as keyof typeof normalised]).toBeCloseTo(value, 2);
    }
    expect(originalMatches(restaurant, state)).toEqual(row.matches);
  });

  it('computes the reachable range of every dimension from the graph', () => {
    expect(reachableRanges(restaurant)).toEqual({
      empathy: { min: -3, max: 5 },
      flexibility: { min: -3, max: 3 },
      ownership: { min: -3, max: 3 },
      dignity: { min: -3, max: 2 },
      followThrough: { min: -2, max: 4 },
      proactivity: { min: -1, max: 4 },
    });
  });

  it('records the original path node by node', () => {
    const state = play(restaurant, ORIGINAL);
    expect(state.path).toEqual([
      'phone-call',
      'request',
      'first-reply',
      'explain-guarded',
      'look-around',
      'offer',
      'face-falls',
      'after-refusal',
      'ending-original',
    ]);
    expect(state.choices).toEqual([
      { nodeId: 'first-reply', choiceId: 'ask-why' },
      { nodeId: 'offer', choiceId: 'no-table' },
      { nodeId: 'after-refusal', choiceId: 'let-it-go' },
    ]);
    expect(transcript(restaurant, state).filter((step) => step.type === 'decision')).toEqual([
      {
        nodeId: 'first-reply',
        type: 'decision',
        choiceId: 'ask-why',
        originalChoiceId: 'ask-why',
        matchesOriginal: true,
      },
      { nodeId: 'offer', type: 'decision', choiceId: 'no-table', originalChoiceId: 'no-table', matchesOriginal: true },
      {
        nodeId: 'after-refusal',
        type: 'decision',
        choiceId: 'let-it-go',
        originalChoiceId: 'let-it-go',
        matchesOriginal: true,
      },
    ]);
  });

  it('passes through the outcome node and records it in the path', () => {
    const state = play(restaurant, BEST);
    expect(state.path.slice(-2)).toEqual(['evening-outcome', 'ending-exemplary']);
    expect(transcript(restaurant, state).at(-3)).toEqual({
      nodeId: 'girlfriend-arrives',
      type: 'decision',
      choiceId: 'greet-and-check-once',
    });
  });
});

describe('engine moves', () => {
  it('starts at the start node with nothing chosen', () => {
    const state = startCase(restaurant);
    expect(state).toEqual({ caseId: 'restaurant-seat-change', caseVersion: 1, path: ['phone-call'], choices: [] });
    expect(currentNode(restaurant, state)?.type).toBe('narration');
    expect(isFinished(restaurant, state)).toBe(false);
    expect(canGoBack(state)).toBe(false);
  });

  it('refuses moves that do not fit the current node', () => {
    // Arrange
    const atNarration = startCase(restaurant);
    const atDecision = play(restaurant, []);
    // Act / Assert
    expect(choose(restaurant, atNarration, 'ask-why')).toEqual({
      ok: false,
      issues: [{ field: 'state', code: 'notADecision', params: { nodeId: 'phone-call' } }],
    });
    expect(advance(restaurant, atDecision)).toEqual({
      ok: false,
      issues: [{ field: 'state', code: 'notNarration', params: { nodeId: 'first-reply' } }],
    });
    expect(choose(restaurant, atDecision, 'no-table')).toEqual({
      ok: false,
      issues: [{ field: 'choiceId', code: 'unknownChoice', params: { nodeId: 'first-reply', choiceId: 'no-table' } }],
    });
    expect(choose(tinyScenario(), atDecision, 'kind')).toMatchObject({
      ok: false,
      issues: [{ code: 'stateMismatch' }],
    });
  });

  it('never changes the state it is given', () => {
    const state = play(restaurant, []);
    const copy = structuredClone(state);
    choose(restaurant, state, 'happy-to-help');
    back(state);
    expect(state).toEqual(copy);
  });

  it('undoes the last decision, including the narration read since', () => {
    // Arrange
    const twoDecisions = play(restaurant, ['happy-to-help', 'offer-alcove']);
    // Act
    const undone = back(twoDecisions);
    // Assert
    expect(currentNode(restaurant, undone)?.id).toBe('offer');
    expect(undone.choices).toEqual([{ nodeId: 'first-reply', choiceId: 'happy-to-help' }]);
    expect(undone).toEqual(play(restaurant, ['happy-to-help']));
    expect(back(back(undone))).toEqual(play(restaurant, []));
  });

  it('leaves a state with no decision unchanged on back', () => {
    const state = startCase(restaurant);
    expect(back(state)).toBe(state);
  });

  it('lets a learner change an ending by going back', () => {
    const original = play(restaurant, ORIGINAL);
    const retried = choose(restaurant, back(original), 'come-back');
    expect(retried.ok && currentNode(restaurant, retried.value)?.id).toBe('how-to-move');
  });

  it('selects endings by minimum scores at an outcome node', () => {
    const tiny = tinyScenario();
    expect(endingOf(tiny, play(tiny, ['kind']))?.id).toBe('great');
    expect(endingOf(tiny, play(tiny, ['plain']))?.id).toBe('fine');
    expect(endingOf(tiny, play(tiny, ['blunt']))?.id).toBe('bad');
  });
});
