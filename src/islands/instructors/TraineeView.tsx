import { useEffect, useRef } from 'preact/hooks';
import { caseReview, quizReview, type GradebookColumn, type GradebookRow } from '../../domain/instructors/gradebook';
import { itemKey } from '../../domain/instructors/assignment';
import type { ItemResult } from '../../domain/instructors/results';
import type { ClassTexts } from '../../domain/instructors/texts';
import { own } from '../../domain/guards';
import type { Verdict } from '../../domain/quiz/display';
import { format, type Locale } from '../../i18n/format';
import { formatNumber, formatPercent } from '../../i18n/numbers';
import type { ClassViewStrings } from './class-keys';
import { GbIcon, type GbIconName } from './gbIcons';

const VERDICT_ICON: Record<Verdict, GbIconName> = { right: 'check', partly: 'half', wrong: 'x' };

/** Everything one trainee's results file holds, in words: answers, paths, endings, profiles, reflections, the worksheet. */
export default function TraineeView({
  row,
  columns,
  strings,
  texts,
  locale,
  columnLabel,
  time,
  onClose,
}: {
  row: GradebookRow;
  columns: readonly GradebookColumn[];
  strings: ClassViewStrings;
  texts: ClassTexts;
  locale: Locale;
  columnLabel: (column: GradebookColumn) => string;
  time: (iso: string) => string;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, [row.key]);
  const byKey = new Map(row.file.payload.items.map((r) => [itemKey(r), r]));
  const dim = (d: string) => (strings as Record<string, string>)[`cases.dim.${d}`] ?? d;
  const pct = (n: number) => formatPercent(n, locale);

  const body = (result: ItemResult | undefined) => {
    if (!result) return <p class="gb-missing">{strings['gb.trainee.notDone']}</p>;
    switch (result.kind) {
      case 'selfCheck':
      case 'assessment': {
        if (!result.best && !result.latest) return <p class="gb-missing">{strings['gb.trainee.notDone']}</p>;
        const review = quizReview(result, own(texts.banks, result.id));
        return (
          <>
            {review.bestPercent !== null && (
              <p>{format(strings['gb.trainee.best'], { percent: pct(review.bestPercent) })}</p>
            )}
            {review.latestPercent !== null && review.latestAt !== null && (
              <p>
                {format(strings['gb.trainee.latest'], {
                  percent: pct(review.latestPercent),
                  time: time(review.latestAt),
                })}
              </p>
            )}
            {review.questions.length === 0 ? (
              <p class="muted">{strings['gb.trainee.noQuestions']}</p>
            ) : (
              <div class="table-scroll" tabIndex={0}>
                <table class="gb-answers">
                  <thead>
                    <tr>
                      <th scope="col">{strings['gb.trainee.question']}</th>
                      <th scope="col">{strings['gb.trainee.answer']}</th>
                      <th scope="col">{strings['gb.trainee.verdict']}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {review.questions.map((q) => (
                      <tr key={q.questionId}>
                        <th scope="row">{q.prompt ?? q.questionId}</th>
                        <td>
                          {q.answer.length === 0 ? (
                            <span class="muted">{strings['gb.trainee.noAnswer']}</span>
                          ) : (
                            <ul class="gb-lines">
                              {q.answer.map((line, i) => (
                                <li key={i}>{line}</li>
                              ))}
                            </ul>
                          )}
                        </td>
                        <td class={q.verdict ? `gb-verdict gb-verdict--${q.verdict}` : 'muted'}>
                          {q.verdict ? (
                            <>
                              <GbIcon name={VERDICT_ICON[q.verdict]} /> {strings[`gb.verdict.${q.verdict}`]}
                            </>
                          ) : (
                            strings['gb.verdict.unknown']
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        );
      }
      case 'case': {
        if (!result.attempt) return <p class="gb-missing">{strings['gb.trainee.notDone']}</p>;
        const review = caseReview(result.attempt, own(texts.cases, result.id));
        return (
          <>
            <p>
              <strong>{format(strings['gb.trainee.ending'], { ending: review.ending })}</strong>
            </p>
            {review.overall !== null && <p>{format(strings['gb.trainee.overall'], { n: review.overall })}</p>}
            <h4>{strings['gb.trainee.path']}</h4>
            <ol class="gb-path">
              {review.steps.map((s) => (
                <li key={s.nodeId}>
                  <span class="gb-prompt">{s.prompt}</span>
                  <span class="gb-choice">
                    <GbIcon name="check" /> {s.choice}
                  </span>
                </li>
              ))}
            </ol>
            <h4>{strings['gb.trainee.profile']}</h4>
            <div class="table-scroll" tabIndex={0}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{strings['inst.class.dimension']}</th>
                    <th scope="col">{strings['gb.trainee.points']}</th>
                    <th scope="col">{strings['gb.trainee.score']}</th>
                  </tr>
                </thead>
                <tbody>
                  {review.profile.map((p) => (
                    <tr key={p.dimension}>
                      <th scope="row">{dim(p.dimension)}</th>
                      <td class="gb-num">{p.points}</td>
                      <td class="gb-num">{p.score ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h4>{strings['gb.trainee.reflection']}</h4>
            {review.reflectionPrompt && <p class="muted">{review.reflectionPrompt}</p>}
            {review.reflection.trim() === '' ? (
              <p class="muted">{strings['gb.trainee.noReflection']}</p>
            ) : (
              <blockquote class="gb-reflection">{review.reflection}</blockquote>
            )}
            {review.checklist.length > 0 && (
              <>
                <h4>{strings['gb.trainee.checklist']}</h4>
                <ul class="gb-checklist">
                  {review.checklist.map((c) => (
                    <li key={c.id} class={c.ticked ? 'gb-ticked' : 'muted'}>
                      <GbIcon name={c.ticked ? 'check' : 'minus'} /> {c.text} (
                      {c.ticked ? strings['gb.trainee.ticked'] : strings['gb.trainee.notTicked']})
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        );
      }
      case 'worksheet': {
        const s = result.summary;
        if (!s || s.planRows === 0) return <p class="gb-missing">{strings['gb.trainee.notDone']}</p>;
        return (
          <ul>
            <li>{format(strings['gb.trainee.worksheet.rows'], { n: s.planRows })}</li>
            <li>
              {format(strings['gb.trainee.worksheet.checklist'], { done: s.checklistDone, items: s.checklistItems })}
            </li>
            <li>
              {s.selfTotal === null
                ? strings['gb.trainee.worksheet.noRatings']
                : format(strings['gb.trainee.worksheet.self'], { total: s.selfTotal, max: s.totalMax })}
            </li>
            {s.peerTotalMean !== null && (
              <li>
                {format(strings['gb.trainee.worksheet.peer'], {
                  total: formatNumber(s.peerTotalMean, locale, 1),
                  max: s.totalMax,
                })}
              </li>
            )}
          </ul>
        );
      }
      case 'calculator': {
        if (!result.fields) return <p class="gb-missing">{strings['gb.trainee.notDone']}</p>;
        return (
          <>
            {result.savedAt && <p>{format(strings['gb.trainee.calculator'], { time: time(result.savedAt) })}</p>}
            <div class="table-scroll" tabIndex={0}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{strings['gb.trainee.field']}</th>
                    <th scope="col">{strings['gb.trainee.value']}</th>
                  </tr>
                </thead>
                <tbody>
                  {Object.entries(result.fields).map(([field, value]) => (
                    <tr key={field}>
                      <th scope="row">{field}</th>
                      <td>{typeof value === 'string' ? value : JSON.stringify(value)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        );
      }
    }
  };

  return (
    <section id="gb-trainee" class="box gb-trainee" aria-labelledby="gb-trainee-heading">
      <h2 id="gb-trainee-heading" tabIndex={-1} ref={heading}>
        {format(strings['gb.trainee.heading'], { name: row.name })}
      </h2>
      <p class="muted">
        {format(strings['gb.trainee.meta'], {
          classCode: row.classCode,
          time: time(row.handedInAt),
          file: row.fileName,
        })}
      </p>
      {row.late && (
        <p class="gb-late">
          <GbIcon name="clock" /> {strings['gb.late']}
        </p>
      )}
      {columns.map((column, i) => {
        const id = `gb-trainee-item-${i}`;
        return (
          <div key={column.key} class="gb-trainee-item">
            <h3 id={id}>{columnLabel(column)}</h3>
            {body(byKey.get(column.key))}
          </div>
        );
      })}
      <p class="no-print">
        <button type="button" class="secondary" onClick={onClose}>
          {strings['gb.trainee.back']}
        </button>
      </p>
    </section>
  );
}
