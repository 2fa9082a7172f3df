/**
 * The fixed vocabularies of the WW care-plan worksheet (training task 1, module A). The domain
 * holds only ids; every name and description is a UI string (`worksheet.form.<id>`,
 * `worksheet.channel.<id>`, `worksheet.criterion.<id>`, `worksheet.q.<id>`), so both languages
 * read the same saved worksheet.
 */

/** The nine forms of care of module A, in the curriculum's order. */
export const CARE_FORM_IDS = [
  /** 1 Family-style service (亲情服务): cards, small gifts, presence at anniversaries. */
  'familyService',
  /** 2 Product recommendation by customer segment. */
  'segmentRecommendation',
  /** 3 Customer club (客户俱乐部). */
  'customerClub',
  /** 4 Tiered offers (优惠推荐). */
  'tieredOffers',
  /** 5 Group events: seminars, study tours, training, trips. */
  'groupEvents',
  /** 6 Personalised service: 7×24 hotline, technical support, needs assessment. */
  'personalisedService',
  /** 7 Joint promotion (联合推广) with partners. */
  'jointPromotion',
  /** 8 PR events: high-level forums and gatherings. */
  'prEvents',
  /** 9 Event marketing, commercial or charity. */
  'eventMarketing',
] as const;
export type CareFormId = (typeof CARE_FORM_IDS)[number];

/** Channels that carry care, after module A's e-commerce-era channels plus the everyday ones. */
export const CHANNEL_IDS = [
  'phone',
  'website',
  'instantMessaging',
  'email',
  'callCentre',
  'inPerson',
  'socialMedia',
  'other',
] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

/** The task's five evaluation criteria, in the task's order. */
export const CRITERION_IDS = [
  /** (1) The analysis of customer needs is accurate. */
  'needsAnalysis',
  /** (2) Measures start from common needs yet attend to individual ones. */
  'commonAndIndividual',
  /** (3) Measures are closely tied to the product and service. */
  'tiedToOffer',
  /** (4) Measures are creative and leave the customer with a pleasant experience. */
  'creativePleasant',
  /** (5) Measures cost relatively little to carry out. */
  'lowCost',
] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

/** The case questions the learner answers in free text (the task's five, plus the group's competitor scan). */
export const QUESTION_IDS = [
  'qualityProduct',
  'humanisedCare',
  'needsFirst',
  'targetedService',
  'formsOfCare',
  'competitors',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export const RATER_ROLES = ['self', 'peer'] as const;
export type RaterRole = (typeof RATER_ROLES)[number];

/** A rating on one criterion: 1 (weak) to 5 (strong). */
export type Score = 1 | 2 | 3 | 4 | 5;
export const SCORES: readonly Score[] = [1, 2, 3, 4, 5];
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

const includes = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

export const isCriterionId = (value: unknown): value is CriterionId => includes(CRITERION_IDS, value);
export const isRaterRole = (value: unknown): value is RaterRole => includes(RATER_ROLES, value);
export const isScore = (value: unknown): value is Score =>
  typeof value === 'number' && Number.isInteger(value) && value >= SCORE_MIN && value <= SCORE_MAX;
