import type { Locale } from '../../i18n/format';
import type { ComponentType, Ref } from 'preact';
import type { Character, NarrationNode, Scenario } from '../../domain/cases/scenario';
import type { CaseStrings } from './strings';

export interface StepProps {
  scenario: Scenario;
  locale: Locale;
  strings: CaseStrings;
  hydrated: boolean;
  headingRef: Ref<HTMLHeadingElement>;
}

/** Someone speaks, or the scene is described; the learner continues. */
export function Narration({
  node,
  onContinue,
  Avatar,
  ...props
}: StepProps & {
  node: NarrationNode;
  onContinue: () => void;
  Avatar: ComponentType<{ part: Character['part'] }> | undefined;
}) {
  const { scenario, locale, strings, hydrated, headingRef } = props;
  const speaker = scenario.characters.find((c) => c.id === node.speaker);
  const part = speaker?.part ?? 'narrator';
  return (
    <div class={`case-step narration part-${part}`} data-node={node.id}>
      <div class={speaker ? `case-turn part-${part}` : 'case-turn scene'}>
        {speaker && Avatar && <Avatar part={speaker.part} />}
        <div class="case-said">
          <h2 id="case-step-heading" class="case-speaker" tabIndex={-1} ref={headingRef}>
            {speaker ? speaker.name[locale] : strings['cases.scene']}
          </h2>
          <p class={speaker ? 'case-line case-bubble' : 'case-line case-scene-text'}>{node.text[locale]}</p>
        </div>
      </div>
      <p class="case-next">
        <button type="button" disabled={!hydrated} onClick={onContinue}>
          {strings['cases.continue']}
        </button>
      </p>
    </div>
  );
}
