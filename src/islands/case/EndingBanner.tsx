import type { Ref } from 'preact';
import { format, type Locale } from '../../i18n/format';
import { scoresOf, type CaseState } from '../../domain/cases/engine';
import type { EndingNode, Scenario } from '../../domain/cases/scenario';
import { endingTone } from '../../domain/cases/scoring';
import type { CaseStrings } from './strings';

const TONE_ICONS = {
  success: 'M7 12.5l3.2 3.2L17 9',
  mixed: 'M7 12h10',
  poor: 'M12 7v6m0 3.5v.5',
} as const;

/**
 * The ending reached, its tone (good, mixed, poor) in colour, icon and words, and the two ways
 * on: play again, or go to the comparison with the original story.
 */
export default function EndingBanner(props: {
  scenario: Scenario;
  state: CaseState;
  node: EndingNode;
  locale: Locale;
  strings: CaseStrings;
  hydrated: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onRestart: () => void;
}) {
  const { scenario, state, node, locale, strings, hydrated, headingRef, onRestart } = props;
  const tone = endingTone(scenario, node, scoresOf(scenario, state));
  return (
    <div class={`case-ending tone-${tone}`} data-tone={tone}>
      <p class="case-tone">
        <svg class="case-tone-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="11" />
          <path d={TONE_ICONS[tone]} />
        </svg>
        {strings[`cases.tone.${tone}`]}
      </p>
      <h2 id="case-step-heading" tabIndex={-1} ref={headingRef}>
        {format(strings['cases.ending'], { title: node.title[locale] })}
      </h2>
      <p class="case-kind">{format(strings['cases.kind'], { kind: strings[`cases.kind.${node.kind}`] })}</p>
      <p>{node.text[locale]}</p>
      <p class="button-row">
        <button type="button" disabled={!hydrated} onClick={onRestart}>
          {strings['cases.tryAgain']}
        </button>
        <a class="button secondary" href="#case-compare">
          {strings['cases.compareLink']}
        </a>
      </p>
    </div>
  );
}
