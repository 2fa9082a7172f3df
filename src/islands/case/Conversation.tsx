import type { JSX } from 'preact';
import { format, type Locale } from '../../i18n/format';
import type { CaseState } from '../../domain/cases/engine';
import { choicesInOrder, decisionPosition } from '../../domain/cases/order';
import {
  nodeIndex,
  type Character,
  type Choice,
  type DecisionNode,
  type NarrationNode,
  type Scenario,
} from '../../domain/cases/scenario';
import type { StepProps } from './Step';
import type { CaseStrings } from './strings';

/**
 * A small portrait drawn from a few shapes, coloured by the speaker's part in the story (the
 * colours come from the stylesheet). Decorative: the name is always written next to it.
 */
export function Avatar({ part }: { part: Character['part'] }) {
  return (
    <svg
      class={`case-avatar part-${part}`}
      viewBox="0 0 40 40"
      width="40"
      height="40"
      aria-hidden="true"
      focusable="false"
    >
      <circle class="case-avatar-bg" cx="20" cy="20" r="20" />
      <path class="case-avatar-body" d="M6 37c1.6-8 7-12.5 14-12.5S32.4 29 34 37a20 20 0 0 1-28 0z" />
      <circle class="case-avatar-body" cx="20" cy="15" r="7" />
      {part === 'learner' && <path class="case-avatar-mark" d="M16 25.5l4 5 4-5z" />}
      {part === 'other' && (
        <path class="case-avatar-mark" d="M12.6 13.5a7.6 7.6 0 0 1 14.8 0c-3-1.6-11.8-1.6-14.8 0z" />
      )}
    </svg>
  );
}

/** One line of the story: a character speaking (with portrait and name) or the scene described. */
function Line({
  scenario,
  node,
  locale,
  strings,
}: {
  scenario: Scenario;
  node: NarrationNode;
  locale: Locale;
  strings: CaseStrings;
}) {
  const speaker = scenario.characters.find((c) => c.id === node.speaker);
  if (!speaker) {
    return (
      <li class="case-turn scene">
        <p class="case-scene-text">
          <span class="visually-hidden">{strings['cases.scene']}: </span>
          {node.text[locale]}
        </p>
      </li>
    );
  }
  return (
    <li class={`case-turn part-${speaker.part}`}>
      <Avatar part={speaker.part} />
      <div class="case-said">
        <p class="case-speaker">{speaker.name[locale]}</p>
        <p class="case-bubble">{node.text[locale]}</p>
      </div>
    </li>
  );
}

/** What the learner chose, shown as their own line; earlier ones keep their feedback underneath. */
function Chosen({
  scenario,
  choice,
  locale,
  withFeedback,
}: {
  scenario: Scenario;
  choice: Choice;
  locale: Locale;
  withFeedback: boolean;
}) {
  const learner = scenario.characters.find((c) => c.part === 'learner');
  return (
    <li class="case-turn part-learner mine">
      <Avatar part="learner" />
      <div class="case-said">
        <p class="case-speaker">{learner?.name[locale]}</p>
        <p class="case-bubble">{choice.text[locale]}</p>
        {withFeedback && <p class="case-turn-feedback">{choice.feedback[locale]}</p>}
      </div>
    </li>
  );
}

/**
 * The steps already behind the learner, as a conversation: everything up to the last decision
 * folds away into "Earlier in the conversation"; the last decision's line and what followed
 * it stay in view above the current step.
 */
export function Conversation({
  scenario,
  state,
  locale,
  strings,
}: {
  scenario: Scenario;
  state: CaseState;
  locale: Locale;
  strings: CaseStrings;
}) {
  const index = nodeIndex(scenario);
  const items: { key: string; item: JSX.Element; choice: boolean }[] = [];
  let next = 0;
  const lastChoice = state.choices.length - 1;
  for (const [i, id] of state.path.slice(0, -1).entries()) {
    const node = index.get(id);
    if (node?.type === 'narration') {
      items.push({
        key: `${i}`,
        choice: false,
        item: <Line key={i} scenario={scenario} node={node} locale={locale} strings={strings} />,
      });
    } else if (node?.type === 'decision' && state.choices[next]?.nodeId === id) {
      const made = state.choices[next];
      const choice = node.choices.find((c) => c.id === made?.choiceId);
      if (choice) {
        const withFeedback = next < lastChoice;
        items.push({
          key: `${i}`,
          choice: true,
          item: <Chosen key={i} scenario={scenario} choice={choice} locale={locale} withFeedback={withFeedback} />,
        });
      }
      next += 1;
    }
  }
  if (items.length === 0) return null;
  // Fold everything before the last choice the learner made.
  let split = 0;
  for (const [i, entry] of items.entries()) if (entry.choice) split = i;
  const earlier = items.slice(0, split);
  const recent = items.slice(split);
  return (
    <div class="case-conversation">
      {earlier.length > 0 && (
        <details class="case-earlier">
          <summary>{format(strings['cases.earlier'], { n: earlier.length })}</summary>
          <ol class="case-log">{earlier.map((e) => e.item)}</ol>
        </details>
      )}
      <ol class="case-log" aria-label={strings['cases.conversation']}>
        {recent.map((e) => e.item)}
      </ol>
    </div>
  );
}

/** Where this decision stands: dots for the decisions taken, this one, and those that may follow. */
function DecisionDots({ number, fewest, most }: { number: number; fewest: number; most: number }) {
  return (
    <ol class="case-dots" aria-hidden="true">
      {Array.from({ length: most }, (_, i) => (
        <li key={i} class={i + 1 < number ? 'done' : i + 1 === number ? 'current' : i + 1 > fewest ? 'maybe' : ''} />
      ))}
    </ol>
  );
}

/**
 * The decision on screen: its number and how many may follow, the prompt, and the responses in
 * this attempt's order (`seed`); each response is a button, reachable with Tab and taken with
 * Enter or Space.
 */
export function Decision({
  node,
  taken,
  seed,
  onChoose,
  ...props
}: StepProps & { node: DecisionNode; taken: number; seed: number | undefined; onChoose: (choiceId: string) => void }) {
  const { scenario, locale, strings, hydrated, headingRef } = props;
  const at = decisionPosition(scenario, node.id, taken);
  const heading =
    at.fewest === at.most
      ? format(strings['cases.decisionOf'], { n: at.number, total: at.most })
      : format(strings['cases.decisionAtMost'], { n: at.number, max: at.most });
  return (
    <div class="case-step decision" data-node={node.id}>
      <div class="case-decision-head">
        <h2 id="case-step-heading" tabIndex={-1} ref={headingRef}>
          {heading}
        </h2>
        <DecisionDots {...at} />
      </div>
      <p id="case-prompt" class="case-prompt">
        {node.prompt[locale]}
      </p>
      <ul class="case-choices" aria-labelledby="case-prompt">
        {choicesInOrder(node, seed).map((choice) => (
          <li key={choice.id}>
            <button
              type="button"
              class="case-choice"
              data-choice={choice.id}
              disabled={!hydrated}
              onClick={() => onChoose(choice.id)}
            >
              {choice.text[locale]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The choice whose feedback belongs on screen: the last one, if nothing but routing happened since. */
function lastChoice(scenario: Scenario, state: CaseState): Choice | undefined {
  const last = state.choices[state.choices.length - 1];
  if (!last) return undefined;
  const index = nodeIndex(scenario);
  const at = state.path.lastIndexOf(last.nodeId);
  if (at < 0 || state.path.slice(at + 1, -1).some((id) => index.get(id)?.type !== 'outcome')) return undefined;
  const node = index.get(last.nodeId);
  return node?.type === 'decision' ? node.choices.find((c) => c.id === last.choiceId) : undefined;
}

/** The feedback on the choice just made (in the player's live region), while nothing but routing happened since. */
export function Feedback({
  scenario,
  state,
  locale,
  strings,
}: {
  scenario: Scenario;
  state: CaseState;
  locale: Locale;
  strings: CaseStrings;
}) {
  const feedback = lastChoice(scenario, state);
  if (!feedback) return null;
  return (
    <div class="callout case-feedback-box">
      <p class="visually-hidden">{format(strings['cases.youChose'], { choice: feedback.text[locale] })}</p>
      <p>
        <strong>{strings['cases.feedback']}:</strong> {feedback.feedback[locale]}
      </p>
    </div>
  );
}
