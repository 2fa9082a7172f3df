/**
 * The "export everything" file:
 *
 *   {"format": "ccl-backup", "formatVersion": 1, "exportedAt": "<ISO>",
 *    "slots": {"<slot name>": {"v": <slot version>, "data": <slot data>}, …}}
 *
 * Importing is all-or-nothing: every slot in the file is migrated and validated first, and
 * only a file that is valid throughout is handed back for writing. Slots missing from the
 * file are reset, so export → import restores exactly what was saved.
 */
import { fail, ok, type FieldIssue, type Validated } from '../result';
import { decodeEnvelope, type SlotDefinition } from './slot';

export const BACKUP_FORMAT = 'ccl-backup';
export const BACKUP_VERSION = 1;
/** Larger files are refused before parsing (a whole course of progress is a few hundred KB). */
export const BACKUP_MAX_BYTES = 10 * 1024 * 1024;

export interface BackupFile {
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: number;
  readonly exportedAt: string;
  readonly slots: Readonly<Record<string, { readonly v: number; readonly data: unknown }>>;
}

export function buildBackup(
  defs: readonly SlotDefinition<unknown>[],
  valueOf: (def: SlotDefinition<unknown>) => unknown,
  now: Date,
): BackupFile {
  const slots: Record<string, { v: number; data: unknown }> = {};
  for (const def of defs) slots[def.name] = { v: def.version, data: valueOf(def) };
  return { format: BACKUP_FORMAT, formatVersion: BACKUP_VERSION, exportedAt: now.toISOString(), slots };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Read a backup file's text. Issues: `tooLarge` {max}, `notJson`, `notBackup`,
 * `newerFormat` {version}, `unknownSlot` (field = slot), `badSlot` (field = slot, detail).
 */
export function parseBackup(
  text: string,
  defs: readonly SlotDefinition<unknown>[],
): Validated<ReadonlyMap<string, unknown>> {
  if (text.length > BACKUP_MAX_BYTES) return fail({ field: 'file', code: 'tooLarge', params: { max: BACKUP_MAX_BYTES / 1024 / 1024 } });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail({ field: 'file', code: 'notJson' });
  }
  if (!isRecord(parsed) || parsed['format'] !== BACKUP_FORMAT || !isRecord(parsed['slots'])) {
    return fail({ field: 'file', code: 'notBackup' });
  }
  const version = parsed['formatVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail({ field: 'formatVersion', code: 'notBackup' });
  if (version > BACKUP_VERSION) return fail({ field: 'formatVersion', code: 'newerFormat', params: { version } });

  const byName = new Map(defs.map((def) => [def.name, def]));
  const values = new Map<string, unknown>();
  const issues: FieldIssue[] = [];
  for (const name of Object.keys(parsed['slots'])) {
    const def = byName.get(name);
    if (!def) {
      issues.push({ field: name, code: 'unknownSlot' });
      continue;
    }
    const decoded = decodeEnvelope(def, (parsed['slots'] as Record<string, unknown>)[name]);
    if (decoded.kind === 'ok') values.set(name, decoded.value);
    else if (decoded.kind === 'newer') issues.push({ field: name, code: 'newerFormat', params: { version: decoded.version } });
    else issues.push({ field: name, code: 'badSlot', params: { detail: decoded.reason } });
  }
  return issues.length > 0 ? { ok: false, issues } : ok(values);
}
