/**
 * Present mode's bar: the calculator's title, its views — one part of the result at a time under
 * the headline (the elements marked `data-view`), stepped with the arrow keys, space or two
 * buttons, wrapping round — the inputs shown or hidden, and the way out. Loaded when presenting
 * starts, so calculator pages do not carry it up front.
 */
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { Calc, CalcKey, ViewName } from './shell';

/** Whether a key press belongs to a control that uses the key itself (text, lists, sliders; space on a button). */
const ownsKey = (target: EventTarget | null, key: string) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName) ||
    (key === ' ' && target.tagName === 'BUTTON'));

export function PresentViews({
  c,
  views,
  root,
}: {
  c: Calc;
  views: readonly ViewName[];
  root: RefObject<HTMLElement>;
}) {
  const [view, setView] = useState(0);
  const current = Math.min(view, views.length - 1);
  const step = (by: number) => setView((v) => (Math.min(v, views.length - 1) + by + views.length) % views.length);
  // Before paint, so a view never flashes up beside the one chosen; every view shows again on leaving.
  useLayoutEffect(() => {
    const marked = root.current?.querySelectorAll<HTMLElement>('.calc-result [data-view]') ?? [];
    marked.forEach((el) => (el.hidden = el.dataset['view'] !== views[current]));
  });
  // On unmount, show every view again.
  useLayoutEffect(
    () => () =>
      root.current?.querySelectorAll<HTMLElement>('.calc-result [data-view]').forEach((el) => (el.hidden = false)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the root element outlives this island
    [],
  );
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (ownsKey(e.target, e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
      const by = /^(ArrowRight|ArrowDown|PageDown| )$/.test(e.key)
        ? 1
        : /^(ArrowLeft|ArrowUp|PageUp)$/.test(e.key)
          ? -1
          : 0;
      if (by === 0) return;
      e.preventDefault();
      step(by);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key handler reads the current step through its updater
  }, [views.length]);
  return (
    <span class="present-views" role="group" aria-label={c.t('calc.ui.views')}>
      <button type="button" class="secondary" onClick={() => step(-1)}>
        <span aria-hidden="true">← </span>
        {c.t('calc.ui.viewPrevious')}
      </button>
      <span class="present-view-name" aria-live="polite">
        {c.t('calc.ui.viewOf', {
          n: current + 1,
          total: views.length,
          name: c.t(`calc.ui.view.${views[current]!}` as CalcKey),
        })}
      </span>
      <button type="button" class="secondary" onClick={() => step(1)}>
        {c.t('calc.ui.viewNext')}
        <span aria-hidden="true"> →</span>
      </button>
      <span class="present-view-keys">{c.t('calc.ui.viewKeys')}</span>
    </span>
  );
}

/** The bar over a presented calculator. */
export function PresentBar({
  c,
  title,
  views,
  root,
  inputs,
  setInputs,
  exit,
}: {
  c: Calc;
  title: string;
  views: readonly ViewName[] | undefined;
  root: RefObject<HTMLElement>;
  inputs: boolean;
  setInputs: (on: boolean) => void;
  exit: () => unknown;
}) {
  return (
    <div class="present-bar" role="group" aria-label={title}>
      <strong class="present-title">{title}</strong>
      {views && views.length > 1 && <PresentViews c={c} views={views} root={root} />}
      <button type="button" class="secondary" aria-expanded={inputs} onClick={() => setInputs(!inputs)}>
        {c.t(inputs ? 'calc.ui.hideInputs' : 'calc.ui.showInputs')}
      </button>
      <button type="button" onClick={exit}>
        {c.t('calc.ui.exitPresent')}
      </button>
    </div>
  );
}
