import { useState } from 'preact/hooks';
import type { Locale } from '../../i18n/format';
import { scoresOf, type AttemptRecord, type CaseState, type EndingNode, type Scenario } from '../../domain/cases';
import type { SavedRun } from '../../domain/cases/saved';
import Compare from './Compare';
import Debrief from './Debrief';
import { downloadAttempt } from './History';
import Profile from './Profile';
import Reflection from './Reflection';
import type { CaseStrings } from './strings';

/** The sections under the ending: profile, comparison, debrief, reflection and the attempt file. */
export default function Result(props: {
  scenario: Scenario;
  state: CaseState;
  ending: EndingNode;
  run: SavedRun | null;
  attempt: AttemptRecord | undefined;
  locale: Locale;
  strings: CaseStrings;
  hydrated: boolean;
}) {
  const { scenario, state, ending, run, attempt, locale, strings, hydrated } = props;
  const [error, setError] = useState('');
  return (
    <div class="case-result">
      <Profile scenario={scenario} scores={scoresOf(scenario, state)} strings={strings} />
      <Compare scenario={scenario} state={state} locale={locale} strings={strings} />
      <Debrief scenario={scenario} ending={ending} locale={locale} strings={strings} />
      {attempt && run ? (
        <>
          <Reflection
            key={attempt.finishedAt}
            scenario={scenario}
            attempt={attempt}
            run={run}
            locale={locale}
            strings={strings}
            hydrated={hydrated}
          />
          <section aria-labelledby="case-file">
            <h3 id="case-file">{strings['cases.download']}</h3>
            <p id="case-file-help">{strings['cases.downloadHelp']}</p>
            <button
              type="button"
              aria-describedby="case-file-help"
              disabled={!hydrated}
              onClick={() => void downloadAttempt(scenario, attempt, strings).then(setError)}
            >
              {strings['cases.download']}
            </button>
            <p role="status" class={error ? 'field-error' : ''}>
              {error}
            </p>
          </section>
        </>
      ) : (
        run?.finishedAt !== undefined && <p class="notice">{strings['cases.noRecord']}</p>
      )}
    </div>
  );
}
