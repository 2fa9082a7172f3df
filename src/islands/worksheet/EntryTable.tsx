import { useState } from 'preact/hooks';
import { format } from '../../i18n/format';
import { issuePhrase } from '../../i18n/issues';
import { messageNumber } from '../../i18n/numbers';
import type { FieldIssue } from '../../domain/result';
import { COST_MAX } from '../../domain/worksheet/worksheet';
import { parseCost } from '../../domain/worksheet/cost';
import type { ListKey } from '../../domain/worksheet/edit';
import { add as addTo, change } from '../../stores/worksheet';
import { afterMoveFocus, described, FieldError, inputValue, RowButtons, type SectionProps } from './shared';

/** One column of an editable table: how its cell edits the entry's field `key`. */
export interface Column {
  readonly key: string;
  readonly kind: 'area' | 'text' | 'select' | 'date' | 'check' | 'cost';
  readonly max?: number;
  /** For `select`: [value, label] pairs after the empty "choose" option. */
  readonly options?: readonly (readonly [string, string])[];
}

/** A plan row or a checklist item: an id and the fields the columns name. */
type Entry = { readonly id: string };
type TextKey =
  | 'heading'
  | 'help'
  | 'empty'
  | 'add'
  | 'cell'
  | 'moveUp'
  | 'moveDown'
  | 'remove'
  | 'added'
  | 'removed'
  | 'moved'
  | 'full';

interface Props extends SectionProps {
  /** Which table: its texts are `worksheet.<list>.*`, its control ids `ws-<p|c>-<entry id>-<column>`. */
  readonly list: ListKey;
  readonly entries: readonly Entry[];
  /** The id of the add button (where focus goes when the last row is removed). */
  readonly addId: string;
  readonly columns: readonly Column[];
  readonly max: number;
}

/**
 * An editable table of entries (the care plan, the action checklist): every control is named
 * "Row n, column"; rows move and go with buttons, never by dragging; focus follows the row.
 */
export default function EntryTable(props: Props) {
  const { list, entries, columns, s, locale, disabled, errors, announce, focus } = props;
  const prefix = list[0]!;
  const text = (key: TextKey) => s[`worksheet.${list}.${key}`];
  const label = (c: Column) => s[`worksheet.col.${c.key}` as 'worksheet.col.need'];
  // Cost cells keep what is typed (uncontrolled), so "0.50" or "1,2…" is never rewritten while typing;
  // a valid number is saved, anything else is named next to the cell: control id → issue.
  const [costIssues, setCostIssues] = useState<Readonly<Record<string, FieldIssue | null>>>({});
  const cellErrors = new Map(errors);
  for (const [id, issue] of Object.entries(costIssues))
    if (issue) cellErrors.set(id, issuePhrase(issue, s, messageNumber(locale)) ?? s['worksheet.issue.other']);
  const first = columns[0]!.key;
  const controlId = (entry: Entry, key: string) => `ws-${prefix}-${entry.id}-${key}`;

  const add = async () => {
    const id = await addTo('addEntry', list);
    if (id === undefined) return;
    if (id === null) return announce(format(text('full'), { max: props.max }));
    announce(format(text('added'), { n: entries.length + 1 }));
    focus(`ws-${prefix}-${id}-${first}`);
  };
  const move = async (entry: Entry, index: number, delta: -1 | 1) => {
    await change('moveEntryIn', list, entry.id, delta);
    announce(format(text('moved'), { n: index + delta + 1 }));
    focus(afterMoveFocus(`ws-${prefix}-${entry.id}`, index + delta, entries.length, delta));
  };
  const remove = async (entry: Entry, index: number) => {
    await change('removeEntry', list, entry.id);
    setCostIssues((old) => ({ ...old, [controlId(entry, 'cost')]: null }));
    announce(format(text('removed'), { n: index + 1 }));
    const neighbour = entries[index + 1] ?? entries[index - 1];
    focus(neighbour ? controlId(neighbour, first) : props.addId);
  };

  const cell = (entry: Entry, n: number, column: Column) => {
    const id = controlId(entry, column.key);
    const value = (entry as unknown as Record<string, unknown>)[column.key];
    const common = {
      id,
      disabled,
      'aria-label': format(text('cell'), { n, column: label(column) }),
      ...described(id, cellErrors, column.kind === 'cost' ? 'ws-cost-help' : undefined),
    };
    const edit = (v: unknown) => change('updateEntry', list, entry.id, { [column.key]: v } as never);
    switch (column.kind) {
      case 'area':
        return (
          <textarea
            {...common}
            rows={3}
            maxLength={column.max}
            value={value as string}
            onInput={(e) => edit(inputValue(e))}
          />
        );
      case 'text':
        return (
          <input
            {...common}
            type="text"
            maxLength={column.max}
            value={value as string}
            onInput={(e) => edit(inputValue(e))}
          />
        );
      case 'select':
        return (
          <select {...common} value={value as string} onChange={(e) => edit(inputValue(e))}>
            <option value="">{s['worksheet.choose']}</option>
            {column.options!.map(([v, label]) => (
              <option value={v} key={v}>
                {label}
              </option>
            ))}
          </select>
        );
      case 'date':
        // A date input gives '' or a real YYYY-MM-DD date.
        return <input {...common} type="date" value={value as string} onChange={(e) => edit(inputValue(e))} />;
      case 'check':
        return (
          <input
            {...common}
            type="checkbox"
            checked={value === true}
            onChange={(e) => edit((e.currentTarget as HTMLInputElement).checked)}
          />
        );
      case 'cost':
        return (
          <input
            {...common}
            type="text"
            inputMode="decimal"
            defaultValue={value === null ? '' : String(value)}
            onInput={(e) => {
              const typed = inputValue(e);
              const parsed = parseCost(typed, COST_MAX);
              const issue = parsed.ok
                ? null
                : { field: id, code: parsed.code, params: { value: typed, min: 0, max: COST_MAX } };
              setCostIssues((old) => ({ ...old, [id]: issue }));
              if (parsed.ok) edit(parsed.value);
            }}
          />
        );
    }
  };

  return (
    <section class="ws-section no-print" aria-labelledby={`ws-${prefix}-heading`}>
      <h2 id={`ws-${prefix}-heading`}>{text('heading')}</h2>
      <p>{text('help')}</p>
      {columns.some((c) => c.kind === 'cost') && (
        <p id="ws-cost-help" class="muted">
          {s['worksheet.costHelp']}
        </p>
      )}
      <div class="table-scroll">
        <table class={`ws-table ws-${prefix}-table`}>
          <thead>
            <tr>
              <th scope="col">{s['worksheet.col.number']}</th>
              {columns.map((c) => (
                <th scope="col" key={c.key}>
                  {label(c)}
                </th>
              ))}
              <th scope="col">{s['worksheet.col.rowActions']}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, i) => (
              <tr key={entry.id}>
                <th scope="row">{i + 1}</th>
                {columns.map((c) => (
                  <td key={c.key} class={`ws-${c.kind}`}>
                    {cell(entry, i + 1, c)}
                    <FieldError id={controlId(entry, c.key)} errors={cellErrors} />
                  </td>
                ))}
                <td>
                  <RowButtons
                    idPrefix={`ws-${prefix}-${entry.id}`}
                    index={i}
                    count={entries.length}
                    disabled={disabled}
                    labels={{
                      up: format(text('moveUp'), { n: i + 1 }),
                      down: format(text('moveDown'), { n: i + 1 }),
                      remove: format(text('remove'), { n: i + 1 }),
                    }}
                    onMove={(delta) => move(entry, i, delta)}
                    onRemove={() => remove(entry, i)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {entries.length === 0 && <p class="muted">{text('empty')}</p>}
      <p>
        <button type="button" id={props.addId} {...described(props.addId, errors)} disabled={disabled} onClick={add}>
          {text('add')}
        </button>
      </p>
      <FieldError id={props.addId} errors={errors} />
    </section>
  );
}
