import { format, type Locale } from '../../i18n/format';
import {
  nodeIndex,
  originalMatches,
  transcript,
  type CaseState,
  type DecisionNode,
  type Scenario,
} from '../../domain/cases';
import type { CaseStrings } from './strings';

/** How the learner's path compares with the original story: decision by decision, and the moments not reached. */
export default function Compare({
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
  const { matched, comparable } = originalMatches(scenario, state);
  const decided = transcript(scenario, state).flatMap((step) => {
    const node = index.get(step.nodeId);
    return node?.type === 'decision' && step.choiceId !== undefined ? [{ step, node }] : [];
  });
  const visited = new Set(state.path);
  const notReached = scenario.nodes.filter(
    (node): node is DecisionNode =>
      node.type === 'decision' && !visited.has(node.id) && node.choices.some((c) => c.original === true),
  );
  const choiceText = (node: DecisionNode, id: string | undefined) =>
    node.choices.find((c) => c.id === id)?.text[locale] ?? '';
  return (
    <section aria-labelledby="case-compare">
      <h3 id="case-compare">{strings['cases.compare']}</h3>
      <p data-testid="case-matched">
        {comparable > 0
          ? format(strings['cases.matched'], { matched, total: comparable })
          : strings['cases.noComparable']}
      </p>
      <ol class="case-compare">
        {decided.map(({ step, node }) => (
          <li key={node.id} data-matches={step.matchesOriginal === undefined ? 'none' : String(step.matchesOriginal)}>
            <p class="muted">{node.prompt[locale]}</p>
            <p>{format(strings['cases.yours'], { choice: choiceText(node, step.choiceId) })}</p>
            {step.originalChoiceId === undefined ? (
              <p class="muted">{strings['cases.noOriginal']}</p>
            ) : (
              <>
                {!step.matchesOriginal && (
                  <p>{format(strings['cases.original'], { choice: choiceText(node, step.originalChoiceId) })}</p>
                )}
                <p class={step.matchesOriginal ? 'case-mark same' : 'case-mark different'}>
                  <span aria-hidden="true">{step.matchesOriginal ? '= ' : '≠ '}</span>
                  {strings[step.matchesOriginal ? 'cases.same' : 'cases.different']}
                </p>
              </>
            )}
          </li>
        ))}
      </ol>
      {notReached.length > 0 && (
        <>
          <h4>{strings['cases.notReached']}</h4>
          <ul class="case-compare">
            {notReached.map((node) => (
              <li key={node.id}>
                <p class="muted">{node.prompt[locale]}</p>
                <p>
                  {format(strings['cases.original'], {
                    choice: choiceText(node, node.choices.find((c) => c.original === true)?.id),
                  })}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
