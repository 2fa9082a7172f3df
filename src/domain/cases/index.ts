/**
 * Case role-plays: everything the islands and the class dashboard need, from one place.
 * Pure functions over plain data; no zod here (parsing files is `src/schemas/attempt.ts`).
 */
export { CARE_DIMENSIONS, DIMENSION_IDS, isDimensionId, type CareDimension, type DimensionId } from './dimensions';
export { CARE_PRINCIPLES, PRINCIPLE_IDS, type CarePrinciple, type PrincipleId } from './principles';
export { CASE_LOCALES, isCaseLocale, missingLocales, type CaseLocale, type LocalisedText } from './text';
export {
  ENDING_KINDS,
  nodeIndex,
  successorsOf,
  type Character,
  type ChecklistItem,
  type Choice,
  type Debrief,
  type DecisionNode,
  type DimensionRange,
  type DimensionScores,
  type EndingKind,
  type EndingNode,
  type NarrationNode,
  type OutcomeNode,
  type Scenario,
  type ScenarioNode,
  type ScoreDeltas,
} from './scenario';
export {
  advance,
  back,
  canGoBack,
  choose,
  currentNode,
  endingOf,
  isFinished,
  scoresOf,
  startCase,
  type CaseState,
  type ChoiceMade,
} from './engine';
export {
  GOOD_OVERALL,
  POOR_OVERALL,
  endingTone,
  normaliseScore,
  normalisedScores,
  overallScore,
  reachableRanges,
  selectEnding,
  meetsMinScores,
  type EndingTone,
  type ScoreRange,
  type ScoreRanges,
} from './scoring';
export { originalMatches, transcript, type TranscriptStep } from './transcript';
export { replayChoices, type Replay } from './replay';
export {
  MAX_SEED,
  choicesInOrder,
  decisionPosition,
  decisionsAhead,
  isSeed,
  newSeed,
  type DecisionPosition,
  type DecisionsAhead,
} from './order';
export { checkScenario, MAX_SCENARIO_PATHS } from './check-scenario';
export {
  ATTEMPT_FORMAT,
  ATTEMPT_FORMAT_VERSION,
  REFLECTION_MAX_LENGTH,
  buildAttemptRecord,
  checkAttemptConsistency,
  verifyAttempt,
  type AttemptRecord,
  type AttemptSession,
  type Reflection,
  type ReflectionInput,
} from './attempt';
export { findForbiddenKeys, FORBIDDEN_KEYS } from './forbidden-keys';
