import { buildBackup, parseBackup } from '../domain/storage/backup';
import type { FieldIssue } from '../domain/result';
import { ALL_SLOTS } from './registry';
import { getVault } from './vault';

/** The backup file's text: every slot's current value (including changes storage refused). */
export function exportAll(now = new Date()): string {
  const vault = getVault();
  return JSON.stringify(buildBackup(ALL_SLOTS, (def) => vault.read(def), now), null, 2);
}

export type ImportOutcome = { ok: true; count: number } | { ok: false; issues: readonly FieldIssue[] };

/** Replace everything with a backup file's contents, or change nothing. */
export function importAll(text: string): ImportOutcome {
  const parsed = parseBackup(text, ALL_SLOTS);
  if (!parsed.ok) return parsed;
  if (!getVault().replaceAll(ALL_SLOTS, parsed.value)) return { ok: false, issues: [{ field: 'file', code: 'writeFailed' }] };
  return { ok: true, count: parsed.value.size };
}

/** Delete every saved slot. */
export function resetAll(): boolean {
  return getVault().replaceAll(ALL_SLOTS, new Map());
}

/** How many slots hold something other than their initial value. */
export function savedCount(): number {
  const vault = getVault();
  return ALL_SLOTS.filter((def) => JSON.stringify(vault.read(def)) !== JSON.stringify(def.initial())).length;
}
