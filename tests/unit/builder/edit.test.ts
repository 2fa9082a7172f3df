import {
  addIndicator,
  addParticipant,
  changeMethod,
  changeScale,
  moveIndicator,
  removeIndicator,
  removeParticipant,
  setJudgement,
  startWeighting,
  updateParticipant,
} from '../../../src/domain/builder/edit';
import { checkIndicatorSystem, newIndicatorSystem } from '../../../src/domain/indicators/system';
import type { IndicatorSystem } from '../../../src/domain/indicators/system-schema';

const base = (): IndicatorSystem => ({
  ...newIndicatorSystem('s', 'Test', 'Acme'),
  indicators: [
    { source: 'library', id: 'repurchase-intention' },
    { source: 'library', id: 'share-of-need' },
    { source: 'library', id: 'price-sensitivity' },
  ],
  weighting: {
    mode: 'pairwise',
    matrix: [
      [1, 2, 4],
      [1 / 2, 1, 2],
      [1 / 4, 1 / 2, 1],
    ],
  },
  responses: {
    indicatorIds: ['repurchase-intention', 'share-of-need', 'price-sensitivity'],
    respondents: [
      { id: 'R1', answers: [5, 4, 1] },
      { id: 'R2', answers: [2, 3, 4] },
    ],
  },
});

const valid = (system: IndicatorSystem) => {
  const checked = checkIndicatorSystem(system);
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  return checked.value;
};

describe('editing a system keeps it valid', () => {
  it('adding an indicator grows the matrix with "equal" judgements and drops the answers', () => {
    const next = addIndicator(base(), { source: 'library', id: 'brand-attention' });
    expect(next.weighting).toEqual({
      mode: 'pairwise',
      matrix: [
        [1, 2, 4, 1],
        [1 / 2, 1, 2, 1],
        [1 / 4, 1 / 2, 1, 1],
        [1, 1, 1, 1],
      ],
    });
    expect(next.responses).toBeUndefined();
    valid(next);
  });

  it('adding to direct weights gives the new indicator the mean raw weight', () => {
    const next = addIndicator(
      { ...base(), weighting: { mode: 'direct', raw: [30, 20, 10] } },
      { source: 'library', id: 'brand-attention' },
    );
    expect(next.weighting).toEqual({ mode: 'direct', raw: [30, 20, 10, 20] });
  });

  it('removing an indicator removes its row, column and answers', () => {
    const next = removeIndicator(base(), 1);
    expect(next.indicators.map((i) => i.id)).toEqual(['repurchase-intention', 'price-sensitivity']);
    expect(next.weighting).toEqual({
      mode: 'pairwise',
      matrix: [
        [1, 4],
        [1 / 4, 1],
      ],
    });
    expect(next.responses).toEqual({
      indicatorIds: ['repurchase-intention', 'price-sensitivity'],
      respondents: [
        { id: 'R1', answers: [5, 1] },
        { id: 'R2', answers: [2, 4] },
      ],
    });
    valid(next);
  });

  it('never removes the last indicator, and restarts direct weights that would all be 0', () => {
    const one: IndicatorSystem = {
      ...base(),
      indicators: [base().indicators[0]!],
      weighting: { mode: 'direct', raw: [1] },
      responses: undefined,
    } as IndicatorSystem;
    expect(removeIndicator(one, 0)).toBe(one);
    const zeros = removeIndicator({ ...base(), weighting: { mode: 'direct', raw: [0, 0, 5] } }, 2);
    expect(zeros.weighting).toEqual({ mode: 'direct', raw: [1, 1] });
  });

  it('moving an indicator permutes the matrix so the weights follow it', () => {
    const before = valid(base()).weights.weights;
    const after = valid(moveIndicator(base(), 2, 0)).weights.weights;
    expect(after[0]).toBeCloseTo(before[2]!, 12);
    expect(after[1]).toBeCloseTo(before[0]!, 12);
    expect(after[2]).toBeCloseTo(before[1]!, 12);
  });

  it('changing the method removes indicators it does not use, with their answers column', () => {
    const change = changeMethod(base(), 'behavioural');
    expect(change.removed.map((e) => e.id)).toEqual(['repurchase-intention']);
    expect(change.system.indicators.map((i) => i.id)).toEqual(['share-of-need', 'price-sensitivity']);
    expect(change.system.responses?.indicatorIds).toEqual(['share-of-need', 'price-sensitivity']);
    valid(change.system);
  });

  it('when no indicator of the method’s kind is left, the textbook ones of that kind come in', () => {
    const attitudinalOnly = removeIndicator(removeIndicator(base(), 2), 1);
    const change = changeMethod(attitudinalOnly, 'behavioural');
    expect(change.added.map((e) => e.id)).toEqual([
      'repeat-purchase-count',
      'share-of-need',
      'selection-time',
      'price-sensitivity',
      'brand-attention',
    ]);
    expect(change.system.weighting).toEqual({ mode: 'direct', raw: [1, 1, 1, 1, 1] });
    expect(change.system.responses).toBeUndefined();
    valid(change.system);
  });

  it('changing the scale drops the answers given on the old one', () => {
    const next = changeScale(base(), { min: 1, max: 7 });
    expect(next.scale).toEqual({ min: 1, max: 7 });
    expect(next.responses).toBeUndefined();
  });

  it('switching to direct weights starts from the current weights as percentages', () => {
    expect(startWeighting('direct', [4 / 7, 2 / 7, 1 / 7], 'P1')).toEqual({ mode: 'direct', raw: [57.1, 28.6, 14.3] });
    expect(startWeighting('group', [0.5, 0.5], 'P1')).toEqual({
      mode: 'group',
      matrices: [
        {
          participant: 'P1',
          matrix: [
            [1, 1],
            [1, 1],
          ],
        },
      ],
    });
  });

  it('a judgement sets its mirror cell to the reciprocal', () => {
    expect(
      setJudgement(
        [
          [1, 1],
          [1, 1],
        ],
        0,
        1,
        5,
      ),
    ).toEqual([
      [1, 5],
      [1 / 5, 1],
    ]);
  });

  it('participants can be added, renamed, given judgements and removed (never the last one)', () => {
    let w = startWeighting('group', [0.5, 0.5], 'Ann');
    if (w.mode !== 'group') throw new Error('group expected');
    w = addParticipant(w, 'Bo', 2);
    if (w.mode !== 'group') throw new Error('group expected');
    w = updateParticipant(w, 1, {
      participant: 'Bob',
      matrix: [
        [1, 3],
        [1 / 3, 1],
      ],
    });
    if (w.mode !== 'group') throw new Error('group expected');
    expect(w.matrices.map((p) => p.participant)).toEqual(['Ann', 'Bob']);
    const one = removeParticipant(w, 0);
    expect(one).toEqual({
      mode: 'group',
      matrices: [
        {
          participant: 'Bob',
          matrix: [
            [1, 3],
            [1 / 3, 1],
          ],
        },
      ],
    });
    if (one.mode !== 'group') throw new Error('group expected');
    expect(removeParticipant(one, 0)).toBe(one);
  });
});
