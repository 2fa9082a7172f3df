/**
 * The library of loyalty indicators a system can be built from.
 *
 * Three groups, from the curriculum:
 * - `module-e`: the textbook's measurement indicators (`004`) — five behavioural (repeat
 *   purchases in a period; share of total need; selection time, shorter = more loyal;
 *   price sensitivity, lower = more loyal; attention to the brand) and four attitudinal
 *   (tolerance of quality incidents; attitude to competing products; repurchase intention;
 *   recommendation intention). You cannot ask "rate your loyalty 1–10": loyalty is inferred
 *   from these.
 * - `relationship-basic` and `relationship-additional`: the account-management view of
 *   `002` — basic: periodic repeat purchase, buys the firm's other products, recommends it,
 *   ignores competitors' marketing, trusts it and tolerates occasional slips; additional:
 *   share of customer, effective referrals, relationship duration, transaction frequency and
 *   turnover, lifetime value. Several overlap a module-E indicator (`overlaps`), so the UI
 *   can warn before both are chosen.
 *
 * The indicators and their wording are content: content/indicators/library.json.
 *
 * Ids are stable: they are saved in systems and used as CSV column names. Labels and
 * questions are localised by the UI through `labelId` / `questionId`; `defaultLabel` and
 * `defaultQuestion` are the built-in bilingual wording used in generated questionnaires,
 * with `{company}` standing for the company's name. Behavioural indicators are best taken
 * from the customer database where it exists; the questions here are the survey fallback.
 */
import library from '../../../content/indicators/library.json' with { type: 'json' };
import type { LocalizedText } from '../locale';
import type { LoyaltyDirection, ScalePresetId } from './scale';

export type IndicatorKind = 'behavioural' | 'attitudinal';
export const INDICATOR_KINDS = ['behavioural', 'attitudinal'] as const;
export const LOYALTY_DIRECTIONS = ['higher-is-more-loyal', 'lower-is-more-loyal'] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];

/**
 * The pair of end labels a question is answered between. UI keys:
 * `indicators.anchor.<set>.min` and `indicators.anchor.<set>.max`.
 */
export const ANCHOR_SETS = [
  'likelihood',
  'agreement',
  'frequency',
  'share',
  'time',
  'attention',
  'amount',
  'duration',
] as const;
export type AnchorSet = (typeof ANCHOR_SETS)[number];

/** The UI keys of a set's two end labels. */
export function anchorLabelIds(set: AnchorSet): { readonly min: string; readonly max: string } {
  return { min: `indicators.anchor.${set}.min`, max: `indicators.anchor.${set}.max` };
}

/** The placeholder replaced by the company's name in question texts. */
export const COMPANY_PLACEHOLDER = '{company}';

/** One indicator of the library. */
export interface LibraryIndicator {
  readonly id: string;
  readonly kind: IndicatorKind;
  readonly direction: LoyaltyDirection;
  readonly source: IndicatorSource;
  readonly defaultScale: ScalePresetId;
  readonly anchors: AnchorSet;
  /** UI key of the short name, `indicators.<id>.label`. */
  readonly labelId: string;
  /** UI key of the question, `indicators.<id>.question`. */
  readonly questionId: string;
  readonly defaultLabel: LocalizedText;
  readonly defaultQuestion: LocalizedText;
  /** Library ids measuring much the same thing. */
  readonly overlaps: readonly string[];
}

export const INDICATOR_SOURCES = ['module-e', 'relationship-basic', 'relationship-additional'] as const;

/** An indicator as content/indicators/library.json gives it (checked by src/schemas/indicator-library.ts). */
interface Entry {
  readonly id: string;
  readonly kind: IndicatorKind;
  readonly direction: LoyaltyDirection;
  readonly source: IndicatorSource;
  readonly defaultScale: ScalePresetId;
  readonly anchors: AnchorSet;
  readonly overlaps?: readonly string[];
  readonly label: LocalizedText;
  readonly question: LocalizedText;
}

// The file's shape is checked when the site is built and by the library's tests, not again here.
const ENTRIES = library as unknown as readonly Entry[];

/** All library indicators, module E first, in a stable order. */
export const INDICATOR_LIBRARY: readonly LibraryIndicator[] = ENTRIES.map(({ label, question, overlaps, ...e }) => ({
  ...e,
  labelId: `indicators.${e.id}.label`,
  questionId: `indicators.${e.id}.question`,
  defaultLabel: label,
  defaultQuestion: question,
  overlaps: overlaps ?? [],
}));

const BY_ID = new Map(INDICATOR_LIBRARY.map((i) => [i.id, i]));

/** The library indicator with this id, if any. */
export function findLibraryIndicator(id: string): LibraryIndicator | undefined {
  return BY_ID.get(id);
}

/** Library indicators of one group, in library order. */
export function libraryIndicatorsFrom(source: IndicatorSource): readonly LibraryIndicator[] {
  return INDICATOR_LIBRARY.filter((i) => i.source === source);
}

/** The company-name stand-in used when no name is given (fits every library question). */
export const COMPANY_FALLBACK: LocalizedText = { en: 'this company', 'zh-cn': '本公司' };

/** Puts the company's name (or the fallback) into a question template. */
export function withCompany(template: LocalizedText, company: string): LocalizedText {
  const name = company.trim();
  // split/join, not replace(): a name containing "$&" must not be read as a pattern.
  const fill = (text: string, fallback: string) => text.split(COMPANY_PLACEHOLDER).join(name === '' ? fallback : name);
  return { en: fill(template.en, COMPANY_FALLBACK.en), 'zh-cn': fill(template['zh-cn'], COMPANY_FALLBACK['zh-cn']) };
}
