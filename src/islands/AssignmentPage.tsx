import { useEffect, useState } from 'preact/hooks';
import { isLate, itemKey, WORK_OF, type Assignment } from '../domain/instructors/assignment';
import type { AssignmentContext } from '../domain/instructors/context';
import { CONTEXT_KEY } from '../domain/instructors/contextKey';
import { readAssignmentLink } from '../domain/instructors/shortLink';
import { cellOf } from '../domain/instructors/cells';
import type { SavedWork } from '../domain/instructors/collect';
import type { ResultsFile } from '../domain/instructors/results';
import type { FieldIssue } from '../domain/result';
import { profileSlot } from '../domain/profile';
import { format, type Locale } from '../i18n/format';
import { asSentence } from '../i18n/sentence';
import { $profile, setLearnerName } from '../stores/profile';
import StorageNotice from './LazyStorageNotice';
import type { ASSIGNMENT_KEYS } from './instructors/keys';
import type { CatalogueItem } from '../domain/instructors/catalogue';
import { useHydrated, useSavedStore } from './useHydrated';

type Strings = Record<(typeof ASSIGNMENT_KEYS)[number], string>;

type HandInModule = typeof import('./instructors/handIn');
type SavedWorkModule = typeof import('./instructors/savedWork');
type Watchable<T> = import('./instructors/savedWork').Watchable<T>;

type Opened =
  { kind: 'loading' } | { kind: 'ok'; assignment: Assignment } | { kind: 'bad'; issues: readonly FieldIssue[] };

function problem(issues: readonly FieldIssue[], strings: Strings): string {
  const first = issues[0];
  if (!first || first.code === 'empty') return strings['inst.assign.none'];
  if (first.code === 'newerVersion') return strings['inst.assign.newer'];
  if (first.field === 'link') return strings['inst.assign.damaged'];
  return format(strings['inst.assign.invalid'], { field: first.field });
}

/** Tells the item pages (in this tab) which assignment sent the trainee there; see domain/instructors/context.ts. */
function rememberContext(assignment: Assignment, catalogue: readonly CatalogueItem[]) {
  const paths = assignment.items.flatMap((item) => catalogue.find((c) => itemKey(c) === itemKey(item))?.href ?? []);
  const context: AssignmentContext = {
    title: assignment.title,
    back: location.pathname + location.search + location.hash,
    paths,
  };
  try {
    sessionStorage.setItem(CONTEXT_KEY, JSON.stringify(context));
  } catch {
    // Without storage the item pages simply show no banner.
  }
}

/** The trainee's view of an assignment opened from a link: items, status, hand-in. */
export default function AssignmentPage({
  strings,
  locale,
  catalogue,
  itemCodes,
}: {
  strings: Strings;
  locale: Locale;
  catalogue: readonly CatalogueItem[];
  /** The item catalogue of short links (`ITEM_CODES`). */
  itemCodes: readonly string[];
}) {
  const hydrated = useHydrated();
  const [opened, setOpened] = useState<Opened>({ kind: 'loading' });
  const [work, setWork] = useState<Partial<SavedWork>>({});
  const [lib, setLib] = useState<SavedWorkModule | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const profile = useSavedStore($profile, profileSlot.initial());
  const [nameError, setNameError] = useState(false);
  const [handed, setHanded] = useState<{
    file: ResultsFile;
    fileName: string;
    Summary: HandInModule['HandInSummary'];
  } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let latest = 0;
    const read = async () => {
      const mine = ++latest;
      const decoded = await readAssignmentLink(window.location.hash, itemCodes);
      if (mine !== latest) return; // a newer link was opened meanwhile
      setOpened(decoded.ok ? { kind: 'ok', assignment: decoded.value } : { kind: 'bad', issues: decoded.issues });
      setHanded(null);
      if (decoded.ok) rememberContext(decoded.value, catalogue);
    };
    void read();
    const onHash = () => void read();
    window.addEventListener('hashchange', onHash);
    return () => {
      latest = -1;
      window.removeEventListener('hashchange', onHash);
    };
    // Once on mount: the catalogue and item codes are the page's props and never change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (opened.kind !== 'ok') return;
    const needed = new Set(opened.assignment.items.map((item) => WORK_OF[item.kind]));
    let live = true;
    const stops: (() => void)[] = [];
    import('./instructors/savedWork').then(
      (loaded) => {
        if (!live) return;
        setLib(loaded);
        for (const part of needed) {
          (loaded.STORES[part]() as Promise<Watchable<unknown>>).then(
            ($store) => {
              if (live) stops.push($store.subscribe((value) => setWork((w) => ({ ...w, [part]: value }))));
            },
            () => setLoadFailed(true),
          );
        }
      },
      () => setLoadFailed(true),
    );
    return () => {
      live = false;
      stops.forEach((stop) => stop());
    };
  }, [opened]);

  if (opened.kind === 'loading')
    return (
      <p class="box" role="status">
        {strings['inst.assign.loading']}
      </p>
    );
  if (opened.kind === 'bad')
    return (
      <p class="notice" role="alert">
        {problem(opened.issues, strings)}
      </p>
    );

  const { assignment } = opened;
  const results = lib?.collectItems(assignment.items, work);
  const cells = results?.map(cellOf);
  const remaining = cells?.filter((c) => !c.done).length ?? 0;
  const overdue = isLate(assignment.due, new Date().toISOString());
  const catalogueItem = (key: string) => catalogue.find((c) => itemKey(c) === key);

  const submit = async () => {
    if (!results) return;
    if (profile.name.trim() === '') {
      setNameError(true);
      document.getElementById('inst-name')?.focus();
      return;
    }
    setNameError(false);
    try {
      const { handIn, HandInSummary } = await import('./instructors/handIn');
      setHanded({ ...(await handIn(assignment, profile.name, results)), Summary: HandInSummary });
      setFailed(false);
      requestAnimationFrame(() => document.getElementById('inst-summary')?.focus());
    } catch {
      setFailed(true);
    }
  };

  return (
    <div class="inst-assignment">
      <StorageNotice strings={strings} locale={locale} />
      <h2 class="inst-assignment-title">{assignment.title}</h2>
      <p>
        {format(strings['inst.classCode'], { code: assignment.classCode })} ·{' '}
        {assignment.due ? format(strings['inst.dueOn'], { date: assignment.due }) : strings['inst.noDue']}
      </p>
      {assignment.instructions && <p class="inst-instructions prose">{assignment.instructions}</p>}
      <h2>{strings['inst.assign.items']}</h2>
      {cells && (
        <div class="asg-progress">
          <progress value={cells.length - remaining} max={cells.length} aria-labelledby="asg-progress-text" />
          <strong id="asg-progress-text">
            {format(strings['asg.progress'], { done: cells.length - remaining, total: cells.length })}
          </strong>
        </div>
      )}
      <ol class="inst-items">
        {assignment.items.map((item, i) => {
          const known = catalogueItem(itemKey(item));
          const cell = cells?.[i];
          const href = known?.href;
          return (
            <li key={itemKey(item)}>
              <span class="inst-item-name">
                <span class="muted">{strings[`inst.kind.${item.kind}`]}: </span>
                {href ? <a href={href}>{known?.label}</a> : <span>{item.id}</span>}
              </span>
              {!known ? (
                <span class="badge badge--danger">{strings['inst.status.unknown']}</span>
              ) : !cell ? (
                <span class="badge">…</span>
              ) : cell.done ? (
                <span class="badge badge--success">
                  ✓ {strings['inst.status.done']}
                  {cell.detail && item.kind !== 'case'
                    ? ` · ${format(strings['asg.status.score'], { score: cell.detail })}`
                    : ''}
                </span>
              ) : (
                <span class="badge">{strings['asg.status.notStarted']}</span>
              )}
            </li>
          );
        })}
      </ol>
      <p role="status" aria-live="polite">
        {loadFailed
          ? strings['inst.handIn.failed']
          : !cells
            ? strings['inst.assign.loading']
            : remaining === 0
              ? strings['inst.assign.allDone']
              : format(strings['inst.assign.remaining'], { count: remaining, total: cells.length })}
        {overdue && ` ${strings['inst.assign.overdue']}`}
      </p>
      <section class="box no-print asg-hand-in" aria-labelledby="asg-hand-in-heading">
        <h2 id="asg-hand-in-heading">{strings['asg.handIn.heading']}</h2>
        <p>{strings['asg.handIn.contains']}</p>
        <p>{strings['asg.handIn.where']}</p>
        <p>{strings['asg.handIn.integrity']}</p>
        <div class="field inst-field">
          <label for="inst-name">{strings['inst.name.label']}</label>
          <p id="inst-name-hint" class="field-hint">
            {strings['inst.name.hint']}
          </p>
          {nameError && (
            <p id="inst-name-error" class="field-error">
              {asSentence(strings['issue.required'], locale)}
            </p>
          )}
          <input
            id="inst-name"
            type="text"
            maxLength={100}
            autoComplete="name"
            value={profile.name}
            disabled={!hydrated}
            aria-invalid={nameError ? 'true' : undefined}
            aria-describedby={nameError ? 'inst-name-hint inst-name-error' : 'inst-name-hint'}
            onInput={(e) => setLearnerName(e.currentTarget.value)}
          />
        </div>
        <button type="button" disabled={!hydrated || !results} onClick={submit}>
          {strings['inst.handIn']}
        </button>
        <p
          role="status"
          aria-live="polite"
          class={handed ? 'callout callout--success' : failed ? 'callout callout--danger' : undefined}
        >
          {handed ? format(strings['inst.handIn.done'], { file: handed.fileName }) : ''}
          {failed ? strings['inst.handIn.failed'] : ''}
        </p>
      </section>
      {handed && (
        <handed.Summary
          file={handed.file}
          strings={strings}
          locale={locale}
          labelOf={(key) => catalogueItem(key)?.label}
        />
      )}
    </div>
  );
}
