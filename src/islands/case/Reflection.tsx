import { useState } from 'preact/hooks';
import { format, type Locale } from '../../i18n/format';
import { REFLECTION_MAX_LENGTH, type AttemptRecord, type Scenario } from '../../domain/cases';
import type { SavedRun } from '../../domain/cases/saved';
import { saveReflection } from '../../stores/cases';
import type { CaseStrings } from './strings';

/** Warn (politely, once it matters) how much room is left. */
const NEAR_LIMIT = 200;

/**
 * The written reflection and the self-assessment checklist, saved into the attempt as the
 * learner types. A text over the limit is kept on screen with an error and not saved until
 * it is shortened, so nothing typed is cut off silently.
 */
export default function Reflection(props: {
  scenario: Scenario;
  attempt: AttemptRecord;
  run: SavedRun;
  locale: Locale;
  strings: CaseStrings;
  hydrated: boolean;
}) {
  const { scenario, attempt, run, locale, strings, hydrated } = props;
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? attempt.reflection.text;
  const tooLong = text.length > REFLECTION_MAX_LENGTH;
  const left = REFLECTION_MAX_LENGTH - text.length;

  const onText = (event: Event) => {
    const value = (event.currentTarget as HTMLTextAreaElement).value;
    setDraft(value);
    if (value.length <= REFLECTION_MAX_LENGTH) saveReflection(scenario.id, run, { text: value });
  };
  const onTick = (itemId: string, checked: boolean) =>
    saveReflection(scenario.id, run, { checklist: { [itemId]: checked } });

  return (
    <section aria-labelledby="case-reflection">
      <h3 id="case-reflection">{strings['cases.reflection']}</h3>
      <p>
        <label for="case-reflection-text">{scenario.reflection.prompt[locale]}</label>
      </p>
      <textarea
        id="case-reflection-text"
        rows={6}
        maxLength={REFLECTION_MAX_LENGTH}
        value={text}
        onInput={onText}
        disabled={!hydrated}
        aria-invalid={tooLong ? 'true' : undefined}
        aria-describedby={
          tooLong ? 'case-reflection-count case-reflection-error' : 'case-reflection-count case-reflection-saved'
        }
      />
      <p id="case-reflection-count" class="muted">
        {format(strings['cases.charCount'], { n: text.length, max: REFLECTION_MAX_LENGTH })}
      </p>
      <p class="visually-hidden" aria-live="polite">
        {left >= 0 && left <= NEAR_LIMIT ? format(strings['cases.charsLeft'], { n: left }) : ''}
      </p>
      {tooLong && (
        <p id="case-reflection-error" class="field-error">
          {format(strings['cases.tooLong'], { n: text.length, max: REFLECTION_MAX_LENGTH })}
        </p>
      )}
      <p id="case-reflection-saved" class="muted">
        {strings['cases.reflectionSaved']}
      </p>
      <fieldset class="case-checklist">
        <legend>{strings['cases.checklist']}</legend>
        {scenario.reflection.checklist.map((item) => (
          <p key={item.id}>
            <label>
              <input
                type="checkbox"
                name={`case-check-${item.id}`}
                checked={attempt.reflection.checklist[item.id] === true}
                disabled={!hydrated}
                onChange={(event) => onTick(item.id, (event.currentTarget as HTMLInputElement).checked)}
              />{' '}
              {item.text[locale]}
            </label>
          </p>
        ))}
      </fieldset>
    </section>
  );
}
