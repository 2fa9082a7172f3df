import { format, type Locale } from '../../i18n/format';
import type { Questionnaire } from '../../domain/indicators/questionnaire';
import { formatShare } from '../../i18n/numbers';
import { printOnly } from './print';
import { Direction } from './IndicatorsStep';
import type { BuilderKey, BuilderStrings } from './strings';
import type { StepProps } from './Workbench';

/** Scales longer than this are answered by writing a number, not by ticking a box. */
const MOST_BOXES = 11;

/** The questionnaire as respondents see it (on screen, printed alone, and in the report). */
export function QuestionnaireSheet({
  questionnaire,
  locale,
  strings: s,
  idPrefix,
}: {
  questionnaire: Questionnaire;
  locale: Locale;
  strings: BuilderStrings;
  idPrefix: string;
}) {
  const title = questionnaire.company
    ? format(s['builder.q.title'], { company: questionnaire.company })
    : s['builder.q.titleNoCompany'];
  return (
    <article class="questionnaire-sheet" aria-labelledby={`${idPrefix}-title`}>
      <h3 id={`${idPrefix}-title`}>{title}</h3>
      <p>{s['builder.q.respondentIntro']}</p>
      <p class="q-respondent">
        {s['builder.q.respondentId']} <span class="q-line" aria-hidden="true" />
      </p>
      <ol class="q-items">
        {questionnaire.items.map((item) => {
          const { min, max } = item.scale;
          const boxes = max - min + 1 <= MOST_BOXES;
          return (
            <li key={item.id} class="q-item">
              <p class="q-text">
                {item.question[locale]}
                {item.reverseScored && <span class="analyst-note"> ({s['builder.q.reverse']})</span>}
              </p>
              {boxes ? (
                <p class="q-scale">
                  <span class="q-anchor">
                    {min} = {s[item.anchorLabelIds.min as BuilderKey]}
                  </span>
                  <span class="q-options" aria-hidden="true">
                    {Array.from({ length: max - min + 1 }, (_, v) => (
                      <span key={v} class="q-box">
                        {min + v}
                      </span>
                    ))}
                  </span>
                  <span class="q-anchor">
                    {max} = {s[item.anchorLabelIds.max as BuilderKey]}
                  </span>
                </p>
              ) : (
                <p class="q-scale">
                  {format(s['builder.q.writeNumber'], { min, max })} <span class="q-line" aria-hidden="true" />
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <p class="q-thanks">{s['builder.q.thanks']}</p>
    </article>
  );
}

/** Step 4: the generated questionnaire, its item-by-item detail, and printing it on its own. */
export default function QuestionnaireStep({ evaluation, locale, strings: s, order, setOrder }: StepProps) {
  const { questionnaire, indicators } = evaluation;
  const byId = new Map(indicators.map((i) => [i.id, i]));
  return (
    <div class="builder-step">
      <p class="prose">{s['builder.q.intro']}</p>
      <p class="builder-choice">
        <input
          type="checkbox"
          id="builder-q-order"
          checked={order === 'behavioural-first'}
          onChange={(e) => setOrder((e.currentTarget as HTMLInputElement).checked ? 'behavioural-first' : 'as-listed')}
        />{' '}
        <label for="builder-q-order">{s['builder.q.behaviouralFirst']}</label>
      </p>
      <div class="table-scroll">
        <table class="builder-table">
          <caption>{s['builder.q.detail']}</caption>
          <thead>
            <tr>
              <th scope="col">{s['builder.q.item']}</th>
              <th scope="col">{s['builder.weights.indicator']}</th>
              <th scope="col">{s['builder.q.kind']}</th>
              <th scope="col">{s['builder.q.direction']}</th>
              <th scope="col">{s['builder.q.scale']}</th>
              <th scope="col">{s['builder.weights.weight']}</th>
            </tr>
          </thead>
          <tbody>
            {questionnaire.items.map((item) => (
              <tr key={item.id}>
                <th scope="row">{format(s['builder.q.itemNumber'], { n: item.number })}</th>
                <td>
                  {item.label[locale]}
                  <br />
                  <code class="muted">{item.indicatorId}</code>
                </td>
                <td>{s[`builder.kind.${item.kind}`]}</td>
                <td>
                  <Direction direction={byId.get(item.indicatorId)?.direction ?? 'higher-is-more-loyal'} strings={s} />
                  {item.reverseScored && (
                    <>
                      <br />
                      {s['builder.q.reverseShort']}
                    </>
                  )}
                </td>
                <td class="num">
                  {item.scale.min}–{item.scale.max}
                </td>
                <td class="num">{formatShare(item.weight, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="builder-actions">
        <button type="button" onClick={() => printOnly('print-questionnaire')}>
          {s['builder.q.print']}
        </button>
        <span class="muted">{s['builder.q.printHint']}</span>
      </p>
      <QuestionnaireSheet questionnaire={questionnaire} locale={locale} strings={s} idPrefix="builder-q" />
    </div>
  );
}
