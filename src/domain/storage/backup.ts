/**
 * The "export everything" file:
 *
 *   {"format": "ccl-backup", "formatVersion": 1, "exportedAt": "<ISO>",
 *    "slots": {"<slot name>": {"v": <slot version>, "data": <slot data>}, …},
 *    "damaged": {"<slot name>": "<raw text of a damaged copy>", …}}
 *
 * A slot holding data written by a newer version of the site is exported exactly as it was
 * stored (its own `v` and `data`), and importing such a file stores it back as it is.
 * `damaged` (optional; older files have none) carries the damaged copies kept aside, so they
 * are never lost by moving to another browser.
 *
 * Importing is all-or-nothing: every slot in the file is migrated and validated first, and
 * only a file that is valid throughout is handed back for writing. Slots missing from the
 * file are reset, so export → import restores exactly what was saved.
 */
import { fail, ok, type FieldIssue, type Validated } from '../result';
import { SLOT_NAME, decodeEnvelope, type SlotDefinition } from './slot';
import type { DamagedCopy, Replacement, SlotEntry } from './maintenance';
import { isObject } from '../guards';

export const BACKUP_FORMAT = 'ccl-backup';
export const BACKUP_VERSION = 1;
/** Larger files are refused before parsing (a whole course of progress is a few hundred KB). */
export const BACKUP_MAX_BYTES = 10 * 1024 * 1024;

export interface BackupFile {
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: number;
  readonly exportedAt: string;
  readonly slots: Readonly<Record<string, SlotEntry>>;
  readonly damaged?: Readonly<Record<string, string>>;
}

/** The backup of every slot (`entryOf` gives a slot's version and data) and every damaged copy. */
export function buildBackup(
  defs: readonly SlotDefinition<unknown>[],
  entryOf: (def: SlotDefinition<unknown>) => SlotEntry,
  now: Date,
  damaged: readonly DamagedCopy[] = [],
): BackupFile {
  const slots: Record<string, SlotEntry> = {};
  for (const def of defs) slots[def.name] = entryOf(def);
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    slots,
  };
  if (damaged.length === 0) return file;
  const copies: Record<string, string> = {};
  for (const copy of damaged) copies[copy.slot] = copy.raw;
  return { ...file, damaged: copies };
}

/**
 * Read a backup file's text. Issues: `tooLarge` {max}, `notJson`, `notBackup`,
 * `newerFormat` {version}, `unknownSlot` (field = slot), `badSlot` (field = slot, detail),
 * `badDamaged` (field = slot: a damaged copy that is not text or has an invalid name).
 */
export function parseBackup(text: string, defs: readonly SlotDefinition<unknown>[]): Validated<Required<Replacement>> {
  if (text.length > BACKUP_MAX_BYTES)
    return fail({ field: 'file', code: 'tooLarge', params: { max: BACKUP_MAX_BYTES / 1024 / 1024 } });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail({ field: 'file', code: 'notJson' });
  }
  if (!isObject(parsed) || parsed['format'] !== BACKUP_FORMAT || !isObject(parsed['slots'])) {
    return fail({ field: 'file', code: 'notBackup' });
  }
  const version = parsed['formatVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail({ field: 'formatVersion', code: 'notBackup' });
  if (version > BACKUP_VERSION) return fail({ field: 'formatVersion', code: 'newerFormat', params: { version } });

  const byName = new Map(defs.map((def) => [def.name, def]));
  const values = new Map<string, unknown>();
  const newer = new Map<string, SlotEntry>();
  const damaged = new Map<string, string>();
  const issues: FieldIssue[] = [];
  for (const name of Object.keys(parsed['slots'])) {
    const def = byName.get(name);
    if (!def) {
      issues.push({ field: name, code: 'unknownSlot' });
      continue;
    }
    const decoded = decodeEnvelope(def, (parsed['slots'] as Record<string, unknown>)[name]);
    if (decoded.kind === 'ok') values.set(name, decoded.value);
    else if (decoded.kind === 'newer') newer.set(name, { v: decoded.envelope.v, data: decoded.envelope.data });
    else issues.push({ field: name, code: 'badSlot', params: { detail: decoded.reason } });
  }
  const copies = parsed['damaged'];
  if (copies !== undefined && !isObject(copies)) issues.push({ field: 'damaged', code: 'notBackup' });
  else if (copies) {
    for (const name of Object.keys(copies)) {
      const raw = copies[name];
      if (SLOT_NAME.test(name) && typeof raw === 'string') damaged.set(name, raw);
      else issues.push({ field: name, code: 'badDamaged' });
    }
  }
  return issues.length > 0 ? { ok: false, issues } : ok({ values, newer, damaged });
}
