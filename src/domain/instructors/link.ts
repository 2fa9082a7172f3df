/**
 * Making an assignment link's fragment (the builder's side; ./shortLink.ts reads it). Kept
 * apart so that the trainee's page, which only reads links, does not load it.
 */
import { fail, ok, type Validated } from '../result';
import { MAX_FRAGMENT_LENGTH, validateAssignment } from './assignment';
import { bytesToBase64Url, deflate, DEFLATED, packAssignment, RAW } from './shortLink';

/** base64url (no padding) of a UTF-8 string (the body of a format-1 link). */
export const toBase64Url = (text: string): string => bytesToBase64Url(new TextEncoder().encode(text));

/**
 * The fragment of a short link (format 2) for an assignment: checked first, packed, deflated
 * when that makes it shorter, refused when too long for a link. Resolves, never rejects on bad
 * input (issues as `validateAssignment`, or `link: tooLong`).
 */
export async function encodeAssignmentLink(assignment: unknown): Promise<Validated<string>> {
  const checked = validateAssignment(assignment);
  if (!checked.ok) return checked;
  const packed = packAssignment(checked.value);
  const deflated = await deflate(packed);
  const fragment = deflated.length < packed.length ? DEFLATED + bytesToBase64Url(deflated) : RAW + bytesToBase64Url(packed);
  if (fragment.length > MAX_FRAGMENT_LENGTH) {
    return fail({ field: 'link', code: 'tooLong', params: { length: fragment.length, max: MAX_FRAGMENT_LENGTH } });
  }
  return ok(fragment);
}
