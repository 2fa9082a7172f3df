import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { format, type Locale } from '../i18n/format';
import { builderSlot, selectedSystem } from '../domain/builder/state';
import { $builder, rememberStep, savedStep } from '../stores/builder';
import { useHydrated, useSavedStore } from './useHydrated';
import StorageNotice from './LazyStorageNotice';
import SystemManager from './builder/SystemManager';
import DefinitionStep from './builder/DefinitionStep';
import type { WorkbenchProps } from './builder/Workbench';
import type { BuilderKey, BuilderStrings } from './builder/strings';

/** The six steps of training task 2; the first five follow the curriculum's measurement steps. */
const STEPS: readonly BuilderKey[] = [
  'builder.step.define',
  'builder.step.indicators',
  'builder.step.weights',
  'builder.step.questionnaire',
  'builder.step.data',
  'builder.step.results',
];

/**
 * The loyalty indicator-system builder: saved systems, a step list, and the current step.
 * Step 1 is part of this island; steps 2–6 (with the engine, its schema and the indicator
 * library) load the first time the user moves on, so the first paint stays light.
 */
export default function IndicatorBuilder({ locale, strings: s }: { locale: Locale; strings: BuilderStrings }) {
  const state = useSavedStore($builder, builderSlot.initial());
  const hydrated = useHydrated();
  // useStore re-renders on a timer; a step that changes the system and its own state in one
  // handler would first render its new state with the old system (a checkbox flicks back).
  // Re-rendering here at once keeps both in the same render.
  const [, setChanges] = useState(0);
  useEffect(() => $builder.listen(() => setChanges((n) => n + 1)), []);
  const [step, setStep] = useState(1);
  const [Workbench, setWorkbench] = useState<ComponentType<WorkbenchProps> | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  /** Bumped by every move between steps: focus then goes to the new step's heading. */
  const [moves, setMoves] = useState(0);
  const system = selectedSystem(state);

  useEffect(() => {
    if (moves > 0) heading.current?.focus();
  }, [moves]);

  // Reopen on the step the user left (kept with the systems), without moving the focus.
  const restored = useRef(false);
  useEffect(() => {
    if (!hydrated || !system || restored.current) return;
    restored.current = true;
    setStep(savedStep());
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per system opened
  }, [hydrated, system?.id]);

  useEffect(() => {
    if (step === 1 || Workbench || loadFailed) return;
    import('./builder/Workbench').then((module) => setWorkbench(() => module.default)).catch(() => setLoadFailed(true));
  }, [step, Workbench, loadFailed]);

  const goTo = (next: number) => {
    const clamped = Math.min(STEPS.length, Math.max(1, next));
    setStep(clamped);
    setMoves((n) => n + 1);
    const id = $builder.get().selectedId;
    if (id) rememberStep(id, clamped);
  };
  /** After creating, importing or switching systems: the step that system was left at (step 1 for a new one). */
  const opened = () => goTo(savedStep());

  return (
    <div class="builder">
      <StorageNotice strings={s} locale={locale} />
      <SystemManager state={state} strings={s} hydrated={hydrated} onOpened={opened} />
      {system && (
        <>
          <nav class="builder-nav no-print" aria-label={s['builder.steps.label']}>
            <ol class="builder-steps">
              {STEPS.map((key, i) => (
                <li key={key}>
                  <button
                    type="button"
                    class={step === i + 1 ? '' : 'secondary'}
                    aria-current={step === i + 1 ? 'step' : undefined}
                    disabled={!hydrated}
                    onClick={() => goTo(i + 1)}
                  >
                    <span class="step-number" aria-hidden="true">
                      {i + 1}
                    </span>
                    <span class="visually-hidden">{format(s['builder.steps.number'], { n: i + 1 })} </span>
                    {s[key]}
                  </button>
                </li>
              ))}
            </ol>
          </nav>
          <section class="builder-panel" aria-labelledby="builder-step-heading">
            <h2 id="builder-step-heading" tabIndex={-1} ref={heading}>
              {format(s['builder.steps.heading'], { n: step, total: STEPS.length, title: s[STEPS[step - 1]!] })}
            </h2>
            {step === 1 ? (
              <DefinitionStep
                key={system.id}
                system={system}
                sector={state.sectors[system.id] ?? ''}
                locale={locale}
                strings={s}
                hydrated={hydrated}
              />
            ) : Workbench ? (
              <Workbench
                key={system.id}
                step={step}
                system={system}
                sector={state.sectors[system.id] ?? ''}
                locale={locale}
                strings={s}
                goTo={goTo}
              />
            ) : loadFailed ? (
              <div class="notice" role="alert">
                <p>{s['builder.loadFailed']}</p>
                <button type="button" onClick={() => setLoadFailed(false)}>
                  {s['builder.retry']}
                </button>
              </div>
            ) : (
              <p role="status">{s['builder.loading']}</p>
            )}
            <div class="builder-pager no-print">
              {step > 1 && (
                <button type="button" class="secondary" disabled={!hydrated} onClick={() => goTo(step - 1)}>
                  ← {format(s['builder.steps.previous'], { title: s[STEPS[step - 2]!] })}
                </button>
              )}
              {step < STEPS.length && (
                <button type="button" disabled={!hydrated} onClick={() => goTo(step + 1)}>
                  {format(s['builder.steps.next'], { title: s[STEPS[step]!] })} →
                </button>
              )}
            </div>
          </section>
        </>
      )}
    </div>
  );
}
