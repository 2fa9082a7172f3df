import fc from 'fast-check';
import type { CalcFields } from '../../../src/domain/calculators/fields';
import { computeNps, computeNpsFromDistribution } from '../../../src/domain/loyalty/netPromoterScore';
import {
  addHands,
  clearTally,
  MAX_UNDO,
  pushUndo,
  readRoomTally,
  slotForKey,
  tallySlots,
  type TallySlot,
} from '../../../src/domain/loyalty/roomTally';

describe('slotForKey', () => {
  it.each([
    ['0', 'scores', 0],
    ['9', 'scores', 9],
    ['t', 'scores', 10],
    ['T', 'scores', 10],
    ['x', 'scores', null],
    ['Enter', 'scores', null],
    ['6', 'groups', 'detractors'],
    ['7', 'groups', 'passives'],
    ['8', 'groups', 'passives'],
    ['9', 'groups', 'promoters'],
    ['t', 'groups', 'promoters'],
  ] as const)('%s in %s mode → %s', (key, mode, slot) => {
    expect(slotForKey(key, mode)).toBe(slot);
  });
});

describe('addHands and readRoomTally', () => {
  it('counts hands per score, and the score is the counts calculator’s for the same groups', () => {
    // Arrange: the car dealer's room, 110 promoters / 50 passives / 40 detractors, as raised hands.
    let f: CalcFields = { mode: 'scores' };
    f = addHands(f, 10, 60);
    f = addHands(f, 9, 50);
    f = addHands(f, 8, 30);
    f = addHands(f, 7, 20);
    f = addHands(f, 3, 40);
    // Act
    const read = readRoomTally(f);
    // Assert
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.n).toBe(200);
    expect(read.value.counts).toEqual({ promoters: 110, passives: 50, detractors: 40 });
    expect(computeNpsFromDistribution(read.value.distribution!).nps).toBe(35);
  });

  it('never goes below zero, and stores zero as blank so links stay short', () => {
    const f = addHands(addHands({}, 4, 1), 4, -3);
    expect(f['scores.4']).toBe('');
    expect(readRoomTally(f)).toEqual({ ok: true, value: expect.objectContaining({ n: 0 }) });
  });

  it('counts per group in groups mode', () => {
    let f: CalcFields = { mode: 'groups' };
    f = addHands(f, 'promoters', 10);
    f = addHands(f, 'passives', 5);
    f = addHands(f, 'detractors', 3);
    const read = readRoomTally(f);
    expect(read.ok && read.value.counts).toEqual({ promoters: 10, passives: 5, detractors: 3 });
    expect(read.ok && read.value.distribution).toBeUndefined();
  });

  it('reports a counter edited into something that is not a whole number, naming it', () => {
    const read = readRoomTally({ mode: 'scores', 'scores.10': '2.5', 'scores.3': 'lots' });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues.map((i) => [i.field, i.code])).toEqual([
      ['scores.3', 'notANumber'],
      ['scores.10', 'notAnInteger'],
    ]);
  });

  it('clears every counter but keeps mode and confidence', () => {
    const f = clearTally(addHands(addHands({ mode: 'groups', confidence: '0.9' }, 'passives', 2), 5, 1));
    expect(f).toEqual({ mode: 'groups', confidence: '0.9' });
  });

  it('any sequence of presses gives the counts calculator’s NPS for the same groups (property)', () => {
    const score = fc.integer({ min: 0, max: 10 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(score, fc.constantFrom(1, 1, 1, -1)), { minLength: 1, maxLength: 200 }),
        (presses) => {
          let f: CalcFields = {};
          for (const [s, d] of presses) f = addHands(f, s, d);
          const read = readRoomTally(f);
          if (!read.ok) return false;
          const direct = [0, 0, 0];
          for (let s = 0; s <= 10; s++) {
            const n = Number(f[`scores.${s}`] || 0);
            direct[s >= 9 ? 0 : s >= 7 ? 1 : 2]! += n;
          }
          expect(read.value.counts).toEqual({ promoters: direct[0], passives: direct[1], detractors: direct[2] });
          if (read.value.n > 0) {
            expect(computeNpsFromDistribution(read.value.distribution!).interval).toEqual(
              computeNps(read.value.counts).interval,
            );
          }
          return true;
        },
      ),
    );
  });
});

describe('pushUndo', () => {
  it('keeps at most MAX_UNDO states, dropping the oldest', () => {
    let h: Record<string, string>[] = [];
    for (let i = 0; i < MAX_UNDO + 5; i++) h = pushUndo(h, { i: String(i) });
    expect(h).toHaveLength(MAX_UNDO);
    expect(h[0]).toEqual({ i: '5' });
    expect(h.at(-1)).toEqual({ i: String(MAX_UNDO + 4) });
  });
});

it('shows eleven score counters or three group counters', () => {
  expect(tallySlots('scores')).toHaveLength(11);
  expect(tallySlots('groups') as readonly TallySlot[]).toEqual(['detractors', 'passives', 'promoters']);
});
