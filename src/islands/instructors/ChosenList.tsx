import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { itemKey, type AssignmentItem } from '../../domain/instructors/assignment';
import { format } from '../../i18n/format';
import type { CatalogueItem } from '../../domain/instructors/catalogue';

export const CHOSEN_KEYS = [
  'asg.chosen.heading',
  'asg.chosen.empty',
  'asg.chosen.hint',
  'asg.chosen.up',
  'asg.chosen.down',
  'asg.chosen.remove',
  'asg.chosen.moved',
  'asg.chosen.removed',
  'inst.preset.label',
  'inst.preset.none',
  'inst.preset.workedExample',
  'inst.kind.case',
  'inst.kind.worksheet',
  'inst.kind.calculator',
  'inst.kind.selfCheck',
  'inst.kind.assessment',
] as const;
type Strings = Record<(typeof CHOSEN_KEYS)[number], string>;

/**
 * The selected items in the order trainees will see them: move up or down, remove, and pick
 * a calculator's starting numbers. Each change is announced; focus stays on the moved item's
 * control (or its neighbour's, at either end).
 */
export default function ChosenList({
  strings,
  items,
  catalogue,
  onMove,
  onRemove,
  onPreset,
}: {
  strings: Strings;
  items: readonly AssignmentItem[];
  catalogue: readonly CatalogueItem[];
  onMove: (index: number, by: -1 | 1) => void;
  onRemove: (index: number) => void;
  onPreset: (index: number, worked: boolean) => void;
}) {
  const [said, setSaid] = useState('');
  const known = (item: AssignmentItem) => catalogue.find((c) => itemKey(c) === itemKey(item));
  const labelOf = (item: AssignmentItem) => known(item)?.label ?? item.id;
  // Moving an item moves its row in the page, which takes the focus away from the button just
  // pressed: once the list has re-rendered, focus goes back to that button, or to the item's
  // other arrow when it has reached either end (or the search box when the list is empty).
  const pending = useRef<{ key: string; button: 'up' | 'down' } | null>(null);
  useLayoutEffect(() => {
    const want = pending.current;
    if (!want) return;
    pending.current = null;
    const index = items.findIndex((item) => itemKey(item) === want.key);
    const other = want.button === 'up' ? 'down' : 'up';
    const target = [`asg-${want.button}-${index}`, `asg-${other}-${index}`, 'asg-up-0', 'asg-down-0', 'inst-search']
      .map((id) => document.getElementById(id) as HTMLButtonElement | null)
      .find((el) => el && !el.disabled);
    target?.focus();
  }, [items]);
  const move = (i: number, by: -1 | 1) => {
    const item = items[i]!;
    pending.current = { key: itemKey(item), button: by < 0 ? 'up' : 'down' };
    onMove(i, by);
    setSaid(format(strings['asg.chosen.moved'], { name: labelOf(item), position: i + by + 1, total: items.length }));
  };
  return (
    <section class="asg-chosen" aria-labelledby="asg-chosen-heading">
      <h2 id="asg-chosen-heading" class="asg-chosen-title">
        {format(strings['asg.chosen.heading'], { count: items.length })}
      </h2>
      {items.length === 0 ? (
        <p class="muted">{strings['asg.chosen.empty']}</p>
      ) : (
        <>
          <p class="field-hint">{strings['asg.chosen.hint']}</p>
          <ol class="asg-chosen-list">
            {items.map((item, i) => {
              const name = labelOf(item);
              return (
                <li key={itemKey(item)}>
                  <span class="asg-chosen-name">
                    <span class="badge">{strings[`inst.kind.${item.kind}`]}</span> {name}
                  </span>
                  {known(item)?.hasPreset && (
                    <select
                      aria-label={format(strings['inst.preset.label'], { name })}
                      value={item.preset ?? ''}
                      onChange={(e) => onPreset(i, e.currentTarget.value === 'worked-example')}
                    >
                      <option value="">{strings['inst.preset.none']}</option>
                      <option value="worked-example">{strings['inst.preset.workedExample']}</option>
                    </select>
                  )}
                  <span class="asg-chosen-actions">
                    <button
                      type="button"
                      id={`asg-up-${i}`}
                      class="icon-btn secondary"
                      disabled={i === 0}
                      aria-label={format(strings['asg.chosen.up'], { name })}
                      onClick={() => move(i, -1)}
                    >
                      <span aria-hidden="true">↑</span>
                    </button>
                    <button
                      type="button"
                      id={`asg-down-${i}`}
                      class="icon-btn secondary"
                      disabled={i === items.length - 1}
                      aria-label={format(strings['asg.chosen.down'], { name })}
                      onClick={() => move(i, 1)}
                    >
                      <span aria-hidden="true">↓</span>
                    </button>
                    <button
                      type="button"
                      class="icon-btn secondary"
                      aria-label={format(strings['asg.chosen.remove'], { name })}
                      onClick={() => {
                        const next = items[i + 1] ?? items[i - 1];
                        pending.current = next ? { key: itemKey(next), button: 'up' } : { key: '', button: 'up' };
                        onRemove(i);
                        setSaid(format(strings['asg.chosen.removed'], { name }));
                      }}
                    >
                      <span aria-hidden="true">×</span>
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      )}
      <p class="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
    </section>
  );
}
