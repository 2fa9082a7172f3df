import { useMemo, useRef, useState } from 'preact/hooks';
import { arrangeAttempt } from '../domain/quiz/arrange';
import { verdictOf, wholePercent } from '../domain/quiz/display';
import type { GradedAttempt } from '../domain/quiz/grade';
import type { Locale, QuizBank, QuizQuestion } from '../domain/quiz/types';
import { quizzesSlot } from '../domain/quiz/saved';
import { format } from '../i18n/format';
import { formatPercent } from '../i18n/numbers';
import { $quizzes, saveAttempt } from '../stores/quizzes';
import { Icon } from './quiz/icons';
import { ChoiceView, MatchingView, NumericView, OrderingView } from './quiz/QuestionView';
import type { QuizStrings } from './quiz/strings';
import StorageNotice from './StorageNotice';
import { useHydrated, useSavedStore } from './useHydrated';

interface Props {
  /** The bank as JSON text (one string serialises far smaller into the page than nested props). */
  bankJson: string;
  locale: Locale;
  strings: QuizStrings;
  /** A practice exercise inside a lesson, as opposed to the lesson's own self-check. */
  practice?: boolean;
  /** The lesson this self-check completes when passed (its slug); the end-of-lesson panel reads the saved attempt. */
  lesson?: string | undefined;
  /** A quick check between a lesson's sections: a smaller heading, no pass mark, not counted. */
  inline?: boolean;
  /** The quick check's number when a lesson has more than one. */
  n?: number | undefined;
}

/** A question that cannot be checked yet: its number, and what to say in the summary and beside it. */
interface Problem {
  readonly questionId: string;
  readonly summary: string;
  readonly field: string;
}

/** A stable number from the bank id, so the first layout is the same on server and client. */
const seedOf = (id: string, attempt: number) =>
  [...id].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 7) + attempt;

/** A lesson self-check or module assessment: answer, check, see feedback, retry; best and latest saved. */
export default function SelfCheck({ bankJson, locale, strings, practice = false, lesson, inline = false, n }: Props) {
  const bank = useMemo(() => JSON.parse(bankJson) as QuizBank, [bankJson]);
  const hydrated = useHydrated();
  const saved = useSavedStore($quizzes, quizzesSlot.initial()).records[bank.id];
  const [attempt, setAttempt] = useState(0);
  const layout = useMemo(() => arrangeAttempt(bank, seedOf(bank.id, attempt)), [bank, attempt]);
  const [answers, setAnswers] = useState<Record<string, unknown>>({});
  const [graded, setGraded] = useState<Extract<GradedAttempt, { type: 'checked' }> | null>(null);
  const result = graded?.score ?? null;
  const [problems, setProblems] = useState<Problem[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const resultRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const headingId = `quiz-${bank.id}`;
  const questionId = (q: QuizQuestion) => `${bank.id}-q-${q.id}`;
  const percent = (n: number) => formatPercent(n, locale);

  const questions = layout.questionOrder.map((id) => bank.questions.find((q) => q.id === id)!);
  const answerOf = (q: QuizQuestion) =>
    answers[q.id] ?? (q.type === 'ordering' ? { order: layout.optionOrder[q.id] } : undefined);

  const check = async () => {
    const full: Record<string, unknown> = {};
    for (const q of questions) full[q.id] = answerOf(q);
    // The scoring code loads on the first check: nothing before it needs it.
    const { gradeAttempt } = await import('../domain/quiz/grade');
    const outcome = gradeAttempt(bank, layout.questionOrder, full);
    if (outcome.type === 'open') {
      setProblems(
        outcome.open.map(({ questionId, number: n, reason }): Problem => {
          if (reason === 'incomplete')
            return {
              questionId,
              summary: format(strings['quiz.errorIncomplete'], { n }),
              field: strings['quiz.fieldIncomplete'],
            };
          if (reason === 'notANumber') {
            const value = (full[questionId] as { value?: string }).value ?? '';
            return {
              questionId,
              summary: format(strings['quiz.errorNotANumber'], { n, value }),
              field: format(strings['quiz.notANumber'], { value }),
            };
          }
          return {
            questionId,
            summary: format(strings['quiz.errorNoAnswer'], { n }),
            field: strings['quiz.fieldNoAnswer'],
          };
        }),
      );
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setProblems([]);
    const { score } = outcome;
    setAnswers(full);
    setGraded(outcome);
    saveAttempt(bank.id, {
      earned: score.earned,
      total: score.total,
      answers: full,
      questions: Object.fromEntries(score.questions.map((q) => [q.questionId, { earned: q.earned, total: q.total }])),
    });
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  const retry = () => {
    setAttempt((n) => n + 1);
    setAnswers({});
    setGraded(null);
    setProblems([]);
    requestAnimationFrame(() => document.getElementById(headingId)?.focus());
  };

  /** An error-summary link: bring the question into view and put focus on its first control. */
  const jumpTo = (event: Event, id: string) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'start' });
    target
      .querySelector<HTMLElement>('input:not(:disabled), select:not(:disabled), button:not(:disabled)')
      ?.focus({ preventScroll: true });
  };

  const shown = graded?.display ?? null;
  // A pass mark means something for assessments and a lesson's own self-check, not for practice.
  const judged = !practice && (bank.kind === 'assessment' || lesson !== undefined || bank.passMark !== undefined);
  return (
    <section class={`box quiz${inline ? ' quiz--inline' : ''}`} aria-labelledby={headingId} data-quiz={bank.id}>
      {inline ? (
        <>
          <h3 id={headingId} tabIndex={-1}>
            {strings['quiz.quickCheck']}
            {n !== undefined && ` ${n}`}
          </h3>
          <p class="muted">{strings['quiz.quickCheckNote']}</p>
        </>
      ) : (
        <h2 id={headingId} tabIndex={-1}>
          {strings[bank.kind === 'assessment' ? 'quiz.assessment' : practice ? 'quiz.practice' : 'quiz.selfCheck']}
        </h2>
      )}
      <StorageNotice strings={strings} locale={locale} />
      {problems.length > 0 && (
        <div
          ref={summaryRef}
          class="error-summary"
          role="alert"
          tabIndex={-1}
          aria-labelledby={`${headingId}-problems`}
        >
          <h3 id={`${headingId}-problems`}>{strings['quiz.unanswered']}</h3>
          <ul>
            {problems.map((p) => (
              <li key={p.questionId}>
                <a href={`#${bank.id}-q-${p.questionId}`} onClick={(e) => jumpTo(e, `${bank.id}-q-${p.questionId}`)}>
                  {p.summary}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {saved && !inline && (
        <p class="muted" data-testid="quiz-best">
          {format(strings['quiz.best'], { percent: percent(wholePercent(saved.best.earned, saved.best.total)) })}
        </p>
      )}
      <ol class="quiz-questions">
        {questions.map((question, index) => {
          const feedback = graded?.feedback[question.id] ?? null;
          const score = result?.questions.find((r) => r.questionId === question.id);
          const verdict = score ? verdictOf(score.earned, score.total) : null;
          const problem = problems.find((p) => p.questionId === question.id);
          const errorId = `${questionId(question)}-error`;
          const viewProps = {
            order:
              question.type === 'ordering'
                ? ((answerOf(question) as { order: string[] }).order ?? [])
                : (layout.optionOrder[question.id] ?? []),
            answer: answerOf(question),
            onAnswer: (answer: unknown) => setAnswers((prev) => ({ ...prev, [question.id]: answer })),
            feedback,
            locale,
            strings,
            disabled: !hydrated || result !== null,
            announce: setAnnouncement,
            scope: bank.id,
          };
          return (
            <li key={question.id} id={questionId(question)} class={`quiz-question${problem ? ' has-error' : ''}`}>
              <fieldset aria-describedby={problem ? errorId : undefined}>
                <legend>
                  <span class="quiz-number">
                    {format(strings['quiz.question'], { n: index + 1, total: questions.length })}
                  </span>
                  <span class="quiz-prompt">{question.prompt[locale]}</span>
                </legend>
                {problem && (
                  <p id={errorId} class="field-error">
                    {problem.field}
                  </p>
                )}
                {question.type === 'singleChoice' || question.type === 'multipleChoice' ? (
                  <ChoiceView question={question} {...viewProps} />
                ) : question.type === 'ordering' ? (
                  <OrderingView question={question} {...viewProps} />
                ) : question.type === 'matching' ? (
                  <MatchingView question={question} {...viewProps} />
                ) : (
                  <NumericView question={question} {...viewProps} />
                )}
              </fieldset>
              {score && (
                <div
                  class={`quiz-feedback callout ${verdict === 'right' ? 'callout--success' : verdict === 'partly' ? 'callout--warning' : 'callout--danger'}`}
                >
                  <p class="quiz-verdict">
                    <Icon name={verdict === 'right' ? 'check' : verdict === 'partly' ? 'info' : 'x'} />
                    <strong>
                      {verdict === 'right'
                        ? strings['quiz.correct']
                        : verdict === 'partly'
                          ? format(strings['quiz.partly'], {
                              percent: percent(wholePercent(score.earned, score.total)),
                            })
                          : strings['quiz.wrong']}
                    </strong>
                  </p>
                  <p>
                    <strong>{strings['quiz.explanation']}:</strong> {question.explanation[locale]}
                  </p>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {shown ? (
        <div
          ref={resultRef}
          tabIndex={-1}
          class={`quiz-result callout${judged && shown.passed ? ' callout--success' : ''}`}
          role="status"
        >
          {judged && shown.passed && <Icon name="circle-check" class="quiz-result-icon" />}
          <div>
            <p class="quiz-score">
              <strong>
                {format(strings[shown.partly > 0 ? 'quiz.scorePartly' : 'quiz.score'], {
                  percent: percent(shown.percent),
                  right: shown.right,
                  partly: shown.partly,
                  total: shown.questions,
                })}
              </strong>
            </p>
            {judged && (
              <p>
                {format(strings[shown.passed ? 'quiz.passed' : 'quiz.notPassed'], { mark: percent(shown.passPercent) })}
              </p>
            )}
            {judged && shown.passed && lesson && (
              <p>
                {strings['quiz.lessonDone']} <a href="#lesson-end">{strings['quiz.toLessonEnd']}</a>
              </p>
            )}
            <button type="button" class="secondary" onClick={retry}>
              {strings['quiz.retry']}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" disabled={!hydrated} onClick={() => void check()}>
          {strings['quiz.check']}
        </button>
      )}
      {!inline && (
        <details class="quiz-help">
          <summary>{strings['quiz.howScored']}</summary>
          <p>{strings['quiz.scoringHelp']}</p>
        </details>
      )}
    </section>
  );
}
