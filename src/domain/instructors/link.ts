/**
 * Making an assignment link's fragment (the builder's side; ./shortLink.ts reads it). Kept
 * apart so that the trainee's page, which only reads links, does not load it.
 */
import { fail, ok, type Validated } from '../result';
import { ITEM_KINDS, MAX_FRAGMENT_LENGTH, validateAssignment, type Assignment } from './assignment';
import { CATALOGUE_VERSION } from './catalogue';
import { check16, DAY, DEFLATED, EPOCH, pipe, RAW } from './shortLink';

/** base64url (no padding) of bytes. */
export function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (no padding) of a UTF-8 string (the body of a format-1 link). */
export const toBase64Url = (text: string): string => bytesToBase64Url(new TextEncoder().encode(text));

/** The packed bytes of a valid assignment (see the format above). */
export function packAssignment(a: Assignment, codes: readonly string[]): Uint8Array {
  const out: number[] = [];
  const varint = (n: number) => {
    for (; n >= 0x80; n = Math.floor(n / 0x80)) out.push((n % 0x80) | 0x80);
    out.push(n);
  };
  const text = (s: string) => {
    const bytes = new TextEncoder().encode(s);
    varint(bytes.length);
    out.push(...bytes);
  };
  varint(CATALOGUE_VERSION);
  const days = Math.round((Date.parse(`${a.due}T00:00:00Z`) - EPOCH) / DAY);
  varint(a.due === '' ? 0 : (days < 0 ? -2 * days - 1 : 2 * days) + 1);
  varint(a.items.length);
  for (const item of a.items) {
    const preset = item.preset === 'worked-example' ? 1 : 0;
    const index = codes.indexOf(`${item.kind}:${item.id}`);
    if (index >= 0) varint(index * 2 + preset + 1);
    else {
      varint(0);
      out.push(ITEM_KINDS.indexOf(item.kind) | (preset << 3));
      text(item.id);
    }
  }
  text(a.title);
  text(a.classCode);
  text(a.instructions);
  const body = Uint8Array.from(out);
  const check = check16(body);
  return Uint8Array.from([...body, check >> 8, check & 0xff]);
}

/**
 * The fragment of a short link (format 2) for an assignment: checked first, packed, deflated
 * when that makes it shorter, refused when too long for a link. Resolves, never rejects on bad
 * input (issues as `validateAssignment`, or `link: tooLong`). `codes`: the item catalogue
 * (`ITEM_CODES` of ./catalogue.ts).
 */
export async function encodeAssignmentLink(assignment: unknown, codes: readonly string[]): Promise<Validated<string>> {
  const checked = validateAssignment(assignment);
  if (!checked.ok) return checked;
  const packed = packAssignment(checked.value, codes);
  const deflated = await pipe(packed, new CompressionStream('deflate-raw'));
  const fragment =
    deflated.length < packed.length ? DEFLATED + bytesToBase64Url(deflated) : RAW + bytesToBase64Url(packed);
  if (fragment.length > MAX_FRAGMENT_LENGTH) {
    return fail({ field: 'link', code: 'tooLong', params: { length: fragment.length, max: MAX_FRAGMENT_LENGTH } });
  }
  return ok(fragment);
}
