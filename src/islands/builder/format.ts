import { fieldNumber } from '../../i18n/numbers';

/** A value quoted in a message: numbers to at most three decimals, text as it is. */
export function quoted(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return fieldNumber(value, 3);
  return value;
}
