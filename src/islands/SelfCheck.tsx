import { useMemo, useRef, useState } from 'preact/hooks';
import { arrangeAttempt, questionFeedback, scoreAttempt, validateAnswer, type AttemptScore, type Locale, type QuizBank, type QuizQuestion } from '../domain/quiz';
import { quizzesSlot } from '../domain/quiz/saved';
import { format } from '../i18n/format';
import { $quizzes, saveAttempt } from '../stores/quizzes';
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
}

/** A stable number from the bank id, so the first layout is the same on server and client. */
const seedOf = (id: string, attempt: number) => [...id].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 7) + attempt;
const round = (n: number) => Math.round(n * 100) / 100;

/** A lesson self-check or module assessment: answer, check, see feedback, retry; best and latest saved. */
export default function SelfCheck({ bankJson, locale, strings, practice = false }: Props) {
  const bank = useMemo(() => JSON.parse(bankJson) as QuizBank, [bankJson]);
  const hydrated = useHydrated();
  const saved = useSavedStore($quizzes, quizzesSlot.initial()).records[bank.id];
  const [attempt, setAttempt] = useState(0);
  const layout = useMemo(() => arrangeAttempt(bank, seedOf(bank.id, attempt)), [bank, attempt]);
  const [answers, setAnswers] = useState<Record<string, unknown>>({});
  const [result, setResult] = useState<AttemptScore | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const resultRef = useRef<HTMLDivElement>(null);
  const headingId = `quiz-${bank.id}`;

  const questions = layout.questionOrder.map((id) => bank.questions.find((q) => q.id === id)!);
  const answerOf = (q: QuizQuestion) => answers[q.id] ?? (q.type === 'ordering' ? { order: layout.optionOrder[q.id] } : undefined);

  const check = () => {
    const full: Record<string, unknown> = {};
    const open: number[] = [];
    questions.forEach((q, i) => {
      full[q.id] = answerOf(q);
      const reason = validateAnswer(q, full[q.id]);
      if (reason === 'noAnswer' || reason === 'incomplete') open.push(i + 1);
    });
    if (open.length > 0) {
      setProblem(format(strings['quiz.unanswered'], { list: open.join(', ') }));
      return;
    }
    setProblem(null);
    const score = scoreAttempt(bank, full);
    setAnswers(full);
    setResult(score);
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
    setResult(null);
    setProblem(null);
    requestAnimationFrame(() => document.getElementById(headingId)?.focus());
  };

  const percent = result ? Math.round(result.percentage) : 0;
  return (
    <section class="box quiz" aria-labelledby={headingId} data-quiz={bank.id}>
      <h2 id={headingId} tabIndex={-1}>
        {strings[bank.kind === 'assessment' ? 'quiz.assessment' : practice ? 'quiz.practice' : 'quiz.selfCheck']}
      </h2>
      <StorageNotice strings={strings} locale={locale} />
      {saved && (
        <p class="muted" data-testid="quiz-best">
          {format(strings['quiz.best'], { earned: round(saved.best.earned), total: saved.best.total })}
        </p>
      )}
      <ol class="quiz-questions">
        {questions.map((question, index) => {
          const feedback = result ? questionFeedback(question, answerOf(question)) : null;
          const score = result?.questions.find((r) => r.questionId === question.id);
          const viewProps = {
            order: question.type === 'ordering' ? ((answerOf(question) as { order: string[] }).order ?? []) : (layout.optionOrder[question.id] ?? []),
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
            <li key={question.id} class="quiz-question">
              <fieldset>
                <legend>
                  <span class="visually-hidden">{format(strings['quiz.question'], { n: index + 1, total: questions.length })}: </span>
                  {question.prompt[locale]}
                </legend>
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
                <div class={`quiz-feedback ${score.earned === score.total ? 'ok' : score.earned > 0 ? '' : 'bad'}`}>
                  <p>
                    <strong>
                      {score.earned === score.total
                        ? strings['quiz.correct']
                        : score.earned > 0
                          ? format(strings['quiz.partly'], { earned: round(score.earned), total: score.total })
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
      {problem && (
        <p class="field-error" role="alert">
          {problem}
        </p>
      )}
      {result ? (
        <div ref={resultRef} tabIndex={-1} class="quiz-result" role="status">
          <p>
            <strong>{format(strings['quiz.score'], { earned: round(result.earned), total: result.total, percent })}</strong>
          </p>
          {result.passed !== null && bank.passMark !== undefined && (
            <p class={result.passed ? 'ok' : 'bad'}>{format(strings[result.passed ? 'quiz.passed' : 'quiz.notPassed'], { mark: Math.round(bank.passMark * 100) })}</p>
          )}
          <button type="button" onClick={retry}>
            {strings['quiz.retry']}
          </button>
        </div>
      ) : (
        <button type="button" disabled={!hydrated} onClick={check}>
          {strings['quiz.check']}
        </button>
      )}
      <details class="quiz-help">
        <summary>{strings['quiz.howScored']}</summary>
        <p>{strings['quiz.scoringHelp']}</p>
      </details>
    </section>
  );
}
