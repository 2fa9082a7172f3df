import { useState } from 'preact/hooks';
import { itemKey, type AssignmentItem, type ItemKind } from '../../domain/instructors/assignment';
import { matchesFilter } from '../../domain/instructors/picker';
import { format } from '../../i18n/format';
import type { CatalogueItem } from '../../domain/instructors/catalogue';

export const PICKER_KEYS = [
  'inst.group.cases',
  'inst.group.calculators',
  'inst.group.selfChecks',
  'inst.group.assessments',
  'asg.picker.heading',
  'asg.picker.intro',
  'asg.picker.search',
  'asg.picker.kind',
  'asg.picker.allKinds',
  'asg.picker.module',
  'asg.picker.allModules',
  'asg.picker.moduleN',
  'asg.picker.across',
  'asg.picker.shown',
  'asg.picker.none',
  'asg.picker.clear',
] as const;
type Strings = Record<(typeof PICKER_KEYS)[number], string>;

const GROUPS: readonly { kind: ItemKind; key: keyof Strings }[] = [
  { kind: 'case', key: 'inst.group.cases' },
  { kind: 'calculator', key: 'inst.group.calculators' },
  { kind: 'selfCheck', key: 'inst.group.selfChecks' },
  { kind: 'assessment', key: 'inst.group.assessments' },
];
const groupOf = (kind: ItemKind) => (kind === 'worksheet' ? 'case' : kind);

/**
 * Every item an assignment can include, grouped by kind, with a search box and filters by
 * kind and module. Ticking a row adds the item to the selection (the row is the hit area).
 */
export default function ItemPicker({
  strings,
  catalogue,
  chosen,
  error,
  onToggle,
}: {
  strings: Strings;
  catalogue: readonly CatalogueItem[];
  chosen: readonly AssignmentItem[];
  /** Id of the element that says what is wrong with the selection, when something is. */
  error?: string | undefined;
  onToggle: (item: CatalogueItem, checked: boolean) => void;
}) {
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<ItemKind | ''>('');
  const [module, setModule] = useState('');
  const chosenKeys = new Set(chosen.map(itemKey));
  const modules = [...new Set(catalogue.map((c) => c.module).filter((m): m is string => !!m))].sort();
  const shown = catalogue.filter((c) => matchesFilter(c, { query, kind, module }));
  return (
    <fieldset class="asg-picker" aria-describedby={error}>
      <legend>{strings['asg.picker.heading']}</legend>
      <p class="field-hint">{strings['asg.picker.intro']}</p>
      <div class="asg-filters" role="search">
        <p class="field">
          <label for="inst-search">{strings['asg.picker.search']}</label>
          <input
            id="inst-search"
            type="search"
            value={query}
            autoComplete="off"
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </p>
        <p class="field">
          <label for="inst-kind">{strings['asg.picker.kind']}</label>
          <select id="inst-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as ItemKind | '')}>
            <option value="">{strings['asg.picker.allKinds']}</option>
            {GROUPS.map((g) => (
              <option key={g.kind} value={g.kind}>
                {strings[g.key]}
              </option>
            ))}
          </select>
        </p>
        <p class="field">
          <label for="inst-module">{strings['asg.picker.module']}</label>
          <select id="inst-module" value={module} onChange={(e) => setModule(e.currentTarget.value)}>
            <option value="">{strings['asg.picker.allModules']}</option>
            {modules.map((m) => (
              <option key={m} value={m}>
                {format(strings['asg.picker.moduleN'], { module: m })}
              </option>
            ))}
            <option value="-">{strings['asg.picker.across']}</option>
          </select>
        </p>
      </div>
      <p class="field-hint" role="status">
        {format(strings['asg.picker.shown'], { shown: shown.length, total: catalogue.length })}
      </p>
      {shown.length === 0 && (
        <div class="empty-state">
          <p>{strings['asg.picker.none']}</p>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setQuery('');
              setKind('');
              setModule('');
            }}
          >
            {strings['asg.picker.clear']}
          </button>
        </div>
      )}
      {GROUPS.map((group) => {
        const rows = shown.filter((c) => groupOf(c.kind) === group.kind);
        if (rows.length === 0) return null;
        return (
          <div key={group.kind} class="asg-group" role="group" aria-labelledby={`asg-group-${group.kind}`}>
            <h2 id={`asg-group-${group.kind}`} class="asg-group-title">
              {strings[group.key]}
            </h2>
            <ul class="asg-rows">
              {rows.map((c) => {
                const key = itemKey(c);
                const id = `inst-item-${catalogue.indexOf(c)}`;
                return (
                  <li key={key} class="choice">
                    <input
                      type="checkbox"
                      id={id}
                      checked={chosenKeys.has(key)}
                      aria-invalid={error ? 'true' : undefined}
                      onChange={(e) => onToggle(c, e.currentTarget.checked)}
                    />
                    <label for={id}>{c.label}</label>
                    <span class="asg-row-meta muted">
                      {c.module
                        ? format(strings['asg.picker.moduleN'], { module: c.module })
                        : strings['asg.picker.across']}
                    </span>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </fieldset>
  );
}
