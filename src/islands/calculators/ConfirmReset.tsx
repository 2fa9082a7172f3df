/** The question asked before Reset discards work that took effort (a room's tally, a set of teams). */
import { useEffect, useRef } from 'preact/hooks';
import type { Calc } from './shell';

export function ConfirmReset({
  c,
  question,
  onYes,
  onNo,
}: {
  c: Calc;
  question: string;
  onYes: () => void;
  onNo: () => void;
}) {
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  return (
    <div class="callout callout--warning calc-confirm" role="group" aria-label={c.t('calc.ui.reset')}>
      <p>{question}</p>
      <p class="button-row">
        <button ref={yes} type="button" onClick={onYes}>
          {c.t('calc.ui.resetYes')}
        </button>
        <button type="button" class="secondary" onClick={onNo}>
          {c.t('calc.ui.resetNo')}
        </button>
      </p>
    </div>
  );
}
