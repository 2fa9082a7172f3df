/**
 * The one check every file input runs before anything is read into the page or written to
 * storage: is this file text of the kind the input expects?
 *
 * In order, stopping at the first problem (each a `FieldIssue` on field `file`):
 * - `fileTooBig` {size, max} (bytes) — judged from the size before the file is read;
 * - `fileUnreadable` — the browser could not read it (moved, deleted, no permission);
 * - `fileEmpty` — no bytes, or only spaces and a byte-order mark;
 * - `fileBinary` {kind} — not text: a known signature (`png`, `jpeg`, `gif`, `webp`, `pdf`,
 *   `zip` — also .xlsx and .docx —, `gzip`, `office` — .xls and .doc —), or NUL bytes or other
 *   control bytes that text never holds (`other`);
 * - `fileNotUtf8` — bytes that are not valid UTF-8 (e.g. a CSV saved as GBK or UTF-16);
 * - for `expect: 'json'` (a file this site wrote): `fileUnsafeKey` {key} — a `"__proto__"` key,
 *   which no file of ours has and which could reach an object's prototype;
 * - for `expect: 'table'` (pasted-style data: CSV, TSV, a list of numbers): `fileIsJson` — the
 *   text is JSON (a backup, a results file, a cut-short or doctored JSON file), and
 *   `fileNoNumbers` — no digit anywhere, so nothing could be read from it.
 *
 * On success the value is the text, without a byte-order mark. JSON syntax is left to the
 * parser of each file format, which reports where the first error is.
 */
import type { Validated } from '../result';
import { fail, ok } from '../result';

export const BINARY_KINDS = ['png', 'jpeg', 'gif', 'webp', 'pdf', 'zip', 'gzip', 'office', 'other'] as const;
export type BinaryKind = (typeof BINARY_KINDS)[number];

export interface FileRule {
  /** Largest accepted size in bytes. */
  readonly maxBytes: number;
  /** `json`: a file this site wrote (backup, worksheet, system, results); `table`: CSV, TSV or a list of numbers. */
  readonly expect: 'json' | 'table';
}

/** What the check needs of a browser `File` (a `Blob` with a size). */
export interface FileLike {
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** File signatures: the bytes a format starts with (`null` = any byte). */
const SIGNATURES: readonly (readonly [Exclude<BinaryKind, 'other'>, readonly (number | null)[]])[] = [
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['webp', [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['zip', [0x50, 0x4b, 0x05, 0x06]],
  ['zip', [0x50, 0x4b, 0x07, 0x08]],
  ['gzip', [0x1f, 0x8b]],
  ['office', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
];

/** Bytes looked at for control characters: enough to tell text from binary. */
const SNIFF_BYTES = 8192;

/** Reads `file` and checks it (see the module comment); nothing is read when it is too large. */
export async function readCheckedFile(file: FileLike, rule: FileRule): Promise<Validated<string>> {
  if (file.size > rule.maxBytes)
    return fail({ field: 'file', code: 'fileTooBig', params: { size: file.size, max: rule.maxBytes } });
  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch {
    return fail({ field: 'file', code: 'fileUnreadable' });
  }
  return checkFileBytes(new Uint8Array(buffer), rule);
}

/** Checks a file's bytes (see the module comment) and returns its text. */
export function checkFileBytes(bytes: Uint8Array, rule: FileRule): Validated<string> {
  if (bytes.length > rule.maxBytes)
    return fail({ field: 'file', code: 'fileTooBig', params: { size: bytes.length, max: rule.maxBytes } });
  if (bytes.length === 0) return fail({ field: 'file', code: 'fileEmpty' });
  const kind = binaryKind(bytes);
  if (kind !== null) return fail({ field: 'file', code: 'fileBinary', params: { kind } });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail({ field: 'file', code: 'fileNotUtf8' });
  }
  if (text.trim() === '') return fail({ field: 'file', code: 'fileEmpty' });
  if (rule.expect === 'json') {
    if (hasUnsafeKey(text)) return fail({ field: 'file', code: 'fileUnsafeKey', params: { key: '__proto__' } });
  } else {
    if (looksLikeJson(text)) return fail({ field: 'file', code: 'fileIsJson' });
    if (!DIGIT.test(text)) return fail({ field: 'file', code: 'fileNoNumbers' });
  }
  return ok(text);
}

/** The binary format `bytes` starts with, `other` for control bytes text never holds, or null for text. */
export function binaryKind(bytes: Uint8Array): BinaryKind | null {
  for (const [kind, signature] of SIGNATURES) {
    if (bytes.length >= signature.length && signature.every((b, i) => b === null || bytes[i] === b)) return kind;
  }
  // UTF-16 text has NUL bytes in every other place: it is refused below as not UTF-8, not as binary.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i] as number;
    if (b === 0) return 'other';
    // Tab, line feed, form feed and carriage return occur in text; ESC rarely (terminal colours).
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  if (controls > 0 && controls * 100 > end) return 'other';
  // NUL bytes further in (a text header glued to binary data).
  return bytes.indexOf(0, end) >= 0 ? 'other' : null;
}

/**
 * A `__proto__` key anywhere in JSON text, however its characters are escaped. Text that is not
 * JSON passes: its own parser reports where it breaks.
 */
function hasUnsafeKey(text: string): boolean {
  if (!text.includes('__proto__') && !text.includes('\\u')) return false;
  let found = false;
  try {
    JSON.parse(text, function (key) {
      if (key === '__proto__') found = true;
      return undefined;
    });
  } catch {
    return /"__proto__"\s*:/.test(text);
  }
  return found;
}

/** Any digit, ASCII or full-width. */
const DIGIT = /[0-9\uff10-\uff19]/;

/** JSON text: starts with `{`, or with `[` followed by JSON (a CSV cell may start with `[`). */
function looksLikeJson(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return true;
  return /^\[\s*(?:[[{"\]]|-?\d[\d.eE+-]*\s*[,\]]|true|false|null)/.test(start) && !/^\[[^\]\n]*\][,;\t]/.test(start);
}
