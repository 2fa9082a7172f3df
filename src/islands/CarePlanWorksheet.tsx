import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../i18n/format';
// Direct module imports (not the barrel), so that file and CSV code stays in the lazily loaded extras.
import { CARE_FORM_IDS, CHANNEL_IDS } from '../domain/worksheet/ids';
import { LIMITS, initialWorksheet } from '../domain/worksheet/worksheet';
import { selfRatingComplete } from '../domain/worksheet/raters';
import * as store from '../stores/worksheet';
import { useHydrated, useSavedStore } from './useHydrated';
import StorageNotice from './StorageNotice';
import EntryTable, { type Column } from './worksheet/EntryTable';
import Answers from './worksheet/Answers';
import Ratings from './worksheet/Ratings';
import type { WorksheetStrings } from './worksheet/strings';
import { FileInput } from './FileInput';

export type { WorksheetStrings } from './worksheet/strings';

type Extras = typeof import('./worksheet/extras');
let extrasLoading: Promise<Extras> | null = null;
/** Export, import, checking and the print handout load on first use (and on first interaction, to be ready). */
const loadExtras = () => (extrasLoading ??= import('./worksheet/extras'));

const INITIAL = initialWorksheet();
const NO_ERRORS: ReadonlyMap<string, string> = new Map();

type Message = { kind: 'ok' | 'bad'; text: string; issues?: string[] };

/**
 * Training task 1, the WW care plan: the plan table, the action checklist, answers to the case
 * questions, self and peer ratings with the rubric, the score summary, and — once the learner
 * has rated their own plan — the reference answer. Saved on every change; prints as a handout;
 * exports CSV and JSON; imports JSON all or nothing.
 */
export default function CarePlanWorksheet({ locale, strings: s }: { locale: Locale; strings: WorksheetStrings }) {
  const hydrated = useHydrated();
  const ws = useSavedStore(store.$worksheet, INITIAL);
  const disabled = !hydrated;
  const [extras, setExtras] = useState<Extras | null>(null);
  const [status, setStatus] = useState('');
  const [message, setMessage] = useState<Message | null>(null);
  const [checked, setChecked] = useState(false);
  const [printing, setPrinting] = useState(false);
  // Bumped by import and reset so that the cost cells (which keep what is typed) show the new values.
  const [generation, setGeneration] = useState(0);
  const [focusId, setFocusId] = useState<string | null>(null);

  // Store changes reach the page a tick after the action that made them, so a control asked for
  // focus (a new row's first cell, a moved row's button) may not exist or be enabled yet: try
  // again on each render until it takes the focus.
  useEffect(() => {
    const control = focusId === null ? null : document.getElementById(focusId);
    control?.focus();
    // Clear only this request: a newer one may have been made since this render (effects run late).
    if (control && document.activeElement === control) setFocusId((current) => (current === focusId ? null : current));
  }, [focusId, ws]);
  useEffect(() => {
    if (printing && extras) {
      setPrinting(false);
      window.print();
    }
  }, [printing, extras]);

  /** The extras, loading them if needed; null (and a message) if they cannot be loaded. */
  const withExtras = async (): Promise<Extras | null> => {
    try {
      const [loaded] = await Promise.all([loadExtras(), store.loadEditing()]);
      setExtras(() => loaded);
      return loaded;
    } catch {
      extrasLoading = null;
      setMessage({ kind: 'bad', text: s['worksheet.extrasFailed'] });
      return null;
    }
  };
  const warm = () => {
    if (!extras) void withExtras();
  };

  // After "Check my worksheet", problems stay listed (and next to their fields) until fixed.
  const review = checked && extras ? extras.review(ws, s, locale) : null;
  const errors = review?.errors ?? NO_ERRORS;
  const announce = (text: string) => setStatus(text);
  const section = { s, locale, disabled, errors, announce, focus: setFocusId };

  const onReference = async () => (await withExtras()) && setFocusId('ws-reference');
  const onCheck = async () => (await withExtras()) && setChecked(true);
  const onPrint = async () => (await withExtras()) && setPrinting(true);
  const onExport = async (kind: 'csv' | 'json') => {
    const x = await withExtras();
    if (x) {
      x.exportWorksheet(kind, ws, s);
      announce(s['worksheet.exported']);
    }
  };
  const onImport = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    const x = file && (await withExtras());
    if (!file || !x) return;
    const outcome = await x.importWorksheetFile(file, s, locale);
    if (outcome.ok) {
      setGeneration((g) => g + 1);
      setMessage({ kind: 'ok', text: s['worksheet.imported'] });
    } else {
      setMessage({ kind: 'bad', text: s['worksheet.importFailed'], issues: outcome.issues });
      setFocusId('ws-message');
    }
  };
  const onReset = () => {
    if (!window.confirm(s['worksheet.resetConfirm'])) return;
    store.resetWorksheet();
    setChecked(false);
    setGeneration((g) => g + 1);
    setMessage({ kind: 'ok', text: s['worksheet.resetDone'] });
  };

  const planColumns: Column[] = [
    { key: 'need', kind: 'area', max: LIMITS.need },
    { key: 'measure', kind: 'area', max: LIMITS.measure },
    {
      key: 'form',
      kind: 'select',
      options: CARE_FORM_IDS.map((id, i) => [id, `${i + 1}. ${s[`worksheet.form.${id}`]}`]),
    },
    { key: 'channel', kind: 'select', options: CHANNEL_IDS.map((id) => [id, s[`worksheet.channel.${id}`]]) },
    { key: 'timing', kind: 'text', max: LIMITS.timing },
    { key: 'cost', kind: 'cost' },
    { key: 'currency', kind: 'text', max: LIMITS.currency },
  ];
  const checklistColumns: Column[] = [
    { key: 'action', kind: 'area', max: LIMITS.action },
    { key: 'owner', kind: 'text', max: LIMITS.owner },
    { key: 'due', kind: 'date' },
    { key: 'done', kind: 'check' },
  ];

  return (
    <div class="worksheet" onFocusIn={warm}>
      <div class="no-print">
        <StorageNotice strings={s} locale={locale} />
      </div>
      <EntryTable
        key={`p${generation}`}
        {...section}
        list="plan"
        entries={ws.plan}
        addId="ws-add-row"
        columns={planColumns}
        max={LIMITS.planRows}
      />
      <EntryTable
        {...section}
        list="checklist"
        entries={ws.checklist}
        addId="ws-add-item"
        columns={checklistColumns}
        max={LIMITS.checklistItems}
      />
      <Answers answers={ws.answers} s={s} disabled={disabled} errors={errors} />
      <Ratings ratings={ws.ratings} s={s} locale={locale} disabled={disabled} announce={announce} focus={setFocusId} />
      {/* The reference answer comes with the extras: once the learner has rated their own plan, they have interacted. */}
      {!(hydrated && selfRatingComplete(ws.ratings)) ? (
        <p class="muted no-print">{s['worksheet.ref.locked']}</p>
      ) : extras ? (
        <extras.Reference s={s} />
      ) : (
        <p class="no-print">
          <button type="button" class="secondary" onClick={onReference}>
            {s['worksheet.ref.summary']}
          </button>
        </p>
      )}

      <section class="ws-section box no-print" aria-labelledby="ws-tools-heading">
        <h2 id="ws-tools-heading">{s['worksheet.tools.heading']}</h2>
        <div class="ws-buttons">
          <button type="button" disabled={disabled} onClick={onCheck}>
            {s['worksheet.check']}
          </button>
          <button type="button" class="secondary" disabled={disabled} onClick={onPrint}>
            {s['worksheet.print']}
          </button>
          <button type="button" class="secondary" disabled={disabled} onClick={() => onExport('csv')}>
            {s['worksheet.exportCsv']}
          </button>
          <button type="button" class="secondary" disabled={disabled} onClick={() => onExport('json')}>
            {s['worksheet.exportJson']}
          </button>
        </div>
        <div class="ws-review" aria-live="polite">
          {review && extras && <extras.ReviewList ws={ws} issues={review.issues} s={s} locale={locale} />}
        </div>
        <p class="ws-import">
          <label for="ws-import">{s['worksheet.import']}</label>
          <span id="ws-import-help" class="muted">
            {s['worksheet.importHelp']}
          </span>
          <FileInput
            strings={s}
            id="ws-import"
            accept="application/json,.json"
            aria-describedby="ws-import-help"
            disabled={disabled}
            onChange={onImport}
          />
        </p>
        <div role="status">{message?.kind === 'ok' && <p class="ok">{message.text}</p>}</div>
        <div id="ws-message" role="alert" tabIndex={-1} class={message?.kind === 'bad' ? 'notice' : undefined}>
          {message?.kind === 'bad' && <p>{message.text}</p>}
          {message?.kind === 'bad' && message.issues && (
            <ul>
              {message.issues.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </div>
        <p>
          <button type="button" class="danger" disabled={disabled} onClick={onReset}>
            {s['worksheet.reset']}
          </button>
        </p>
      </section>
      <p class="visually-hidden" role="status">
        {status}
      </p>
      {hydrated && extras ? (
        <extras.PrintView ws={ws} s={s} locale={locale} />
      ) : (
        <p class="print-only">{s['worksheet.printHint']}</p>
      )}
    </div>
  );
}
