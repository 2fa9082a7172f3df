import { useState } from 'preact/hooks';
import { format } from '../../i18n/format';
import type { FieldIssue } from '../../domain/result';
import { parseUserNumber } from '../../domain/numbers';
import { toCsv } from '../../domain/csv';
import type { LoyaltySegment } from '../../domain/loyalty/segment';
import { SEGMENTS } from '../../domain/loyalty/segment';
import { serialiseIndicatorSystem } from '../../domain/indicators/system';
import { setThresholds } from '../../domain/builder/edit';
import { resultsRows } from '../../domain/builder/results-table';
import { datedName, downloadText } from '../../browser/download';
import { QuadrantScatter, ScoreHistogram } from './Charts';
import ReportSheet from './Report';
import { SegmentTable, SummaryList } from './ResultParts';
import { fieldNumber, formatFixed } from '../../i18n/numbers';
import { issueWhat } from './messages';
import { printOnly } from './print';
import { fileStem } from './SystemManager';
import type { BuilderStrings } from './strings';
import type { StepProps } from './Workbench';

/** Customers listed on screen at first, and at most (the CSV has everyone). */
const FIRST_ROWS = 100;
const MOST_ROWS = 2000;

const bySegment = (s: BuilderStrings, suffix: '' | '.short') =>
  Object.fromEntries(SEGMENTS.map((seg) => [seg, s[`builder.segment.${seg}${suffix}`]])) as Record<
    LoyaltySegment,
    string
  >;

/** Step 6: each customer's scores and segment, the summary, the charts, and the exports. */
export default function ResultsStep(props: StepProps) {
  const { system, evaluation, strings: s, locale, update, goTo } = props;
  const results = evaluation.results;
  const [showAll, setShowAll] = useState(false);

  const exportSystem = () => downloadText(datedName(fileStem(system.name), 'json'), serialiseIndicatorSystem(system));
  const exportResults = () => {
    if (!results || !system.responses) return;
    const rows = resultsRows(results.respondents, system.responses, evaluation.model.indicatorIds, {
      respondent: s['builder.results.respondent'],
      composite: s['builder.results.composite'],
      attitudinal: s['builder.results.attitudinal'],
      behavioural: s['builder.results.behavioural'],
      segment: s['builder.results.segment'],
      strategy: s['builder.results.strategy'],
      segmentNames: bySegment(s, ''),
      strategies: bySegment(s, '.short'),
    });
    downloadText(datedName(`${fileStem(system.name)}-results`, 'csv'), toCsv(rows, { bom: true }), 'text/csv');
  };

  const exports = (
    <div class="builder-actions">
      {results && results.respondents.length > 0 && (
        <button type="button" onClick={exportResults}>
          {s['builder.results.exportCsv']}
        </button>
      )}
      <button type="button" class="secondary" onClick={exportSystem}>
        {s['builder.systems.export']}
      </button>
      <button type="button" class="secondary" onClick={() => printOnly('print-report')}>
        {s['builder.results.print']}
      </button>
    </div>
  );

  if (!results || results.respondents.length === 0) {
    return (
      <div class="builder-step">
        <p>{s['builder.results.none']}</p>
        <p>
          <button type="button" onClick={() => goTo(5)}>
            {s['builder.results.goToData']}
          </button>
        </p>
        {exports}
        <ReportSheet {...props} />
      </div>
    );
  }

  const { summary, respondents } = results;
  const limit = showAll ? MOST_ROWS : FIRST_ROWS;
  return (
    <div class="builder-step">
      <p class="prose">{s['builder.results.intro']}</p>
      <h3>{s['builder.results.summary']}</h3>
      <SummaryList summary={summary} strings={s} locale={locale} />
      <SegmentTable counts={summary.segmentCounts} total={summary.n} strings={s} locale={locale} />

      <h3>{s['builder.results.charts']}</h3>
      <div class="builder-charts">
        <ScoreHistogram bins={summary.histogram} idPrefix="builder-hist" strings={s} />
        <QuadrantScatter
          respondents={respondents}
          thresholds={system.thresholds}
          counts={summary.segmentCounts}
          idPrefix="builder-scatter"
          strings={s}
          locale={locale}
        />
      </div>
      {(respondents[0]?.attitudinal === null || respondents[0]?.behavioural === null) && (
        <p class="muted">{s['builder.results.singleKind']}</p>
      )}

      <Thresholds key={system.id} {...props} onSave={(t) => update(setThresholds(system, t))} />

      <h3>{s['builder.results.exports']}</h3>
      {exports}

      <div class="table-scroll">
        <table class="builder-table" id="builder-customers">
          <caption>
            {respondents.length > limit
              ? format(s['builder.results.customersFirst'], { shown: limit, n: respondents.length })
              : format(s['builder.results.customersAll'], { n: respondents.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{s['builder.results.respondent']}</th>
              <th scope="col">{s['builder.results.composite']}</th>
              <th scope="col">{s['builder.results.attitudinal']}</th>
              <th scope="col">{s['builder.results.behavioural']}</th>
              <th scope="col">{s['builder.results.segment']}</th>
              <th scope="col">{s['builder.results.strategy']}</th>
            </tr>
          </thead>
          <tbody>
            {respondents.slice(0, limit).map((r, i) => (
              <tr key={i}>
                <th scope="row">{r.id}</th>
                <td class="num">{formatFixed(r.composite, locale)}</td>
                <td class="num">{formatFixed(r.attitudinal, locale)}</td>
                <td class="num">{formatFixed(r.behavioural, locale)}</td>
                <td>{s[`builder.segment.${r.segment}`]}</td>
                <td>{s[`builder.segment.${r.segment}.short`]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {respondents.length > FIRST_ROWS && (
        <button type="button" class="secondary" onClick={() => setShowAll(!showAll)}>
          {showAll
            ? format(s['builder.results.showFewer'], { n: FIRST_ROWS })
            : format(s['builder.results.showMore'], { n: Math.min(MOST_ROWS, respondents.length) })}
        </button>
      )}
      <ReportSheet {...props} />
    </div>
  );
}

/** Where attitude and behaviour count as "high" (the curriculum's 50% line by default). */
function Thresholds({
  system,
  strings: s,
  onSave,
}: StepProps & { onSave: (t: { attitude: number; behaviour: number }) => void }) {
  const [drafts, setDrafts] = useState({
    attitude: fieldNumber(system.thresholds.attitude * 100, 1),
    behaviour: fieldNumber(system.thresholds.behaviour * 100, 1),
  });
  const check = (text: string): FieldIssue | number => {
    const parsed = parseUserNumber(text);
    if (!parsed.ok) return { field: 'threshold', code: parsed.code, params: { value: text } };
    if (parsed.value < 0 || parsed.value > 100)
      return { field: 'threshold', code: 'outOfRange', params: { min: 0, max: 100, value: parsed.value } };
    return parsed.value;
  };
  const edit = (axis: 'attitude' | 'behaviour', text: string) => {
    const next = { ...drafts, [axis]: text };
    setDrafts(next);
    const a = check(next.attitude);
    const b = check(next.behaviour);
    if (typeof a === 'number' && typeof b === 'number') onSave({ attitude: a / 100, behaviour: b / 100 });
  };
  return (
    <fieldset class="builder-thresholds">
      <legend>{s['builder.results.thresholds']}</legend>
      <p class="muted">{s['builder.results.thresholdsHint']}</p>
      {(['attitude', 'behaviour'] as const).map((axis) => {
        const result = check(drafts[axis]);
        const id = `builder-threshold-${axis}`;
        return (
          <p key={axis} class="builder-field">
            <label for={id}>{s[`builder.results.threshold.${axis}`]}</label>
            <input
              id={id}
              class="builder-number"
              inputMode="decimal"
              value={drafts[axis]}
              aria-invalid={typeof result === 'number' ? undefined : 'true'}
              aria-describedby={typeof result === 'number' ? undefined : `${id}-error`}
              onInput={(e) => edit(axis, (e.currentTarget as HTMLInputElement).value)}
            />
            {typeof result !== 'number' && (
              <span id={`${id}-error`} class="field-error">
                {issueWhat(result, s)}
              </span>
            )}
          </p>
        );
      })}
    </fieldset>
  );
}
