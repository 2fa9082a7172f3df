/**
 * Reading a typed number the way learners type it, in either language.
 *
 * Accepted: every number `parseUserNumber` (src/domain/numbers.ts) reads — decimal point or
 * comma, thousands separators, full-width digits, signs — and
 * - the question's unit after the number, in either language, with or without a space:
 *   `62.5%`, `62.5 %`, `600 yuan`, `600元` (only the question's own unit; no unit is also fine);
 * - full-width characters as a Chinese input method types them: `６２．５％`, `６２，５`, and the
 *   ideographic full stop between digits `62。5` (what `.` gives in full-width punctuation mode).
 *
 * Not accepted (→ `notANumber`): fractions (`5/8`), exponents (`6.25e1`), several numbers,
 * a unit that is not the question's (`62.5%` when the unit is yuan), anything else.
 * Empty or blank text → `noAnswer`.
 *
 * `0.625` is read as 0.625, never as 62.5%: the number typed is the number scored.
 */
import { parseUserNumber } from '../numbers';
import { fail, ok, type Validated } from '../result';
import type { LocalizedText } from './types';

/**
 * Parses the learner's typed answer with the site's one number reader (`parseUserNumber`), after
 * taking off the question's own unit; issues use field `answer` and codes `noAnswer` / `notANumber`.
 */
export function parseNumericAnswer(raw: string, unit?: LocalizedText): Validated<number> {
  const text = stripUnit(raw.normalize('NFKC').trim(), unit);
  const parsed = parseUserNumber(text, { percentSign: false });
  if (parsed.ok) return ok(parsed.value);
  return parsed.code === 'required'
    ? fail({ field: 'answer', code: 'noAnswer' })
    : fail({ field: 'answer', code: 'notANumber', params: { value: raw } });
}
/** Removes the question's unit (either language, case-insensitive) from the end of the text. */
function stripUnit(text: string, unit: LocalizedText | undefined): string {
  if (unit === undefined) return text;
  const units = [unit.en, unit['zh-cn']]
    .map((u) => u.normalize('NFKC').trim().toLowerCase())
    .filter((u) => u !== '')
    .sort((a, b) => b.length - a.length);
  const lower = text.toLowerCase();
  for (const u of units) {
    if (lower.endsWith(u)) return lower.slice(0, lower.length - u.length).trim();
  }
  return text;
}
