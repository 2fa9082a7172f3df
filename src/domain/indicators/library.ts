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
 * Ids are stable: they are saved in systems and used as CSV column names. Labels and
 * questions are localised by the UI through `labelId` / `questionId`; `defaultLabel` and
 * `defaultQuestion` are the built-in bilingual wording used in generated questionnaires,
 * with `{company}` standing for the company's name. Behavioural indicators are best taken
 * from the customer database where it exists; the questions here are the survey fallback.
 */
import type { LocalizedText } from '../locale';
import type { LoyaltyDirection, ScalePresetId } from './scale';

export type IndicatorKind = 'behavioural' | 'attitudinal';
export const INDICATOR_KINDS = ['behavioural', 'attitudinal'] as const;
export const LOYALTY_DIRECTIONS = ['higher-is-more-loyal', 'lower-is-more-loyal'] as const;
export type IndicatorSource = 'module-e' | 'relationship-basic' | 'relationship-additional';

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

type Entry = Omit<LibraryIndicator, 'labelId' | 'questionId' | 'overlaps'> & { readonly overlaps?: readonly string[] };

const ENTRIES: readonly Entry[] = [
  // Module E — behavioural
  {
    id: 'repeat-purchase-count',
    kind: 'behavioural',
    direction: 'higher-is-more-loyal',
    source: 'module-e',
    defaultScale: 'five-point',
    anchors: 'frequency',
    overlaps: ['periodic-repeat-purchase'],
    defaultLabel: { en: 'Repeat purchases in the period', 'zh-cn': '考核期内重复购买次数' },
    defaultQuestion: {
      en: 'Over the past 12 months, how often have you come back to buy from {company}?',
      'zh-cn': '过去12个月里，您再次到{company}购买的频率如何？',
    },
  },
  {
    id: 'share-of-need',
    kind: 'behavioural',
    direction: 'higher-is-more-loyal',
    source: 'module-e',
    defaultScale: 'five-point',
    anchors: 'share',
    overlaps: ['share-of-customer'],
    defaultLabel: { en: 'Share of total need', 'zh-cn': '购买量占总需求的比重' },
    defaultQuestion: {
      en: 'Of everything you need in this kind of product, how much do you buy from {company}?',
      'zh-cn': '在您对这类产品的全部需求中，有多少是从{company}购买的？',
    },
  },
  {
    id: 'selection-time',
    kind: 'behavioural',
    direction: 'lower-is-more-loyal',
    source: 'module-e',
    defaultScale: 'five-point',
    anchors: 'time',
    defaultLabel: { en: 'Time spent choosing', 'zh-cn': '购买时的挑选时间' },
    defaultQuestion: {
      en: 'Before you buy from {company}, how much time do you usually spend looking at and comparing other options?',
      'zh-cn': '在向{company}购买之前，您通常会花多少时间去挑选、比较其他选择？',
    },
  },
  {
    id: 'price-sensitivity',
    kind: 'behavioural',
    direction: 'lower-is-more-loyal',
    source: 'module-e',
    defaultScale: 'five-point',
    anchors: 'likelihood',
    defaultLabel: { en: 'Price sensitivity', 'zh-cn': '对价格的敏感程度' },
    defaultQuestion: {
      en: 'If {company} raised its prices slightly, how likely is it that you would buy less from it or look elsewhere?',
      'zh-cn': '如果{company}的价格小幅上调，您减少购买或转向别家的可能性有多大？',
    },
  },
  {
    id: 'brand-attention',
    kind: 'behavioural',
    direction: 'higher-is-more-loyal',
    source: 'module-e',
    defaultScale: 'five-point',
    anchors: 'attention',
    defaultLabel: { en: 'Attention to the brand', 'zh-cn': '对品牌的关心程度' },
    defaultQuestion: {
      en: 'How closely do you follow news, new products and offers from {company}?',
      'zh-cn': '您平时对{company}的消息、新品和优惠活动关注得多吗？',
    },
  },
  // Module E — attitudinal
  {
    id: 'quality-incident-tolerance',
    kind: 'attitudinal',
    direction: 'higher-is-more-loyal',
    source: 'module-e',
    defaultScale: 'five-point',
    anchors: 'likelihood',
    overlaps: ['trust-and-tolerance'],
    defaultLabel: { en: 'Tolerance of quality incidents', 'zh-cn': '对质量事故的承受能力' },
    defaultQuestion: {
      en: 'If something you bought from {company} turned out to have a quality problem, how likely is it that you would let them put it right and keep buying from them?',
      'zh-cn': '如果您从{company}买到的产品出了质量问题，您愿意给他们机会妥善解决、并继续在这里购买的可能性有多大？',
    },
  },
  {
    id: 'competitor-attitude',
    kind: 'attitudinal',
    direction: 'higher-is-more-loyal',
    source: 'module-e',
    defaultScale: 'five-point',
    anchors: 'agreement',
    overlaps: ['ignores-competitor-marketing'],
    defaultLabel: { en: 'Attitude to competing products', 'zh-cn': '对竞争产品的态度' },
    defaultQuestion: {
      en: 'Even if another brand offered something similar, I would still choose {company}.',
      'zh-cn': '即使其他品牌推出类似的产品，我仍然会选择{company}。',
    },
  },
  {
    id: 'repurchase-intention',
    kind: 'attitudinal',
    direction: 'higher-is-more-loyal',
    source: 'module-e',
    defaultScale: 'five-point',
    anchors: 'likelihood',
    defaultLabel: { en: 'Repurchase intention', 'zh-cn': '重复购买意愿' },
    defaultQuestion: {
      en: 'How likely are you to buy from {company} again?',
      'zh-cn': '您今后再次购买{company}产品的可能性有多大？',
    },
  },
  {
    id: 'recommendation-intention',
    kind: 'attitudinal',
    direction: 'higher-is-more-loyal',
    source: 'module-e',
    defaultScale: 'eleven-point',
    anchors: 'likelihood',
    overlaps: ['recommends-to-others'],
    defaultLabel: { en: 'Recommendation intention', 'zh-cn': '向他人推荐的意愿' },
    defaultQuestion: {
      en: 'How likely are you to recommend {company} to a friend or colleague?',
      'zh-cn': '您向亲友或同事推荐{company}的可能性有多大？',
    },
  },
  // Relationship view (002) — basic
  {
    id: 'periodic-repeat-purchase',
    kind: 'behavioural',
    direction: 'higher-is-more-loyal',
    source: 'relationship-basic',
    defaultScale: 'five-point',
    anchors: 'agreement',
    overlaps: ['repeat-purchase-count'],
    defaultLabel: { en: 'Regular repeat purchase', 'zh-cn': '周期性重复购买' },
    defaultQuestion: {
      en: 'I come back to {company} to buy again at fairly regular intervals.',
      'zh-cn': '我会比较有规律地回到{company}再次购买。',
    },
  },
  {
    id: 'buys-other-products',
    kind: 'behavioural',
    direction: 'higher-is-more-loyal',
    source: 'relationship-basic',
    defaultScale: 'five-point',
    anchors: 'agreement',
    defaultLabel: { en: 'Buys other products too', 'zh-cn': '购买企业的其他产品' },
    defaultQuestion: {
      en: 'Besides what I first bought, I also buy other products or services from {company}.',
      'zh-cn': '除了最初买的产品，我也会购买{company}的其他产品或服务。',
    },
  },
  {
    id: 'recommends-to-others',
    kind: 'behavioural',
    direction: 'higher-is-more-loyal',
    source: 'relationship-basic',
    defaultScale: 'five-point',
    anchors: 'frequency',
    overlaps: ['recommendation-intention'],
    defaultLabel: { en: 'Recommends to others', 'zh-cn': '向他人推荐' },
    defaultQuestion: {
      en: 'How often have you actually recommended {company} to other people?',
      'zh-cn': '您实际向别人推荐{company}的次数多吗？',
    },
  },
  {
    id: 'ignores-competitor-marketing',
    kind: 'attitudinal',
    direction: 'higher-is-more-loyal',
    source: 'relationship-basic',
    defaultScale: 'five-point',
    anchors: 'agreement',
    overlaps: ['competitor-attitude'],
    defaultLabel: { en: "Unmoved by competitors' marketing", 'zh-cn': '对竞品营销无动于衷' },
    defaultQuestion: {
      en: 'Advertising and special offers from other brands do not draw me away from {company}.',
      'zh-cn': '其他品牌的广告和促销不会把我从{company}吸引走。',
    },
  },
  {
    id: 'trust-and-tolerance',
    kind: 'attitudinal',
    direction: 'higher-is-more-loyal',
    source: 'relationship-basic',
    defaultScale: 'five-point',
    anchors: 'agreement',
    overlaps: ['quality-incident-tolerance'],
    defaultLabel: { en: 'Trust and tolerance of slips', 'zh-cn': '信任并容忍偶尔的失误' },
    defaultQuestion: {
      en: 'I trust {company}, and an occasional slip in its service would not make me leave.',
      'zh-cn': '我信任{company}，服务中偶尔出点小差错不会让我离开。',
    },
  },
  // Relationship view (002) — additional
  {
    id: 'share-of-customer',
    kind: 'behavioural',
    direction: 'higher-is-more-loyal',
    source: 'relationship-additional',
    defaultScale: 'five-point',
    anchors: 'share',
    overlaps: ['share-of-need'],
    defaultLabel: { en: 'Share of customer', 'zh-cn': '客户份额占比' },
    defaultQuestion: {
      en: 'Of what you spend on this kind of product or service, how much goes to {company}?',
      'zh-cn': '您在这类产品或服务上的花费中，有多少花在了{company}？',
    },
  },
  {
    id: 'effective-referrals',
    kind: 'behavioural',
    direction: 'higher-is-more-loyal',
    source: 'relationship-additional',
    defaultScale: 'five-point',
    anchors: 'amount',
    defaultLabel: { en: 'Effective referrals', 'zh-cn': '有效推荐' },
    defaultQuestion: {
      en: 'How many of the people you have told about {company} went on to become its customers?',
      'zh-cn': '经您介绍了解{company}的人当中，后来成为其客户的有多少？',
    },
  },
  {
    id: 'relationship-duration',
    kind: 'behavioural',
    direction: 'higher-is-more-loyal',
    source: 'relationship-additional',
    defaultScale: 'five-point',
    anchors: 'duration',
    defaultLabel: { en: 'Length of the relationship', 'zh-cn': '关系持续时间' },
    defaultQuestion: {
      en: 'How long have you been a customer of {company}?',
      'zh-cn': '您成为{company}的客户有多长时间了？',
    },
  },
  {
    id: 'transaction-frequency-turnover',
    kind: 'behavioural',
    direction: 'higher-is-more-loyal',
    source: 'relationship-additional',
    defaultScale: 'five-point',
    anchors: 'amount',
    defaultLabel: { en: 'Purchase frequency and spend', 'zh-cn': '交易频率及营业额' },
    defaultQuestion: {
      en: 'Taking both how often you buy and how much you spend, how much business do you do with {company}?',
      'zh-cn': '综合购买次数和消费金额来看，您与{company}的交易量有多大？',
    },
  },
  {
    id: 'lifetime-value',
    kind: 'behavioural',
    direction: 'higher-is-more-loyal',
    source: 'relationship-additional',
    defaultScale: 'five-point',
    anchors: 'amount',
    defaultLabel: { en: 'Lifetime value', 'zh-cn': '生命周期价值' },
    defaultQuestion: {
      en: 'Over the coming years, how much do you expect to spend with {company}?',
      'zh-cn': '在未来几年里，您预计会在{company}花费多少？',
    },
  },
];

/** All library indicators, module E first, in a stable order. */
export const INDICATOR_LIBRARY: readonly LibraryIndicator[] = ENTRIES.map((e) => ({
  ...e,
  labelId: `indicators.${e.id}.label`,
  questionId: `indicators.${e.id}.question`,
  overlaps: e.overlaps ?? [],
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
