import { useState } from 'preact/hooks';
import { format, HTML_LANG, type Locale } from '../../i18n';
import { nodeIndex, overallScore, type AttemptRecord, type Scenario } from '../../domain/cases';
import { sameAttempt } from '../../domain/cases/saved';
import { downloadText } from '../../lib/download';
import { attemptFile, issueCodes } from './attempt-file';
import type { CaseStrings } from './strings';

/** Offer one attempt's file; returns an error message or ''. */
export function downloadAttempt(scenario: Scenario, record: AttemptRecord, strings: CaseStrings): string {
  const file = attemptFile(scenario, record);
  if (!file.ok) return format(strings['cases.downloadFailed'], { reason: issueCodes(file.issues) });
  downloadText(file.value.name, file.value.text);
  return '';
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
  const dates = new Intl.DateTimeFormat(HTML_LANG[locale], { dateStyle: 'medium', timeStyle: 'short' });
  const index = nodeIndex(scenario);
  return (
    <section class="case-history" aria-labelledby="case-history">
      <h2 id="case-history">{strings['cases.history']}</h2>
      <div class="table-scroll">
        <table class="case-table">
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
              const date = dates.format(new Date(record.finishedAt));
              const isCurrent = current !== undefined && sameAttempt(record, current.startedAt, current.finishedAt);
              return (
                <tr key={`${record.startedAt}-${record.finishedAt}`}>
                  <td>
                    {date} {isCurrent && <span class="muted">{strings['cases.thisAttempt']}</span>}
                  </td>
                  <td>
                    {ending?.type === 'ending' ? ending.title[locale] : `${record.endingId} (${strings['cases.olderVersion']})`}
                  </td>
                  <td>{sameVersion ? Math.round(overallScore(scenario, record.scores)) : '—'}</td>
                  <td>
                    <button
                      type="button"
                      class="secondary"
                      aria-label={format(strings['cases.downloadOneLabel'], { date })}
                      onClick={() => setError(downloadAttempt(scenario, record, strings))}
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
