import type { Ref } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { format, type Locale } from '../i18n/format';
// Engine modules directly (not the `domain/cases` barrel), so that what a finished case needs
// loads only then.
import { canGoBack, currentNode, scoresOf, startCase, type CaseState } from '../domain/cases/engine';
import { nodeIndex, type Choice, type EndingNode, type Scenario } from '../domain/cases/scenario';
import { attemptOfRun, casesSlot, restoreRun, savedCase } from '../domain/cases/saved';
import { endingTone } from '../domain/cases/scoring';
import {
  $cases,
  chooseInCase,
  continueCase,
  freshStart,
  recordFinishedRun,
  restartCase,
  undoDecision,
  type StepOutcome,
} from '../stores/cases';
import { useHydrated, useSavedStore } from './useHydrated';
import StorageNotice from './StorageNotice';
import { issueCodes } from './case/issue-codes';
import { Conversation, Decision, Narration } from './case/Step';
import type { CaseStrings } from './case/strings';

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

type EndingParts = typeof import('./case/Ending');

const TONE_ICONS = {
  success: 'M7 12.5l3.2 3.2L17 9',
  mixed: 'M7 12h10',
  poor: 'M12 7v6m0 3.5v.5',
} as const;

/**
 * The ending reached, its tone (good, mixed, poor) in colour, icon and words, and the two ways
 * on: play again, or go to the comparison with the original story.
 */
function EndingBanner(props: {
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

/**
 * The ending screen's parts, loaded on first need. `failed` when the chunk cannot be fetched
 * (offline on a visit before it was ever cached).
 */
function useEndingParts(needed: boolean): { parts: EndingParts | null; failed: boolean } {
  const [parts, setParts] = useState<EndingParts | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!needed || parts) return;
    import('./case/Ending').then(
      (loaded) => setParts(() => loaded),
      () => setFailed(true),
    );
  }, [needed, parts]);
  return { parts, failed };
}

/**
 * A case role-play, one node at a time: narration to continue, decisions to take, the feedback
 * of each choice in a polite live region, and at the end the ending, the score profile, the
 * comparison with the original story, the debrief, the reflection and the attempt file.
 * Focus moves to the new step's heading after every action. The run is saved after each step
 * and resumed after a reload; `scenario` carries the texts of `locale` only.
 */
export default function CasePlayer({ scenario, locale, strings }: { scenario: Scenario; locale: Locale; strings: CaseStrings }) {
  const hydrated = useHydrated();
  const saved = useSavedStore($cases, casesSlot.initial());
  const entry = savedCase(saved, scenario.id);
  const run = entry.run;
  const restored = run ? restoreRun(scenario, run) : undefined;
  // A fresh attempt's seed is drawn in the browser only: the page as built shows the authored order.
  const state = restored ?? (hydrated ? freshStart(scenario) : startCase(scenario));
  const node = currentNode(scenario, state);
  const feedback = lastChoice(scenario, state);

  const [message, setMessage] = useState('');
  const [historyAsked, setHistoryAsked] = useState(false);
  const atEnding = node?.type === 'ending';
  const { parts, failed } = useEndingParts(atEnding || historyAsked);
  // The node the learner acted on: once a different node is on screen, focus moves to it.
  const actedOn = useRef<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const shownId = node?.id ?? '';
  useLayoutEffect(() => {
    if (actedOn.current === null || actedOn.current === shownId) return;
    actedOn.current = null;
    const heading = headingRef.current;
    if (!heading) return;
    heading.focus({ preventScroll: true });
    // Bring the new step into view with the feedback on the choice just made, if any, above it.
    const feedbackBox = feedbackRef.current;
    const top = feedbackBox && feedbackBox.childElementCount > 0 ? feedbackBox : (heading.closest('.case-step') ?? heading);
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    top.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
  }, [shownId]);
  useEffect(() => {
    if (hydrated && restored && restored.path.length > 1) setMessage(strings['cases.resumed']);
    // Only when the saved run first appears, not after each step.
  }, [hydrated]);

  // An ending on screen whose attempt is not recorded yet (just reached, or the page closed
  // before it was): record it.
  const unrecorded = hydrated && atEnding && run !== null && run.finishedAt === undefined;
  useEffect(() => {
    if (!unrecorded) return;
    void recordFinishedRun(scenario, locale).then(
      (outcome) => outcome.ok || setMessage(format(strings['cases.stepFailed'], { reason: issueCodes(outcome.issues) })),
      () => setMessage(strings['cases.loadFailed']),
    );
  }, [unrecorded]);

  const act = (action: () => StepOutcome, note = '') => {
    actedOn.current = shownId;
    const outcome = action();
    setMessage(outcome.ok ? note : format(strings['cases.stepFailed'], { reason: issueCodes(outcome.issues) }));
  };
  const done: StepOutcome = { ok: true };
  const onContinue = () => act(() => continueCase(scenario));
  const onChoose = (choiceId: string) => act(() => chooseInCase(scenario, choiceId));
  const onBack = () => act(() => (undoDecision(scenario), done), strings['cases.undone']);
  const onRestart = () => act(() => (restartCase(scenario.id), done), strings['cases.restarted']);

  const step = { scenario, locale, strings, hydrated, headingRef };
  return (
    <>
      <section class="case-player" aria-label={strings['cases.player']} data-node={node?.id ?? ''}>
        <StorageNotice strings={strings} locale={locale} />
        {hydrated && run !== null && !restored && <p class="notice">{strings['cases.changed']}</p>}
        <p role="status" class="case-message muted">
          {message}
        </p>
        <Conversation scenario={scenario} state={state} locale={locale} strings={strings} />
        <div role="status" class="case-feedback" ref={feedbackRef}>
          {feedback && (
            <div class="callout case-feedback-box">
              <p class="visually-hidden">{format(strings['cases.youChose'], { choice: feedback.text[locale] })}</p>
              <p>
                <strong>{strings['cases.feedback']}:</strong> {feedback.feedback[locale]}
              </p>
            </div>
          )}
        </div>
        {node?.type === 'narration' && <Narration node={node} onContinue={onContinue} {...step} />}
        {node?.type === 'decision' && (
          <Decision node={node} taken={state.choices.length} seed={state.seed} onChoose={onChoose} {...step} />
        )}
        {node?.type === 'ending' && (
          <div class="case-step ending" data-node={node.id} data-kind={node.kind}>
            <EndingBanner node={node} state={state} onRestart={onRestart} {...step} />
            {parts && (
              <parts.Result
                scenario={scenario}
                state={state}
                ending={node}
                run={run}
                attempt={attemptOfRun(entry, run)}
                locale={locale}
                strings={strings}
                hydrated={hydrated}
              />
            )}
          </div>
        )}
        <p class="case-controls">
          <button type="button" class="secondary" disabled={!hydrated || !canGoBack(state)} onClick={onBack}>
            {strings['cases.back']}
          </button>{' '}
          {!atEnding && (
            <button type="button" class="secondary" disabled={!hydrated || (state.path.length <= 1 && run === null)} onClick={onRestart}>
              {strings['cases.restart']}
            </button>
          )}
        </p>
      </section>
      {failed && <p class="notice">{strings['cases.loadFailed']}</p>}
      {parts && (atEnding || historyAsked) ? (
        <parts.History scenario={scenario} attempts={entry.attempts} current={attemptOfRun(entry, run)} locale={locale} strings={strings} />
      ) : (
        entry.attempts.length > 0 && (
          <p>
            <button type="button" class="secondary" disabled={historyAsked} onClick={() => setHistoryAsked(true)}>
              {format(strings['cases.showHistory'], { n: entry.attempts.length })}
            </button>
          </p>
        )
      )}
    </>
  );
}
