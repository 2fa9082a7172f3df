/**
 * A room's show of hands for the NPS question, counted live by a facilitator: either a count per
 * score 0–10 (fields `scores.0` … `scores.10`) or a count per group (`promoters`, `passives`,
 * `detractors`). The tally is held as calculator fields (raw text, blank = 0), so it is saved,
 * shared in a link and reset like any calculator; the score itself comes from
 * `netPromoterScore.ts` (the same functions as the NPS counts calculator), never from here.
 *
 * Keys: 0–9 add a hand to that score and `T` adds one to 10 ("ten"); in groups mode a key adds
 * to the group its score belongs to (0–6 detractors, 7–8 passives, 9 and T promoters).
 */
import { fail, ok, type FieldIssue, type Validated } from '../result';
import { MAX_AMOUNT, readNumber } from '../numbers';
import type { CalcFields } from '../calculators/fields';
import type { NpsCounts } from './netPromoterScore';
import { NPS_SCALE_MAX, NPS_SCALE_MIN, npsCategory } from './npsScale';

export type TallyMode = 'scores' | 'groups';
export const TALLY_GROUPS = ['promoters', 'passives', 'detractors'] as const;
export type TallyGroup = (typeof TALLY_GROUPS)[number];
/** A counter: a score 0–10, or a group. */
export type TallySlot = number | TallyGroup;

/** The key that adds a hand to score 10 (digits give 0–9). */
export const TEN_KEY = 't';
/** Steps of undo kept while counting. */
export const MAX_UNDO = 500;

const SCORES = Array.from({ length: NPS_SCALE_MAX - NPS_SCALE_MIN + 1 }, (_, i) => NPS_SCALE_MIN + i);

/** The field that holds a counter. */
export const tallyField = (slot: TallySlot): string => (typeof slot === 'number' ? `scores.${slot}` : slot);

/** The tally's mode from its fields (anything but "groups" counts per score). */
export const tallyMode = (f: CalcFields): TallyMode => (f['mode'] === 'groups' ? 'groups' : 'scores');

/** The counters of a mode, in the order shown. */
export const tallySlots = (mode: TallyMode): readonly TallySlot[] =>
  mode === 'groups' ? ['detractors', 'passives', 'promoters'] : SCORES;

/** The counter a key press adds to, or null for any other key. Case does not matter. */
export function slotForKey(key: string, mode: TallyMode): TallySlot | null {
  const score = /^[0-9]$/.test(key) ? Number(key) : key.toLowerCase() === TEN_KEY ? 10 : null;
  if (score === null) return null;
  if (mode === 'scores') return score;
  return `${npsCategory(score)}s` as TallyGroup;
}

/** A counter's value from its raw text: blank is 0, anything unreadable is also 0 (validation reports it). */
function current(f: CalcFields, slot: TallySlot): number {
  const raw = (f[tallyField(slot)] ?? '').trim();
  if (raw === '') return 0;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

/** The fields with `delta` hands added to a counter, never below 0 (0 is stored as blank). */
export function addHands(f: CalcFields, slot: TallySlot, delta: number): CalcFields {
  const next = Math.min(MAX_AMOUNT, Math.max(0, current(f, slot) + delta));
  return { ...f, [tallyField(slot)]: next === 0 ? '' : String(next) };
}

/** The fields with every counter of both modes blank (mode and confidence kept). */
export function clearTally(f: CalcFields): CalcFields {
  const out: Record<string, string> = { ...f };
  for (const slot of [...SCORES, ...TALLY_GROUPS]) delete out[tallyField(slot)];
  return out;
}

/** What a valid tally holds: the counts, and the distribution when counted per score. */
export interface RoomTally {
  readonly mode: TallyMode;
  readonly n: number;
  readonly counts: NpsCounts;
  /** Hands per score 0…10 (index = score), in scores mode. */
  readonly distribution?: readonly number[];
}

/**
 * Reads the tally's counters: whole numbers ≥ 0, blank = 0. Issues: the number codes on the
 * counter's field. A tally with no hands is valid (n = 0): the room has not voted yet.
 */
export function readRoomTally(f: CalcFields): Validated<RoomTally> {
  const mode = tallyMode(f);
  const issues: FieldIssue[] = [];
  const values = tallySlots(mode).map((slot) => {
    const raw = f[tallyField(slot)] ?? '';
    return raw.trim() === ''
      ? 0
      : readNumber(raw, tallyField(slot), { min: 0, max: MAX_AMOUNT, integer: true }, issues);
  });
  if (issues.length > 0) return fail(...issues);
  const v = values as number[];
  const n = v.reduce((a, b) => a + b, 0);
  if (mode === 'groups') {
    const [detractors = 0, passives = 0, promoters = 0] = v;
    return ok({ mode, n, counts: { promoters, passives, detractors } });
  }
  const sum = (from: number, to: number) => v.slice(from, to + 1).reduce((a, b) => a + b, 0);
  return ok({
    mode,
    n,
    counts: { promoters: sum(9, 10), passives: sum(7, 8), detractors: sum(0, 6) },
    distribution: v,
  });
}

/** An undo history: the states before each change, newest last, at most `MAX_UNDO`. */
export function pushUndo(history: readonly CalcFields[], before: CalcFields): CalcFields[] {
  return [...history.slice(-(MAX_UNDO - 1)), before];
}

/** The field names this calculator's share link may carry (see calculators/share-fields.ts). */
export const ROOM_TALLY_FIELDS = /^(mode|confidence|scores\.(?:[0-9]|10)|promoters|passives|detractors)$/;
