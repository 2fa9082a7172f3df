/**
 * What every calculator island shares: its state (raw field text, from a shared link, saved on
 * this device, or the preset), labelled fields with their error messages, the result frame, and
 * the tools — reset, share link, present mode, CSV export, print. A calculator supplies its
 * fields, validates and computes with its domain module, and renders the result.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { CalcFields } from '../../domain/calculators/fields';
import type { SheetInput, SheetItem } from '../../domain/calculators/sheet';
import type { FieldIssue } from '../../domain/result';
import type { Qr } from '../../domain/qr';
import type { calculatorsEn } from '../../i18n/features/calculators';
import type { FileKey } from '../../i18n/fileIssue';
import { format, type Locale } from '../../i18n/format';
import { formatNumber as formatLocaleNumber } from '../../i18n/numbers';
import { forgetFields, saveFields, savedFields } from '../../stores/calculators';
import type { STORAGE_NOTICE_KEYS } from '../StorageNotice';
import StorageNotice from '../LazyStorageNotice';
import { useHydrated } from '../useHydrated';

export type CalcKey = keyof typeof calculatorsEn;
/** The strings a calculator receives: the shared ones, its own, the storage notice's, and (with a file input) the file check's. */
export type Strings = Readonly<
  Partial<Record<CalcKey | FileKey, string>> & Record<(typeof STORAGE_NOTICE_KEYS)[number], string>
>;
type Values = Readonly<Record<string, string | number>>;

export interface CalcProps {
  /** The calculator's name (lib/calculators.ts); also its share-link parameter. */
  name: string;
  /** The locale-independent route of the page, so lesson and toolbox keep separate numbers. */
  place: string;
  locale: Locale;
  strings: Strings;
  /** The starting fields: the preset, or only the calculator's structure. */
  preset: CalcFields;
  /** Level of the calculator's own headings (the result), 2–6. */
  level?: number;
}

/** `x` for the page's language with at most `digits` decimals; never NaN, Infinity or "-0". */
export const formatNumber = (locale: Locale, x: number, digits = 2): string => formatLocaleNumber(x, locale, digits);

/** A row count kept as a field (`items`, `offers`, `projects`): a whole number within limits. */
export function count(text: string, min: number, max: number): number {
  const n = Number.parseInt(text, 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : min;
}

/**
 * Sharing, links, export, print, present mode and the question before a reset load their code
 * when first needed, in one module (one request, and one loader in every calculator page).
 */
const tools = () => import('./tools');
type Tools = typeof import('./tools');

/** Field names of issues that concern a group of fields rather than one. */
export const GENERAL = /^(total|items|weights|offers|projects)$/;

export type Calc = ReturnType<typeof useCalc>;

/** A calculator's state and helpers. `accept` matches every field name it reads (for shared links). */
export function useCalc(p: CalcProps, accept: RegExp) {
  const s = p.strings as Record<string, string | undefined>;
  const isHydrated = useHydrated();
  // While a shared link is being read, controls stay disabled so nothing is typed over it.
  const [readingLink, setReadingLink] = useState(true);
  const hydrated = isHydrated && !readingLink;
  const [f, setF] = useState<CalcFields>(p.preset);
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [messages, setMessages] = useState<((c: Calc, i: FieldIssue) => string) | null>(null);
  const loading = useRef(false);
  const pending = useRef<CalcFields | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  // The fields on screen, with their labels, for the CSV file: emptied each time the calculator
  // renders, and each field adds itself as it renders (a note, not state: nothing re-renders).
  // The frame's own updates (a toast, present mode) re-render no field, so the list stays whole.
  const shown = useRef(new Map<string, SheetInput>());
  shown.current.clear();
  const key = `${p.name}@${p.place}`;

  const t = (k: CalcKey, v?: Values) => format(s[k] ?? k, v);
  const num = (x: number, digits = 2) => formatNumber(p.locale, x, digits);
  const flush = () => {
    clearTimeout(timer.current);
    if (pending.current) saveFields(key, pending.current);
    pending.current = null;
  };
  /** Once the user changes anything, the page's own address no longer needs the link's state. */
  const dropParam = () => {
    const url = new URL(location.href);
    if (!url.searchParams.has(p.name)) return;
    url.searchParams.delete(p.name);
    history.replaceState(history.state, '', url);
  };

  useEffect(() => {
    const param = new URL(location.href).searchParams.get(p.name);
    if (param !== null) {
      // A shared link wins over what was saved; reading it loads with the other tools.
      tools()
        .then((m) => {
          const read = m.readLink(param, accept);
          if (read.ok) setF(read.value);
          // The limit comes with the issue, so the link-reading code stays out of the first load.
          const tooLong =
            !read.ok && read.issues[0]?.code === 'tooLong' ? Number(read.issues[0].params?.['max']) : null;
          setNote(
            read.ok
              ? t('calc.ui.fromLink')
              : tooLong !== null
                ? t('calc.ui.linkTooLong', { max: num(tooLong) })
                : t('calc.ui.linkBad'),
          );
        })
        .finally(() => setReadingLink(false));
    } else {
      const saved = savedFields(key);
      if (saved) setF(saved);
      setReadingLink(false);
    }
    addEventListener('pagehide', flush);
    return () => removeEventListener('pagehide', flush);
    // Once on mount: the fields start from the link or the saved copy, never again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const update = (next: CalcFields) => {
    setF(next);
    pending.current = next;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, 300);
    dropParam();
  };

  const c = {
    p,
    f,
    hydrated,
    note,
    /** The fields on screen, by name, with their labels and text, for the CSV file. */
    shown: shown.current,
    t,
    num,
    title: () => t(`calc.${p.name}.title` as CalcKey),
    /** This calculator's own string `calc.<name>.<k>`. */
    my: (k: string, v?: Values) => t(`calc.${p.name}.${k}` as CalcKey, v),
    /** Every number of `values` formatted with at most `digits` decimals, for a template. */
    nums: <K extends string>(values: Readonly<Record<K, number>>, digits = 2) => {
      const out = {} as Record<K, string>;
      for (const k in values) out[k] = num(values[k], digits);
      return out;
    },
    /** The raw text of a field ('' when absent). */
    v: (k: string) => f[k] ?? '',
    set: (k: string, value: string) => update({ ...f, [k]: value }),
    /** Replace every field at once (a tally's counters, an undo). */
    replace: (next: CalcFields) => update(next),
    /** Change several fields at once; `undefined` removes a field. */
    patch: (changes: Readonly<Record<string, string | undefined>>) => {
      const next: Record<string, string> = { ...f };
      for (const [k, value] of Object.entries(changes)) {
        if (value === undefined) delete next[k];
        else next[k] = value;
      }
      update(next);
    },
    reset: () => {
      clearTimeout(timer.current);
      pending.current = null;
      setF(p.preset);
      setTouched({});
      setNote('');
      forgetFields(key);
      dropParam();
    },
    touch: (k: string) => !touched[k] && setTouched({ ...touched, [k]: true }),
    touchAll: () => setTouched({ '*': true }),
    /** The id of a field's control. */
    id: (k: string) => `${p.name}-${k.replace(/\./g, '-')}`,
    /**
     * The message for an issue, in the page's language. Messages load with the other tools the
     * first time one is needed (a valid preset needs none), so for a moment this may be ''.
     */
    message: (i: FieldIssue): string => {
      if (messages) return messages(c, i);
      if (!loading.current && typeof window !== 'undefined') {
        loading.current = true;
        tools().then((m) => setMessages(() => m.issueMessage));
      }
      return '';
    },
    /** The message shown next to field `k` among `issues`, if any: a blank field is only flagged once touched. */
    err: (k: string, issues: readonly FieldIssue[]): string | undefined => {
      const i = issues.find((x) => x.field === k);
      if (!i || (i.code === 'required' && !touched[k] && !touched['*'])) return undefined;
      return c.message(i) || undefined;
    },
    /** Whether the result is missing only because of blank fields not yet touched. */
    onlyBlank: (list: readonly FieldIssue[]) =>
      list.every((i) => i.code === 'required' && !touched[i.field] && !touched['*']),
  };
  return c;
}

/**
 * The issues of the frame's latest validation, for the fields inside it: the frame provides them
 * and each field reads them while it renders, so nothing is written to shared state mid-render.
 */
const FrameIssues = createContext<readonly FieldIssue[]>([]);

export interface FieldProps {
  c: Calc;
  k: string;
  label: string;
  hint?: string | undefined;
  /** Added to the label for screen readers and exports only (e.g. which offer a field belongs to). */
  sr?: string | undefined;
}

/** How a field goes into the CSV file: its text (default: the field's, read as a number where it is one), or not at all. */
type FieldCsv = { text: string; verbatim?: boolean } | false;

/** Label, hint and error of one control; `children` renders the control with the given attributes. */
export function FieldBox({
  c,
  k,
  label,
  hint,
  sr,
  csv = { text: c.v(k) },
  children,
}: FieldProps & { csv?: FieldCsv; children: (a: Record<string, unknown>) => ComponentChildren }) {
  const id = c.id(k);
  if (csv) c.shown.set(k, { label: sr ? `${label} (${sr})` : label, ...csv });
  const e = c.err(k, useContext(FrameIssues));
  const described = [hint ? `${id}-h` : '', e ? `${id}-e` : ''].filter(Boolean).join(' ');
  return (
    <div class="calc-field">
      <label for={id}>
        {label}
        {sr && <span class="visually-hidden"> ({sr})</span>}
      </label>
      {children({
        id,
        name: k,
        disabled: !c.hydrated,
        'aria-invalid': e ? 'true' : undefined,
        'aria-describedby': described || undefined,
        onBlur: () => c.touch(k),
      })}
      {hint && (
        <span id={`${id}-h`} class="calc-hint">
          {hint}
        </span>
      )}
      {e && (
        <p id={`${id}-e`} class="field-error">
          <span aria-hidden="true">⚠ </span>
          {e}
        </p>
      )}
    </div>
  );
}

/** A number field: plain text, so thousands separators, "83%" and full-width digits are accepted. */
export function Num(props: FieldProps & { placeholder?: string }) {
  const { c, k, placeholder } = props;
  return (
    <FieldBox {...props}>
      {(a) => (
        <input
          {...a}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellcheck={false}
          placeholder={placeholder}
          value={c.v(k)}
          onInput={(ev) => c.set(k, ev.currentTarget.value)}
        />
      )}
    </FieldBox>
  );
}

/** A choice among fixed options: [value, label] pairs. */
export function Choice(
  props: FieldProps & { options: readonly (readonly [string, string])[]; onPick?: (value: string) => void },
) {
  const { c, k, options, onPick } = props;
  const chosen = options.find(([value]) => value === c.v(k))?.[1] ?? '';
  return (
    <FieldBox {...props} csv={{ text: chosen, verbatim: true }}>
      {(a) => (
        <select
          {...a}
          value={c.v(k)}
          onChange={(ev) => (onPick ?? ((v: string) => c.set(k, v)))(ev.currentTarget.value)}
        >
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </FieldBox>
  );
}

/** A heading at the calculator's level (`shift` levels deeper). */
export function H({
  c,
  shift = 0,
  id,
  children,
}: {
  c: Calc;
  shift?: number;
  id?: string;
  children: ComponentChildren;
}) {
  const Tag = `h${Math.min(6, (c.p.level ?? 4) + shift)}` as 'h4';
  return <Tag id={id}>{children}</Tag>;
}

/** Why there is no result (yet). */
export function NoResult({ c, issues }: { c: Calc; issues: readonly FieldIssue[] }) {
  return <p class="muted">{c.t(c.onlyBlank(issues) ? 'calc.ui.incomplete' : 'calc.ui.invalid')}</p>;
}

/** Issues that belong to a group of fields rather than one (e.g. "the weights add up to 0"). */
export function GroupIssues({ c, issues }: { c: Calc; issues: readonly FieldIssue[] }) {
  const general = issues.filter((i) => GENERAL.test(i.field));
  if (general.length === 0) return null;
  return (
    <ul class="field-error calc-group-issues">
      {general.map((i) => (
        <li key={i.field + i.code}>
          <span aria-hidden="true">⚠ </span>
          {c.message(i)}
        </li>
      ))}
    </ul>
  );
}

export interface FrameProps {
  c: Calc;
  /** Every issue of every validation, for the field messages. */
  issues: readonly FieldIssue[];
  /** The result, or null when the inputs do not give one. */
  result: ComponentChildren | null;
  /**
   * The same result for the CSV file, from the computed values: figures as numbers, the
   * sentences shown, the tables' rows (null with no result: the file then says why).
   */
  sheet: readonly SheetItem[] | null;
  /** One line the screen reader announces when the result changes. */
  summary: string;
  /** The fields a share link carries (default: all), and a note when they had to be simplified. */
  share?: ((f: CalcFields) => { fields: CalcFields; note?: string }) | undefined;
  /**
   * A question asked before Reset takes effect (e.g. "Clear the 18 hands counted?"), for a tool
   * whose state took effort to gather; without it, Reset acts at once.
   */
  confirmReset?: string | undefined;
  /** Called just before a reset, with the fields it discards (so they can be undone). */
  onReset?: ((before: CalcFields) => void) | undefined;
  /**
   * The result's views, in order (`calc.ui.view.<name>`), for a calculator with several: in
   * present mode one shows at a time under the headline — the elements marked `data-view="<name>"`
   * — and the arrow keys, space or the buttons step between them.
   */
  views?: readonly ViewName[] | undefined;
  children: ComponentChildren;
}

/** The calculator: inputs, result and tools. */
export type ViewName = 'summary' | 'formula' | 'interval' | 'distribution';

export function Frame({
  c,
  issues,
  result,
  sheet,
  summary,
  share,
  confirmReset,
  onReset,
  views,
  children,
}: FrameProps) {
  const root = useRef<HTMLDivElement>(null);
  const out = useRef<HTMLDivElement>(null);
  const [present, setPresent] = useState(false);
  const [inputs, setInputs] = useState(false);
  const [room, setRoom] = useState<{ link: string; qr: Qr | null } | null>(null);
  const [link, setLink] = useState('');
  const [toast, setToast] = useState('');
  const [confirming, setConfirming] = useState(false);
  // Present mode's bar (title, view stepper, inputs, exit) loads when presenting starts.
  const [Bar, setBar] = useState<Tools['PresentBar'] | null>(null);
  // The question before a reset loads when first asked.
  const [Confirm, setConfirm] = useState<Tools['ConfirmReset'] | null>(null);
  // The link box and the QR code load when someone first shares or presents.
  const [shared, setShared] = useState<Pick<Tools, 'LinkBox' | 'QrFigure'> | null>(null);
  const sharing = () => tools().then(setShared);
  const { p, t, hydrated } = c;
  const title = c.title();
  const rootId = `calc-${p.name}`;

  const reset = () => {
    setConfirming(false);
    onReset?.(c.f);
    c.reset();
  };

  useEffect(() => {
    if (present && !Bar) tools().then((m) => setBar(() => m.PresentBar));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loads once, when presenting starts
  }, [present]);

  const buttons: [CalcKey, () => unknown][] = [
    [
      'calc.ui.reset',
      () => (confirmReset ? tools().then((m) => (setConfirm(() => m.ConfirmReset), setConfirming(true))) : reset()),
    ],
    [
      'calc.ui.share',
      () =>
        tools().then(async (m) => {
          sharing();
          const made = await m.shareLink(c, share, rootId);
          setLink(made.link);
          setToast(made.toast);
          setRoom(await m.roomLink(c, share, rootId));
        }),
    ],
    [
      'calc.ui.present',
      () =>
        tools().then(async (m) => {
          sharing();
          m.present(root.current, !present, setPresent);
          setRoom(await m.roomLink(c, share, rootId));
        }),
    ],
    ['calc.ui.csv', () => tools().then((m) => m.exportCsv(c, sheet, issues))],
    ['calc.ui.print', () => tools().then((m) => m.printOnly(root.current))],
  ];

  return (
    <div
      ref={root}
      id={rootId}
      class={`calc${present ? ' present' : ''}${present && inputs ? ' with-inputs' : ''}`}
      data-calculator={p.name}
    >
      {present && Bar && (
        <Bar
          c={c}
          title={title}
          views={views}
          root={root}
          inputs={inputs}
          setInputs={setInputs}
          exit={() => tools().then((m) => m.present(root.current, false, setPresent))}
        />
      )}
      <StorageNotice strings={p.strings} locale={p.locale} />
      {c.note && (
        <p class="notice" role="status">
          {c.note}
        </p>
      )}
      <form
        class="calc-form"
        noValidate
        aria-label={t('calc.ui.inputs', { title })}
        onSubmit={(e) => {
          e.preventDefault();
          c.touchAll();
          out.current?.focus();
        }}
      >
        <FrameIssues.Provider value={issues}>{children}</FrameIssues.Provider>
        <p class="calc-submit">
          <button type="submit" disabled={!hydrated}>
            {t('calc.ui.calculate')}
          </button>
        </p>
      </form>
      <div ref={out} class="calc-result" tabIndex={-1} aria-labelledby={`${rootId}-result`}>
        <H c={c} id={`${rootId}-result`}>
          {t('calc.ui.result')}
        </H>
        <GroupIssues c={c} issues={issues} />
        {result ?? <NoResult c={c} issues={issues} />}
        <p class="visually-hidden" aria-live="polite">
          {hydrated ? summary : ''}
        </p>
      </div>
      <div class="calc-bar" role="group" aria-label={t('calc.ui.tools')}>
        {buttons.map(([k, onClick]) => (
          <button
            key={k}
            type="button"
            class={k === 'calc.ui.reset' ? 'quiet' : 'secondary'}
            disabled={!hydrated}
            aria-pressed={k === 'calc.ui.present' ? present : undefined}
            onClick={onClick}
          >
            {t(k)}
          </button>
        ))}
      </div>
      {confirming && confirmReset && Confirm && (
        <Confirm c={c} question={confirmReset} onYes={reset} onNo={() => setConfirming(false)} />
      )}
      {link && shared && <shared.LinkBox c={c} rootId={rootId} link={link} />}
      <p class="calc-toast" role="status">
        {toast}
      </p>
      {(present || link) && room?.qr && shared && (
        <shared.QrFigure c={c} room={{ link: room.link, qr: room.qr }} present={present} />
      )}
    </div>
  );
}
