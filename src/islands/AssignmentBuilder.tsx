import { useState } from 'preact/hooks';
import {
  INSTRUCTIONS_MAX,
  itemKey,
  TITLE_MAX,
  validateAssignment,
  type Assignment,
} from '../domain/instructors/assignment';
import { assignmentsSlot, type PastAssignment } from '../domain/instructors/drafts';
import type { FieldIssue } from '../domain/result';
import { formatDay } from '../i18n/dates';
import { format, type Locale } from '../i18n/format';
import {
  $assignments,
  clearDraft,
  currentDraft,
  deletePast,
  loadIntoDraft,
  moveChosen,
  recordLink,
  setPreset,
  toggleItem,
  updateDraft,
} from '../stores/assignments';
import AssignmentQr from './instructors/AssignmentQr';
import ChosenList from './instructors/ChosenList';
import ItemPicker from './instructors/ItemPicker';
import PastAssignments, { type PastAction } from './instructors/PastAssignments';
import type { BUILDER_KEYS } from './instructors/keys';
import type { CatalogueItem } from '../domain/instructors/catalogue';
import StorageNotice from './LazyStorageNotice';
import { useHydrated, useSavedStore } from './useHydrated';

type Strings = Record<(typeof BUILDER_KEYS)[number], string>;

const FIELDS = ['title', 'instructions', 'due', 'classCode', 'items', 'link'] as const;
type Field = (typeof FIELDS)[number];
/** The element each field's error points at (the error summary links there). */
const TARGET: Record<Field, string> = {
  title: 'inst-title',
  instructions: 'inst-instructions',
  due: 'inst-due',
  classCode: 'inst-classCode',
  items: 'inst-search',
  link: 'inst-instructions',
};
const LABEL: Record<Field, keyof Strings> = {
  title: 'inst.field.title',
  instructions: 'inst.field.instructions',
  due: 'inst.field.due',
  classCode: 'inst.field.classCode',
  items: 'asg.picker.heading',
  link: 'inst.link.label',
};

/** The shared words for common problems; loaded with the first problem to show, not with the page. */
type Words = typeof import('../i18n/issues');

function message(issue: FieldIssue, strings: Strings, locale: Locale, words: Words): string {
  const p = issue.params ?? {};
  if (issue.field === 'link' && issue.code === 'tooLong') return format(strings['inst.err.linkTooLong'], p);
  // Limits are whole numbers of characters, written as they are.
  const shared = words.issueSentence(issue, strings, locale, String);
  if (shared !== null) return shared;
  switch (issue.code) {
    case 'badDate':
      return strings['inst.err.badDate'];
    case 'badClassCode':
      return strings['inst.err.badClassCode'];
    case 'tooMany':
      return format(strings['inst.err.tooMany'], p);
    default:
      return strings['inst.err.noItems'];
  }
}

type Errors = Partial<Record<Field, string>>;
type Shown = { readonly assignment: Assignment; readonly fragment: string };

const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/**
 * The instructor's form: choose and order items, describe the assignment, get a short link,
 * a QR code and a printable handout. The form is kept on this device as it is typed, and the
 * links made are listed to show again or build on.
 */
export default function AssignmentBuilder({
  strings,
  locale,
  catalogue,
  itemCodes,
  assignmentPath,
}: {
  strings: Strings;
  locale: Locale;
  catalogue: readonly CatalogueItem[];
  /** The item catalogue of short links (`ITEM_CODES`). */
  itemCodes: readonly string[];
  assignmentPath: string;
}) {
  const hydrated = useHydrated();
  const { draft, past } = useSavedStore($assignments, assignmentsSlot.initial());
  const [errors, setErrors] = useState<Errors>({});
  const [shown, setShown] = useState<Shown | null>(null);
  const [creating, setCreating] = useState(false);
  const [copied, setCopied] = useState<'' | 'ok' | 'failed'>('');
  const [notice, setNotice] = useState('');
  const link = shown ? `${window.location.origin}${assignmentPath}#${shown.fragment}` : '';
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages;

  const fail = async (issues: readonly FieldIssue[]) => {
    const words = await import('../i18n/issues');
    const next: Errors = {};
    for (const issue of issues) {
      const field = (issue.field.split('.')[0] ?? '') as Field;
      next[FIELDS.includes(field) ? field : 'items'] ??= message(issue, strings, locale, words);
    }
    setErrors(next);
    setShown(null);
    focusSoon('asg-errors');
  };

  const show = (next: Shown, note: string) => {
    setShown(next);
    setErrors({});
    setCopied('');
    setNotice(note);
    focusSoon('inst-link');
  };

  const create = async (event: Event) => {
    event.preventDefault();
    if (creating) return;
    const candidate = { v: 1, ...currentDraft() };
    const checked = validateAssignment(candidate);
    if (!checked.ok) return fail(checked.issues);
    setCreating(true);
    try {
      const { encodeAssignmentLink } = await import('../domain/instructors/link');
      const encoded = await encodeAssignmentLink(checked.value, itemCodes);
      if (!encoded.ok) return fail(encoded.issues);
      recordLink(checked.value, encoded.value);
      show({ assignment: checked.value, fragment: encoded.value }, strings['inst.created']);
    } finally {
      setCreating(false);
    }
  };

  const onPast = (entry: PastAssignment, action: PastAction) => {
    const title = entry.assignment.title;
    if (action === 'delete') {
      if (window.confirm(format(strings['asg.past.deleteConfirm'], { title }))) deletePast(entry.id);
      return;
    }
    if (action === 'reopen') {
      loadIntoDraft(entry);
      show(entry, format(strings['asg.past.reopened'], { title }));
      return;
    }
    const copyTitle = action === 'duplicate' ? format(strings['asg.past.copyTitle'], { title }) : title;
    loadIntoDraft(entry, copyTitle);
    setShown(null);
    setErrors({});
    setNotice(format(strings['asg.past.loaded'], { title: copyTitle }));
    focusSoon('inst-title');
  };

  const field = (
    name: Exclude<Field, 'items' | 'link'>,
    input: (props: Record<string, unknown>) => preact.JSX.Element,
    hint?: preact.ComponentChildren,
  ) => {
    const describedBy = [hint ? `inst-${name}-hint` : '', errors[name] ? `inst-${name}-error` : '']
      .filter(Boolean)
      .join(' ');
    return (
      <div class="field inst-field">
        <label for={`inst-${name}`}>{strings[LABEL[name]]}</label>
        {hint && (
          <p id={`inst-${name}-hint`} class="field-hint">
            {hint}
          </p>
        )}
        {errors[name] && (
          <p id={`inst-${name}-error`} class="field-error">
            {errors[name]}
          </p>
        )}
        {input({
          id: `inst-${name}`,
          disabled: !hydrated,
          'aria-invalid': errors[name] ? 'true' : undefined,
          'aria-describedby': describedBy || undefined,
        })}
      </div>
    );
  };

  const errorList = FIELDS.filter((f) => errors[f]);
  const a = shown?.assignment;
  return (
    <div class="inst-builder">
      <StorageNotice strings={strings} locale={locale} />
      <form class="box no-print" onSubmit={create} noValidate aria-busy={creating ? 'true' : undefined}>
        {errorList.length > 0 && (
          <div id="asg-errors" class="error-summary" role="alert" tabIndex={-1} aria-labelledby="asg-errors-heading">
            <h2 id="asg-errors-heading">{strings['asg.errors.heading']}</h2>
            <ul>
              {errorList.map((f) => (
                <li key={f}>
                  <a
                    href={`#${TARGET[f]}`}
                    onClick={(e) => {
                      e.preventDefault();
                      document.getElementById(TARGET[f])?.focus();
                    }}
                  >
                    {strings[LABEL[f]]}: {errors[f]}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <p class="field-hint">{strings['asg.draft.kept']}</p>
        {field('title', (p) => (
          <input
            {...p}
            type="text"
            maxLength={TITLE_MAX}
            value={draft.title}
            onInput={(e) => updateDraft({ title: e.currentTarget.value })}
          />
        ))}
        {field('instructions', (p) => (
          <textarea
            {...p}
            rows={4}
            maxLength={INSTRUCTIONS_MAX}
            value={draft.instructions}
            onInput={(e) => updateDraft({ instructions: e.currentTarget.value })}
          />
        ))}
        {field(
          'due',
          (p) => (
            <input {...p} type="date" value={draft.due} onInput={(e) => updateDraft({ due: e.currentTarget.value })} />
          ),
          <>
            {strings['inst.field.dueHint']}
            {draft.due && (
              <strong class="asg-due-words">
                {' '}
                {format(strings['asg.due.shown'], { date: formatDay(draft.due, locale, { style: 'full', preferred }) })}
              </strong>
            )}
          </>,
        )}
        {field(
          'classCode',
          (p) => (
            <input
              {...p}
              type="text"
              maxLength={40}
              autoComplete="off"
              spellcheck={false}
              value={draft.classCode}
              onInput={(e) => updateDraft({ classCode: e.currentTarget.value.trim() })}
            />
          ),
          strings['inst.field.classCodeHint'],
        )}
        {errors.items && (
          <p id="inst-items-error" class="field-error">
            {errors.items}
          </p>
        )}
        <div class="asg-choose">
          <ItemPicker
            strings={strings}
            catalogue={catalogue}
            chosen={draft.items}
            error={errors.items ? 'inst-items-error' : undefined}
            onToggle={(c, on) => toggleItem({ kind: c.kind, id: c.id }, on)}
          />
          <ChosenList
            strings={strings}
            items={draft.items}
            catalogue={catalogue}
            onMove={moveChosen}
            onRemove={(i) => toggleItem(draft.items[i]!, false)}
            onPreset={setPreset}
          />
        </div>
        {errors.link && (
          <p id="inst-link-error" class="field-error">
            {errors.link}
          </p>
        )}
        <div class="button-row">
          <button type="submit" disabled={!hydrated || creating}>
            {creating ? strings['asg.creating'] : strings['inst.create']}
          </button>
          <button
            type="button"
            class="quiet"
            disabled={!hydrated}
            onClick={() => {
              clearDraft();
              setShown(null);
              setErrors({});
              setNotice('');
              focusSoon('inst-title');
            }}
          >
            {strings['asg.draft.new']}
          </button>
        </div>
      </form>
      <p role="status" class={notice ? 'callout callout--success no-print' : 'visually-hidden'}>
        {notice}
      </p>
      {a && (
        <section class="box inst-handout" aria-labelledby="inst-handout-heading">
          <p class="kicker no-print">{strings['asg.handout.kicker']}</p>
          <h2 id="inst-handout-heading">{a.title}</h2>
          <p class="asg-handout-due">
            <strong>
              {a.due
                ? format(strings['inst.dueOn'], { date: formatDay(a.due, locale, { style: 'full', preferred }) })
                : strings['inst.noDue']}
            </strong>
            <span class="no-print"> · {format(strings['inst.classCode'], { code: a.classCode })}</span>
          </p>
          {a.instructions && <p class="inst-instructions">{a.instructions}</p>}
          <ol class="no-print">
            {a.items.map((item) => (
              <li key={itemKey(item)}>{catalogue.find((c) => itemKey(c) === itemKey(item))?.label ?? item.id}</li>
            ))}
          </ol>
          <p class="print-only">{strings['inst.handout.open']}</p>
          <div class="field no-print">
            <label for="inst-link">{strings['inst.link.label']}</label>
            <input
              id="inst-link"
              type="text"
              readOnly
              value={link}
              aria-describedby="inst-link-length"
              onFocus={(e) => e.currentTarget.select()}
            />
            <p id="inst-link-length" class="field-hint">
              {format(strings['asg.link.length'], { length: link.length })}
            </p>
          </div>
          <p class="inst-link-print print-only">{link}</p>
          <div class="button-row no-print">
            <button
              type="button"
              onClick={async () => {
                try {
                  await navigator.clipboard.writeText(link);
                  setCopied('ok');
                } catch {
                  setCopied('failed');
                  const input = document.getElementById('inst-link') as HTMLInputElement | null;
                  input?.focus();
                  input?.select();
                }
              }}
            >
              {strings['inst.link.copy']}
            </button>
            <button type="button" class="secondary" onClick={() => window.print()}>
              {strings['inst.print']}
            </button>
          </div>
          <p
            role="status"
            class={
              copied === 'ok'
                ? 'callout callout--success no-print'
                : copied === 'failed'
                  ? 'callout callout--warning no-print'
                  : 'visually-hidden'
            }
          >
            {copied === 'ok' ? strings['inst.link.copied'] : copied === 'failed' ? strings['asg.link.copyFailed'] : ''}
          </p>
          <AssignmentQr link={link} strings={strings} />
          <p class="field-hint no-print">{strings['asg.handout.hint']}</p>
        </section>
      )}
      <PastAssignments strings={strings} locale={locale} past={past} onAction={onPast} />
    </div>
  );
}
