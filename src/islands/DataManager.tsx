import { useEffect, useState } from 'preact/hooks';
import { format, type Locale } from '../i18n/format';
import type { FieldIssue } from '../domain/result';
import { exportAll, importAll, resetAll } from '../stores/data';
import { $storageFaults, getVault } from '../stores/vault';
import { damagedCopies, discardDamaged, type DamagedCopy } from '../domain/storage/maintenance';
import { progressSlot } from '../domain/progress';
import { $progress } from '../stores/progress';
import { datedName, downloadText } from '../browser/download';
import { useHydrated, useSavedStore } from './useHydrated';
import StorageNotice, { STORAGE_NOTICE_KEYS } from './StorageNotice';
import { fileIssueText, type FileKey } from '../i18n/fileIssue';
import { BACKUP_MAX_BYTES } from '../domain/storage/backup';
import { formatNumber } from '../i18n/numbers';
import { FileInput } from './FileInput';

export const DATA_KEYS = [
  'data.export',
  'data.exportHelp',
  'data.import',
  'data.importHelp',
  'data.importDone',
  'data.importFailed',
  'data.reset',
  'data.resetConfirm',
  'data.resetDone',
  'data.summary',
  'data.nothing',
  'data.damagedTitle',
  'data.damagedHelp',
  'data.damagedItem',
  'data.damagedMemoryOnly',
  'data.downloadDamaged',
  'data.deleteDamaged',
  'data.deleteDamagedConfirm',
  'data.deleteDamagedDone',
  'data.deleteDamagedFailed',
  'data.slot.progress',
  'data.slot.quizzes',
  'data.slot.profile',
  'data.slot.cases',
  'data.slot.worksheet',
  'data.slot.calculators',
  'data.slot.builder',
  'data.slot.instructors',
  'data.slot.assignments',
  'progress.summary',
  'import.notJson',
  'import.notBackup',
  'import.newerFormat',
  'import.badSlot',
  'import.unknownSlot',
  'import.tooLarge',
  'import.badDamaged',
  'import.writeFailed',
  ...STORAGE_NOTICE_KEYS,
] as const;
type Strings = Record<(typeof DATA_KEYS)[number], string>;

function issueText(issue: FieldIssue, strings: Strings): string {
  const params = { slot: issue.field, ...issue.params };
  switch (issue.code) {
    case 'notJson':
      return strings['import.notJson'];
    case 'newerFormat':
      return format(strings['import.newerFormat'], params);
    case 'badSlot':
      return format(strings['import.badSlot'], params);
    case 'unknownSlot':
      return format(strings['import.unknownSlot'], params);
    case 'tooLarge':
      return format(strings['import.tooLarge'], params);
    case 'badDamaged':
      return format(strings['import.badDamaged'], params);
    case 'writeFailed':
      return strings['import.writeFailed'];
    default:
      return strings['import.notBackup'];
  }
}

/** What a slot holds, in the page's language; a slot this version does not know keeps its name. */
function slotName(slot: string, strings: Strings): string {
  const key = `data.slot.${slot}`;
  return Object.prototype.hasOwnProperty.call(strings, key) ? strings[key as keyof Strings] : slot;
}

/** The "Your data" page: export, import (all or nothing), reset, and damaged copies. */
export default function DataManager({
  locale,
  strings,
  lessonCount,
}: {
  locale: Locale;
  strings: Strings;
  lessonCount: number;
}) {
  const progress = useSavedStore($progress, progressSlot.initial());
  const faults = useSavedStore($storageFaults, []);
  const [message, setMessage] = useState<{ kind: 'ok' | 'bad'; lines: string[] } | null>(null);
  const [damaged, setDamaged] = useState<readonly DamagedCopy[]>([]);

  // Damaged copies are listed whether they were set aside on this visit or an earlier one;
  // the list follows imports, resets and new faults.
  useEffect(() => {
    const vault = getVault();
    const refresh = () => setDamaged(damagedCopies(vault));
    refresh();
    return vault.onValue(refresh);
  }, [faults]);

  const onDeleteDamaged = (copy: DamagedCopy) => {
    const name = slotName(copy.slot, strings);
    if (!window.confirm(format(strings['data.deleteDamagedConfirm'], { name }))) return;
    const deleted = discardDamaged(getVault(), copy.slot);
    setDamaged(damagedCopies(getVault()));
    setMessage(
      deleted
        ? { kind: 'ok', lines: [format(strings['data.deleteDamagedDone'], { name })] }
        : { kind: 'bad', lines: [format(strings['data.deleteDamagedFailed'], { name })] },
    );
  };

  const onExport = async () => downloadText(datedName('client-care-data', 'json'), await exportAll());

  const onImport = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // The shared file check (loaded on use) before anything is parsed or written.
    const { readCheckedFile } = await import('../domain/files/checkFile');
    const checked = await readCheckedFile(file, { maxBytes: BACKUP_MAX_BYTES, expect: 'json' });
    if (!checked.ok) {
      const issue = checked.issues[0] as FieldIssue;
      const reason =
        fileIssueText(issue, strings as Partial<Record<FileKey, string>>, locale) ?? issueText(issue, strings);
      setMessage({ kind: 'bad', lines: [format(strings['data.importFailed'], { reason })] });
      return;
    }
    const outcome = await importAll(checked.value);
    setMessage(
      outcome.ok
        ? { kind: 'ok', lines: [format(strings['data.importDone'], { n: outcome.count })] }
        : {
            kind: 'bad',
            lines: outcome.issues.map((issue) =>
              format(strings['data.importFailed'], { reason: issueText(issue, strings) }),
            ),
          },
    );
  };

  const onReset = async () => {
    if (!window.confirm(strings['data.resetConfirm'])) return;
    setMessage(
      (await resetAll())
        ? { kind: 'ok', lines: [strings['data.resetDone']] }
        : { kind: 'bad', lines: [strings['import.writeFailed']] },
    );
  };

  const done = Object.keys(progress.lessons).length;
  const hydrated = useHydrated();
  return (
    <div>
      <StorageNotice strings={strings} locale={locale} />
      <section class="box" aria-labelledby="saved-now">
        <h2 id="saved-now">{strings['data.summary']}</h2>
        <p data-testid="saved-summary">{format(strings['progress.summary'], { done, total: lessonCount })}</p>
      </section>
      {damaged.length > 0 && (
        <section class="box" aria-labelledby="damaged-copies" data-testid="damaged-copies">
          <h2 id="damaged-copies">{strings['data.damagedTitle']}</h2>
          <p>{strings['data.damagedHelp']}</p>
          <ul>
            {damaged.map((copy) => {
              const name = slotName(copy.slot, strings);
              return (
                <li key={copy.slot}>
                  <p>
                    {format(strings['data.damagedItem'], { name, chars: formatNumber(copy.raw.length, locale, 0) })}
                  </p>
                  {!copy.stored && <p class="notice">{strings['data.damagedMemoryOnly']}</p>}
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => downloadText(datedName(`damaged-${copy.slot}`, 'txt'), copy.raw, 'text/plain')}
                  >
                    {format(strings['data.downloadDamaged'], { name })}
                  </button>{' '}
                  <button type="button" class="secondary" onClick={() => onDeleteDamaged(copy)}>
                    {format(strings['data.deleteDamaged'], { name })}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <section class="box">
        <h2>{strings['data.export']}</h2>
        <p>{strings['data.exportHelp']}</p>
        <button type="button" disabled={!hydrated} onClick={onExport}>
          {strings['data.export']}
        </button>
      </section>
      <section class="box">
        <h2>
          <label for="import-file">{strings['data.import']}</label>
        </h2>
        <p id="import-help">{strings['data.importHelp']}</p>
        <FileInput
          strings={strings as Partial<Record<FileKey, string>>}
          id="import-file"
          accept="application/json,.json"
          aria-describedby="import-help"
          disabled={!hydrated}
          onChange={onImport}
        />
      </section>
      {message && (
        <div role={message.kind === 'bad' ? 'alert' : 'status'} class={message.kind === 'bad' ? 'notice' : 'box ok'}>
          {message.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      <section class="box">
        <h2>{strings['data.reset']}</h2>
        <button type="button" class="danger" disabled={!hydrated} onClick={onReset}>
          {strings['data.reset']}
        </button>
      </section>
    </div>
  );
}
