import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CourseModule, LearningObjective, ProgressAssessment, ProgressLesson } from '../domain/quiz';
import { quizzesSlot } from '../domain/quiz/saved';
import { progressSlot } from '../domain/progress';
import { profileSlot } from '../domain/profile';
import { casesSlot } from '../domain/cases/saved';
import { calculatorsSlot } from '../domain/calculators/saved';
import type { DimensionId } from '../domain/cases/dimensions';
import type { EndingKind } from '../domain/cases/scenario';
import type { ScoreRanges } from '../domain/cases/scoring';
import { worksheetSlot } from '../domain/worksheet/slot';
import { reviewWorksheet } from '../domain/worksheet/review';
import { summariseActivity, type CaseInfo, type FinishedAttempt } from '../domain/trainee/activity';
import { buildRecordFile, printedCode, recordOf, verificationCode } from '../domain/trainee/record';
import { format, type Locale } from '../i18n/format';
import { formatDate } from '../i18n/dates';
import { formatPercent } from '../i18n/numbers';
import { $quizzes } from '../stores/quizzes';
import { $progress } from '../stores/progress';
import { $profile, setLearnerName } from '../stores/profile';
import { $cases } from '../stores/cases';
import { $calculators } from '../stores/calculators';
import { $worksheet } from '../stores/worksheet';
import { useHydrated, useSavedStore } from './useHydrated';
import { Meter, Ring } from './progress/Ring';

export interface DashboardLesson extends ProgressLesson {
  title: string;
  href: string;
}
export interface DashboardAssessment extends ProgressAssessment {
  href: string;
}
export interface DashboardCase extends CaseInfo {
  title: string;
  href: string;
  /** Ending id → its title in the page's language. */
  endingTitles: Record<string, string>;
  ranges: ScoreRanges;
  endings: Record<string, EndingKind>;
}
export interface DashboardCalculator {
  name: string;
  title: string;
  href: string;
}
interface Props {
  locale: Locale;
  lessons: DashboardLesson[];
  assessments: DashboardAssessment[];
  cases: DashboardCase[];
  calculators: DashboardCalculator[];
  worksheetHref: string;
  worksheetObjectives: LearningObjective[];
  moduleNames: Record<CourseModule, string>;
  strings: Record<string, string>;
}

/**
 * The progress page below its summary: everything the trainee has done, by learning objective
 * (lessons, assessments, cases, the care-plan worksheet, calculators), and the printable record
 * of completion with its verification code. It hydrates when scrolled into view: it reads every
 * saved slot, more than a page may load before interaction.
 */
export default function ProgressDashboard({
  locale,
  lessons,
  assessments,
  cases,
  calculators,
  worksheetHref,
  worksheetObjectives,
  moduleNames,
  strings: s,
}: Props) {
  const hydrated = useHydrated();
  const quizzes = useSavedStore($quizzes, quizzesSlot.initial());
  const progress = useSavedStore($progress, progressSlot.initial());
  const profile = useSavedStore($profile, profileSlot.initial());
  const savedCases = useSavedStore($cases, casesSlot.initial());
  const savedCalculators = useSavedStore($calculators, calculatorsSlot.initial());
  const worksheet = useSavedStore($worksheet, worksheetSlot.initial());
  const t = (key: string, values?: Record<string, string | number>) => format(s[key] ?? key, values);
  const pct = (n: number) => formatPercent(n, locale);

  const activity = useMemo(() => {
    const attempts: Record<string, FinishedAttempt[]> = {};
    for (const c of cases)
      attempts[c.id] = Object.hasOwn(savedCases.cases, c.id) ? [...savedCases.cases[c.id]!.attempts] : [];
    return summariseActivity({
      lessons,
      assessments,
      records: quizzes.records,
      markedDone: Object.fromEntries(Object.entries(progress.lessons).map(([id, p]) => [id, p.completedAt])),
      cases,
      attempts,
      worksheet: {
        // The worksheet starts with one empty row and item: count only those with something in them.
        planRows: worksheet.plan.filter((r) =>
          [r.need, r.measure, r.form, r.channel, r.timing].some((v) => v.trim() !== ''),
        ).length,
        checklistItems: worksheet.checklist.filter((c) => [c.action, c.owner].some((v) => v.trim() !== '')).length,
        answers: Object.values(worksheet.answers).filter((a) => a.trim() !== '').length,
        complete: reviewWorksheet(worksheet).length === 0,
      },
      worksheetObjectives,
      calculators: calculators.map((c) => c.name),
      calculatorEntries: Object.keys(savedCalculators.entries),
      lastLesson: progress.lastLesson,
    });
  }, [
    lessons,
    assessments,
    cases,
    calculators,
    worksheetObjectives,
    quizzes,
    progress,
    savedCases,
    savedCalculators,
    worksheet,
  ]);

  const { course } = activity;
  const today = useMemo(() => new Date(), []);
  const record = useMemo(() => recordOf(activity, profile.name, today), [activity, profile.name, today]);
  // The code is worked out after each change of the record (the name, progress); until then the
  // page shows none rather than the previous record's, so no code goes out with the wrong record.
  const [coded, setCoded] = useState<{ record: typeof record; code: string } | null>(null);
  useEffect(() => {
    if (!hydrated) return;
    let current = true;
    void verificationCode(record).then((c) => current && setCoded({ record, code: c }));
    return () => {
      current = false;
    };
  }, [record, hydrated]);
  const code = coded?.record === record ? coded.code : null;

  const dateText = formatDate(today, locale);
  const objectiveName = (o: LearningObjective) => s[`dash.objective.${o}`] ?? '';
  const dimName = (d: DimensionId) => s[`cases.dim.${d}`] ?? d;
  const caseById = new Map(cases.map((c) => [c.id, c]));
  const worksheetState = activity.worksheet.complete
    ? 'me.worksheetDone'
    : activity.worksheet.started
      ? 'me.worksheetStarted'
      : 'me.worksheetNone';

  const download = async () => {
    const { downloadText } = await import('../browser/download');
    downloadText(`record-of-completion-${record.issuedOn}.json`, buildRecordFile(record));
  };

  return (
    <div class="dashboard">
      <section class="box dash-summary no-print" aria-labelledby="overall-title">
        <Ring
          percent={activity.overallPercent}
          label={t('me.ringLabel', { label: s['me.overall']!, percent: pct(activity.overallPercent) })}
          text={pct(activity.overallPercent)}
          large
        />
        <div class="dash-summary-text">
          <h2 id="overall-title">{s['me.overall']}</h2>
          <p class="muted">{s['me.overallHelp']}</p>
          <ul class="dash-facts">
            <li>
              {`${t('me.lessonsDone', { done: course.overall.completedLessons, total: course.overall.lessons })} (${pct(activity.lessonPercent)})`}
            </li>
            <li>{t('me.casesDone', { done: activity.casesFinished, total: cases.length })}</li>
            <li>{s[worksheetState]}</li>
            <li>{t('me.calculatorsUsed', { n: activity.calculatorsUsed.length, total: calculators.length })}</li>
          </ul>
        </div>
      </section>

      <section class="no-print" aria-labelledby="objectives-title">
        <h2 id="objectives-title">{s['dash.objectives']}</h2>
        <p class="muted">{s['me.objectivesHelp']}</p>
        <ol class="objective-grid">
          {activity.objectives.map((o) => (
            <li key={o.objective} class="card objective-card" data-objective={o.objective}>
              <Ring
                percent={o.percent}
                label={t('me.ringLabel', {
                  label: `${o.objective}. ${objectiveName(o.objective)}`,
                  percent: pct(o.percent),
                })}
                text={pct(o.percent)}
              />
              <div>
                <p class="objective-name">
                  <strong>{`${o.objective}.`}</strong>
                  {` ${objectiveName(o.objective)}`}
                </p>
                <p class="muted">{t('me.objectiveItems', { done: o.done, total: o.items })}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <section class="no-print" aria-labelledby="cases-title">
        <h2 id="cases-title">{s['me.cases']}</h2>
        <ul class="case-progress">
          {activity.cases.map((c) => {
            const info = caseById.get(c.caseId)!;
            return (
              <li key={c.caseId} class="card" data-case={c.caseId} data-status={c.best ? 'finished' : 'notStarted'}>
                <h3>
                  <a href={info.href}>{info.title}</a>
                </h3>
                {c.best ? (
                  <>
                    <p>
                      <span class={`badge ${endingBadge(c.best.kind)}`}>
                        {c.best.kind ? s[`me.ending.${c.best.kind}`] : ''}
                      </span>
                      {` ${t('me.caseBest', { ending: info.endingTitles[c.best.endingId] ?? c.best.endingId })}`}
                    </p>
                    <p>
                      <strong>{t('me.caseScore', { percent: pct(c.best.overall) })}</strong> ·{' '}
                      <span class="muted">{t('me.caseAttempts', { n: c.attempts })}</span>
                    </p>
                    <h4 class="care-profile-title">{s['me.careProfile']}</h4>
                    <dl class="care-profile">
                      {c.best.profile.map((p) => (
                        <div key={p.dimension}>
                          <dt>{dimName(p.dimension)}</dt>
                          <dd>
                            <Meter share={p.percent / 100} />
                            <span>{pct(p.percent)}</span>
                          </dd>
                        </div>
                      ))}
                    </dl>
                  </>
                ) : (
                  <p class="muted">{s['me.caseNotStarted']}</p>
                )}
                <p>
                  <a href={info.href}>{s[c.best ? 'me.playAgain' : 'me.play']}</a>
                </p>
              </li>
            );
          })}
        </ul>
      </section>

      <section class="no-print" aria-labelledby="work-title">
        <h2 id="work-title">{s['me.worksheet']}</h2>
        <div class="dash-work">
          <div class="card">
            <h3>{s[worksheetState]}</h3>
            <p class="muted">
              {t('me.worksheetFacts', {
                rows: activity.worksheet.planRows,
                items: activity.worksheet.checklistItems,
                answers: activity.worksheet.answers,
              })}
            </p>
            <p>
              <a href={worksheetHref}>{s['me.openWorksheet']}</a>
            </p>
          </div>
          <div class="card">
            <h3>{s['me.calculators']}</h3>
            {activity.calculatorsUsed.length === 0 ? (
              <p class="muted">{s['me.noCalculators']}</p>
            ) : (
              <ul>
                {calculators
                  .filter((c) => activity.calculatorsUsed.includes(c.name))
                  .map((c) => (
                    <li key={c.name}>
                      <a href={c.href}>{c.title}</a>
                    </li>
                  ))}
              </ul>
            )}
          </div>
        </div>
      </section>

      <section class="record" aria-labelledby="record-title">
        <div class="no-print box">
          <h2 id="record-title">{s['dash.record']}</h2>
          <div class="field">
            <label class="field-label" for="learner-name">
              {s['dash.name']}
            </label>
            <input
              id="learner-name"
              type="text"
              maxLength={100}
              autoComplete="name"
              aria-describedby="learner-name-help"
              value={profile.name}
              disabled={!hydrated}
              onInput={(e) => setLearnerName((e.currentTarget as HTMLInputElement).value)}
            />
            <p id="learner-name-help" class="field-hint">
              {s['dash.recordHelp']}
            </p>
          </div>
          <p data-testid="record-code">
            {code ? (
              <>
                {t('me.codeLine', { code: '' })}
                <strong class="record-code">{printedCode(code)}</strong>
              </>
            ) : (
              ' '
            )}
          </p>
          <p class="muted">{s['me.codeHelp']}</p>
          <div class="button-row">
            <button type="button" disabled={!hydrated} onClick={() => window.print()}>
              {s['dash.print']}
            </button>
            <button type="button" class="secondary" disabled={!hydrated} onClick={() => void download()}>
              {s['me.download']}
            </button>
          </div>
        </div>

        {!code && <p class="print-only">{s['me.printPending']}</p>}
        {code && (
          <article class="certificate print-only" aria-label={s['cert.kicker']}>
            <p class="certificate-kicker">{s['cert.kicker']}</p>
            <h2 class="certificate-course">{s['cert.course']}</h2>
            <p class="certificate-certify">{s['cert.certify']}</p>
            <p class="certificate-name">{record.name || s['cert.noName']}</p>
            <p class="certificate-worked">{t('cert.worked', { date: dateText })}</p>
            <dl class="certificate-facts">
              <div>
                <dt>{s['cert.lessons']}</dt>
                <dd>
                  {t('cert.lessonsValue', { done: record.lessons.completed, total: record.lessons.total })} (
                  {pct(activity.lessonPercent)})
                </dd>
              </div>
              <div>
                <dt>{s['cert.modules']}</dt>
                <dd>
                  <ul>
                    {record.modules.map((m) => (
                      <li key={m.module}>
                        <strong>
                          {m.module} · {moduleNames[m.module]}
                        </strong>{' '}
                        — {t('cert.moduleLine', { done: m.lessonsCompleted, total: m.lessons })};{' '}
                        {m.assessment
                          ? t('cert.assessment', {
                              percent: pct(m.assessment.percent),
                              result: s[m.assessment.passed ? 'cert.passed' : 'cert.notPassed']!,
                            })
                          : s['cert.notTaken']}
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
              <div>
                <dt>{s['cert.cases']}</dt>
                <dd>
                  {record.cases.length === 0 ? (
                    s['cert.noCases']
                  ) : (
                    <ul>
                      {record.cases.map((c) => {
                        const info = caseById.get(c.caseId);
                        return (
                          <li key={c.caseId}>
                            <strong>{info?.title ?? c.caseId}</strong> —{' '}
                            {t('cert.caseLine', {
                              ending: info?.endingTitles[c.endingId] ?? c.endingId,
                              percent: pct(c.overall),
                            })}
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </dd>
              </div>
              <div>
                <dt>{s['cert.worksheet']}</dt>
                <dd>{s[record.worksheetComplete ? 'cert.worksheetYes' : 'cert.worksheetNo']}</dd>
              </div>
              <div>
                <dt>{s['cert.objectives']}</dt>
                <dd>
                  <ol class="certificate-objectives">
                    {record.objectives.map((o) => (
                      <li key={o.objective}>
                        {objectiveName(o.objective)} — {pct(o.percent)}
                      </li>
                    ))}
                  </ol>
                </dd>
              </div>
            </dl>
            <div class="certificate-sign">
              <p>
                <span class="certificate-line" />
                {s['cert.signature']}
              </p>
              <p>
                <span class="certificate-line" />
                {s['cert.date']}
              </p>
            </div>
            <p class="certificate-code">{t('cert.verify', { code: printedCode(code) })}</p>
          </article>
        )}
      </section>
    </div>
  );
}

const endingBadge = (kind: EndingKind | null) =>
  kind === 'exemplary'
    ? 'badge--success'
    : kind === 'recovered'
      ? 'badge--warning'
      : kind === 'lost-customer'
        ? 'badge--danger'
        : 'badge--brand';
