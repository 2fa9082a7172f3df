import { useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { ClassView } from '../domain/instructors/class';
import type { ClassTexts } from '../domain/instructors/texts';
import { instructorsSlot } from '../domain/instructors/slot';
import type { FieldIssue } from '../domain/result';
import { format, type Locale } from '../i18n/format';
import { $savedClass, forgetClass, saveClass } from '../stores/instructors';
import StorageNotice, { STORAGE_NOTICE_KEYS } from './StorageNotice';
import { CLASS_VIEW_KEYS, type ClassViewStrings, type GradebookKey } from './instructors/class-keys';
import type { RawFile } from './instructors/classImport';
import type { CatalogueItem } from '../domain/instructors/catalogue';
import { useHydrated, useSavedStore } from './useHydrated';
import { FileInput } from './FileInput';

export const CLASS_KEYS = [
  ...STORAGE_NOTICE_KEYS,
  ...CLASS_VIEW_KEYS,
  'inst.class.pick',
  'inst.class.drop',
  'inst.class.reading',
  'inst.class.read',
  'inst.class.empty',
  'inst.class.save',
  'inst.class.saved',
  'inst.class.reopen',
  'inst.class.forget',
  'inst.class.clear',
  'inst.reason.unreadable',
] as const;
/** The page passes these and every key of the gradebook dictionary (see ./instructors/class-keys.ts). */
type Strings = Record<(typeof CLASS_KEYS)[number] | GradebookKey, string>;

const loadCheck = () => import('../domain/files/checkFile');
const loadImport = () => import('./instructors/classImport');
/** The class views (gradebook, trainee view, item views, charts) load with the first files. */
const loadViews = () => import('./instructors/ClassViews');
type Views = ComponentType<{
  view: ClassView;
  strings: ClassViewStrings;
  catalogue: readonly CatalogueItem[];
  locale: Locale;
  texts: ClassTexts;
}>;

/** The words of questions and cases, fetched once; without them the views show ids. */
let textsPromise: Promise<ClassTexts> | null = null;
const loadTexts = (url: string): Promise<ClassTexts> =>
  (textsPromise ??= Promise.all([
    import('../domain/instructors/texts'),
    fetch(url)
      .then((r) => (r.ok ? r.json() : null))
      .catch(() => null),
  ]).then(([{ readClassTexts }, data]) => {
    if (data === null) textsPromise = null;
    return readClassTexts(data);
  }));

/**
 * Largest results file read, in bytes: four per character of the parser's own limit of a million
 * characters (MAX_RESULTS_CHARS, not imported so the parser stays out of the first load).
 */
const MAX_RESULTS_FILE_BYTES = 4_000_000;

/** Reads a File's text through the shared file check (loaded on use); a refused file carries the reason and no text. */
const readText = async (file: File): Promise<RawFile> => {
  const { readCheckedFile } = await loadCheck();
  const checked = await readCheckedFile(file, { maxBytes: MAX_RESULTS_FILE_BYTES, expect: 'json' });
  return checked.ok
    ? { fileName: file.name, text: checked.value }
    : { fileName: file.name, text: '', refused: checked.issues[0] as FieldIssue };
};

/**
 * The class dashboard: results files in (picker or drop), the gradebook and class views out;
 * nothing uploaded. `textsUrl`: the JSON of question and case words (see
 * src/domain/instructors/texts.ts), fetched with the first files; `texts` gives them directly.
 */
export default function ClassDashboard({
  strings,
  locale,
  catalogue,
  textsUrl,
  texts: givenTexts,
}: {
  strings: Strings;
  locale: Locale;
  catalogue: readonly CatalogueItem[];
  textsUrl?: string;
  texts?: ClassTexts;
}) {
  const hydrated = useHydrated();
  const saved = useSavedStore($savedClass, instructorsSlot.initial());
  const [files, setFiles] = useState<readonly RawFile[]>([]);
  const [view, setView] = useState<ClassView | null>(null);
  const [status, setStatus] = useState('');
  const [dragging, setDragging] = useState(false);
  const [views, setViews] = useState<{ Views: Views; texts: ClassTexts } | null>(null);

  const texts = (): Promise<ClassTexts> =>
    givenTexts
      ? Promise.resolve(givenTexts)
      : textsUrl
        ? loadTexts(textsUrl)
        : import('../domain/instructors/texts').then((m) => m.NO_TEXTS);
  /**
   * Starts loading what reading files needs as soon as the instructor reaches for them (pointer or
   * focus on the drop zone, files dragged over it): the picker's dialog or a drag takes longer than
   * the loading, so the files chosen meet code that is ready. Each import runs once.
   */
  const warm = () => {
    void loadCheck();
    void loadImport();
    void loadViews();
    void texts();
  };

  const show = async (next: readonly RawFile[]) => {
    setFiles(next);
    setStatus(format(strings['inst.class.reading'], { count: next.length }));
    const [{ readClass }, { default: Views }, words] = await Promise.all([loadImport(), loadViews(), texts()]);
    const v = await readClass(next);
    setViews({ Views, texts: words });
    setView(v);
    setStatus(
      format(strings['inst.class.read'], { accepted: v.rows.length, rejected: v.rejected.length, total: next.length }),
    );
  };
  const add = async (list: FileList | null | undefined) => {
    if (!list || list.length === 0) return;
    const read = await Promise.all(Array.from(list, readText));
    await show([...files, ...read]);
  };

  return (
    <div class="inst-dashboard">
      <StorageNotice strings={strings} locale={locale} />
      <div
        class={`box inst-drop no-print${dragging ? ' inst-dragging' : ''}`}
        onPointerEnter={warm}
        onFocusIn={warm}
        onDragEnter={warm}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void add(e.dataTransfer?.files);
        }}
      >
        <p>
          <label for="inst-files">{strings['inst.class.pick']}</label>{' '}
          <FileInput
            strings={strings}
            id="inst-files"
            accept=".json,application/json"
            multiple
            disabled={!hydrated}
            aria-describedby="inst-drop-hint"
            onChange={(e) => {
              const input = e.currentTarget;
              void add(input.files).then(() => (input.value = ''));
            }}
          />
        </p>
        <p id="inst-drop-hint" class="muted">
          {strings['inst.class.drop']}
        </p>
        <p>
          {saved.files.length > 0 && files.length === 0 && (
            <button type="button" class="secondary" disabled={!hydrated} onClick={() => void show(saved.files)}>
              {format(strings['inst.class.reopen'], { count: saved.files.length })}
            </button>
          )}{' '}
          {files.length > 0 && (
            <>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  // Files the file check refused are shown as refused but never saved.
                  const good = files.filter((f) => !f.refused).map(({ fileName, text }) => ({ fileName, text }));
                  saveClass(good);
                  setStatus(format(strings['inst.class.saved'], { count: Math.min(good.length, 300) }));
                }}
              >
                {strings['inst.class.save']}
              </button>{' '}
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  setFiles([]);
                  setView(null);
                  setStatus('');
                }}
              >
                {strings['inst.class.clear']}
              </button>
            </>
          )}{' '}
          {saved.files.length > 0 && (
            <button type="button" class="danger" disabled={!hydrated} onClick={() => forgetClass()}>
              {strings['inst.class.forget']}
            </button>
          )}
        </p>
      </div>
      <p role="status" aria-live="polite" class="inst-status">
        {status}
      </p>
      {view && views ? (
        <views.Views view={view} strings={strings} catalogue={catalogue} locale={locale} texts={views.texts} />
      ) : (
        <p class="muted">{strings['inst.class.empty']}</p>
      )}
    </div>
  );
}
