import { useMemo } from 'preact/hooks';
import {
  casePaths,
  columnPercents,
  decisionCounts,
  endingCounts,
  hasQuestionPoints,
  missedQuestions,
  scoreBands,
  wrongText,
  type Gradebook,
  type GradebookColumn,
} from '../../domain/instructors/gradebook';
import type { ClassTexts } from '../../domain/instructors/texts';
import { own } from '../../domain/guards';
import { format, type Locale } from '../../i18n/format';
import { formatShare } from '../../i18n/numbers';
import type { ClassViewStrings } from './class-keys';

export interface Bar {
  readonly label: string;
  readonly value: number;
}

const ROW = 34;
const WIDTH = 360;
const BAR_MAX = 300;

/**
 * A horizontal bar chart drawn as SVG, named by `label` (which lists every figure), with the
 * same figures in a table beside it: the chart is for looking, the table for reading.
 */
export function BarChart({
  id,
  title,
  label,
  bars,
  headings,
}: {
  id: string;
  title: string;
  label: string;
  bars: readonly Bar[];
  headings: readonly [string, string];
}) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <div class="gb-chart-pair">
      <figure class="gb-chart">
        <svg
          role="img"
          aria-label={label}
          viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`}
          width={WIDTH}
          height={bars.length * ROW}
        >
          {bars.map((bar, i) => (
            <g key={i} transform={`translate(0 ${i * ROW})`}>
              <text class="gb-chart-label" x="0" y="12">
                {bar.label.length > 52 ? `${bar.label.slice(0, 50)}…` : bar.label}
              </text>
              <rect class="gb-chart-track" x="0" y="16" width={BAR_MAX} height="12" rx="2" />
              <rect class="gb-chart-bar" x="0" y="16" width={(BAR_MAX * bar.value) / max} height="12" rx="2" />
              <text class="gb-chart-value" x={BAR_MAX + 6} y="27">
                {bar.value}
              </text>
            </g>
          ))}
        </svg>
        <figcaption id={`${id}-caption`}>{title}</figcaption>
      </figure>
      <div class="table-scroll" tabIndex={0}>
        <table class="gb-chart-table">
          <thead>
            <tr>
              <th scope="col">{headings[0]}</th>
              <th scope="col">{headings[1]}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar, i) => (
              <tr key={i}>
                <th scope="row">{bar.label}</th>
                <td class="gb-num">{bar.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Item by item: score bands, case endings and choices, the most-missed questions in words. */
export default function ItemViews({
  gb,
  strings,
  texts,
  locale,
  columnLabel,
}: {
  gb: Gradebook;
  strings: ClassViewStrings;
  texts: ClassTexts;
  locale: Locale;
  columnLabel: (column: GradebookColumn) => string;
}) {
  const missed = useMemo(() => missedQuestions(gb.rows, texts), [gb, texts]);
  const list = (bars: readonly Bar[]) =>
    bars.map((b) => `${b.label}: ${b.value}`).join(locale === 'zh-cn' ? '；' : '; ');
  return (
    <section aria-labelledby="gb-items" class="gb-items">
      <h2 id="gb-items">{strings['gb.items.heading']}</h2>
      {gb.columns.map((column, index) => {
        const name = columnLabel(column);
        const id = `gb-item-${index}`;
        const percents = columnPercents(gb, index);
        const bands: Bar[] = scoreBands(percents).map((b) => ({
          label: format(strings['gb.chart.bandRange'], { from: b.from, to: b.to }),
          value: b.count,
        }));
        const caseTexts = column.item.kind === 'case' ? own(texts.cases, column.item.id) : undefined;
        const bankMissed = missed.filter(
          (m) => m.bankId === column.item.id && (column.item.kind === 'selfCheck' || column.item.kind === 'assessment'),
        );
        const bank = own(texts.banks, column.item.id);
        return (
          <div key={column.key} class="gb-item-view">
            <h3 id={id}>{name}</h3>
            <p>{format(strings['gb.foot.of'], { done: column.stats.done, of: column.stats.of })}</p>
            {column.stats.done === 0 && <p class="muted">{strings['gb.items.none']}</p>}
            {percents.length > 0 && (
              <>
                <h4>{strings['gb.chart.bands']}</h4>
                <BarChart
                  id={`${id}-bands`}
                  title={`${strings['gb.chart.bands']}: ${name}`}
                  label={format(strings['gb.chart.bandsLabel'], { item: name, list: list(bands) })}
                  bars={bands}
                  headings={[strings['gb.chart.band'], strings['gb.chart.trainees']]}
                />
              </>
            )}
            {column.item.kind === 'case' &&
              column.stats.done > 0 &&
              (() => {
                const caseId = column.item.id;
                const endings: Bar[] = endingCounts(gb.rows, caseId, caseTexts).map((e) => ({
                  label: own(caseTexts?.endings, e.endingId)?.title ?? e.endingId,
                  value: e.count,
                }));
                const paths = casePaths(gb.rows, caseId);
                const prompt = (nodeId: string) => own(caseTexts?.prompts, nodeId) ?? nodeId;
                const choice = (nodeId: string, choiceId: string) =>
                  own(caseTexts?.choices, `${nodeId}/${choiceId}`) ?? choiceId;
                return (
                  <>
                    <h4>{strings['gb.case.endings']}</h4>
                    <BarChart
                      id={`${id}-endings`}
                      title={`${strings['gb.case.endings']}: ${name}`}
                      label={format(strings['gb.case.endingsLabel'], { item: name, list: list(endings) })}
                      bars={endings}
                      headings={[strings['gb.case.ending'], strings['gb.chart.trainees']]}
                    />
                    <h4>{strings['gb.case.choices']}</h4>
                    {decisionCounts(paths).map((d) => (
                      <div class="table-scroll" tabIndex={0} key={d.nodeId}>
                        <table class="gb-decision">
                          <caption>{format(strings['inst.class.decision'], { node: prompt(d.nodeId) })}</caption>
                          <thead>
                            <tr>
                              <th scope="col">{strings['inst.class.choice']}</th>
                              <th scope="col">{strings['inst.class.count']}</th>
                            </tr>
                          </thead>
                          <tbody>
                            {d.choices.map((c) => (
                              <tr key={c.choiceId}>
                                <th scope="row">{choice(d.nodeId, c.choiceId)}</th>
                                <td class="gb-num">
                                  {c.count} ({formatShare(c.count / Math.max(1, d.reached), locale, 0)})
                                </td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </div>
                    ))}
                    <h4 id={`${id}-people`}>{strings['gb.case.byTrainee']}</h4>
                    <div class="table-scroll" tabIndex={0}>
                      <table class="gb-people">
                        <thead>
                          <tr>
                            <th scope="col">{strings['gb.case.trainee']}</th>
                            {paths.decisions.map((nodeId) => (
                              <th scope="col" key={nodeId}>
                                {prompt(nodeId)}
                              </th>
                            ))}
                          </tr>
                        </thead>
                        <tbody>
                          {paths.people.map((p) => (
                            <tr key={p.key}>
                              <th scope="row">{p.name}</th>
                              {paths.decisions.map((nodeId) => {
                                const c = own(p.choices, nodeId);
                                return (
                                  <td key={nodeId}>
                                    {c === undefined ? (
                                      <span class="muted">{strings['gb.case.notReached']}</span>
                                    ) : (
                                      choice(nodeId, c)
                                    )}
                                  </td>
                                );
                              })}
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  </>
                );
              })()}
            {(column.item.kind === 'selfCheck' || column.item.kind === 'assessment') && column.stats.done > 0 && (
              <>
                <h4 id={`${id}-missed`}>{strings['gb.missed.heading']}</h4>
                {!hasQuestionPoints(gb.rows, column.item.id) ? (
                  <p class="muted">{strings['gb.missed.noDetail']}</p>
                ) : bankMissed.length === 0 ? (
                  <p class="muted">{strings['gb.missed.none']}</p>
                ) : (
                  <>
                    <p class="muted">{strings['gb.missed.intro']}</p>
                    <div class="table-scroll" tabIndex={0}>
                      <table class="gb-missed">
                        <thead>
                          <tr>
                            <th scope="col">{strings['gb.missed.question']}</th>
                            <th scope="col">{strings['gb.missed.missed']}</th>
                            <th scope="col">{strings['gb.missed.wrong']}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {bankMissed.map((m) => {
                            const q = bank?.questions.find((x) => x.id === m.questionId);
                            return (
                              <tr key={m.questionId}>
                                <th scope="row">{q?.prompt ?? m.questionId}</th>
                                <td class="gb-num">
                                  {format(strings['gb.missed.of'], { missed: m.missed, answered: m.answered })}
                                </td>
                                <td>
                                  <ul class="gb-lines">
                                    {m.wrong.slice(0, 3).map((w, i) => (
                                      <li key={i}>
                                        {format(strings['gb.missed.count'], {
                                          answer: wrongText(w.answer, q),
                                          count: w.count,
                                        })}
                                      </li>
                                    ))}
                                  </ul>
                                </td>
                              </tr>
                            );
                          })}
                        </tbody>
                      </table>
                    </div>
                  </>
                )}
              </>
            )}
          </div>
        );
      })}
    </section>
  );
}
