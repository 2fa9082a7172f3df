import type { CalcFields } from '../domain/calculators/fields';
import { z } from 'astro/zod';
import presetsFile from '../../content/calculators/presets.json' with { type: 'json' };
import type { Locale } from '../i18n/format';
import { presetsSchema, type FieldText } from '../schemas/presets';

/** The calculators a lesson can embed with `<Calculator name="…" />`. */
export const CALCULATOR_NAMES = [
  'repeat-purchase',
  'share-of-wallet',
  'nps',
  'room-tally',
  'recommendation',
  'attitudinal',
  'segment',
  'delivered-value',
  'defections',
  'recovery',
  'lifetime-value',
  'ladder',
  'scorecard',
] as const;
export type CalculatorName = (typeof CALCULATOR_NAMES)[number];

/**
 * The calculators an instructor can assign: every one a trainee uses alone. The room tally
 * counts a room's hands on a projector, so it is not a trainee's item.
 */
export const ASSIGNABLE_CALCULATORS = CALCULATOR_NAMES.filter((name) => name !== 'room-tally');

/**
 * Groups of UI strings (`calc.<group>.…` in i18n/features/calculators.ts) each calculator needs
 * besides its own (`calc.<name>.…`) and the shared ones (`calc.ui.…`, `calc.err.…`).
 */
export const STRING_GROUPS: Readonly<Record<CalculatorName, readonly string[]>> = {
  'repeat-purchase': ['share'],
  'share-of-wallet': ['share'],
  nps: [],
  'room-tally': ['nps'],
  recommendation: [],
  attitudinal: [],
  segment: [],
  'delivered-value': [],
  defections: [],
  recovery: [],
  'lifetime-value': [],
  ladder: [],
  scorecard: [],
};

/** The fields a calculator starts from with no preset: only its structure (how many rows, which mode). */
const EMPTY: Readonly<Record<CalculatorName, CalcFields>> = {
  'repeat-purchase': {},
  'share-of-wallet': {},
  nps: { mode: 'counts', confidence: '0.95' },
  'room-tally': { mode: 'scores', confidence: '0.95' },
  recommendation: {},
  attitudinal: { items: '2' },
  segment: {},
  'delivered-value': { offers: '2' },
  defections: { move: '' },
  recovery: { projects: '2' },
  'lifetime-value': {},
  ladder: {},
  scorecard: { 'criteria.technicalSkill.source': 'rating', 'criteria.timeliness.source': 'rating' },
};

/**
 * The presets (content/calculators/presets.json): the curriculum's worked examples, the figures
 * the lessons print, so a lesson's calculator opens on the numbers its text has just worked
 * through. Checked when the site is built: a malformed file fails the build, naming the problem.
 */
const PRESETS = (() => {
  const read = presetsSchema(CALCULATOR_NAMES).safeParse(presetsFile);
  if (!read.success) throw new Error(`content/calculators/presets.json: ${z.prettifyError(read.error)}`);
  return read.data;
})();

const textIn = (text: FieldText, locale: Locale): string => (typeof text === 'string' ? text : text[locale]);

/** The presets a calculator offers, by name. */
export const presetNames = (name: CalculatorName): string[] => Object.keys(PRESETS[name]);

/**
 * The fields a calculator starts from: its structure, overlaid with the preset. Throws (failing
 * the build) when the calculator has no preset of that name.
 */
export function presetFields(
  name: CalculatorName,
  preset: string | undefined,
  locale: Locale,
  where: string,
): CalcFields {
  if (preset === undefined) return EMPTY[name];
  const chosen = Object.prototype.hasOwnProperty.call(PRESETS[name], preset) ? PRESETS[name][preset] : undefined;
  if (chosen === undefined) {
    throw new Error(
      `${where} asks calculator "${name}" for an unknown preset "${preset}". Known: ${presetNames(name).join(', ')}.`,
    );
  }
  const fields: Record<string, string> = { ...EMPTY[name] };
  for (const [key, text] of Object.entries(chosen.fields)) fields[key] = textIn(text, locale);
  return fields;
}
