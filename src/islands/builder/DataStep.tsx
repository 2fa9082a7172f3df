import { useRef, useState } from 'preact/hooks';
import { format } from '../../i18n/format';
import type { FieldIssue } from '../../domain/result';
import type { QuestionnaireItem } from '../../domain/indicators/questionnaire';
import type { ResponseSet } from '../../domain/indicators/responses';
import { validateTypedResponses } from '../../domain/indicators/responses';
import { toCsv } from '../../domain/csv';
import { setResponses } from '../../domain/builder/edit';
import { templateRows } from '../../domain/builder/results-table';
import { downloadText } from '../../browser/download';
import { issueMessage } from './messages';
import type { BuilderStrings } from './strings';
import type { StepProps } from './Workbench';
import { FileInput } from '../FileInput';

/** Most saved respondents shown for editing in the typed table (more come from files). */
const TYPED_LIMIT = 200;
/** Files above this many bytes are refused before reading (the engine's limit is 20 million characters). */
const MAX_CSV_BYTES = 80_000_000;

type Outcome =
  | { readonly kind: 'ok'; readonly text: string }
  | { readonly kind: 'bad'; readonly heading: string; readonly issues: readonly FieldIssue[] };

/** Step 5: run the survey — type the answers in, or import them from a CSV file or pasted text. */
export default function DataStep({ system, evaluation, strings: s, update, nameOf, goTo }: StepProps) {
  const items = evaluation.questionnaire.items;
  const count = system.responses?.respondents.length ?? 0;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pasted, setPasted] = useState('');
  // The typed table starts again from the saved answers when they change elsewhere (an import,
  // "remove all"), but not after its own save, so its message and rows stay as they are.
  const ownSave = useRef<ResponseSet | null>(null);
  const tableVersion = useRef<{ responses: ResponseSet | undefined; n: number }>({ responses: system.responses, n: 0 });
  if (system.responses !== tableVersion.current.responses) {
    if (system.responses !== ownSave.current) tableVersion.current.n++;
    tableVersion.current.responses = system.responses;
  }

  const confirmReplace = (n: number) => n === 0 || window.confirm(format(s['builder.data.replaceConfirm'], { n }));

  const importCsv = async (text: string, source: string) => {
    const { importResponsesCsv } = await import('../../domain/indicators/csv-import');
    const result = importResponsesCsv(text, items);
    if (!result.ok) {
      setOutcome({
        kind: 'bad',
        heading: format(s['builder.data.importFailed'], { source, n: result.issues.length }),
        issues: result.issues,
      });
      return;
    }
    if (!confirmReplace(count)) return;
    update(setResponses(system, result.value.responses));
    setOutcome({
      kind: 'ok',
      text: format(s['builder.data.imported'], { n: result.value.responses.respondents.length, source }),
    });
  };

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // The shared file check (loaded on use) before anything is parsed or written.
    const { readCheckedFile } = await import('../../domain/files/checkFile');
    const checked = await readCheckedFile(file, { maxBytes: MAX_CSV_BYTES, expect: 'table' });
    if (!checked.ok) {
      setOutcome({
        kind: 'bad',
        heading: format(s['builder.data.importFailed'], { source: file.name, n: 1 }),
        issues: checked.issues,
      });
      return;
    }
    await importCsv(checked.value, file.name);
  };

  const onClear = () => {
    if (!window.confirm(format(s['builder.data.clearConfirm'], { n: count }))) return;
    update(setResponses(system, null));
    setOutcome({ kind: 'ok', text: s['builder.data.cleared'] });
  };

  const template = () =>
    downloadText(
      'loyalty-answers-template.csv',
      toCsv(templateRows(items.map((i) => i.indicatorId)), { bom: true }),
      'text/csv',
    );

  return (
    <div class="builder-step">
      <p class="prose">{s['builder.data.intro']}</p>
      <div class="box">
        <p>
          <strong>{count > 0 ? format(s['builder.data.saved'], { n: count }) : s['builder.data.none']}</strong>
        </p>
        {count > 0 && (
          <div class="builder-actions">
            <button type="button" onClick={() => goTo(6)}>
              {s['builder.data.seeResults']}
            </button>
            <button type="button" class="danger" onClick={onClear}>
              {s['builder.data.clear']}
            </button>
          </div>
        )}
      </div>

      <section aria-labelledby="builder-csv-heading">
        <h3 id="builder-csv-heading">{s['builder.data.csvHeading']}</h3>
        <p class="muted">{s['builder.data.csvIntro']}</p>
        <p>
          <button type="button" class="secondary" onClick={template}>
            {s['builder.data.template']}
          </button>
        </p>
        <p class="builder-field">
          <label for="builder-csv-file">{s['builder.data.file']}</label>
          <FileInput strings={s} id="builder-csv-file" accept=".csv,.tsv,.txt,text/csv,text/plain" onChange={onFile} />
        </p>
        <p class="builder-field">
          <label for="builder-csv-paste">{s['builder.data.paste']}</label>
          <textarea
            id="builder-csv-paste"
            rows={5}
            value={pasted}
            spellcheck={false}
            onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)}
          />
        </p>
        <button type="button" class="secondary" onClick={() => void importCsv(pasted, s['builder.data.pastedSource'])}>
          {s['builder.data.importPasted']}
        </button>
        <div role="status" aria-live="polite">
          {outcome?.kind === 'ok' && (
            <p class="ok">
              <span aria-hidden="true">✓ </span>
              {outcome.text}
            </p>
          )}
        </div>
        <div role="alert">
          {outcome?.kind === 'bad' && (
            <div class="notice">
              <p>{outcome.heading}</p>
              <ul class="builder-issues">
                {outcome.issues.map((issue, i) => (
                  <li key={i}>{issueMessage(issue, s, { indicator: nameOf })}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </section>

      <TypedResponses
        key={`${items.map((i) => i.indicatorId).join('|')}|${tableVersion.current.n}`}
        items={items}
        saved={count <= TYPED_LIMIT ? (system.responses ?? null) : null}
        savedCount={count}
        strings={s}
        nameOf={nameOf}
        onSave={(responses) => {
          if (count > TYPED_LIMIT && !confirmReplace(count)) return false;
          ownSave.current = responses;
          update(setResponses(system, responses));
          return true;
        }}
      />
    </div>
  );
}

interface Row {
  readonly key: number;
  readonly id: string;
  readonly answers: readonly string[];
}

function rowsFrom(saved: ResponseSet | null, items: readonly QuestionnaireItem[]): Row[] {
  if (!saved || saved.respondents.length === 0) return [{ key: 0, id: 'R1', answers: items.map(() => '') }];
  const columns = items.map((item) => saved.indicatorIds.indexOf(item.indicatorId));
  return saved.respondents.map((r, i) => ({
    key: i,
    id: r.id,
    answers: columns.map((k) => (k >= 0 && r.answers[k] !== undefined ? String(r.answers[k]) : '')),
  }));
}

/** Typed entry: one row per respondent, checked all or nothing when saved. */
function TypedResponses({
  items,
  saved,
  savedCount,
  strings: s,
  nameOf,
  onSave,
}: {
  items: readonly QuestionnaireItem[];
  saved: ResponseSet | null;
  savedCount: number;
  strings: BuilderStrings;
  nameOf: (id: string) => string | undefined;
  onSave: (responses: ResponseSet) => boolean;
}) {
  const [rows, setRows] = useState<Row[]>(() => rowsFrom(saved, items));
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const nextKey = useRef(rows.length);
  const table = useRef<HTMLTableElement>(null);

  const cellIssue = new Map<string, number>();
  issues.forEach((issue, i) => {
    const row = issue.params?.['row'];
    const column = issue.params?.['column'];
    if (row !== undefined && column !== undefined && !cellIssue.has(`${row}|${column}`))
      cellIssue.set(`${row}|${column}`, i);
  });
  const cellProps = (row: number, column: string) => {
    const i = cellIssue.get(`${row}|${column}`);
    return i === undefined ? {} : { 'aria-invalid': 'true' as const, 'aria-describedby': `builder-typed-issue-${i}` };
  };

  const edit = (index: number, change: (row: Row) => Row) => {
    setRows(rows.map((r, i) => (i === index ? change(r) : r)));
    setStatus(null);
  };
  const addRow = () => {
    const taken = new Set(rows.map((r) => r.id));
    let n = rows.length + 1;
    while (taken.has(`R${n}`)) n++;
    setRows([...rows, { key: nextKey.current++, id: `R${n}`, answers: items.map(() => '') }]);
    setTimeout(() => table.current?.querySelector<HTMLInputElement>('tbody tr:last-child input')?.focus(), 0);
  };
  const removeRow = (index: number) => {
    setRows(rows.filter((_, i) => i !== index));
    setIssues([]);
    setStatus(null);
  };
  const save = () => {
    const checked = validateTypedResponses(
      rows.map((r) => ({ respondentId: r.id, answers: r.answers })),
      items,
    );
    if (!checked.ok) {
      setIssues(checked.issues);
      setStatus(null);
      return;
    }
    if (!onSave(checked.value)) return;
    setIssues([]);
    setStatus(format(s['builder.typed.saved'], { n: checked.value.respondents.length }));
  };

  return (
    <section aria-labelledby="builder-typed-heading">
      <h3 id="builder-typed-heading">{s['builder.typed.heading']}</h3>
      <p class="muted">
        {savedCount > TYPED_LIMIT
          ? format(s['builder.typed.tooMany'], { n: savedCount, max: TYPED_LIMIT })
          : s['builder.typed.intro']}
      </p>
      <div class="table-scroll">
        <table class="builder-table builder-typed" ref={table}>
          <caption>{s['builder.typed.caption']}</caption>
          <thead>
            <tr>
              <th scope="col">{s['builder.typed.row']}</th>
              <th scope="col">{s['builder.typed.respondent']}</th>
              {items.map((item) => (
                <th scope="col" key={item.id}>
                  {format(s['builder.q.itemNumber'], { n: item.number })}
                  <span class="builder-col-name">{nameOf(item.indicatorId) ?? item.indicatorId}</span>
                  <span class="builder-col-scale">
                    {item.scale.min}–{item.scale.max}
                  </span>
                </th>
              ))}
              <th scope="col">
                <span class="visually-hidden">{s['builder.typed.actions']}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.key}>
                <th scope="row">{index + 1}</th>
                <td>
                  <input
                    class="builder-id"
                    value={row.id}
                    maxLength={100}
                    aria-label={format(s['builder.typed.idLabel'], { row: index + 1 })}
                    {...cellProps(index + 1, 'respondent')}
                    onInput={(e) => edit(index, (r) => ({ ...r, id: (e.currentTarget as HTMLInputElement).value }))}
                  />
                </td>
                {items.map((item, k) => (
                  <td key={item.id}>
                    <input
                      class="builder-number"
                      inputMode="decimal"
                      value={row.answers[k]}
                      aria-label={format(s['builder.typed.cellLabel'], {
                        row: index + 1,
                        item: format(s['builder.q.itemNumber'], { n: item.number }),
                        name: nameOf(item.indicatorId) ?? item.indicatorId,
                      })}
                      {...cellProps(index + 1, item.indicatorId)}
                      onInput={(e) => {
                        const value = (e.currentTarget as HTMLInputElement).value;
                        edit(index, (r) => ({ ...r, answers: r.answers.map((a, j) => (j === k ? value : a)) }));
                      }}
                    />
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    class="secondary small"
                    disabled={rows.length <= 1}
                    onClick={() => removeRow(index)}
                  >
                    {s['builder.remove']}
                    <span class="visually-hidden"> {format(s['builder.typed.rowName'], { row: index + 1 })}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="builder-actions">
        <button type="button" class="secondary" onClick={addRow}>
          {s['builder.typed.addRow']}
        </button>
        <button type="button" onClick={save}>
          {s['builder.typed.save']}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {status && (
          <p class="ok">
            <span aria-hidden="true">✓ </span>
            {status}
          </p>
        )}
      </div>
      <div role="alert">
        {issues.length > 0 && (
          <div class="notice">
            <p>{format(s['builder.typed.notSaved'], { n: issues.length })}</p>
            <ul class="builder-issues">
              {issues.map((issue, i) => (
                <li key={i} id={`builder-typed-issue-${i}`}>
                  {issueMessage(issue, s, { indicator: nameOf })}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
