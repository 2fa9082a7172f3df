import { useState } from 'preact/hooks';
import { format, type Locale } from '../../i18n/format';
import { nodeIndex, overallScore, type AttemptRecord, type Scenario } from '../../domain/cases';
import { sameAttempt, savedCase } from '../../domain/cases/saved';
import { savedCases } from '../../stores/cases';
import { downloadText } from '../../browser/download';
import { attemptFile, issueCodes } from './attempt-file';
import type { CaseStrings } from './strings';
import { formatDateTime } from '../../i18n/dates';

/** Offer one attempt's file, as saved at this moment; resolves to an error message or ''. */
export async function downloadAttempt(
  scenario: Scenario,
  record: AttemptRecord,
  strings: CaseStrings,
): Promise<string> {
  const saved = savedCase(savedCases.get(), scenario.id).attempts.find((a) =>
    sameAttempt(a, record.startedAt, record.finishedAt),
  );
  try {
    const file = await attemptFile(scenario, saved ?? record);
    if (!file.ok) return format(strings['cases.downloadFailed'], { reason: issueCodes(file.issues) });
    downloadText(file.value.name, file.value.text);
    return '';
  } catch {
    // The parser could not be loaded (offline before it was ever cached).
    return format(strings['cases.downloadFailed'], { reason: 'offline' });
  }
}

/** The learner's finished attempts at this case, newest first, each with its file. */
export default function History(props: {
  scenario: Scenario;
  attempts: readonly AttemptRecord[];
  current: AttemptRecord | undefined;
  locale: Locale;
  strings: CaseStrings;
}) {
  const { scenario, attempts, current, locale, strings } = props;
  const [error, setError] = useState('');
  if (attempts.length === 0) return null;
  const index = nodeIndex(scenario);
  return (
    <section class="case-history" aria-labelledby="case-history">
      <h2 id="case-history">{strings['cases.history']}</h2>
      <div class="table-scroll">
        <table class="case-table" aria-labelledby="case-history">
          <thead>
            <tr>
              <th scope="col">{strings['cases.col.finished']}</th>
              <th scope="col">{strings['cases.col.ending']}</th>
              <th scope="col">{strings['cases.col.overall']}</th>
              <th scope="col">{strings['cases.col.file']}</th>
            </tr>
          </thead>
          <tbody>
            {[...attempts].reverse().map((record) => {
              const sameVersion = record.caseVersion === scenario.version;
              const ending = sameVersion ? index.get(record.endingId) : undefined;
              const date = formatDateTime(record.finishedAt, locale);
              const isCurrent = current !== undefined && sameAttempt(record, current.startedAt, current.finishedAt);
              return (
                <tr key={`${record.startedAt}-${record.finishedAt}`}>
                  <td>
                    {date} {isCurrent && <span class="muted">{strings['cases.thisAttempt']}</span>}
                  </td>
                  <td>
                    {ending?.type === 'ending'
                      ? ending.title[locale]
                      : `${record.endingId} (${strings['cases.olderVersion']})`}
                  </td>
                  <td>{sameVersion ? Math.round(overallScore(scenario, record.scores)) : '—'}</td>
                  <td>
                    <button
                      type="button"
                      class="secondary"
                      aria-label={format(strings['cases.downloadOneLabel'], { date })}
                      onClick={() => void downloadAttempt(scenario, record, strings).then(setError)}
                    >
                      {strings['cases.downloadOne']}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p role="status" class={error ? 'field-error' : ''}>
        {error}
      </p>
    </section>
  );
}
