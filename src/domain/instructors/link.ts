/**
 * Making an assignment link's fragment (the builder's side; ./assignment.ts reads it). Kept
 * apart so that the trainee's page, which only reads links, does not load it.
 */
import { fail, ok, type Validated } from '../result';
import { MAX_FRAGMENT_LENGTH, validateAssignment } from './assignment';

/** base64url (no padding) of a UTF-8 string. */
export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The fragment for an assignment: checked first, refused when too long for a link. */
export function encodeAssignment(assignment: unknown): Validated<string> {
  const checked = validateAssignment(assignment);
  if (!checked.ok) return checked;
  const a = checked.value;
  const fragment = toBase64Url(
    JSON.stringify({ v: a.v, title: a.title, instructions: a.instructions, due: a.due, classCode: a.classCode, items: a.items }),
  );
  if (fragment.length > MAX_FRAGMENT_LENGTH) {
    return fail({ field: 'link', code: 'tooLong', params: { length: fragment.length, max: MAX_FRAGMENT_LENGTH } });
  }
  return ok(fragment);
}

