/**
 * Export, import and reset of everything saved. The slot registry (with every feature's
 * validators) is loaded only when one of these runs, so the "Your data" page stays light.
 */
import { buildBackup, parseBackup } from '../domain/storage/backup';
import { damagedCopies, replaceAll, slotEntry } from '../domain/storage/maintenance';
import type { FieldIssue } from '../domain/result';
import { getVault } from './vault';

const slots = async () => (await import('./registry')).ALL_SLOTS;

/**
 * The backup file's text: every slot's current value (including changes storage refused),
 * data from a newer version of the site as it is stored, and every damaged copy kept aside.
 */
export async function exportAll(now = new Date()): Promise<string> {
  const vault = getVault();
  const all = await slots();
  const entries = new Map(all.map((def) => [def.name, slotEntry(vault, def)]));
  return JSON.stringify(
    buildBackup(all, (def) => entries.get(def.name)!, now, damagedCopies(vault)),
    null,
    2,
  );
}

export type ImportOutcome = { ok: true; count: number } | { ok: false; issues: readonly FieldIssue[] };

/** Replace everything with a backup file's contents, or change nothing. */
export async function importAll(text: string): Promise<ImportOutcome> {
  const all = await slots();
  const parsed = parseBackup(text, all);
  if (!parsed.ok) return parsed;
  if (!replaceAll(getVault(), all, parsed.value))
    return { ok: false, issues: [{ field: 'file', code: 'writeFailed' }] };
  return { ok: true, count: parsed.value.values.size + parsed.value.newer.size };
}

/** Delete every saved slot. */
export async function resetAll(): Promise<boolean> {
  return replaceAll(getVault(), await slots(), { values: new Map() });
}
