import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { format, type Locale } from '../i18n/format';
// Engine modules directly (not the `domain/cases` barrel), so that what a finished case needs
// loads only then.
import { canGoBack, currentNode, startCase } from '../domain/cases/engine';
import type { Scenario } from '../domain/cases/scenario';
import { attemptOfRun, casesSlot, restoreRun, savedCase } from '../domain/cases/saved';
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
import StorageNotice from './LazyStorageNotice';
import { issueCodes } from './case/issue-codes';
import { Narration } from './case/Step';
import type { CaseStrings } from './case/strings';

type EndingParts = typeof import('./case/Ending');

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
export default function CasePlayer({
  scenario,
  locale,
  strings,
}: {
  scenario: Scenario;
  locale: Locale;
  strings: CaseStrings;
}) {
  const hydrated = useHydrated();
  const saved = useSavedStore($cases, casesSlot.initial());
  const entry = savedCase(saved, scenario.id);
  const run = entry.run;
  const restored = run ? restoreRun(scenario, run) : undefined;
  // A fresh attempt's seed is drawn in the browser only: the page as built shows the authored order.
  const state = restored ?? (hydrated ? freshStart(scenario) : startCase(scenario));
  const node = currentNode(scenario, state);

  const [message, setMessage] = useState('');
  const [historyAsked, setHistoryAsked] = useState(false);
  const atEnding = node?.type === 'ending';
  // Needed from the first step on (conversation, responses), at an ending, or for the history;
  // a fresh case page loads without it.
  const { parts, failed } = useEndingParts(
    hydrated && (state.path.length > 1 || node?.type === 'decision' || historyAsked),
  );
  // The node the learner acted on: once a different node is on screen, focus moves to it.
  const actedOn = useRef<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const shownId = node?.id ?? '';
  useLayoutEffect(() => {
    if (actedOn.current === null || actedOn.current === shownId) return;
    const heading = headingRef.current;
    // A decision drawn by the part still loading: focus it once it is there.
    if (!heading) return;
    actedOn.current = null;
    heading.focus({ preventScroll: true });
    // Bring the new step into view with the feedback on the choice just made, if any, above it.
    const feedbackBox = feedbackRef.current;
    const top =
      feedbackBox && feedbackBox.childElementCount > 0 ? feedbackBox : (heading.closest('.case-step') ?? heading);
    top.scrollIntoView({ block: 'start' });
  }, [shownId, parts]);
  useEffect(() => {
    if (hydrated && restored && restored.path.length > 1) setMessage(strings['cases.resumed']);
    // Only when the saved run first appears, not after each step.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated]);

  // An ending on screen whose attempt is not recorded yet (just reached, or the page closed
  // before it was): record it.
  const unrecorded = hydrated && atEnding && run !== null && run.finishedAt === undefined;
  useEffect(() => {
    if (!unrecorded) return;
    void recordFinishedRun(scenario, locale).then(
      (outcome) =>
        outcome.ok || setMessage(format(strings['cases.stepFailed'], { reason: issueCodes(outcome.issues) })),
      () => setMessage(strings['cases.loadFailed']),
    );
    // Once per ending reached: the run, scenario and words are those of that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
        {parts && <parts.Conversation scenario={scenario} state={state} locale={locale} strings={strings} />}
        <div role="status" class="case-feedback" ref={feedbackRef}>
          {parts && <parts.Feedback scenario={scenario} state={state} locale={locale} strings={strings} />}
        </div>
        {node?.type === 'narration' && (
          <Narration node={node} onContinue={onContinue} Avatar={parts?.Avatar} {...step} />
        )}
        {/* A decision is drawn by the part loaded from the first step on; a page opened at one waits for it. */}
        {node?.type === 'decision' && parts && (
          <parts.Decision node={node} taken={state.choices.length} seed={state.seed} onChoose={onChoose} {...step} />
        )}
        {node?.type === 'decision' && !parts && <div class="case-step decision" data-node={node.id} aria-busy="true" />}
        {node?.type === 'ending' && (
          <div class="case-step ending" data-node={node.id} data-kind={node.kind}>
            {parts && <parts.EndingBanner node={node} state={state} onRestart={onRestart} {...step} />}
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
            <button
              type="button"
              class="secondary"
              disabled={!hydrated || (state.path.length <= 1 && run === null)}
              onClick={onRestart}
            >
              {strings['cases.restart']}
            </button>
          )}
        </p>
      </section>
      {failed && <p class="notice">{strings['cases.loadFailed']}</p>}
      {parts && (atEnding || historyAsked) ? (
        <parts.History
          scenario={scenario}
          attempts={entry.attempts}
          current={attemptOfRun(entry, run)}
          locale={locale}
          strings={strings}
        />
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
