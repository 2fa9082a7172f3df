import { MAX_FIELD_TEXT, type CalcFields } from '../domain/calculators/fields';
import { calculatorsSlot, withEntry, withoutEntry } from '../domain/calculators/saved';
import { slotStore } from './slot';

/** Calculator inputs kept on this device, per calculator and page (see domain/calculators/saved.ts). */
export const calculators = slotStore(calculatorsSlot);
export const $calculators = calculators.$value;

/** The fields saved under `key` (`<calculator>@<place>`), if any. */
export const savedFields = (key: string): CalcFields | undefined =>
  Object.prototype.hasOwnProperty.call(calculators.get().entries, key)
    ? calculators.get().entries[key]?.fields
    : undefined;

/** Keep `fields` under `key`; a text too long to keep (a huge paste) is left out rather than refused whole. */
export const saveFields = (key: string, fields: CalcFields, at = new Date()) =>
  calculators.set(
    withEntry(
      calculators.get(),
      key,
      Object.fromEntries(Object.entries(fields).filter(([, text]) => text.length <= MAX_FIELD_TEXT)),
      at,
    ),
  );

/** Forget what is saved under `key` (after a reset). */
export const forgetFields = (key: string) => calculators.set(withoutEntry(calculators.get(), key));
