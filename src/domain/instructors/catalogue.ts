import type { ItemKind } from './assignment';

/**
 * The item catalogue of short assignment links: every item an assignment can include, as
 * `<kind>:<id>`, in a fixed order. A short link names an item by its position in this list
 * (one or two bytes instead of its id), so the list is append-only: never remove, reorder or
 * rename an entry, or links already handed out would point at other items. A new case, lesson
 * self-check or calculator is added at the end and {@link CATALOGUE_VERSION} goes up by one
 * (tests/content checks that every item the site offers is listed).
 *
 * Version history: 1 — the 41 items of the first release.
 */
export const CATALOGUE_VERSION = 1;

/** Entries known to each catalogue version (a link of version n may use the first `CATALOGUE_SIZES[n]`). */
export const CATALOGUE_SIZES: Readonly<Record<number, number>> = { 1: 41 };

export const ITEM_CODES: readonly string[] = [
  'case:restaurant-seat-change',
  'case:kimura-slippers',
  'case:distributor',
  'worksheet:ww-care-plan',
  'calculator:repeat-purchase',
  'calculator:share-of-wallet',
  'calculator:nps',
  'calculator:recommendation',
  'calculator:attitudinal',
  'calculator:segment',
  'calculator:delivered-value',
  'calculator:defections',
  'calculator:recovery',
  'calculator:lifetime-value',
  'calculator:ladder',
  'calculator:scorecard',
  'selfCheck:what-is-client-care',
  'selfCheck:forms-of-care',
  'selfCheck:care-in-action',
  'selfCheck:silent-customers-and-complaints',
  'selfCheck:service-recovery-steps',
  'selfCheck:after-the-purchase',
  'selfCheck:six-after-sales-criteria',
  'selfCheck:delivering-after-sales-service',
  'selfCheck:five-steps-to-loyalty',
  'selfCheck:relationship-ladder',
  'selfCheck:customer-delivered-value',
  'selfCheck:loyalty-economics-and-indicators',
  'selfCheck:what-loyalty-is',
  'selfCheck:loyalty-types-and-segments',
  'selfCheck:measuring-loyalty',
  'selfCheck:designing-an-indicator-system',
  'selfCheck:unit-review',
  'selfCheck:the-client-who-never-comes-back',
  'selfCheck:what-clients-expect',
  'assessment:module-a-assessment',
  'assessment:module-b-assessment',
  'assessment:module-c-assessment',
  'assessment:module-d-assessment',
  'assessment:module-e-assessment',
  'assessment:module-f-assessment',
];

/** One thing an assignment can include, as the pages (at build time) describe it to the islands. */
export interface CatalogueItem {
  readonly kind: ItemKind;
  readonly id: string;
  /** Title in the page's language. */
  readonly label: string;
  /** The page the trainee does it on. */
  readonly href: string;
  /** The module (A–F) it belongs to; none for items used across modules. */
  readonly module?: string;
  /** Calculators with a worked-example preset. */
  readonly hasPreset?: true;
}
