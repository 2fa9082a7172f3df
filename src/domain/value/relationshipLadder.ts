/**
 * The relationship ladder (curriculum, module D): passer-by (过客) → acquaintance (熟人) →
 * friend (朋友) → confidant (知己). Rough ratio: of about 100 people met, about 50 become
 * acquaintances, about 10 friends and 3–5 confidants. Each rung is a subset of the one below,
 * so the counts are "how many reach at least this rung".
 *
 * Expected counts are returned unrounded (12 contacts → 1.2 friends); the UI rounds.
 */
import type { FieldIssue, Validated } from '../result';
import { fail, ok } from '../result';
import { readNumber, type RawFields } from '../numbers';

/** The ladder's ratios per 100 people met. */
export const LADDER_PER_HUNDRED = {
  acquaintances: 50,
  friends: 10,
  confidants: { low: 3, high: 5 },
} as const;

export const MAX_CONTACTS = 1_000_000_000;

export interface RelationshipLadderInput {
  /** People met (passers-by), a whole number ≥ 0. */
  readonly contacts: number;
}

export type RelationshipLadderCode = 'expectConfidant' | 'confidantUnlikely';

export interface RelationshipLadderResult {
  /** Everyone met. */
  readonly contacts: number;
  /** Met but stayed passers-by: contacts − acquaintances. */
  readonly remainPassersBy: number;
  readonly acquaintances: number;
  readonly friends: number;
  readonly confidants: { readonly low: number; readonly high: number };
  readonly terms: { readonly perHundred: typeof LADDER_PER_HUNDRED; readonly contacts: number };
  /** `confidantUnlikely` when even the high estimate is below one confidant. */
  readonly interpretation: RelationshipLadderCode;
}

/** Validates: a whole number of contacts 0–1,000,000,000. */
export function validateRelationshipLadder(
  raw: RawFields<RelationshipLadderInput>,
): Validated<RelationshipLadderInput> {
  const issues: FieldIssue[] = [];
  const contacts = readNumber(raw.contacts, 'contacts', { min: 0, max: MAX_CONTACTS, integer: true }, issues);
  return contacts === undefined ? fail(...issues) : ok({ contacts });
}

/** Expected number of people at each rung. */
export function computeRelationshipLadder(input: RelationshipLadderInput): RelationshipLadderResult {
  const { contacts } = input;
  const per = (ratio: number): number => (contacts * ratio) / 100;
  const acquaintances = per(LADDER_PER_HUNDRED.acquaintances);
  const confidants = { low: per(LADDER_PER_HUNDRED.confidants.low), high: per(LADDER_PER_HUNDRED.confidants.high) };
  return {
    contacts,
    remainPassersBy: contacts - acquaintances,
    acquaintances,
    friends: per(LADDER_PER_HUNDRED.friends),
    confidants,
    terms: { perHundred: LADDER_PER_HUNDRED, contacts },
    interpretation: confidants.high >= 1 ? 'expectConfidant' : 'confidantUnlikely',
  };
}
