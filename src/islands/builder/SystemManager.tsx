import { useRef, useState } from 'preact/hooks';
import { format } from '../../i18n/format';
import type { FieldIssue } from '../../domain/result';
import type { BuilderState } from '../../domain/builder/state';
import { MAX_SYSTEM_NAME, selectedSystem } from '../../domain/builder/state';
import {
  createSystem,
  deleteSystem,
  duplicateSystem,
  exportSystemJson,
  importSystemJson,
  MAX_SYSTEM_FILE,
  renameSystem,
  selectSystem,
} from '../../stores/builder';
import { datedName, downloadText } from '../../browser/download';
import type { BuilderStrings } from './strings';
import { FileInput } from '../FileInput';

type Message = { readonly kind: 'ok' | 'bad'; readonly lines: readonly string[] };

/** A file-name stem from a system name (non-Latin names fall back to the generic stem). */
export function fileStem(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return slug === '' ? 'indicator-system' : `indicator-system-${slug}`;
}

async function describe(issues: readonly FieldIssue[], s: BuilderStrings): Promise<string[]> {
  const { issueMessage } = await import('./messages');
  return issues.map((issue) => issueMessage(issue, s));
}

/** The saved systems: open one, create, duplicate, rename, delete, import and export. */
export default function SystemManager({
  state,
  strings: s,
  hydrated,
  onOpened,
}: {
  state: BuilderState;
  strings: BuilderStrings;
  hydrated: boolean;
  onOpened: () => void;
}) {
  const system = selectedSystem(state);
  const [form, setForm] = useState<'none' | 'create' | 'rename'>('none');
  const [name, setName] = useState('');
  const [company, setCompany] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const showCreate = form === 'create' || state.systems.length === 0;

  const nameIssue = (issue: FieldIssue) =>
    issue.code === 'tooLong'
      ? format(s['builder.systems.nameTooLong'], { max: MAX_SYSTEM_NAME })
      : s['builder.systems.nameRequired'];

  const open = (next: 'create' | 'rename') => {
    setForm(next);
    setName(next === 'rename' ? (system?.name ?? '') : '');
    setCompany('');
    setNameError(null);
    setMessage(null);
    setTimeout(() => nameInput.current?.focus(), 0);
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (showCreate) {
      const result = await createSystem(name, company);
      if (!result.ok) {
        const issue = result.issues[0]!;
        if (issue.field === 'name') setNameError(nameIssue(issue));
        else setMessage({ kind: 'bad', lines: await describe(result.issues, s) });
        return;
      }
      setForm('none');
      setNameError(null);
      setMessage({ kind: 'ok', lines: [format(s['builder.systems.created'], { name: name.trim() })] });
      onOpened();
    } else if (system) {
      const result = renameSystem(system.id, name);
      if (!result.ok) return setNameError(nameIssue(result.issues[0]!));
      setForm('none');
      setNameError(null);
      setMessage({ kind: 'ok', lines: [format(s['builder.systems.renamed'], { name: result.value })] });
    }
  };

  const onDuplicate = async () => {
    if (!system) return;
    const result = duplicateSystem(system.id, s['builder.systems.copyName']);
    if (!result.ok) return setMessage({ kind: 'bad', lines: await describe(result.issues, s) });
    setMessage({ kind: 'ok', lines: [format(s['builder.systems.duplicated'], { name: system.name })] });
    onOpened();
  };

  const onDelete = () => {
    if (!system || !window.confirm(format(s['builder.systems.deleteConfirm'], { name: system.name }))) return;
    deleteSystem(system.id);
    setForm('none');
    setMessage({ kind: 'ok', lines: [format(s['builder.systems.deleted'], { name: system.name })] });
  };

  const onExport = async () => {
    if (!system) return;
    const text = await exportSystemJson(system.id);
    if (text !== null) downloadText(datedName(fileStem(system.name), 'json'), text);
  };

  const onImport = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // The shared file check (loaded on use) before anything is parsed or written.
    const { readCheckedFile } = await import('../../domain/files/checkFile');
    const checked = await readCheckedFile(file, { maxBytes: MAX_SYSTEM_FILE, expect: 'json' });
    if (!checked.ok) {
      setMessage({
        kind: 'bad',
        lines: [
          format(s['builder.systems.importFailed'], { file: file.name, n: 1 }),
          ...(await describe(checked.issues, s)),
        ],
      });
      return;
    }
    const result = await importSystemJson(checked.value);
    if (!result.ok) {
      const lines = await describe(result.issues, s);
      setMessage({
        kind: 'bad',
        lines: [format(s['builder.systems.importFailed'], { file: file.name, n: result.issues.length }), ...lines],
      });
      return;
    }
    setForm('none');
    setMessage({ kind: 'ok', lines: [format(s['builder.systems.imported'], { file: file.name })] });
    onOpened();
  };

  return (
    <section class="box builder-systems no-print" aria-labelledby="builder-systems-heading">
      <h2 id="builder-systems-heading">{s['builder.systems.heading']}</h2>
      {state.systems.length === 0 ? (
        <p>{s['builder.systems.none']}</p>
      ) : (
        <p class="builder-field">
          <label for="builder-system-select">{s['builder.systems.open']}</label>
          <select
            id="builder-system-select"
            value={state.selectedId ?? ''}
            disabled={!hydrated}
            onChange={(e) => selectSystem((e.currentTarget as HTMLSelectElement).value)}
          >
            {state.systems.map((sys) => (
              <option key={sys.id} value={sys.id}>
                {sys.name}
              </option>
            ))}
          </select>
        </p>
      )}
      {state.systems.length > 0 && (
        <div class="builder-actions">
          <button type="button" class="secondary" disabled={!hydrated} onClick={() => open('create')}>
            {s['builder.systems.new']}
          </button>
          <button type="button" class="secondary" disabled={!hydrated || !system} onClick={onDuplicate}>
            {s['builder.systems.duplicate']}
          </button>
          <button type="button" class="secondary" disabled={!hydrated || !system} onClick={() => open('rename')}>
            {s['builder.systems.rename']}
          </button>
          <button type="button" class="secondary" disabled={!hydrated || !system} onClick={onExport}>
            {s['builder.systems.export']}
          </button>
          <button type="button" class="danger" disabled={!hydrated || !system} onClick={onDelete}>
            {s['builder.systems.delete']}
          </button>
        </div>
      )}
      {(showCreate || form === 'rename') && (
        <form class="builder-form" onSubmit={onSubmit} noValidate>
          <h3>{showCreate ? s['builder.systems.createHeading'] : s['builder.systems.renameHeading']}</h3>
          <p class="builder-field">
            <label for="builder-system-name">{s['builder.systems.name']}</label>
            <input
              id="builder-system-name"
              ref={nameInput}
              value={name}
              maxLength={MAX_SYSTEM_NAME}
              required
              aria-invalid={nameError ? 'true' : undefined}
              aria-describedby={nameError ? 'builder-system-name-error' : 'builder-system-name-hint'}
              disabled={!hydrated}
              onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
            />
            {nameError ? (
              <span id="builder-system-name-error" class="field-error">
                {nameError}
              </span>
            ) : (
              <span id="builder-system-name-hint" class="muted">
                {s['builder.systems.nameHint']}
              </span>
            )}
          </p>
          {showCreate && (
            <p class="builder-field">
              <label for="builder-system-company">{s['builder.define.company']}</label>
              <input
                id="builder-system-company"
                value={company}
                maxLength={120}
                disabled={!hydrated}
                onInput={(e) => setCompany((e.currentTarget as HTMLInputElement).value)}
              />
            </p>
          )}
          <div class="builder-actions">
            <button type="submit" disabled={!hydrated}>
              {showCreate ? s['builder.systems.create'] : s['builder.systems.saveName']}
            </button>
            {state.systems.length > 0 && (
              <button type="button" class="secondary" onClick={() => setForm('none')}>
                {s['builder.cancel']}
              </button>
            )}
          </div>
        </form>
      )}
      <p class="builder-field">
        <label for="builder-system-file">{s['builder.systems.import']}</label>
        <FileInput
          strings={s}
          id="builder-system-file"
          accept="application/json,.json"
          aria-describedby="builder-system-file-hint"
          disabled={!hydrated}
          onChange={onImport}
        />
        <span id="builder-system-file-hint" class="muted">
          {s['builder.systems.importHint']}
        </span>
      </p>
      <div role="status" aria-live="polite">
        {message?.kind === 'ok' &&
          message.lines.map((line) => (
            <p key={line} class="ok">
              ✓ {line}
            </p>
          ))}
      </div>
      <div role="alert">
        {message?.kind === 'bad' && (
          <div class="notice">
            <p>{message.lines[0]}</p>
            {message.lines.length > 1 && (
              <ul>
                {message.lines.slice(1).map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
