import type { Ref } from 'preact';
import { format, type Locale } from '../../i18n/format';
import type { DecisionNode, NarrationNode, Scenario } from '../../domain/cases';
import type { CaseStrings } from './strings';

interface StepProps {
  scenario: Scenario;
  locale: Locale;
  strings: CaseStrings;
  hydrated: boolean;
  headingRef: Ref<HTMLHeadingElement>;
}

/** Someone speaks, or the scene is described; the learner continues. */
export function Narration({ node, onContinue, ...props }: StepProps & { node: NarrationNode; onContinue: () => void }) {
  const { scenario, locale, strings, hydrated, headingRef } = props;
  const speaker = scenario.characters.find((c) => c.id === node.speaker);
  return (
    <div class={`case-step narration part-${speaker?.part ?? 'narrator'}`} data-node={node.id}>
      <h2 id="case-step-heading" tabIndex={-1} ref={headingRef}>
        {speaker ? speaker.name[locale] : strings['cases.scene']}
      </h2>
      <p class="case-line">{node.text[locale]}</p>
      <p>
        <button type="button" disabled={!hydrated} onClick={onContinue}>
          {strings['cases.continue']}
        </button>
      </p>
    </div>
  );
}

/** The learner picks one response; each is a button, reachable with Tab and taken with Enter or Space. */
export function Decision({ node, number, onChoose, ...props }: StepProps & { node: DecisionNode; number: number; onChoose: (choiceId: string) => void }) {
  const { locale, strings, hydrated, headingRef } = props;
  return (
    <div class="case-step decision" data-node={node.id}>
      <h2 id="case-step-heading" tabIndex={-1} ref={headingRef}>
        {format(strings['cases.decision'], { n: number })}
      </h2>
      <p id="case-prompt" class="case-prompt">
        {node.prompt[locale]}
      </p>
      <ul class="case-choices" aria-labelledby="case-prompt">
        {node.choices.map((choice) => (
          <li key={choice.id}>
            <button type="button" class="case-choice secondary" data-choice={choice.id} disabled={!hydrated} onClick={() => onChoose(choice.id)}>
              {choice.text[locale]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
