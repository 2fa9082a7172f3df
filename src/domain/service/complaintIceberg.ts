/**
 * The complaint iceberg and the payoff of service recovery (curriculum, module B).
 *
 * - At most 1 in 3 dissatisfied customers complains (`003`); the rest leave silently, so what
 *   a company hears is the tip of the iceberg. Complaint rate: an input, default ⅓, up to 100%.
 * - TARP (high-tech sector): 90% of customers whose problem was resolved to their satisfaction
 *   bought again from the same maker, against 83% of customers who never had a problem. Those
 *   whose complaint was not resolved, and those who never complained, buy again less often:
 *   those two rates are inputs.
 *
 * The model, shared with the TARP sensitivity table (`tarpSensitivity.ts`), splits the
 * customers who had a problem into three groups and counts expected repeat purchases ("sales",
 * one per customer who buys again):
 *   complainers = dissatisfied × complaint rate; silent = dissatisfied − complainers
 *   resolved = complainers × resolution rate; unresolved = complainers − resolved
 *   sales lost to the problem = Σ group × (no-problem rate − group's rate)
 * i.e. the repeat purchases these customers would have made had they never had a problem,
 * minus those they will make. A group that buys again more often than problem-free customers
 * (the resolved, at 90% vs 83%) makes a negative contribution: recovery more than repairs.
 */
import type { FieldIssue, Validated } from '../result';
import { fail, ok } from '../result';
import { MAX_AMOUNT, readNumber, readOptionalNumber, type NumberRule, type RawFields } from '../numbers';

/** TARP repurchase rates, in percent. */
export const TARP_REPURCHASE_PERCENT = { resolved: 90, noProblem: 83 } as const;
/** "At most 1 in 3 dissatisfied customers complains." */
export const DEFAULT_COMPLAINT_PERCENT = 100 / 3;

/** How often each group buys again, in percent. */
export interface RepurchaseRates {
  /** Complained and had the problem resolved to their satisfaction (TARP: 90). */
  readonly resolvedPercent: number;
  /** Never had a problem (TARP: 83). */
  readonly noProblemPercent: number;
  /** Complained, problem not resolved to their satisfaction. */
  readonly unresolvedPercent: number;
  /** Had a problem and never complained. */
  readonly silentPercent: number;
}

/** How a company handles problems, in percent. */
export interface ProblemHandling {
  /** Share of customers with a problem who complain. */
  readonly complaintPercent: number;
  /** Share of complaints resolved to the customer's satisfaction. */
  readonly resolutionPercent: number;
}

export interface ProblemOutcomes {
  readonly complainers: number;
  readonly silent: number;
  readonly resolved: number;
  readonly unresolved: number;
  /** Expected repeat purchases per group and in total. */
  readonly repurchases: {
    readonly resolved: number;
    readonly unresolved: number;
    readonly silent: number;
    readonly total: number;
  };
  /** Repeat purchases had nobody had a problem. */
  readonly repurchasesWithoutProblem: number;
  /** repurchasesWithoutProblem − repurchases.total */
  readonly lostSales: number;
}

/** Splits customers who had a problem into groups and counts what the problem costs. */
export function problemOutcomes(
  customersWithProblem: number,
  handling: ProblemHandling,
  rates: RepurchaseRates,
): ProblemOutcomes {
  const complainers = (customersWithProblem * handling.complaintPercent) / 100;
  const silent = customersWithProblem - complainers;
  const resolved = (complainers * handling.resolutionPercent) / 100;
  const unresolved = complainers - resolved;
  const repurchases = {
    resolved: (resolved * rates.resolvedPercent) / 100,
    unresolved: (unresolved * rates.unresolvedPercent) / 100,
    silent: (silent * rates.silentPercent) / 100,
    total: 0,
  };
  repurchases.total = repurchases.resolved + repurchases.unresolved + repurchases.silent;
  const repurchasesWithoutProblem = (customersWithProblem * rates.noProblemPercent) / 100;
  return {
    complainers,
    silent,
    resolved,
    unresolved,
    repurchases,
    repurchasesWithoutProblem,
    lostSales: repurchasesWithoutProblem - repurchases.total,
  };
}

export interface ComplaintIcebergInput extends ProblemHandling, RepurchaseRates {
  /** Customers who were dissatisfied / had a problem (≥ 0). */
  readonly dissatisfied: number;
}

/** `inviteComplaints`: a complaint handled as now is worth more than silence; `fixResolutionFirst`: it is not. */
export type ComplaintIcebergCode = 'inviteComplaints' | 'fixResolutionFirst';

export interface ComplaintIcebergResult {
  readonly outcomes: ProblemOutcomes;
  /** Silent dissatisfied customers per complaint heard; null when (next to) nobody complains. */
  readonly silentPerComplaint: number | null;
  /** Extra repeat purchases from resolving one more complaint: (resolved − unresolved rate) ÷ 100. */
  readonly valueOfResolvingOne: number;
  /** Extra repeat purchases from one silent customer complaining instead, at today's resolution rate. */
  readonly valueOfHearingOne: number;
  /** True when resolved complainers buy again more often than customers who never had a problem. */
  readonly recoveryParadox: boolean;
  readonly terms: ComplaintIcebergInput;
  readonly interpretation: ComplaintIcebergCode;
}

/** Percent rule shared by every rate field. */
export const PERCENT: NumberRule = { min: 0, max: 100 };

/**
 * Validates: dissatisfied ≥ 0; complaint rate 0–100 (blank → 33.33…); resolution rate 0–100;
 * resolved and no-problem repurchase 0–100 (blank → 90 and 83); unresolved and silent
 * repurchase 0–100 (required).
 */
export function validateComplaintIceberg(raw: RawFields<ComplaintIcebergInput>): Validated<ComplaintIcebergInput> {
  const issues: FieldIssue[] = [];
  const dissatisfied = readNumber(raw.dissatisfied, 'dissatisfied', { min: 0, max: MAX_AMOUNT }, issues);
  const handling = readHandling(raw, '', issues);
  const rates = readRates(raw, '', issues);
  if (dissatisfied === undefined || handling === undefined || rates === undefined || issues.length > 0) {
    return fail(...issues);
  }
  return ok({ dissatisfied, ...handling, ...rates });
}

/** Reads complaint and resolution rates; `prefix` is prepended to field names (e.g. `baseline.`). */
export function readHandling(
  raw: RawFields<ProblemHandling>,
  prefix: string,
  issues: FieldIssue[],
): ProblemHandling | undefined {
  const complaintPercent = readOptionalNumber(
    raw.complaintPercent,
    `${prefix}complaintPercent`,
    PERCENT,
    issues,
    DEFAULT_COMPLAINT_PERCENT,
  );
  const resolutionPercent = readNumber(raw.resolutionPercent, `${prefix}resolutionPercent`, PERCENT, issues);
  return resolutionPercent === undefined ? undefined : { complaintPercent, resolutionPercent };
}

/** Reads the four repurchase rates (resolved and no-problem default to TARP's 90 and 83). */
export function readRates(
  raw: RawFields<RepurchaseRates>,
  prefix: string,
  issues: FieldIssue[],
): RepurchaseRates | undefined {
  const resolvedPercent = readOptionalNumber(
    raw.resolvedPercent,
    `${prefix}resolvedPercent`,
    PERCENT,
    issues,
    TARP_REPURCHASE_PERCENT.resolved,
  );
  const noProblemPercent = readOptionalNumber(
    raw.noProblemPercent,
    `${prefix}noProblemPercent`,
    PERCENT,
    issues,
    TARP_REPURCHASE_PERCENT.noProblem,
  );
  const unresolvedPercent = readNumber(raw.unresolvedPercent, `${prefix}unresolvedPercent`, PERCENT, issues);
  const silentPercent = readNumber(raw.silentPercent, `${prefix}silentPercent`, PERCENT, issues);
  if (unresolvedPercent === undefined || silentPercent === undefined) return undefined;
  return { resolvedPercent, noProblemPercent, unresolvedPercent, silentPercent };
}

/** silent ÷ complainers, or null when the complainers are so few the ratio has no finite value. */
function silentPerComplaint(outcomes: ProblemOutcomes): number | null {
  const ratio = outcomes.silent / outcomes.complainers;
  return outcomes.complainers > 0 && Number.isFinite(ratio) ? ratio : null;
}

/** The iceberg, the lost sales and what one more resolved or heard complaint is worth. */
export function computeComplaintIceberg(input: ComplaintIcebergInput): ComplaintIcebergResult {
  const outcomes = problemOutcomes(input.dissatisfied, input, input);
  const valueOfResolvingOne = (input.resolvedPercent - input.unresolvedPercent) / 100;
  const complainerRate =
    (input.resolutionPercent * input.resolvedPercent + (100 - input.resolutionPercent) * input.unresolvedPercent) / 100;
  const valueOfHearingOne = (complainerRate - input.silentPercent) / 100;
  return {
    outcomes,
    silentPerComplaint: silentPerComplaint(outcomes),
    valueOfResolvingOne,
    valueOfHearingOne,
    recoveryParadox: input.resolvedPercent > input.noProblemPercent,
    terms: input,
    interpretation: valueOfHearingOne > 0 ? 'inviteComplaints' : 'fixResolutionFirst',
  };
}
