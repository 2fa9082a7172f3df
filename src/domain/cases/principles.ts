/**
 * The curriculum principles a case can show or miss.
 *
 * Ids only: their names and explanations are UI text, written per language. Each principle
 * records the curriculum module it comes from so a debrief can link back to the lesson.
 */

export interface CarePrinciple {
  /** Stable id, used in scenario files and debriefs. */
  readonly id: string;
  /** Curriculum module (A–F) that teaches it. */
  readonly module: 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
}

export const CARE_PRINCIPLES = [
  /** Humanised care (人性化关心): the small psychological details beyond basic service. */
  { id: 'humanisedCare', module: 'A' },
  /** Care before, during and after the purchase: anticipate what the customer will need. */
  { id: 'anticipateNeeds', module: 'A' },
  /** Exceed expectations; customisation (module B, understanding expectations). */
  { id: 'exceedExpectations', module: 'B' },
  /** Service culture: assume the company erred before blaming the customer. */
  { id: 'blameCompanyFirst', module: 'B' },
  /** Six recovery steps, 1: apologise and acknowledge the inconvenience. */
  { id: 'recoveryApologise', module: 'B' },
  /** Six recovery steps, 2: listen, empathise, ask questions. */
  { id: 'recoveryListen', module: 'B' },
  /** Six recovery steps, 3: a fair solution; staff have authority — action, not words. */
  { id: 'recoveryFairSolution', module: 'B' },
  /** Six recovery steps, 4: value-added compensation. */
  { id: 'recoveryCompensate', module: 'B' },
  /** Six recovery steps, 5: keep the promise, or don't make it. */
  { id: 'recoveryKeepPromise', module: 'B' },
  /** Six recovery steps, 6: follow up — a second chance. */
  { id: 'recoveryFollowUp', module: 'B' },
  /** Over-strict policy ties front-line staff's hands (five points for large organisations). */
  { id: 'policyTiesHands', module: 'B' },
  /** At most 1 in 3 dissatisfied customers complains; the rest leave silently (`003`). */
  { id: 'silentDefection', module: 'B' },
  /** Complaint handling: inform the right people. */
  { id: 'informTheRightPeople', module: 'B' },
  /** "Treat me as a person, not an account" — one of the fifteen client expectations. */
  { id: 'personNotAccount', module: 'F' },
  /** Six principles of client service: listen, listen, listen. */
  { id: 'listenListenListen', module: 'F' },
  /** Six principles of client service: front-line staff decide quality. */
  { id: 'frontLineDecidesQuality', module: 'F' },
  /** Six principles of client service: incredibly fast response. */
  { id: 'fastResponse', module: 'F' },
  /** Service misconception: buying favour with price or perks. */
  { id: 'favourIsNotBought', module: 'F' },
] as const satisfies readonly CarePrinciple[];

export type PrincipleId = (typeof CARE_PRINCIPLES)[number]['id'];

/** Every principle id, for schemas and pickers. */
export const PRINCIPLE_IDS = CARE_PRINCIPLES.map((p) => p.id) as [PrincipleId, ...PrincipleId[]];
