/**
 * Saved data format (browser storage, one key per slot):
 *
 *   key:   "ccl:<slot name>"             e.g. "ccl:progress"
 *   value: {"v": <version>, "savedAt": "<ISO time>", "data": <the slot's data>}
 *
 * `v` is the slot's schema version. When a slot's shape changes, its version goes up by one
 * and a migration from the previous version is added to `migrations`: reading an older
 * envelope runs every migration from its version up to the current one, validates the
 * result, and writes it back. Data from a *newer* version is never touched (and is exported
 * as it is). Data that cannot be read is copied, as its raw text, to "ccl:<slot>:damaged"
 * before anything else is written; such copies stay until the user deletes them.
 */
import type { Validated } from '../result';

export const KEY_PREFIX = 'ccl:';
export const DAMAGED_SUFFIX = ':damaged';

export interface SlotDefinition<T> {
  /** Stable name, used in the storage key and in exported files. Lowercase, digits and dashes. */
  readonly name: string;
  /** Current schema version, from 1. */
  readonly version: number;
  /** The value when nothing is saved. */
  readonly initial: () => T;
  /** Checks data of the current version; issues name the field. Must never throw. */
  readonly validate: (data: unknown) => Validated<T>;
  /** `migrations[n]` turns version-n data into version n+1 data. */
  readonly migrations?: Readonly<Record<number, (data: unknown) => unknown>>;
}

export interface Envelope {
  readonly v: number;
  readonly savedAt: string;
  readonly data: unknown;
}

/**
 * The window event the browser's vault raises on every change to a slot made on this page
 * (detail: `{ slot, value }`), for page scripts that do not load the stores.
 */
export const SAVED_EVENT = 'ccl:saved';

export const storageKey = (slot: string) => `${KEY_PREFIX}${slot}`;

/** A slot name as used in keys and files: lowercase letters, digits and dashes. */
export const SLOT_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slot whose damaged copy a storage key holds, or null for any other key. */
export function damagedSlotOf(key: string): string | null {
  if (!key.startsWith(KEY_PREFIX) || !key.endsWith(DAMAGED_SUFFIX)) return null;
  const slot = key.slice(KEY_PREFIX.length, -DAMAGED_SUFFIX.length);
  return SLOT_NAME.test(slot) ? slot : null;
}

export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = (value as Record<string, unknown>)['v'];
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && 'data' in value;
}

/** The outcome of decoding one envelope for a slot. */
export type Decoded<T> =
  | { readonly kind: 'ok'; readonly value: T; readonly migratedFrom?: number }
  | { readonly kind: 'newer'; readonly version: number; readonly envelope: Envelope }
  | { readonly kind: 'corrupt'; readonly reason: string };

/** Run migrations and validation for an envelope's contents. Never throws. */
export function decodeEnvelope<T>(def: SlotDefinition<T>, envelope: unknown): Decoded<T> {
  if (!isEnvelope(envelope)) return { kind: 'corrupt', reason: 'not a saved-data envelope' };
  if (envelope.v > def.version) return { kind: 'newer', version: envelope.v, envelope };
  let data = envelope.data;
  try {
    for (let v = envelope.v; v < def.version; v++) {
      const migrate = def.migrations?.[v];
      if (!migrate) return { kind: 'corrupt', reason: `no migration from version ${v}` };
      data = migrate(data);
    }
  } catch (error) {
    return { kind: 'corrupt', reason: `migration failed: ${String(error)}` };
  }
  const checked = def.validate(data);
  if (!checked.ok) {
    const first = checked.issues[0];
    return { kind: 'corrupt', reason: first ? `${first.field}: ${first.code}` : 'invalid' };
  }
  return envelope.v < def.version
    ? { kind: 'ok', value: checked.value, migratedFrom: envelope.v }
    : { kind: 'ok', value: checked.value };
}

/** Parse the raw stored text of a slot. Never throws. */
export function decodeRaw<T>(def: SlotDefinition<T>, raw: string): Decoded<T> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', reason: 'not valid JSON' };
  }
  return decodeEnvelope(def, parsed);
}

export function encodeEnvelope<T>(def: SlotDefinition<T>, value: T, now: Date): string {
  const envelope: Envelope = { v: def.version, savedAt: now.toISOString(), data: value };
  return JSON.stringify(envelope);
}
