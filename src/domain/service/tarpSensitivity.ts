/**
 * The TARP sensitivity table (curriculum, module B; source `001`, its "table 1"): a company
 * lost 63,590 sales to poor quality and service; Project A (reduce problems) won back 5,888;
 * Project B (prevent problems, resolve more, and invite more complaints — a toll-free 800 line
 * plus a complaint-handling system) won back 27,693.
 *
 * The source gives only those three results, not the table's inputs. The model here is the
 * complaint-iceberg model of `complaintIceberg.ts` applied to a customer base:
 *   customers with a problem = customers × problem rate
 *   sales lost = Σ group × (no-problem repurchase rate − group's rate)   (silent / resolved / unresolved)
 *   sales won back by a project = baseline's lost sales − project's lost sales
 *
 * `TARP_SENSITIVITY_EXAMPLE` holds inputs we designed (not recovered from the source) to
 * reproduce the three figures. They keep TARP's own 90% / 83% and the "at most 1 in 3
 * complain" rule, and every other number is a round, believable rate:
 *   920,000 customers; 27% have a problem; ⅓ of them complain; 70% of complaints are
 *   resolved to satisfaction; unresolved complainers buy again at 44%, silent ones at 48%.
 *   → lost: 248,400 with a problem × 0.256 = 63,590.4 sales
 *   Project A: problems down to 24.5% (everything else unchanged)
 *   → lost 57,702.4, won back 5,888.0
 *   Project B: problems down to 24.5%, 51% complain (the free line), 90% resolved (the system)
 *   → lost 35,897.2, won back 27,693.2
 * Rounded to whole sales, as the source prints them: 63,590, 5,888 and 27,693 exactly. The
 * ratio 5,888 ÷ 63,590 = 0.0926 ≈ 5/54 is why the problem rate goes from 27% to 24.5%: a
 * project that only prevents problems can only scale the loss by the share of problems it
 * prevents.
 */
import type { FieldIssue, Validated } from '../result';
import { fail, ok } from '../result';
import { MAX_AMOUNT, readNumber, type RawFields, type RawNumber } from '../numbers';
import {
  PERCENT,
  problemOutcomes,
  readHandling,
  readRates,
  type ProblemHandling,
  type ProblemOutcomes,
  type RepurchaseRates,
} from './complaintIceberg';

export const MAX_PROJECTS = 4;

/** One column of the table: how often problems happen and how they are handled, in percent. */
export interface TarpScenario extends ProblemHandling {
  /** Share of customers who have a problem. */
  readonly problemPercent: number;
}

export interface TarpSensitivityInput {
  /** Customers in the base (each repeat purchase counts as one sale). */
  readonly customers: number;
  readonly rates: RepurchaseRates;
  readonly baseline: TarpScenario;
  /** 1–4 projects compared with the baseline. */
  readonly projects: readonly TarpScenario[];
}

export interface RawTarpSensitivity {
  readonly customers?: RawNumber;
  readonly rates?: RawFields<RepurchaseRates>;
  readonly baseline?: RawFields<TarpScenario>;
  readonly projects?: readonly RawFields<TarpScenario>[];
}

export interface ScenarioResult {
  readonly customersWithProblem: number;
  readonly outcomes: ProblemOutcomes;
  /** Sales lost to problems (unrounded; the source prints whole sales). */
  readonly lostSales: number;
  readonly terms: TarpScenario;
}

export type ProjectCode = 'winsBack' | 'losesMore' | 'noChange';

export interface ProjectResult extends ScenarioResult {
  /** baseline.lostSales − lostSales */
  readonly wonBack: number;
  readonly interpretation: ProjectCode;
}

export interface TarpSensitivityResult {
  readonly baseline: ScenarioResult;
  readonly projects: readonly ProjectResult[];
  /** Index of the project that wins back the most (first one on a tie). */
  readonly bestProject: number;
}

/** Designed inputs that reproduce the source's 63,590 / 5,888 / 27,693 (see the module comment). */
export const TARP_SENSITIVITY_EXAMPLE: TarpSensitivityInput = {
  customers: 920_000,
  rates: { resolvedPercent: 90, noProblemPercent: 83, unresolvedPercent: 44, silentPercent: 48 },
  baseline: { problemPercent: 27, complaintPercent: 100 / 3, resolutionPercent: 70 },
  projects: [
    { problemPercent: 24.5, complaintPercent: 100 / 3, resolutionPercent: 70 },
    { problemPercent: 24.5, complaintPercent: 51, resolutionPercent: 90 },
  ],
};

/**
 * Validates: customers ≥ 0; rates as in `complaintIceberg.ts` at `rates.<field>`; each scenario's
 * `problemPercent`, `complaintPercent` (blank → ⅓) and `resolutionPercent` 0–100 at
 * `baseline.<field>` / `projects.<i>.<field>`; 1–4 projects (`tooFewProjects` /
 * `tooManyProjects` {min, max, count} on `projects`).
 */
export function validateTarpSensitivity(raw: RawTarpSensitivity): Validated<TarpSensitivityInput> {
  const issues: FieldIssue[] = [];
  const customers = readNumber(raw.customers, 'customers', { min: 0, max: MAX_AMOUNT }, issues);
  const rates = readRates(raw.rates ?? {}, 'rates.', issues);
  const baseline = readScenario(raw.baseline ?? {}, 'baseline.', issues);
  const rawProjects = raw.projects ?? [];
  if (rawProjects.length < 1 || rawProjects.length > MAX_PROJECTS) {
    const code = rawProjects.length < 1 ? 'tooFewProjects' : 'tooManyProjects';
    issues.push({ field: 'projects', code, params: { min: 1, max: MAX_PROJECTS, count: rawProjects.length } });
  }
  const projects = rawProjects.map((p, i) => readScenario(p, `projects.${i}.`, issues));
  if (customers === undefined || rates === undefined || baseline === undefined || issues.length > 0) {
    return fail(...issues);
  }
  return ok({ customers, rates, baseline, projects: projects as TarpScenario[] });
}

function readScenario(raw: RawFields<TarpScenario>, prefix: string, issues: FieldIssue[]): TarpScenario | undefined {
  const problemPercent = readNumber(raw.problemPercent, `${prefix}problemPercent`, PERCENT, issues);
  const handling = readHandling(raw, prefix, issues);
  return problemPercent === undefined || handling === undefined ? undefined : { problemPercent, ...handling };
}

/** Lost sales for the baseline and each project, and what each project wins back. */
export function computeTarpSensitivity(input: TarpSensitivityInput): TarpSensitivityResult {
  const baseline = scenario(input.customers, input.baseline, input.rates);
  const projects = input.projects.map((p): ProjectResult => {
    const result = scenario(input.customers, p, input.rates);
    const wonBack = baseline.lostSales - result.lostSales;
    const interpretation: ProjectCode = Math.abs(wonBack) < 1e-9 ? 'noChange' : wonBack > 0 ? 'winsBack' : 'losesMore';
    return { ...result, wonBack, interpretation };
  });
  let bestProject = 0;
  projects.forEach((p, i) => {
    if (p.wonBack > (projects[bestProject] as ProjectResult).wonBack) bestProject = i;
  });
  return { baseline, projects, bestProject };
}

function scenario(customers: number, s: TarpScenario, rates: RepurchaseRates): ScenarioResult {
  const customersWithProblem = (customers * s.problemPercent) / 100;
  const outcomes = problemOutcomes(customersWithProblem, s, rates);
  return { customersWithProblem, outcomes, lostSales: outcomes.lostSales, terms: s };
}
