/** The cost cell of the care plan: what the learner types, read as a number. */

import { parseUserNumber } from '../numbers';

/**
 * Read a cost typed by the learner with the site's one number reader (`parseUserNumber`):
 * '' is "no estimate" (null); decimal point or comma, thousands separators and full-width digits
 * (typed with a Chinese input method) are accepted. Refusals: `notANumber`, `outOfRange` (below 0
 * or above `max`).
 */
export function parseCost(
  input: string,
  max: number,
): { ok: true; value: number | null } | { ok: false; code: 'notANumber' | 'outOfRange' } {
  const parsed = parseUserNumber(input, { percentSign: false });
  if (!parsed.ok) return parsed.code === 'required' ? { ok: true, value: null } : { ok: false, code: 'notANumber' };
  return parsed.value < 0 || parsed.value > max ? { ok: false, code: 'outOfRange' } : { ok: true, value: parsed.value };
}
