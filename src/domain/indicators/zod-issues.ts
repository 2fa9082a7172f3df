/**
 * Turning zod issues into the project's `FieldIssue`s: a dotted field path and a stable
 * camelCase code with params, never zod's English messages.
 */
import type { FieldIssue } from '../result';

interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly expected?: unknown;
  readonly origin?: unknown;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly values?: readonly unknown[];
  readonly options?: readonly unknown[];
}

/** The value at a path, reading own properties only (never the prototype chain). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || typeof key === 'symbol') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key as string | number];
  }
  return current;
}

const join = (values: readonly unknown[] | undefined) => (values ?? []).map(String).join('|');

/**
 * Maps one zod issue. Codes: `required` (absent), `notANumber` (NaN/Infinity or not a number
 * where one is expected), `notAnInteger`, `invalidType` {expected}, `tooShort` {min} /
 * `tooLong` {max} (text), `tooFew` {min} / `tooMany` {max} (lists), `outOfRange` {min|max}
 * (numbers), `invalidValue` {allowed}, otherwise `invalid`.
 */
export function fromZodIssue(issue: ZodIssueLike, input: unknown, prefix = ''): FieldIssue {
  const path = issue.path.map(String).join('.');
  const field = prefix && path ? `${prefix}.${path}` : prefix || path || '(root)';
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return { field, code: 'required' };
      const expected = String(issue.expected);
      if (expected === 'int' && typeof value === 'number' && Number.isFinite(value))
        return { field, code: 'notAnInteger' };
      if (expected === 'number' || expected === 'int') return { field, code: 'notANumber' };
      return { field, code: 'invalidType', params: { expected } };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return { field, code: 'tooShort', params: { min } };
      if (issue.origin === 'array') return { field, code: 'tooFew', params: { min } };
      return { field, code: 'outOfRange', params: { min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { field, code: 'tooLong', params: { max } };
      if (issue.origin === 'array') return { field, code: 'tooMany', params: { max } };
      return { field, code: 'outOfRange', params: { max } };
    }
    case 'invalid_value':
      return { field, code: 'invalidValue', params: { allowed: join(issue.values) } };
    case 'invalid_union':
      return { field, code: 'invalidValue', params: { allowed: join(issue.options) } };
    default:
      return { field, code: 'invalid' };
  }
}
