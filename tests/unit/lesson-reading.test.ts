import fc from 'fast-check';
import { headingReached, readingState } from '../../src/domain/lesson/reading';
import { checkPassedIn, checkPassedInValue, savedQuizzesFrom } from '../../src/domain/lesson/checkStatus';
import { encodeEnvelope } from '../../src/domain/storage/slot';
import { quizzesSlot, type SavedQuizzes } from '../../src/domain/quiz/saved';

const attempt = (earned: number, total: number) => ({ earned, total, at: '2026-11-30T10:00:00.000Z' });
const saved = (earned: number, total: number): SavedQuizzes => ({
  records: { 'forms-of-care': { best: attempt(earned, total), latest: { ...attempt(earned, total), answers: {} } } },
});

describe('lesson reading progress', () => {
  it('counts the sections whose heading has been reached, in the lesson’s own list', () => {
    const state = readingState(
      new Set(['objectives', 'two', 'not-a-section']),
      ['objectives', 'one', 'two', 'key-points'],
      false,
    );
    expect(state).toEqual({ read: 2, sections: 4, share: 0.5, checkDone: false });
    expect(readingState(new Set(), [], null)).toEqual({ read: 0, sections: 0, share: 0, checkDone: null });
  });

  it('a heading is reached once its top is above the bottom of the viewport', () => {
    expect(headingReached(-400, 800)).toBe(true);
    expect(headingReached(799, 800)).toBe(true);
    expect(headingReached(800, 800)).toBe(false);
  });

  it('the self-check is done at the 70% pass mark, read from the saved slot as stored', () => {
    const raw = (s: SavedQuizzes) => encodeEnvelope(quizzesSlot, s, new Date('2026-11-30T10:00:00Z'));
    expect(checkPassedIn(savedQuizzesFrom(raw(saved(7, 10))), 'forms-of-care')).toBe(true);
    expect(checkPassedIn(savedQuizzesFrom(raw(saved(6, 10))), 'forms-of-care')).toBe(false);
    expect(checkPassedIn(savedQuizzesFrom(raw(saved(10, 10))), 'what-is-client-care')).toBe(false);
    expect(checkPassedIn(savedQuizzesFrom(null), 'forms-of-care')).toBe(false);
    expect(checkPassedIn(savedQuizzesFrom('{not json'), 'forms-of-care')).toBe(false);
    expect(checkPassedIn(savedQuizzesFrom(JSON.stringify({ v: 1, data: { records: 3 } })), 'forms-of-care')).toBe(
      false,
    );
  });

  it('the self-check is done from a value the vault announces, only when that value is valid and passes', () => {
    expect(checkPassedInValue(saved(7, 10), 'forms-of-care')).toBe(true);
    expect(checkPassedInValue(saved(6, 10), 'forms-of-care')).toBe(false);
    expect(checkPassedInValue(saved(10, 10), 'what-is-client-care')).toBe(false);
    expect(checkPassedInValue({ records: 3 }, 'forms-of-care')).toBe(false);
    expect(checkPassedInValue(null, 'forms-of-care')).toBe(false);
  });

  it('read never exceeds the sections and share stays within 0–1', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 })),
        fc.array(fc.string({ minLength: 1, maxLength: 4 })),
        (ids, seen) => {
          const state = readingState(new Set(seen), ids, null);
          expect(state.read).toBeLessThanOrEqual(ids.length);
          expect(state.share).toBeGreaterThanOrEqual(0);
          expect(state.share).toBeLessThanOrEqual(1);
          expect(state.read).toBe(ids.filter((id) => seen.includes(id)).length);
        },
      ),
    );
  });
});
