import { useEffect, useRef, useState } from 'preact/hooks';
import type { CalcFields } from '../../domain/calculators/fields';
import { CONFIDENCE_LEVELS, npsCategory } from '../../domain/loyalty/npsScale';
import {
  addHands,
  pushUndo,
  readRoomTally,
  ROOM_TALLY_FIELDS,
  slotForKey,
  tallyField,
  tallyMode,
  tallySlots,
  type TallySlot,
} from '../../domain/loyalty/roomTally';
import type { FieldIssue } from '../../domain/result';
import { Choice, Frame, useCalc, type CalcKey, type CalcProps } from './shell';

/** Whether a key press belongs to a text field, a list or a button the user is operating. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));

/**
 * A room's show of hands for the NPS question: big counters per score 0–10 (or per group), keys
 * 0–9 and T for ten, Backspace or Ctrl+Z to undo; the score, distribution and interval are the
 * NPS counts calculator's (domain/loyalty/netPromoterScore.ts), live.
 */
export default function RoomTally(p: CalcProps) {
  const c = useCalc(p, ROOM_TALLY_FIELDS);
  const root = useRef<HTMLDivElement>(null);
  const latest = useRef(c.f);
  latest.current = c.f;
  const history = useRef<CalcFields[]>([]);
  const [undoCount, setUndoCount] = useState(0);
  const [flash, setFlash] = useState<string>('');
  const mode = tallyMode(c.f);
  // The score's code and the chart load once there are hands to score (an empty room needs
  // none of it): the tally page costs less to open, and counting starts at once.
  const [score, setScore] = useState<typeof import('./tallyScore') | null>(null);
  const [chart, setChart] = useState<typeof import('./NpsDistribution') | null>(null);

  const change = (next: CalcFields) => {
    history.current = pushUndo(history.current, latest.current);
    setUndoCount(history.current.length);
    latest.current = next;
    c.replace(next);
  };
  const add = (slot: TallySlot, delta: number) => {
    change(addHands(latest.current, slot, delta));
    setFlash(tallyField(slot));
  };
  const undo = () => {
    const before = history.current.pop();
    setUndoCount(history.current.length);
    if (!before) return;
    latest.current = before;
    c.replace(before);
  };

  const label = (slot: TallySlot) => (typeof slot === 'number' ? String(slot) : c.t(`calc.nps.${slot}` as CalcKey));
  const countOf = (slot: TallySlot) => Number(c.v(tallyField(slot)) || 0);

  // Keys work anywhere on the page but in a text field or a list, so the facilitator can count
  // with the focus on a counter, on the page, or in present mode.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!c.hydrated || typing(e.target) || e.altKey) return;
      const inside = e.target === document.body || (e.target instanceof Node && root.current?.contains(e.target));
      if (!inside) return;
      if (
        ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') ||
        (e.key === 'Backspace' && !e.ctrlKey && !e.metaKey)
      ) {
        e.preventDefault();
        undo();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.repeat) return;
      const slot = slotForKey(e.key, tallyMode(latest.current));
      if (slot === null) return;
      e.preventDefault();
      add(slot, 1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the handler reads the latest tally through a ref
  }, [c.hydrated]);

  const read = readRoomTally(c.f);
  const level = CONFIDENCE_LEVELS.find((l) => String(l) === (c.v('confidence') || '0.95'));
  const issues: FieldIssue[] = read.ok ? [] : [...read.issues];
  if (level === undefined)
    issues.push({ field: 'confidence', code: 'notAllowed', params: { value: c.v('confidence') } });
  const tally = read.ok ? read.value : null;
  const counted = tally !== null && tally.n > 0 && level !== undefined;
  // The NPS counts calculator's own functions: the same counts give the same score and interval.
  const r =
    tally && counted && score
      ? tally.distribution
        ? score.computeNpsFromDistribution(tally.distribution, { confidence: level })
        : score.computeNps(tally.counts, { confidence: level })
      : null;
  const v = r && score && score.npsFigures(c, r);
  const lines = r && v && score && score.npsLines(c, r, v);
  const n = tally?.n ?? 0;
  useEffect(() => {
    if (counted && !score) import('./tallyScore').then(setScore).catch(() => {});
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loads once, when the first hand is counted
  }, [counted]);
  useEffect(() => {
    if (r?.distribution && !chart) import('./NpsDistribution').then(setChart).catch(() => {});
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loads once, when there is a distribution to draw
  }, [Boolean(r?.distribution)]);

  return (
    <div ref={root} class="room-tally">
      <Frame
        c={c}
        issues={issues}
        summary={v ? c.my('summary', { nps: v.nps, n: v.n }) : ''}
        sheet={
          tally && n === 0
            ? [c.my('noHands')]
            : r && lines && score
              ? [
                  ...score.npsSheet(r, lines),
                  r.distribution ? (chart?.distributionSheet(c, r.distribution, r.n) ?? '') : score.groupsSheet(c, r),
                ]
              : null
        }
        views={['summary', 'formula', 'interval', 'distribution']}
        confirmReset={n > 0 ? c.my('confirmReset', { n: c.num(n, 0) }) : undefined}
        onReset={(before) => {
          history.current = pushUndo(history.current, before);
          setUndoCount(history.current.length);
        }}
        result={
          tally && n === 0 ? (
            <p class="empty-state">{c.my('noHands')}</p>
          ) : counted && !score ? (
            // The score's code is on its way (a moment): no "fill in the fields" in between.
            ''
          ) : (
            r &&
            v &&
            lines && (
              <>
                <p class="calc-big">
                  NPS {v.nps} <span class="calc-of">{c.my('hands', { n: v.n })}</span>
                </p>
                <score.NpsLines lines={lines} />
                {r.distribution ? (
                  <div data-view="distribution">
                    {chart && <chart.Distribution c={c} distribution={r.distribution} n={r.n} />}
                  </div>
                ) : (
                  <score.GroupsTable c={c} r={r} />
                )}
              </>
            )
          )
        }
      >
        <div class="calc-grid">
          <Choice
            c={c}
            k="mode"
            label={c.my('mode')}
            options={[
              ['scores', c.my('modeScores')],
              ['groups', c.my('modeGroups')],
            ]}
            onPick={(value) => change({ ...latest.current, mode: value })}
          />
          <Choice
            c={c}
            k="confidence"
            label={c.t('calc.nps.confidence')}
            options={CONFIDENCE_LEVELS.map((l) => [String(l), `${l * 100}%`] as const)}
          />
        </div>
        <p class="calc-hint tally-keys" id={`${c.id('keys')}`}>
          {c.my(mode === 'groups' ? 'keysGroups' : 'keysScores')}
        </p>
        <ul class={`tally-counters tally-${mode}`} aria-label={c.my('counters')}>
          {tallySlots(mode).map((slot) => {
            const field = tallyField(slot);
            const count = countOf(slot);
            const e = c.err(field, issues);
            return (
              <li
                key={field}
                class={`tally-counter tally-${typeof slot === 'number' ? `${npsCategory(slot)}s` : slot}`}
              >
                <button
                  type="button"
                  class={`tally-add${flash === field ? ' tally-flash' : ''}`}
                  disabled={!c.hydrated}
                  aria-label={c.my('add', { label: label(slot), n: c.num(count, 0) })}
                  aria-describedby={`${c.id('keys')}`}
                  onClick={() => add(slot, 1)}
                  onAnimationEnd={() => setFlash('')}
                >
                  {label(slot)}
                </button>
                <span class="tally-count" aria-hidden="true">
                  {c.num(count, 0)}
                </span>
                <button
                  type="button"
                  class="tally-minus secondary"
                  disabled={!c.hydrated || count === 0}
                  aria-label={c.my('remove', { label: label(slot) })}
                  onClick={() => add(slot, -1)}
                >
                  −
                </button>
                {e && (
                  <p class="field-error">
                    <span aria-hidden="true">⚠ </span>
                    {e}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
        <p class="button-row tally-actions">
          <button type="button" class="secondary" disabled={!c.hydrated || undoCount === 0} onClick={undo}>
            {c.my('undo')}
          </button>
        </p>
      </Frame>
    </div>
  );
}
