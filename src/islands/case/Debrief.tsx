import { format, type Locale } from '../../i18n/format';
import { CARE_PRINCIPLES, type EndingNode, type PrincipleId, type Scenario } from '../../domain/cases';
import type { CaseStrings } from './strings';

function Principles({ ids, strings }: { ids: readonly PrincipleId[]; strings: CaseStrings }) {
  if (ids.length === 0) return <p class="muted">{strings['cases.none']}</p>;
  return (
    <ul>
      {ids.map((id) => {
        const module = CARE_PRINCIPLES.find((p) => p.id === id)?.module ?? '';
        return (
          <li key={id}>
            {strings[`cases.principle.${id}`]}{' '}
            <span class="muted">({format(strings['cases.module'], { id: module })})</span>
          </li>
        );
      })}
    </ul>
  );
}

/** The ending's debrief with the principles it applied and missed, and the original story. */
export default function Debrief({
  scenario,
  ending,
  locale,
  strings,
}: {
  scenario: Scenario;
  ending: EndingNode;
  locale: Locale;
  strings: CaseStrings;
}) {
  return (
    <>
      <section aria-labelledby="case-debrief">
        <h3 id="case-debrief">{strings['cases.debrief']}</h3>
        <p>{ending.debrief.text[locale]}</p>
        <h4>{strings['cases.applied']}</h4>
        <Principles ids={ending.debrief.applied} strings={strings} />
        <h4>{strings['cases.missed']}</h4>
        <Principles ids={ending.debrief.missed} strings={strings} />
      </section>
      <section aria-labelledby="case-original">
        <h3 id="case-original">{strings['cases.originalStory']}</h3>
        <p>{scenario.originalStory.text[locale]}</p>
        <p class="muted">{format(strings['cases.source'], { source: scenario.originalStory.source[locale] })}</p>
      </section>
    </>
  );
}
