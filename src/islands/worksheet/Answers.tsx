import { QUESTION_IDS, type QuestionId } from '../../domain/worksheet/ids';
import { LIMITS } from '../../domain/worksheet/worksheet';
import { change } from '../../stores/worksheet';
import { described, FieldError, inputValue, type SectionProps } from './shared';

/** Free-text answers to the case questions, each labelled with its question. */
export default function Answers({
  answers,
  s,
  disabled,
  errors,
}: Pick<SectionProps, 's' | 'disabled' | 'errors'> & { answers: Readonly<Record<QuestionId, string>> }) {
  return (
    <section class="ws-section no-print" aria-labelledby="ws-answers-heading">
      <h2 id="ws-answers-heading">{s['worksheet.answers.heading']}</h2>
      <p>{s['worksheet.answers.help']}</p>
      <ol class="ws-answers">
        {QUESTION_IDS.map((q) => {
          const id = `ws-a-${q}`;
          return (
            <li key={q}>
              <label for={id}>{s[`worksheet.q.${q}`]}</label>
              <textarea
                id={id}
                rows={4}
                maxLength={LIMITS.answer}
                {...described(id, errors)}
                value={answers[q]}
                disabled={disabled}
                onInput={(e) => change('setAnswer', q, inputValue(e))}
              />
              <FieldError id={id} errors={errors} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
