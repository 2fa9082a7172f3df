/**
 * Turning zod issues into the project's `FieldIssue`s — the one mapping for every format zod
 * checks (attempt files, indicator systems): a dotted field path and a stable camelCase code
 * with params, never zod's English messages. The codes are those the shared problem dictionary
 * (i18n/issues.ts) words where it can, so "“abc” is not a number" reads the same everywhere.
 *
 * Codes, with params:
 * - `required` — absent
 * - `notANumber` {value} — a number expected; `notAnInteger` {value} — a whole number expected
 * - `invalidType` {expected, found} — another kind of value (`found`: string, array, null…)
 * - `tooShort` {min} / `tooLong` {max} (text), `tooFew` {min} / `tooMany` {max} (lists),
 *   `outOfRange` {min} or {max} (numbers)
 * - `invalidValue` {allowed, value} — not one of the values allowed (`allowed` joined by `|`)
 * - `invalidFormat` {format, value} — text of the wrong form (`format`: regex, datetime…)
 * - `unknownKey` {key} — a key a strict object does not have (one issue per key, on the key)
 * - `invalidKey` {key} — a record key of the wrong form
 * - a refinement's own code, from its `params.code`, with its other params (and {value}, when
 *   the value refused is text or a number)
 * - `invalid` — anything else
 */
import type { FieldIssue } from './result';

/** The parts of a zod issue this mapping reads (zod and zod/mini issues alike). */
export interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly expected?: unknown;
  readonly origin?: unknown;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly values?: readonly unknown[];
  readonly options?: readonly unknown[];
  readonly format?: unknown;
  readonly keys?: readonly string[];
  readonly params?: Readonly<Record<string, unknown>> | undefined;
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

/** A value as an issue may quote it: short text or a number, never an object. */
function shown(value: unknown): string | number {
  if (typeof value === 'number') return value;
  if (value === null || typeof value === 'object') return kindOf(value);
  return String(value).slice(0, 40);
}

/** `array`, `null` or the `typeof` of a value: what a message can say was there instead. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

const join = (values: readonly unknown[] | undefined) => (values ?? []).map(String).join('|');

/**
 * Maps one zod issue found in `input` (see the module comment for the codes). `root` names the
 * field of an issue about the whole input.
 */
export function fromZodIssue(issue: ZodIssueLike, input: unknown, root = ''): FieldIssue[] {
  const field = issue.path.map(String).join('.') || root;
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return [{ field, code: 'required' }];
      const expected = String(issue.expected);
      if (expected === 'int' && typeof value === 'number' && Number.isFinite(value))
        return [{ field, code: 'notAnInteger', params: { value } }];
      if (expected === 'number' || expected === 'int')
        return [{ field, code: 'notANumber', params: { value: shown(value) } }];
      return [{ field, code: 'invalidType', params: { expected, found: kindOf(value) } }];
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return [{ field, code: 'tooShort', params: { min } }];
      if (issue.origin === 'array') return [{ field, code: 'tooFew', params: { min } }];
      return [{ field, code: 'outOfRange', params: { min } }];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return [{ field, code: 'tooLong', params: { max } }];
      if (issue.origin === 'array' || issue.origin === 'set') return [{ field, code: 'tooMany', params: { max } }];
      return [{ field, code: 'outOfRange', params: { max } }];
    }
    case 'invalid_value':
      return [{ field, code: 'invalidValue', params: { allowed: join(issue.values), value: shown(value) } }];
    case 'invalid_union':
      return [{ field, code: 'invalidValue', params: { allowed: join(issue.options), value: shown(value) } }];
    case 'invalid_format':
      return [{ field, code: 'invalidFormat', params: { format: String(issue.format), value: shown(value) } }];
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((key) => ({
        field: field === root ? key : `${field}.${key}`,
        code: 'unknownKey',
        params: { key: key.slice(0, 64) },
      }));
    case 'invalid_key':
      return [
        { field, code: 'invalidKey', params: { key: String(issue.path[issue.path.length - 1] ?? '').slice(0, 64) } },
      ];
    case 'custom': {
      const { code, ...rest } = issue.params ?? {};
      const params: Record<string, string | number> = {};
      for (const [key, x] of Object.entries(rest)) params[key] = shown(x);
      // The value refused, when it is one a message can quote.
      if (typeof value === 'string' || typeof value === 'number') params['value'] = shown(value);
      return [{ field, code: typeof code === 'string' ? code : 'invalid', params }];
    }
    default:
      return [{ field, code: 'invalid' }];
  }
}
