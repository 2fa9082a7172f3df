/**
 * Saved calculator inputs, slot "calculators" (version 1):
 *
 *   { "entries": { "<calculator>@<place>": { "fields": { "<field>": "<raw text>" }, "savedAt": "<ISO time>" } } }
 *
 * `<calculator>` is a name from `lib/calculators.ts` (`share-of-wallet`), `<place>` the
 * locale-independent route of the page the calculator sits on (`tools/nps/`,
 * `lessons/measuring-loyalty/`), so the same calculator keeps separate numbers in a lesson and
 * in the toolbox, and the same numbers in both languages. Fields hold the raw text typed
 * (see `fields.ts`); the formulas validate it on every read, so a hand-edited value can at worst
 * show a field error. At most `MAX_ENTRIES` entries are kept: saving a new one drops the
 * least recently saved.
 *
 * Migrations: none yet. A change of shape raises `version` and adds `migrations[1]`.
 */
import { fail, ok, type Validated } from '../result';
import type { SlotDefinition } from '../storage/slot';
import { checkFields, type CalcFields } from './fields';
import { isObject } from '../guards';

export interface SavedCalculator {
  readonly fields: CalcFields;
  readonly savedAt: string;
}

export interface SavedCalculators {
  readonly entries: Readonly<Record<string, SavedCalculator>>;
}

export const MAX_ENTRIES = 60;
/** `<calculator>@<place>`: a lowercase name, then a route of lowercase letters, digits, dashes and slashes. */
export const ENTRY_KEY = /^[a-z][a-z-]{1,40}@[a-z0-9/_-]{0,160}$/;

const isTime = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));

/** Checks saved data of version 1. Never throws. */
export function validateSavedCalculators(data: unknown): Validated<SavedCalculators> {
  const entries = isObject(data) ? data['entries'] : undefined;
  if (!isObject(entries)) return fail({ field: 'entries', code: 'notAnObject' });
  const list = Object.entries(entries);
  if (list.length > MAX_ENTRIES) return fail({ field: 'entries', code: 'tooMany', params: { max: MAX_ENTRIES } });
  const out: [string, SavedCalculator][] = [];
  for (const [key, entry] of list) {
    const fields = isObject(entry) ? checkFields(entry['fields']) : null;
    const savedAt = isObject(entry) ? entry['savedAt'] : undefined;
    if (!ENTRY_KEY.test(key) || !fields || !isTime(savedAt)) return fail({ field: `entries.${key}`, code: 'invalid' });
    out.push([key, { fields, savedAt }]);
  }
  // fromEntries defines own properties: no key can reach the prototype.
  return ok({ entries: Object.fromEntries(out) });
}

export const calculatorsSlot: SlotDefinition<SavedCalculators> = {
  name: 'calculators',
  version: 1,
  initial: () => ({ entries: {} }),
  validate: validateSavedCalculators,
};

/** The entries with `fields` saved under `key`, dropping the oldest beyond `MAX_ENTRIES`. */
export function withEntry(saved: SavedCalculators, key: string, fields: CalcFields, at: Date): SavedCalculators {
  // Entries keep the order they were last saved in, so the first ones are the oldest.
  const others = Object.entries(saved.entries)
    .filter(([k]) => k !== key)
    .slice(-(MAX_ENTRIES - 1));
  return { entries: Object.fromEntries([...others, [key, { fields, savedAt: at.toISOString() }]]) };
}

/** The entries without `key`. */
export function withoutEntry(saved: SavedCalculators, key: string): SavedCalculators {
  return { entries: Object.fromEntries(Object.entries(saved.entries).filter(([k]) => k !== key)) };
}
