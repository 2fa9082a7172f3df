import type {
  Locale,
  QuizQuestion,
  QuestionFeedback,
  OrderingQuestion,
  MatchingQuestion,
  NumericQuestion,
  ChoiceQuestion,
} from '../../domain/quiz';
import { optionMark, positionMarks, type OptionMark } from '../../domain/quiz/display';
import { format } from '../../i18n/format';
import { Icon } from './icons';
import type { QuizStrings } from './strings';

interface Props<Q extends QuizQuestion> {
  question: Q;
  /** Option/item ids in presentation order (for ordering: the current order). */
  order: readonly string[];
  answer: unknown;
  onAnswer: (answer: unknown) => void;
  feedback: QuestionFeedback | null;
  locale: Locale;
  strings: QuizStrings;
  disabled: boolean;
  announce: (message: string) => void;
  /** Prefix for element ids (the bank id), so two banks on one page never share an id. */
  scope: string;
}

const MARK_CLASS: Record<NonNullable<OptionMark>, string> = {
  chosenRight: 'is-right',
  chosenWrong: 'is-wrong',
  correctAnswer: 'is-answer',
};

const byId = <T extends { id: string }>(list: readonly T[], id: string) => list.find((x) => x.id === id)!;

/** Single and multiple choice: radios or checkboxes, with per-option marks once checked. */
export function ChoiceView({
  scope,
  question,
  order,
  answer,
  onAnswer,
  feedback,
  locale,
  strings,
  disabled,
}: Props<ChoiceQuestion>) {
  const selected = new Set((answer as { selected?: string[] } | undefined)?.selected ?? []);
  const single = question.type === 'singleChoice';
  const toggle = (id: string) => {
    if (single) return onAnswer({ selected: [id] });
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onAnswer({ selected: order.filter((x) => next.has(x)) });
  };
  const fb = feedback?.type === 'choice' ? feedback : null;
  return (
    <ul class="quiz-options">
      {order.map((id) => {
        const option = byId(question.options, id);
        const inputId = `${scope}-${question.id}-${id}`;
        const mark = fb ? optionMark(fb, id) : null;
        return (
          <li key={id} class={mark ? MARK_CLASS[mark] : fb ? 'is-plain' : ''}>
            <input
              type={single ? 'radio' : 'checkbox'}
              id={inputId}
              name={`${scope}-${question.id}`}
              checked={selected.has(id)}
              disabled={disabled}
              onChange={() => toggle(id)}
            />
            <label for={inputId}>{option.text[locale]}</label>
            {mark && (
              <p class="quiz-mark">
                <Icon name={mark === 'chosenRight' ? 'check' : mark === 'chosenWrong' ? 'x' : 'info'} />
                <span>
                  <strong>
                    {mark === 'chosenRight'
                      ? `${strings['quiz.correct']} — ${strings['quiz.yourChoice']}`
                      : mark === 'chosenWrong'
                        ? `${strings['quiz.wrong']} — ${strings['quiz.yourChoice']}`
                        : `${strings['quiz.correctAnswer']} — ${strings['quiz.notChosen']}`}
                  </strong>
                  {option.feedback && mark !== 'correctAnswer' && <> · {option.feedback[locale]}</>}
                </span>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Ordering: an ordered list with Move up / Move down buttons (no drag-and-drop needed). */
export function OrderingView({
  question,
  order,
  onAnswer,
  feedback,
  locale,
  strings,
  disabled,
  announce,
}: Props<OrderingQuestion>) {
  const fb = feedback?.type === 'ordering' ? feedback : null;
  const move = (index: number, delta: number) => {
    const next = [...order];
    const [item] = next.splice(index, 1);
    next.splice(index + delta, 0, item!);
    onAnswer({ order: next });
    const text = byId(question.items, item!).text[locale];
    announce(format(strings['quiz.moved'], { item: text, position: index + delta + 1, total: next.length }));
  };
  const marks = fb ? positionMarks(question, order) : null;
  return (
    <>
      <ol class="quiz-ordering">
        {order.map((id, index) => {
          const text = byId(question.items, id).text[locale];
          const mark = marks?.[index];
          return (
            <li key={id} class={mark ? (mark.right ? 'is-right' : 'is-misplaced') : ''}>
              <span class="quiz-item-text">{text}</span>
              {mark ? (
                <span class="quiz-mark">
                  <Icon name={mark.right ? 'check' : 'info'} />
                  {mark.right ? strings['quiz.rightPlace'] : format(strings['quiz.belongsAt'], { n: mark.belongsAt })}
                </span>
              ) : (
                <span class="quiz-move">
                  <button
                    type="button"
                    class="secondary"
                    disabled={disabled || index === 0}
                    aria-label={format(strings['quiz.moveUp'], { item: text })}
                    onClick={() => move(index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    disabled={disabled || index === order.length - 1}
                    aria-label={format(strings['quiz.moveDown'], { item: text })}
                    onClick={() => move(index, 1)}
                  >
                    ↓
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {marks && (
        <p class="quiz-mark">
          {format(strings['quiz.positionsRight'], { right: marks.filter((m) => m.right).length, total: marks.length })}
        </p>
      )}
    </>
  );
}

/** Matching: one labelled select per item, choosing its category. */
export function MatchingView({
  scope,
  question,
  order,
  answer,
  onAnswer,
  feedback,
  locale,
  strings,
  disabled,
}: Props<MatchingQuestion>) {
  const placements = (answer as { placements?: Record<string, string> } | undefined)?.placements ?? {};
  const fb = feedback?.type === 'matching' ? feedback : null;
  return (
    <ul class="quiz-matching">
      {order.map((id) => {
        const item = byId(question.items, id);
        const selectId = `${scope}-${question.id}-${id}`;
        const right = fb?.correctlyPlaced.includes(id);
        const correctCategory = question.categories.find((c) => c.id === question.correctCategory[id]);
        return (
          <li key={id} class={fb ? (right ? 'is-right' : 'is-wrong') : ''}>
            <label for={selectId}>{item.text[locale]}</label>
            <select
              id={selectId}
              value={placements[id] ?? ''}
              disabled={disabled}
              onChange={(e) =>
                onAnswer({ placements: { ...placements, [id]: (e.currentTarget as HTMLSelectElement).value } })
              }
            >
              <option value="">{strings['quiz.choose']}</option>
              {question.categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.text[locale]}
                </option>
              ))}
            </select>
            {fb && (
              <p class="quiz-mark">
                <Icon name={right ? 'check' : 'x'} />
                {right
                  ? strings['quiz.correct']
                  : `${strings['quiz.wrong']} — ${format(strings['quiz.correctCategory'], { category: correctCategory?.text[locale] ?? '' })}`}
                {item.feedback && <> · {item.feedback[locale]}</>}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Numeric: a text box (typed numbers in any common form), with the unit beside it. */
export function NumericView({
  scope,
  question,
  answer,
  onAnswer,
  feedback,
  locale,
  strings,
  disabled,
}: Props<NumericQuestion>) {
  const value = (answer as { value?: string } | undefined)?.value ?? '';
  const inputId = `${scope}-${question.id}-value`;
  const unit = question.unit?.[locale] ?? '';
  const fb = feedback?.type === 'numeric' ? feedback : null;
  const invalid = feedback?.type === 'invalid' && feedback.reason === 'notANumber';
  return (
    <div class="quiz-numeric">
      <label for={inputId} class="visually-hidden">
        {strings['quiz.numberHelp']}
      </label>
      <input
        id={inputId}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        disabled={disabled}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={invalid ? `${inputId}-error` : undefined}
        placeholder={strings['quiz.numberHelp']}
        onInput={(e) => onAnswer({ value: (e.currentTarget as HTMLInputElement).value })}
      />{' '}
      {unit && <span>{unit}</span>}
      {invalid && (
        <p id={`${inputId}-error`} class="field-error">
          {format(strings['quiz.notANumber'], { value })}
        </p>
      )}
      {fb && (
        <p class="quiz-mark">
          <Icon name={fb.withinTolerance ? 'check' : 'x'} />
          {fb.withinTolerance ? strings['quiz.correct'] : strings['quiz.wrong']} ·{' '}
          {format(strings['quiz.expected'], { answer: question.answer, unit: unit ? ` ${unit}` : '' })}
        </p>
      )}
    </div>
  );
}
