import type { CalcFields } from '../domain/calculators/fields';
import type { Locale } from '../i18n/format';

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

const OFFER_NAMES: Record<Locale, readonly string[]> = {
  en: ['A — chain store in the mall', 'B — marketplace seller', 'C — brand’s own online store'],
  'zh-cn': ['A — 商场连锁店', 'B — 电商平台卖家', 'C — 品牌官方网店'],
};

const offer = (i: number, name: string, parts: readonly number[]): Record<string, string> => {
  const keys = [
    'productValue',
    'serviceValue',
    'personnelValue',
    'imageValue',
    'monetaryCost',
    'timeCost',
    'mentalCost',
    'physicalCost',
  ];
  const out: Record<string, string> = { [`offers.${i}.name`]: name };
  keys.forEach((k, j) => (out[`offers.${i}.${k}`] = String(parts[j])));
  return out;
};

const criterion = (c: string, weight: string, rest: Record<string, string>) =>
  Object.fromEntries([
    [`criteria.${c}.weight`, weight],
    ...Object.entries(rest).map(([k, v]) => [`criteria.${c}.${k}`, v]),
  ]);

/**
 * The curriculum's worked examples, the figures the lessons print (measuring-loyalty,
 * what-loyalty-is, customer-delivered-value, silent-customers-and-complaints,
 * six-after-sales-criteria, relationship-ladder), so a lesson's calculator opens on the numbers
 * its text has just worked through.
 */
const PRESETS: Readonly<Record<CalculatorName, Readonly<Record<string, (locale: Locale) => CalcFields>>>> = {
  'repeat-purchase': { 'worked-example': () => ({ brandPurchases: '9', categoryPurchases: '12' }) },
  'share-of-wallet': { 'worked-example': () => ({ brandSpend: '2160', categorySpend: '4800' }) },
  // A car dealer's 200 buyers: NPS 55% − 20% = 35.
  nps: {
    'worked-example': () => ({
      mode: 'counts',
      promoters: '110',
      passives: '50',
      detractors: '40',
      confidence: '0.95',
    }),
  },
  // A room starts with no hands counted: the facilitator's taps are the example.
  'room-tally': { 'worked-example': () => ({}) },
  recommendation: { 'worked-example': () => ({ score: '4', weight: '0.3', scaleMax: '5' }) },
  attitudinal: {
    'worked-example': () => ({
      items: '2',
      'items.0.score': '4',
      'items.0.weight': '0.3',
      'items.1.score': '3',
      'items.1.weight': '0.4',
      dimensionWeight: '0.7',
      scaleMax: '5',
    }),
  },
  // The attitudinal example (33.6 of 49) with the share-of-wallet line: attitude high, behaviour 45% → latent loyal.
  segment: {
    'worked-example': () => ({
      attitudeScore: '33.6',
      attitudeMax: '49',
      behaviourScore: '45',
      behaviourMax: '100',
      attitudeThresholdPercent: '50',
      behaviourThresholdPercent: '50',
    }),
  },
  'delivered-value': {
    'worked-example': (locale) => ({
      offers: '3',
      ...offer(0, OFFER_NAMES[locale][0]!, [3200, 500, 300, 200, 3000, 200, 100, 100]),
      ...offer(1, OFFER_NAMES[locale][1]!, [3200, 100, 50, 50, 2700, 100, 300, 50]),
      ...offer(2, OFFER_NAMES[locale][2]!, [3200, 300, 100, 200, 2900, 50, 150, 0]),
    }),
  },
  defections: {
    'worked-example': () => ({
      veryDissatisfied: '50',
      somewhatDissatisfied: '100',
      neutral: '150',
      somewhatSatisfied: '300',
      highlySatisfied: '400',
      move: '',
    }),
  },
  // TARP_SENSITIVITY_EXAMPLE (domain/service/tarpSensitivity.ts): 63,590 / 5,888 / 27,693. A blank
  // complaint rate is the "1 in 3" default.
  recovery: {
    'worked-example': () => ({
      resolvedPercent: '90',
      noProblemPercent: '83',
      unresolvedPercent: '44',
      silentPercent: '48',
      dissatisfied: '300',
      complaintPercent: '',
      resolutionPercent: '70',
      customers: '920000',
      'baseline.problemPercent': '27',
      'baseline.complaintPercent': '',
      'baseline.resolutionPercent': '70',
      projects: '2',
      'projects.0.problemPercent': '24.5',
      'projects.0.complaintPercent': '',
      'projects.0.resolutionPercent': '70',
      'projects.1.problemPercent': '24.5',
      'projects.1.complaintPercent': '51',
      'projects.1.resolutionPercent': '90',
    }),
  },
  // 100 a year, 80% stay, 10% discount: 266.67 → 340 with five more points of retention (+27.5%).
  'lifetime-value': {
    'worked-example': () => ({
      marginPerPeriod: '100',
      retentionPercent: '80',
      discountPercent: '10',
      acquisitionCost: '',
      periods: '',
    }),
  },
  ladder: { 'worked-example': () => ({ contacts: '100' }) },
  // The car dealer's service department: equal weights, total ≈ 73.3%, weakest parts supply.
  scorecard: {
    'worked-example': () => ({
      scaleMax: '5',
      ...criterion('technicalSkill', '1', { source: 'firstTimeFix', firstTimeFixPercent: '80' }),
      ...criterion('serviceCharges', '1', { rating: '3' }),
      ...criterion('timeliness', '1', { source: 'hours', promisedHours: '24', actualHours: '30' }),
      ...criterion('attitude', '1', { rating: '4.25' }),
      ...criterion('partsSupply', '1', { rating: '2.5' }),
      ...criterion('facilities', '1', { rating: '4.5' }),
    }),
  },
};

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
  const make = Object.prototype.hasOwnProperty.call(PRESETS[name], preset) ? PRESETS[name][preset] : undefined;
  if (make === undefined) {
    throw new Error(
      `${where} asks calculator "${name}" for an unknown preset "${preset}". Known: ${presetNames(name).join(', ')}.`,
    );
  }
  return { ...EMPTY[name], ...make(locale) };
}
