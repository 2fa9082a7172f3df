/**
 * Case exercises in the browser: the saved runs and attempts (`cases` slot) and the actions
 * the player calls. Each step computes the next state with the pure engine and writes the
 * slot once, so a step is either saved whole or (storage refusing) kept in memory whole.
 *
 * Reaching an ending saves the run at once; the attempt record is then built by
 * {@link recordFinishedRun}, which loads the record builder on first use (it is not needed
 * until a case is finished, and case pages must stay light).
 */
// Engine modules directly, not the `domain/cases` barrel: the attempt builder must stay out of
// the first load (it is imported on demand below).
import { advance, back, canGoBack, choose, isFinished, startCase, type CaseState } from '../domain/cases/engine';
import { newSeed } from '../domain/cases/seed';
import type { Scenario } from '../domain/cases/scenario';
import type { Locale } from '../domain/locale';
import type { FieldIssue } from '../domain/result';
import {
  attemptOfRun,
  casesSlot,
  restoreRun,
  runOf,
  savedCase,
  withAttempt,
  withReflection,
  withRun,
  type SavedRun,
} from '../domain/cases/saved';
import { slotStore } from './slot';

export const savedCases = slotStore(casesSlot);
export const $cases = savedCases.$value;

/** What a step did, for the player to report. */
export type StepOutcome = { readonly ok: true } | { readonly ok: false; readonly issues: readonly FieldIssue[] };

/** Save a new state of a run. */
function saveState(scenario: Scenario, state: CaseState, startedAt: string): StepOutcome {
  savedCases.set(withRun(savedCases.get(), scenario.id, runOf(state, startedAt)));
  // The seed now lives in the run; the next fresh attempt draws its own.
  if (state.seed === pendingSeeds.get(scenario.id)) pendingSeeds.delete(scenario.id);
  return { ok: true };
}

/**
 * Record the finished attempt of a run that reached an ending (with an empty reflection), and
 * mark the run as having produced it. Does nothing for a run not at an ending or already
 * recorded, so the player may call it whenever it shows an ending.
 */
export async function recordFinishedRun(scenario: Scenario, locale: Locale, now = new Date()): Promise<StepOutcome> {
  const { buildAttemptRecord } = await import('../domain/cases/attempt');
  const { run, state } = liveRun(scenario);
  if (!run || !state || run.finishedAt !== undefined || !isFinished(scenario, state)) return { ok: true };
  // Not before the start, whatever the clock did since.
  const finishedAt = new Date(Math.max(now.getTime(), Date.parse(run.startedAt) || 0)).toISOString();
  const built = buildAttemptRecord(
    scenario,
    state,
    { text: '', checklist: {} },
    { locale, startedAt: run.startedAt, finishedAt },
  );
  if (!built.ok) return built;
  const next = withAttempt(savedCases.get(), built.value);
  savedCases.set(withRun(next, scenario.id, runOf(state, run.startedAt, built.value.finishedAt)));
  return { ok: true };
}

/**
 * The seed of the attempt about to start at a case (one with no saved run yet), drawn once per
 * page and kept until that attempt is saved at its first step, so the choices on screen and
 * the choices saved are in the same order. Starting again draws a new one.
 */
const pendingSeeds = new Map<string, number>();

/** The seed the next attempt at a case will use. */
export function pendingSeed(caseId: string): number {
  let seed = pendingSeeds.get(caseId);
  if (seed === undefined) pendingSeeds.set(caseId, (seed = newSeed()));
  return seed;
}

/** The state at the start of a fresh attempt, with its seed. */
export function freshStart(scenario: Scenario): CaseState {
  return startCase(scenario, pendingSeed(scenario.id));
}

/** Where the learner is now: the saved run if it still fits the scenario, else the start of a fresh attempt. */
function position(scenario: Scenario): { readonly state: CaseState; readonly startedAt: string | undefined } {
  const { run, state } = liveRun(scenario);
  return state && run ? { state, startedAt: run.startedAt } : { state: freshStart(scenario), startedAt: undefined };
}

/** Move on from the narration node the learner is on. */
export function continueCase(scenario: Scenario, now = new Date()): StepOutcome {
  const { state, startedAt } = position(scenario);
  const moved = advance(scenario, state);
  if (!moved.ok) return moved;
  return saveState(scenario, moved.value, startedAt ?? now.toISOString());
}

/** Take a choice at the decision the learner is on. */
export function chooseInCase(scenario: Scenario, choiceId: string, now = new Date()): StepOutcome {
  const { state, startedAt } = position(scenario);
  const picked = choose(scenario, state, choiceId);
  if (!picked.ok) return picked;
  return saveState(scenario, picked.value, startedAt ?? now.toISOString());
}

/** Undo the last decision. A finished attempt stays in the history; the run is open again. */
export function undoDecision(scenario: Scenario): void {
  const { state, startedAt } = position(scenario);
  if (!canGoBack(state) || startedAt === undefined) return;
  savedCases.set(withRun(savedCases.get(), scenario.id, runOf(back(state), startedAt)));
}

/** Forget the run; the learner starts from the beginning. Finished attempts are kept. */
export function restartCase(caseId: string): void {
  pendingSeeds.delete(caseId);
  const current = savedCases.get();
  if (savedCase(current, caseId).run !== null) savedCases.set(withRun(current, caseId, null));
}

/**
 * Change the reflection of the attempt a finished run produced: the text, a checklist tick, or
 * both. Reads the saved attempt at the time of the change, so quick successive edits never
 * overwrite each other.
 */
export function saveReflection(
  caseId: string,
  run: SavedRun,
  change: { readonly text?: string; readonly checklist?: Readonly<Record<string, boolean>> },
): void {
  const current = savedCases.get();
  const attempt = attemptOfRun(savedCase(current, caseId), run);
  if (!attempt || run.finishedAt === undefined) return;
  const reflection = {
    text: change.text ?? attempt.reflection.text,
    checklist: { ...attempt.reflection.checklist, ...change.checklist },
  };
  savedCases.set(withReflection(current, caseId, { startedAt: run.startedAt, finishedAt: run.finishedAt }, reflection));
}

/** The saved run of a case as the engine state, if it still fits the scenario, with its start time. */
export function liveRun(scenario: Scenario): { readonly run: SavedRun | null; readonly state: CaseState | undefined } {
  const run = savedCase(savedCases.get(), scenario.id).run;
  return { run, state: run ? restoreRun(scenario, run) : undefined };
}
