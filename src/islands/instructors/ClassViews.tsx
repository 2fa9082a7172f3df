import type { ClassView } from '../../domain/instructors/class';
import { itemKey } from '../../domain/instructors/assignment';
import type { FieldIssue } from '../../domain/result';
import { format } from '../../i18n/format';
import { FILE_KEYS, fileIssueText } from '../../i18n/fileIssue';
import type { CatalogueItem } from './types';

export const CLASS_VIEW_KEYS = [
  'inst.class.rejectedHeading',
  'inst.class.duplicate',
  'inst.class.titles',
  'inst.class.table',
  'inst.col.name',
  'inst.col.classCode',
  'inst.col.handedIn',
  'inst.col.late',
  'inst.col.completed',
  'inst.yes',
  'inst.no',
  'inst.cell.done',
  'inst.cell.missing',
  'inst.class.cases',
  'inst.class.attempts',
  'inst.class.dimension',
  'inst.class.n',
  'inst.class.min',
  'inst.class.median',
  'inst.class.max',
  'inst.class.decision',
  'inst.class.choice',
  'inst.class.count',
  'inst.class.mostMissed',
  'inst.class.question',
  'inst.class.missed',
  'inst.class.missedOf',
  'inst.class.lowestBanks',
  'inst.class.meanScore',
  'inst.class.late',
  'inst.class.noLate',
  'inst.reason.notJson',
  'inst.reason.tooLarge',
  'inst.reason.notResultsFile',
  'inst.reason.newerVersion',
  'inst.reason.badVersion',
  'inst.reason.badChecksum',
  'inst.reason.checksumMismatch',
  'inst.reason.unreadable',
  'inst.reason.field',
  'cases.dim.empathy',
  'cases.dim.flexibility',
  'cases.dim.ownership',
  'cases.dim.dignity',
  'cases.dim.followThrough',
  'cases.dim.proactivity',
  ...FILE_KEYS,
] as const;
export type ClassViewStrings = Record<(typeof CLASS_VIEW_KEYS)[number], string>;

const REASONS = ['notJson', 'tooLarge', 'notResultsFile', 'newerVersion', 'badVersion', 'badChecksum', 'checksumMismatch', 'unreadable'] as const;

export function reasonOf(issue: FieldIssue | undefined, strings: ClassViewStrings): string {
  const fileText = issue ? fileIssueText(issue, strings) : null;
  if (fileText !== null) return fileText;
  const code = issue?.code ?? 'unreadable';
  return (REASONS as readonly string[]).includes(code)
    ? strings[`inst.reason.${code as (typeof REASONS)[number]}`]
    : format(strings['inst.reason.field'], { field: issue?.field ?? '', code });
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
const round = (n: number) => String(Math.round(n * 10) / 10);

/** The class: refused files, notices, the trainees × items table, cases, questions, late hand-ins. */
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
  locale: string;
  texts: Readonly<Record<string, string>>;
}) {
  const text = (key: string, fallback: string) => (Object.prototype.hasOwnProperty.call(texts, key) ? (texts[key] as string) : fallback);
  const label = (key: string, fallback: string) => catalogue.find((c) => itemKey(c) === key)?.label ?? fallback;
  const dim = (d: string) => (strings as Record<string, string>)[`cases.dim.${d}`] ?? d;
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
            <p key={`${d.name}-${d.classCode}`}>{format(strings['inst.class.duplicate'], { name: d.name, kept: d.kept, dropped: d.dropped.join(', ') })}</p>
          ))}
          {view.titles.length > 1 && <p>{format(strings['inst.class.titles'], { titles: view.titles.join(' / ') })}</p>}
        </div>
      )}
      {view.rows.length > 0 && (
        <section aria-labelledby="inst-table">
          <h2 id="inst-table">{strings['inst.class.table']}</h2>
          <div class="table-scroll" tabIndex={0}>
            <table class="inst-table">
              <thead>
                <tr>
                  <th scope="col">{strings['inst.col.name']}</th>
                  <th scope="col">{strings['inst.col.classCode']}</th>
                  <th scope="col">{strings['inst.col.handedIn']}</th>
                  <th scope="col">{strings['inst.col.late']}</th>
                  <th scope="col">{strings['inst.col.completed']}</th>
                  {view.items.map((item) => (
                    <th scope="col" key={itemKey(item)}>{label(itemKey(item), item.id)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {view.rows.map((row) => (
                  <tr key={`${row.name}-${row.classCode}`}>
                    <th scope="row">{row.name}</th>
                    <td>{row.classCode}</td>
                    <td>{new Date(row.handedInAt).toLocaleString(locale)}</td>
                    <td class={row.late ? 'bad' : ''}>{row.late ? strings['inst.yes'] : strings['inst.no']}</td>
                    <td class="inst-completed">{row.done}/{view.items.length}</td>
                    {row.cells.map((cell, i) => (
                      <td key={i}>{!cell || !cell.done ? strings['inst.cell.missing'] : cell.score !== null ? percent(cell.score) : `✓ ${strings['inst.cell.done']}`}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {view.cases.filter((c) => c.attempts > 0).length > 0 && (
        <section aria-labelledby="inst-cases">
          <h2 id="inst-cases">{strings['inst.class.cases']}</h2>
          {view.cases
            .filter((c) => c.attempts > 0)
            .map((c) => (
              <div key={c.caseId} class="inst-case">
                <h3>{label(`case:${c.caseId}`, c.caseId)}</h3>
                <p>{format(strings['inst.class.attempts'], { count: c.attempts })}</p>
                <div class="table-scroll" tabIndex={0}>
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{strings['inst.class.dimension']}</th>
                        <th scope="col">{strings['inst.class.n']}</th>
                        <th scope="col">{strings['inst.class.min']}</th>
                        <th scope="col">{strings['inst.class.median']}</th>
                        <th scope="col">{strings['inst.class.max']}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {c.dimensions.map((d) => (
                        <tr key={d.dimension}>
                          <th scope="row">{dim(d.dimension)}</th>
                          <td>{d.spread.n}</td>
                          <td>{round(d.spread.min)}</td>
                          <td>{round(d.spread.median)}</td>
                          <td>{round(d.spread.max)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                {c.decisions.map((d) => (
                  <div class="table-scroll" tabIndex={0} key={d.nodeId}>
                    <table>
                      <caption>{format(strings['inst.class.decision'], { node: text(`${c.caseId}/${d.nodeId}`, d.nodeId) })}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{strings['inst.class.choice']}</th>
                          <th scope="col">{strings['inst.class.count']}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {d.choices.map((choice) => (
                          <tr key={choice.choiceId}>
                            <th scope="row">{text(`${c.caseId}/${d.nodeId}/${choice.choiceId}`, choice.choiceId)}</th>
                            <td>
                              {choice.count} ({percent(choice.count / c.attempts)})
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                ))}
              </div>
            ))}
        </section>
      )}
      {view.mostMissed.length > 0 && (
        <section aria-labelledby="inst-missed">
          <h2 id="inst-missed">{strings['inst.class.mostMissed']}</h2>
          <div class="table-scroll" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{strings['inst.class.question']}</th>
                  <th scope="col">{strings['inst.class.missed']}</th>
                </tr>
              </thead>
              <tbody>
                {view.mostMissed.slice(0, 20).map((m) => (
                  <tr key={`${m.bankId}-${m.questionId}`}>
                    <th scope="row">{label(`selfCheck:${m.bankId}`, m.bankId)} — {m.questionId}</th>
                    <td>{format(strings['inst.class.missedOf'], { missed: m.missed, answered: m.answered })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {view.lowestBanks.length > 0 && (
        <section aria-labelledby="inst-banks">
          <h2 id="inst-banks">{strings['inst.class.lowestBanks']}</h2>
          <div class="table-scroll" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{strings['inst.class.question']}</th>
                  <th scope="col">{strings['inst.class.meanScore']}</th>
                  <th scope="col">{strings['inst.class.n']}</th>
                </tr>
              </thead>
              <tbody>
                {view.lowestBanks.map((b) => (
                  <tr key={b.bankId}>
                    <th scope="row">{label(`selfCheck:${b.bankId}`, label(`assessment:${b.bankId}`, b.bankId))}</th>
                    <td>{percent(b.meanShare)}</td>
                    <td>{b.n}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {view.rows.length > 0 && (
        <section aria-labelledby="inst-late">
          <h2 id="inst-late">{strings['inst.class.late']}</h2>
          {view.late.length === 0 ? (
            <p>{strings['inst.class.noLate']}</p>
          ) : (
            <ul class="inst-late">
              {view.late.map((r) => (
                <li key={`${r.name}-${r.classCode}`}>
                  {r.name} — {new Date(r.handedInAt).toLocaleString(locale)}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
