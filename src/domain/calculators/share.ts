/**
 * A calculator's fields in a shareable link. Each calculator owns one query parameter named
 * after it, whose value is its fields as a query string of their own:
 *
 *   /tools/share-of-wallet/?share-of-wallet=brandSpend%3D600%26categorySpend%3D960
 *
 * so several calculators on one page never collide, and a link shows what it carries. Blank
 * fields are left out. Reading is strict, because a link may have been edited or forged:
 * a parameter longer than `MAX_SHARE_PARAM` characters is refused unread; every name must be
 * one the calculator accepts and appear once. What is accepted is plain text that the
 * calculator validates like anything typed, and it is only ever shown as text.
 */
import { fail, ok, type Validated } from '../result';
import { FIELD_NAME, MAX_FIELDS, type CalcFields } from './fields';

/** Longest parameter read from a link, in characters (as decoded from the address). */
export const MAX_SHARE_PARAM = 2000;

/** The parameter value that carries `fields`. */
export function encodeShare(fields: CalcFields): string {
  const params = new URLSearchParams();
  for (const [name, text] of Object.entries(fields)) if (text.trim() !== '') params.append(name, text);
  return params.toString();
}

/**
 * Reads a parameter value. Fails with `tooLong` {length, max}, `unknownField` {field} (a name
 * the calculator does not accept, or one given twice), or `empty` (nothing in it).
 */
export function decodeShare(param: string, accept: RegExp): Validated<CalcFields> {
  if (param.length > MAX_SHARE_PARAM)
    return fail({ field: 'link', code: 'tooLong', params: { length: param.length, max: MAX_SHARE_PARAM } });
  const out: Record<string, string> = {};
  let count = 0;
  for (const [name, text] of new URLSearchParams(param)) {
    if (
      !FIELD_NAME.test(name) ||
      !accept.test(name) ||
      Object.prototype.hasOwnProperty.call(out, name) ||
      ++count > MAX_FIELDS
    ) {
      return fail({ field: 'link', code: 'unknownField', params: { field: name.slice(0, 40) } });
    }
    out[name] = text;
  }
  return count === 0 ? fail({ field: 'link', code: 'empty' }) : ok(out);
}
