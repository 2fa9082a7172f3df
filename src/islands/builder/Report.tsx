import { format } from '../../i18n/format';
import type { StepProps } from './Workbench';
import { Direction } from './IndicatorsStep';
import { QuadrantScatter, ScoreHistogram } from './Charts';
import { SegmentTable, SummaryList } from './ResultParts';
import { formatFixed, formatShare } from '../../i18n/numbers';
import { formatDate } from '../../i18n/dates';

/**
 * The printable results report (training task 2's deliverables on paper): the definition of
 * the loyal customer, the indicator system with its weights, the questionnaire, and the
 * results with both charts. Hidden on screen; `printOnly('print-report')` shows it alone.
 */
export default function ReportSheet({ system, sector, evaluation, locale, strings: s, names }: StepProps) {
  const { questionnaire, weights, results } = evaluation;
  const consistency =
    weights.mode === 'pairwise' ? weights.analysis : weights.mode === 'group' ? weights.analysis.group : null;
  return (
    <article class="report-sheet" aria-labelledby="builder-report-title">
      <h2 id="builder-report-title">{format(s['builder.report.title'], { name: system.name })}</h2>
      <p class="muted">{format(s['builder.report.date'], { date: formatDate(new Date(), locale) })}</p>

      <h3>{s['builder.report.definition']}</h3>
      <dl class="builder-report-dl">
        <dt>{s['builder.define.company']}</dt>
        <dd>{system.company || '—'}</dd>
        <dt>{s['builder.define.sector']}</dt>
        <dd>{sector || '—'}</dd>
        <dt>{s['builder.define.definition']}</dt>
        <dd class="builder-pre">{system.loyalCustomerDefinition || '—'}</dd>
        <dt>{s['builder.define.method']}</dt>
        <dd>{s[`builder.method.${system.method}`]}</dd>
      </dl>

      <h3>{s['builder.report.system']}</h3>
      <table class="builder-table">
        <thead>
          <tr>
            <th scope="col">{s['builder.weights.indicator']}</th>
            <th scope="col">{s['builder.q.kind']}</th>
            <th scope="col">{s['builder.q.direction']}</th>
            <th scope="col">{s['builder.q.scale']}</th>
            <th scope="col">{s['builder.weights.weight']}</th>
          </tr>
        </thead>
        <tbody>
          {evaluation.indicators.map((indicator, i) => (
            <tr key={indicator.id}>
              <th scope="row">{names[i]}</th>
              <td>{s[`builder.kind.${indicator.kind}`]}</td>
              <td>
                <Direction direction={indicator.direction} strings={s} />
              </td>
              <td class="num">
                {indicator.scale.min}–{indicator.scale.max}
              </td>
              <td class="num">{formatShare(weights.weights[i], locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {s[`builder.weights.mode.${weights.mode}`]}
        {consistency &&
          ` — ${format(s['builder.report.consistency'], {
            cr: formatFixed(consistency.consistencyRatio, locale, 3),
            verdict: consistency.acceptable ? s['builder.yes'] : s['builder.no'],
          })}`}
        {weights.mode === 'group' &&
          ` — ${format(s['builder.report.participants'], { n: weights.analysis.participants })}`}
      </p>

      <h3>{s['builder.report.questionnaire']}</h3>
      <ol>
        {questionnaire.items.map((item) => (
          <li key={item.id}>
            {item.question[locale]}{' '}
            <span class="muted">
              ({item.scale.min}–{item.scale.max}
              {item.reverseScored && `; ${s['builder.q.reverseShort']}`})
            </span>
          </li>
        ))}
      </ol>

      <h3>{s['builder.report.results']}</h3>
      {results && results.respondents.length > 0 ? (
        <>
          <SummaryList summary={results.summary} strings={s} locale={locale} />
          <SegmentTable counts={results.summary.segmentCounts} total={results.summary.n} strings={s} locale={locale} />
          <ScoreHistogram bins={results.summary.histogram} idPrefix="builder-report-hist" strings={s} />
          <QuadrantScatter
            respondents={results.respondents}
            thresholds={system.thresholds}
            counts={results.summary.segmentCounts}
            idPrefix="builder-report-scatter"
            strings={s}
            locale={locale}
          />
        </>
      ) : (
        <p>{s['builder.results.none']}</p>
      )}
    </article>
  );
}
