import { useRef, useState } from 'preact/hooks';
import type { FieldIssue } from '../domain/result';
import type { CompletionRecord } from '../domain/trainee/record';
import { fileIssueText, type FileKey } from '../i18n/fileIssue';
import { format, type Locale } from '../i18n/format';
import { useHydrated } from './useHydrated';
import { formatDay } from '../i18n/dates';
import { FileInput } from './FileInput';

type Outcome = { kind: 'match' | 'noMatch'; record: CompletionRecord } | null;

/**
 * Verify a record of completion: upload the record file and type the code printed on it. The
 * file check, the format and the code are all validated before anything is compared; the
 * verdict says match or no match, and for a match what the record states.
 */
/** Strings: the `verify.*` keys of i18n/features/trainee.ts and the file check's FILE_KEYS (picked by the page). */
export default function RecordVerify({ locale, strings: s }: { locale: Locale; strings: Record<string, string> }) {
  const hydrated = useHydrated();
  const [fileError, setFileError] = useState<string | null>(null);
  const [codeError, setCodeError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const message = (issue: FieldIssue) => {
    const file = fileIssueText(issue, s as Partial<Record<FileKey, string>>, locale);
    if (file !== null) return file;
    // A problem inside the record (whatever its kind) means the file was edited by hand.
    const key = issue.field === 'record' || issue.field.startsWith('record.') ? 'invalid' : issue.code;
    const template = s[`verify.err.${key}`] ?? s['verify.err.invalid']!;
    return format(template, { ...(issue.params ?? {}), field: issue.field.replace(/^record\./, '') });
  };

  const check = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setOutcome(null);
    try {
      const [{ readCheckedFile }, { verifyRecord, parseCode }] = await Promise.all([
        import('../domain/files/checkFile'),
        import('../schemas/record'),
      ]);
      const file = fileRef.current?.files?.[0];
      let fileText: string | null = null;
      let fileProblem: string | null = null;
      if (!file) fileProblem = s['verify.err.noFile']!;
      else {
        const read = await readCheckedFile(file, { maxBytes: 64 * 1024, expect: 'json' });
        if (read.ok) fileText = read.value;
        else fileProblem = message(read.issues[0]!);
      }
      const typed = codeRef.current?.value ?? '';
      const code = parseCode(typed);
      let codeProblem = code.ok ? null : message(code.issues[0]!);
      if (fileText !== null && code.ok) {
        const verdict = await verifyRecord(fileText, typed);
        if (verdict.kind === 'invalid') {
          fileProblem = message(verdict.issues[0]!);
          codeProblem = null;
        } else {
          setFileError(null);
          setCodeError(null);
          setOutcome(verdict);
          requestAnimationFrame(() => resultRef.current?.focus());
          return;
        }
      }
      setFileError(fileProblem);
      setCodeError(codeProblem);
      requestAnimationFrame(() => summaryRef.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  const problems = [
    fileError && { id: 'verify-file', text: fileError },
    codeError && { id: 'verify-code', text: codeError },
  ].filter((p): p is { id: string; text: string } => !!p);
  const dateText = (day: string) => formatDay(day, locale);

  return (
    <section class="box verify no-print" aria-labelledby="verify-title">
      <h2 id="verify-title">{s['verify.title']}</h2>
      <p class="muted">{s['verify.intro']}</p>
      {problems.length > 0 && (
        <div ref={summaryRef} class="error-summary" role="alert" tabIndex={-1} aria-labelledby="verify-problems">
          <h3 id="verify-problems">{s['verify.problems']}</h3>
          <ul>
            {problems.map((p) => (
              <li key={p.id}>
                <a href={`#${p.id}`}>{p.text}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form onSubmit={(e) => void check(e)} noValidate>
        <div class={`field${fileError ? ' has-error' : ''}`}>
          <label class="field-label" for="verify-file">
            {s['verify.file']}
          </label>
          {fileError && (
            <p id="verify-file-error" class="field-error">
              {fileError}
            </p>
          )}
          <FileInput
            strings={s as Partial<Record<FileKey, string>>}
            inputRef={fileRef}
            id="verify-file"
            accept=".json,application/json"
            disabled={!hydrated}
            aria-invalid={fileError ? 'true' : undefined}
            aria-describedby={fileError ? 'verify-file-error' : undefined}
            onChange={() => setOutcome(null)}
          />
        </div>
        <div class={`field${codeError ? ' has-error' : ''}`}>
          <label class="field-label" for="verify-code">
            {s['verify.code']}
          </label>
          <p id="verify-code-hint" class="field-hint">
            {s['verify.codeHint']}
          </p>
          {codeError && (
            <p id="verify-code-error" class="field-error">
              {codeError}
            </p>
          )}
          <input
            ref={codeRef}
            id="verify-code"
            type="text"
            autoComplete="off"
            spellcheck={false}
            maxLength={40}
            class="verify-code-input"
            disabled={!hydrated}
            aria-invalid={codeError ? 'true' : undefined}
            aria-describedby={codeError ? 'verify-code-hint verify-code-error' : 'verify-code-hint'}
            onInput={() => setOutcome(null)}
          />
        </div>
        <button type="submit" disabled={!hydrated || busy}>
          {s['verify.check']}
        </button>
      </form>
      <div aria-live="polite">
        {outcome && (
          <div
            ref={resultRef}
            tabIndex={-1}
            class={`callout ${outcome.kind === 'match' ? 'callout--success' : 'callout--danger'} verify-result`}
            data-verdict={outcome.kind}
          >
            <p>
              <strong>{s[outcome.kind === 'match' ? 'verify.match' : 'verify.noMatch']}</strong>
            </p>
            {outcome.kind === 'match' && (
              <p>
                {format(s['verify.matchFor']!, {
                  name: outcome.record.name || '—',
                  date: dateText(outcome.record.issuedOn),
                  done: outcome.record.lessons.completed,
                  total: outcome.record.lessons.total,
                  cases: outcome.record.cases.length,
                })}
              </p>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
