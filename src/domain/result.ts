/**
 * The shape every validating function in the domain returns.
 *
 * Domain code never produces user-facing text: it reports *what* is wrong as a code with
 * parameters and *where* as a field path, and the islands turn that into a message in the
 * page's language. This keeps formulas testable and both languages in step.
 */

/** One problem with one input. */
export interface FieldIssue {
  /** Where the problem is: an input name or a dotted path such as `offers.1.time`, or `row 4, column 2`. */
  readonly field: string;
  /** What is wrong, as a stable code (e.g. `required`, `notANumber`, `outOfRange`). */
  readonly code: string;
  /** Values a message may quote (limits, the offending value, …). */
  readonly params?: Readonly<Record<string, string | number>>;
}

export type Validated<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly FieldIssue[] };

export const ok = <T>(value: T): Validated<T> => ({ ok: true, value });
export const fail = <T = never>(...issues: FieldIssue[]): Validated<T> => ({ ok: false, issues });

/**
 * Whether a file's or link's format version was written by a newer version of the site: a
 * whole number above `current`. Any other value that is not `current` (1.5, "2", NaN, 1e999
 * read as Infinity, null) is malformed, never "newer".
 */
export const isNewerVersion = (value: unknown, current: number): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > current;
