/**
 * Short assignment links (link format 2) and reading any assignment link.
 *
 * A fragment of format 2 is a two-character marker followed by base64url (no padding):
 * `2z<deflate-raw of the packed bytes>` or, when compressing would not shorten it,
 * `2r<the packed bytes>`. The packed bytes, in order:
 * ```
 * varint  catalogue version (./catalogue.ts)
 * varint  due date: 0 for none, else 1 + the zigzag code of the days since 2020-01-01 (two bytes until 2042)
 * varint  number of items, then per item a varint code:
 *           code ≥ 1: catalogue entry (code − 1) >> 1, with the worked-example preset if (code − 1) & 1
 *           code 0:   an item outside the catalogue: one byte (kind index | preset << 3), then its id as text
 * text    title, class code, instructions (each: varint byte length, then UTF-8)
 * 2 bytes check: FNV-1a of everything before, folded to 16 bits, big-endian
 * ```
 * The check makes a link altered in the middle (a mistyped character) fail as damaged
 * instead of opening a different assignment. Links of format 1 (`#` + base64url of the JSON,
 * always starting `ey`) keep opening through ./assignment.ts.
 *
 * Reading never throws and validates the result as fully as format 1 (`validateAssignment`).
 * The item catalogue (`ITEM_CODES` of ./catalogue.ts) is passed in rather than imported, so
 * that pages hand it to their island as data instead of shipping it as code.
 */
import { fail, type Validated } from '../result';
import {
  ASSIGNMENT_VERSION,
  base64UrlToBytes,
  decodeAssignment,
  isItemKind,
  ITEM_KINDS,
  MAX_FRAGMENT_LENGTH,
  validateAssignment,
  type Assignment,
  type AssignmentItem,
} from './assignment';
import { CATALOGUE_SIZES, CATALOGUE_VERSION } from './catalogue';

export const DEFLATED = '2z';
export const RAW = '2r';
/** Largest packed assignment accepted when inflating (a guard against a crafted link that inflates hugely). */
const MAX_PACKED = 16 * 1024;
export const EPOCH = Date.UTC(2020, 0, 1);
export const DAY = 86_400_000;

/** The two check bytes' value: FNV-1a of `bytes` folded to 16 bits. */
export function check16(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return ((h >>> 16) ^ h) & 0xffff;
}

/** The assignment object in packed bytes, validated. Codes: `damaged`, `newerVersion`, then those of `validateAssignment`. */
export function unpackAssignment(bytes: Uint8Array, codes: readonly string[]): Validated<Assignment> {
  const damaged = fail<Assignment>({ field: 'link', code: 'damaged' });
  if (bytes.length < 3) return damaged;
  const body = bytes.subarray(0, bytes.length - 2);
  if (check16(body) !== ((bytes[bytes.length - 2]! << 8) | bytes[bytes.length - 1]!)) return damaged;
  let at = 0;
  const varint = (): number => {
    let n = 0;
    for (let scale = 1; at < body.length && scale <= 0x200000; scale *= 0x80) {
      const b = body[at++]!;
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
    }
    throw new RangeError('varint');
  };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const text = (): string => {
    const length = varint();
    if (at + length > body.length) throw new RangeError('text');
    const s = decoder.decode(body.subarray(at, at + length));
    at += length;
    return s;
  };
  try {
    const catalogue = varint();
    if (catalogue > CATALOGUE_VERSION) return fail({ field: 'link', code: 'newerVersion' });
    const known = CATALOGUE_SIZES[catalogue];
    if (known === undefined) return damaged;
    const dueDays = varint();
    const zigzag = dueDays - 1;
    const days = zigzag % 2 === 1 ? -(zigzag + 1) / 2 : zigzag / 2;
    const due = dueDays === 0 ? '' : new Date(EPOCH + days * DAY).toISOString().slice(0, 10);
    const count = varint();
    if (count > body.length) return damaged;
    const items: AssignmentItem[] = [];
    for (let i = 0; i < count; i++) {
      const code = varint();
      if (code === 0) {
        const flags = body[at++] ?? 0xff;
        const kind = ITEM_KINDS[flags & 7];
        if (!isItemKind(kind) || flags >> 4 !== 0) return damaged;
        const id = text();
        items.push((flags & 8) !== 0 ? { kind, id, preset: 'worked-example' } : { kind, id });
      } else {
        const index = (code - 1) >> 1;
        const entry = index < known ? codes[index] : undefined;
        if (entry === undefined) return damaged;
        const kind = entry.slice(0, entry.indexOf(':'));
        const id = entry.slice(entry.indexOf(':') + 1);
        if (!isItemKind(kind)) return damaged;
        items.push((code - 1) & 1 ? { kind, id, preset: 'worked-example' } : { kind, id });
      }
    }
    const title = text();
    const classCode = text();
    const instructions = text();
    if (at !== body.length) return damaged;
    return validateAssignment({ v: ASSIGNMENT_VERSION, title, instructions, due, classCode, items });
  } catch {
    return damaged;
  }
}

/** `bytes` through a compression or decompression stream. */
export const pipe = async (bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> =>
  new Uint8Array(
    await new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream)).arrayBuffer(),
  );

/**
 * The bytes inflated from deflate-raw data, or null when the data is damaged or inflates beyond
 * `limit`. (Deflate expands at most about 1,000 times, so a fragment within MAX_FRAGMENT_LENGTH
 * can never inflate to more than a few megabytes before the limit is checked.)
 */
export async function inflate(bytes: Uint8Array, limit = MAX_PACKED): Promise<Uint8Array | null> {
  try {
    const out = await pipe(bytes, new DecompressionStream('deflate-raw'));
    return out.length <= limit ? out : null;
  } catch {
    return null;
  }
}

/**
 * The assignment in a link's fragment (with or without `#`), of either format. Never throws.
 * Codes on `link`: `empty`, `tooLong`, `notBase64`, `damaged` (cut or altered), `newerVersion`
 * (a format or catalogue this site does not know yet), `notJson`; then the field codes of
 * `validateAssignment`.
 */
export async function readAssignmentLink(fragment: string, codes: readonly string[]): Promise<Validated<Assignment>> {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const format = body.slice(0, 2);
  if (format !== DEFLATED && format !== RAW) {
    // A whole number above 2 in front: a format from a newer version of the site.
    if (/^([3-9]|[1-9]\d)[a-z]/.test(body)) return fail({ field: 'link', code: 'newerVersion' });
    return decodeAssignment(body);
  }
  if (body.length > MAX_FRAGMENT_LENGTH)
    return fail({ field: 'link', code: 'tooLong', params: { max: MAX_FRAGMENT_LENGTH } });
  const bytes = base64UrlToBytes(body.slice(2));
  if (bytes === null) return fail({ field: 'link', code: 'notBase64' });
  const packed = format === DEFLATED ? await inflate(bytes) : bytes;
  if (packed === null) return fail({ field: 'link', code: 'damaged' });
  return unpackAssignment(packed, codes);
}
