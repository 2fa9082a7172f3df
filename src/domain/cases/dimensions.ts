/**
 * The care dimensions on which case choices are scored.
 *
 * A fixed list, so that results from different cases — and from a whole class — can be read on
 * the same axes. Each dimension stands for one curriculum principle; the UI holds the localised
 * name and description, the domain only the id.
 */
import type { PrincipleId } from './principles';

export interface CareDimension {
  /** Stable id: a key in scenario deltas, attempt scores and class results. */
  readonly id: string;
  /** The curriculum principle the dimension measures. */
  readonly principle: PrincipleId;
}

export const CARE_DIMENSIONS = [
  /** Listening and humanised care: the person's feelings and the need behind the request. */
  { id: 'empathy', principle: 'humanisedCare' },
  /** Customisation, looking for another way, exceeding expectations. */
  { id: 'flexibility', principle: 'exceedExpectations' },
  /** Authority to act — "action, not words" — the fair solution of recovery step 3. */
  { id: 'ownership', principle: 'recoveryFairSolution' },
  /** Treat the person, not the account: respect, no blame. */
  { id: 'dignity', principle: 'personNotAccount' },
  /** Keep the promise (or don't make it) and follow up: recovery steps 5 and 6. */
  { id: 'followThrough', principle: 'recoveryKeepPromise' },
  /** Anticipate needs before the customer has to ask. */
  { id: 'proactivity', principle: 'anticipateNeeds' },
] as const satisfies readonly CareDimension[];

export type DimensionId = (typeof CARE_DIMENSIONS)[number]['id'];

/** Every dimension id, in display order. */
export const DIMENSION_IDS = CARE_DIMENSIONS.map((d) => d.id) as [DimensionId, ...DimensionId[]];

/** Whether a string is a known dimension id. */
export function isDimensionId(value: unknown): value is DimensionId {
  return typeof value === 'string' && (DIMENSION_IDS as readonly string[]).includes(value);
}
