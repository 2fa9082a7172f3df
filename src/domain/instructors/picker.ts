/** Finding items in the assignment builder's picker: a text search and two filters. */
import type { ItemKind } from './assignment';

export interface PickerEntry {
  readonly kind: ItemKind;
  readonly id: string;
  readonly label: string;
  /** Module letter (A–F), or undefined for items used across modules. */
  readonly module?: string;
}

export interface PickerFilter {
  readonly query: string;
  /** A kind, or '' for all. The worksheet counts as a case exercise. */
  readonly kind: ItemKind | '';
  /** A module letter, '-' for items across modules, or '' for all. */
  readonly module: string;
}

const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase();

/**
 * Whether an entry matches: every word of the query appears in its title or id (any case,
 * full- or half-width), its kind matches (cases include the worksheet) and its module matches.
 */
export function matchesFilter(entry: PickerEntry, filter: PickerFilter): boolean {
  const kind = entry.kind === 'worksheet' ? 'case' : entry.kind;
  if (filter.kind !== '' && kind !== filter.kind) return false;
  if (filter.module !== '' && (entry.module ?? '-') !== filter.module) return false;
  const haystack = fold(`${entry.label} ${entry.id.replace(/-/g, ' ')}`);
  return fold(filter.query)
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}
