/**
 * Case role-plays: everything the islands and the class dashboard need, from one place.
 * Pure functions over plain data; no zod here (parsing files is `src/schemas/attempt.ts`).
 */
export { DIMENSION_IDS } from './dimensions';
export { CARE_PRINCIPLES, PRINCIPLE_IDS, type PrincipleId } from './principles';
export {
  ENDING_KINDS,
  nodeIndex,
  type DecisionNode,
  type DimensionScores,
  type EndingNode,
  type Scenario,
} from './scenario';
export { scoresOf, type CaseState } from './engine';
export { normalisedScores, overallScore, reachableRanges } from './scoring';
export { originalMatches, transcript } from './transcript';
export { REFLECTION_MAX_LENGTH, buildAttemptRecord, type AttemptRecord } from './attempt';
