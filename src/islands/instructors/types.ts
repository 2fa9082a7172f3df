import type { ItemKind } from '../../domain/instructors/assignment';

/** One thing an assignment can include, as the pages describe it to the islands. */
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
