import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ClassView } from '../../domain/instructors/class';
import {
  buildGradebook,
  sortRows,
  type GradebookColumn,
  type GradebookRow,
  type GradeCell,
  type SortColumn,
  type SortState,
} from '../../domain/instructors/gradebook';
import type { ClassTexts } from '../../domain/instructors/texts';
import { own } from '../../domain/guards';
import type { FieldIssue } from '../../domain/result';
import { format, type Locale } from '../../i18n/format';
import { formatDateTime } from '../../i18n/dates';
import { formatPercent, formatShare } from '../../i18n/numbers';
import { fileIssueText } from '../../i18n/fileIssue';
import type { ClassViewStrings } from './class-keys';
import { GbIcon } from './gbIcons';
import ItemViews from './ItemViews';
import TraineeView from './TraineeView';
import type { CatalogueItem } from '../../domain/instructors/catalogue';

const REASONS = [
  'notJson',
  'tooLarge',
  'notResultsFile',
  'newerVersion',
  'badVersion',
  'badChecksum',
  'checksumMismatch',
  'unreadable',
] as const;

export function reasonOf(issue: FieldIssue | undefined, strings: ClassViewStrings): string {
  const fileText = issue ? fileIssueText(issue, strings) : null;
  if (fileText !== null) return fileText;
  const code = issue?.code ?? 'unreadable';
  return (REASONS as readonly string[]).includes(code)
    ? strings[`inst.reason.${code as (typeof REASONS)[number]}`]
    : format(strings['inst.reason.field'], { field: issue?.field ?? '', code });
}

/** A class statistic: a percent to at most one decimal ("72.5%"). */
export const statPercent = (value: number, locale: Locale) => formatShare(value / 100, locale, 1, false);

/** A cell as the table shows it: the percent, or an icon and a word (never an icon alone). */
export function CellView({ cell, strings, locale }: { cell: GradeCell; strings: ClassViewStrings; locale: Locale }) {
  if (cell.status === 'missing') {
    return (
      <span class="gb-missing">
        <GbIcon name="minus" /> {strings['gb.missing']}
      </span>
    );
  }
  if (cell.percent === null) {
    return (
      <span class="gb-done">
        <GbIcon name="check" /> {strings['gb.done']}
      </span>
    );
  }
  return <span class="gb-score">{formatPercent(cell.percent, locale)}</span>;
}

/** The class: refused files, notices, the gradebook, one trainee's work, item views, late hand-ins. */
export default function ClassViews({
  view,
  strings,
  catalogue,
  locale,
  texts,
}: {
  view: ClassView;
  strings: ClassViewStrings;
  catalogue: readonly CatalogueItem[];
  locale: Locale;
  texts: ClassTexts;
}) {
  const [classCode, setClassCode] = useState<string | null>(null);
  const [sort, setSort] = useState<SortState>({ column: 'name', direction: 'ascending' });
  const [selected, setSelected] = useState<string | null>(null);
  const gb = useMemo(() => buildGradebook(view, texts, classCode), [view, texts, classCode]);
  const rows = useMemo(() => sortRows(gb.rows, sort, locale), [gb, sort, locale]);
  const selectedRow = selected === null ? undefined : gb.rows.find((r) => r.key === selected);
  // The gradebook is drawn first; the item views (a chart and tables per item, as long again for a
  // large class) follow a frame later, so the table of a class of 200 shows without waiting on them.
  const [itemsShown, setItemsShown] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setItemsShown(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  const nameButtons = useRef(new Map<string, HTMLButtonElement>());
  const returnTo = useRef<string | null>(null);

  useEffect(() => {
    if (selected === null && returnTo.current !== null) {
      nameButtons.current.get(returnTo.current)?.focus();
      returnTo.current = null;
    }
  }, [selected]);

  const columnLabel = useCallback(
    (column: GradebookColumn) =>
      catalogue.find((c) => c.kind === column.item.kind && c.id === column.item.id)?.label ??
      (column.item.kind === 'case' ? own(texts.cases, column.item.id)?.title : undefined) ??
      column.item.id,
    [catalogue, texts],
  );
  // Made again only when the class or its filter changes, not when a row is opened or sorted.
  const itemViews = useMemo(
    () =>
      gb.rows.length > 0 && (
        <ItemViews gb={gb} strings={strings} texts={texts} locale={locale} columnLabel={columnLabel} />
      ),
    [gb, strings, texts, locale, columnLabel],
  );
  const time = (iso: string) => formatDateTime(iso, locale);

  const exportCsv = async () => {
    const [{ gradebookCsv }, { downloadText, datedName }] = await Promise.all([
      import('./classImport'),
      import('../../browser/download'),
    ]);
    const labels = {
      name: strings['inst.col.name'],
      classCode: strings['inst.col.classCode'],
      handedInAt: strings['inst.col.handedIn'],
      late: strings['inst.col.late'],
      completed: format(strings['gb.csv.completed'], { n: gb.columns.length }),
      yes: strings['inst.yes'],
      no: strings['inst.no'],
      done: strings['gb.done'],
      missing: strings['gb.missing'],
    };
    downloadText(datedName('gradebook', 'csv'), gradebookCsv(rows, gb.columns, labels, columnLabel), 'text/csv');
  };

  const header = (column: SortColumn, text: string, extra = '') => {
    const active = sort.column === column;
    return (
      <th scope="col" class={extra} aria-sort={active ? sort.direction : undefined}>
        <button
          type="button"
          class="gb-sort"
          onClick={() =>
            setSort(
              active
                ? { column, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' }
                : { column, direction: 'ascending' },
            )
          }
        >
          <span>{text}</span>
          <GbIcon name={active ? (sort.direction === 'ascending' ? 'up' : 'down') : 'updown'} />
        </button>
      </th>
    );
  };

  const open = (row: GradebookRow) => {
    returnTo.current = null;
    setSelected(row.key);
  };

  return (
    <div class="inst-class-views">
      {view.rejected.length > 0 && (
        <section aria-labelledby="inst-rejected">
          <h2 id="inst-rejected">{strings['inst.class.rejectedHeading']}</h2>
          <ul class="inst-rejected">
            {view.rejected.map((r, i) => (
              <li key={`${r.fileName}-${i}`}>
                <strong>{r.fileName}</strong>: <span class="bad">{reasonOf(r.issues[0], strings)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {(view.duplicates.length > 0 || view.titles.length > 1) && (
        <div class="notice">
          {view.duplicates.map((d) => (
            <p key={`${d.name}-${d.classCode}`}>
              {format(strings['inst.class.duplicate'], { name: d.name, kept: d.kept, dropped: d.dropped.join(', ') })}
            </p>
          ))}
          {view.titles.length > 1 && <p>{format(strings['inst.class.titles'], { titles: view.titles.join(' / ') })}</p>}
        </div>
      )}
      {view.rows.length > 0 && (
        <section aria-labelledby="gb-heading" class="gb">
          <h2 id="gb-heading">{strings['gb.heading']}</h2>
          <div class="button-row no-print gb-toolbar">
            <label class="gb-filter">
              <span>{strings['gb.filter']}</span>{' '}
              <select
                value={gb.classCode ?? ''}
                onChange={(e) => setClassCode(e.currentTarget.value === '' ? null : e.currentTarget.value)}
              >
                <option value="">{strings['gb.filterAll']}</option>
                {gb.classCodes.map((code) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" class="secondary" onClick={() => void exportCsv()}>
              {strings['gb.exportCsv']}
            </button>
            <button type="button" class="secondary" onClick={() => window.print()}>
              {strings['gb.print']}
            </button>
          </div>
          <p id="gb-caption" class="muted">
            {strings['gb.caption']}
          </p>
          <p class="muted gb-shown">
            {format(strings['gb.rowsShown'], { shown: gb.rows.length, total: view.rows.length })}
          </p>
          <div class="table-scroll" tabIndex={0}>
            <table class="inst-table gb-table" aria-labelledby="gb-heading" aria-describedby="gb-caption">
              <thead>
                <tr>
                  {header('name', strings['inst.col.name'])}
                  {header('classCode', strings['inst.col.classCode'])}
                  {header('handedIn', strings['inst.col.handedIn'])}
                  {header('late', strings['inst.col.late'])}
                  {header('done', strings['gb.col.done'])}
                  {gb.columns.map((column, i) => header(i, columnLabel(column), 'gb-item'))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key} data-trainee={row.name}>
                    <th scope="row">
                      <button
                        type="button"
                        class="gb-name"
                        aria-expanded={selected === row.key}
                        aria-controls={selected === row.key ? 'gb-trainee' : undefined}
                        ref={(el) => {
                          if (el) nameButtons.current.set(row.key, el);
                          else nameButtons.current.delete(row.key);
                        }}
                        onClick={() => open(row)}
                      >
                        {row.name}
                      </button>
                    </th>
                    <td>{row.classCode}</td>
                    <td>{time(row.handedInAt)}</td>
                    <td>
                      {row.late ? (
                        <span class="gb-late">
                          <GbIcon name="clock" /> {strings['gb.late']}
                        </span>
                      ) : (
                        <span class="muted">{strings['gb.onTime']}</span>
                      )}
                    </td>
                    <td class="gb-num">
                      {row.done}/{gb.columns.length}
                    </td>
                    {row.cells.map((cell, i) => (
                      <td key={i} class="gb-num">
                        <CellView cell={cell} strings={strings} locale={locale} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={5}>
                    {strings['gb.foot.handedIn']}
                  </th>
                  {gb.columns.map((c) => (
                    <td key={c.key} class="gb-num">
                      {format(strings['gb.foot.of'], { done: c.stats.done, of: c.stats.of })}
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row" colSpan={5}>
                    {strings['gb.foot.mean']}
                  </th>
                  {gb.columns.map((c) => (
                    <td key={c.key} class="gb-num">
                      {c.stats.mean === null ? '' : statPercent(c.stats.mean, locale)}
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row" colSpan={5}>
                    {strings['gb.foot.median']}
                  </th>
                  {gb.columns.map((c) => (
                    <td key={c.key} class="gb-num">
                      {c.stats.median === null ? '' : statPercent(c.stats.median, locale)}
                    </td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </div>
        </section>
      )}
      {selectedRow && (
        <TraineeView
          row={selectedRow}
          columns={gb.columns}
          strings={strings}
          texts={texts}
          locale={locale}
          columnLabel={columnLabel}
          time={time}
          onClose={() => {
            returnTo.current = selectedRow.key;
            setSelected(null);
          }}
        />
      )}
      {itemsShown && itemViews}
      {view.rows.length > 0 && (
        <section aria-labelledby="inst-late">
          <h2 id="inst-late">{strings['inst.class.late']}</h2>
          {gb.rows.every((r) => !r.late) ? (
            <p>{strings['inst.class.noLate']}</p>
          ) : (
            <ul class="inst-late">
              {gb.rows
                .filter((r) => r.late)
                .map((r) => (
                  <li key={r.key}>
                    {r.name} — {time(r.handedInAt)}
                  </li>
                ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
