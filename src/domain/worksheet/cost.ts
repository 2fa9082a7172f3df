/** The cost cell of the care plan: what the learner types, read as a number. */

/**
 * Read a cost typed by the learner: '' is "no estimate" (null); digits with an optional decimal
 * point, thousands separators and full-width digits (typed with a Chinese input method) are
 * accepted. Refusals: `notANumber`, `outOfRange` (below 0 or above `max`).
 */
export function parseCost(input: string, max: number): { ok: true; value: number | null } | { ok: false; code: 'notANumber' | 'outOfRange' } {
  const ascii = input.replace(/[\uff0c\uff0e\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
  if (ascii === '') return { ok: true, value: null };
  const negative = ascii.startsWith('-');
  const digits = negative ? ascii.slice(1).trim() : ascii;
  if (!/^(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/.test(digits)) return { ok: false, code: 'notANumber' };
  const value = Number(digits.replace(/,/g, ''));
  return negative || value > max ? { ok: false, code: 'outOfRange' } : { ok: true, value };
}
